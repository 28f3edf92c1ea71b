"""Cancel stops a long summary quickly, whichever stage it is in."""

from __future__ import annotations

import threading
import time

import pytest

from citebrief.core import BriefOptions, Cancelled, CancelToken
from citebrief.engine import summarise
from citebrief.ingest import load_folder


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("big")
    towns = ["Arlen", "Brisk", "Corvo", "Dunmere", "Elsby", "Fallow", "Garth", "Hollin"]
    for number in range(300):
        town = towns[number % len(towns)]
        paragraphs = [
            f"Council of {town} votes on budget {number}",
            f"The council of {town} approved a budget of {number + 3} million on Tuesday after a long debate.",
            f"Roads in {town} will get {number % 17 + 2} new crossings, the transport office said on Monday.",
            f"Teachers in {town} asked for {number % 9 + 1} more classrooms before the winter term begins.",
            f"The mayor of {town} said the plan would be reviewed in {number % 12 + 1} months by an auditor.",
        ] * 4
        (folder / f"a{number:03d}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    return load_folder(folder, cache=None)


@pytest.mark.parametrize("algorithm", ["citebrief", "lexrank"])
@pytest.mark.parametrize("stage", ["Reading sentences", "Comparing sentences", "Choosing sentences"])
def test_cancel_is_honoured_within_half_a_second(big_corpus, algorithm: str, stage: str) -> None:  # type: ignore[no-untyped-def]
    token = CancelToken()
    reached = threading.Event()
    outcome: list[object] = []

    def progress(_fraction: float, message: str) -> None:
        if message == stage:
            reached.set()

    def run() -> None:
        try:
            options = BriefOptions(algorithm=algorithm, length=200)
            outcome.append(summarise(big_corpus, options, progress=progress, cancel=token))
        except Cancelled as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    # Cancel as the stage begins, as a user would while its progress message shows.
    assert reached.wait(timeout=30), f"the summary never reported {stage!r}"
    cancelled_at = time.perf_counter()
    token.cancel()
    worker.join(timeout=10)
    waited = time.perf_counter() - cancelled_at
    assert not worker.is_alive()
    assert isinstance(outcome[0], Cancelled), "the summary finished before Cancel: make the folder bigger"
    assert waited < 0.5, f"stopped {waited:.2f} s after Cancel during {stage!r}"
