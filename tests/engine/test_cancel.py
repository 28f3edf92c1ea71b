"""Cancel stops a long summary at once, whichever stage it is in."""

from __future__ import annotations

import threading
import time

import pytest

from citebrief.core import BriefOptions, Cancelled, CancelToken
from citebrief.engine import summarise
from citebrief.ingest import load_folder

MAX_CPU_AFTER_CANCEL = 0.5
"""CPU seconds the summary may still spend once Cancel is pressed: it polls the token between small
steps, so a stop takes a few milliseconds here; a summary that goes on to its end after Cancel spends
about 2 s more on this folder."""


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


@pytest.mark.skipif(not hasattr(time, "pthread_getcpuclockid"), reason="reads another thread's CPU clock")
@pytest.mark.parametrize("algorithm", ["citebrief", "lexrank"])
@pytest.mark.parametrize("stage", ["Reading sentences", "Comparing sentences", "Choosing sentences"])
def test_cancel_stops_the_work_at_once(big_corpus, algorithm: str, stage: str) -> None:  # type: ignore[no-untyped-def]
    """The summary does almost no work after Cancel, measured as its own thread's CPU time.

    CPU time of the summarising thread, unlike wall-clock time, does not grow when other programs
    share the machine, so the bound holds on a busy runner and fails only if the work goes on.
    """
    token = CancelToken()
    reached, resume = threading.Event(), threading.Event()
    outcome: list[object] = []
    stopped_at: list[float] = []  # the worker's own CPU seconds when Cancelled reached it

    def progress(_fraction: float, message: str) -> None:
        if message == stage and not reached.is_set():
            reached.set()
            resume.wait()  # the user presses Cancel while this stage's message shows

    def run() -> None:
        try:
            options = BriefOptions(algorithm=algorithm, length=200)
            summarise(big_corpus, options, progress=progress, cancel=token)
            outcome.append("finished")
        except Cancelled as exc:
            stopped_at.append(time.thread_time())
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert reached.wait(timeout=120), f"the summary never reported {stage!r}"
    assert worker.ident is not None
    cancelled_at = time.clock_gettime(time.pthread_getcpuclockid(worker.ident))
    token.cancel()
    resume.set()
    worker.join(timeout=120)
    assert not worker.is_alive(), f"the summary still runs long after Cancel during {stage!r}"
    assert isinstance(outcome[0], Cancelled), f"the summary ignored Cancel during {stage!r}"
    after = stopped_at[0] - cancelled_at
    assert after < MAX_CPU_AFTER_CANCEL, f"{after:.2f} s of work after Cancel during {stage!r}"
