"""Random bytes and random text: readers either give text or the documented skip reason, nothing else."""

from __future__ import annotations

import functools
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_fixtures import FLOOD_EN, FLOOD_EN_2, write_docx, write_odt, write_pdf, write_rtf

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest import load_folder
from citebrief.ingest.decode import normalise_text
from citebrief.ingest.formats import FORMATS, read_format
from citebrief.ingest.limits import Budget
from citebrief.ingest.sentences import split_sentences

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def _valid_samples() -> dict[str, bytes]:
    """One well-formed file per format, to be damaged by the mutation tests."""
    folder = Path(tempfile.mkdtemp(prefix="citebrief-fuzz-"))
    html = (
        "<html><head><title>Flood</title></head><body>"
        + "".join(f"<p>{p}</p>" for p in FLOOD_EN)
        + "</body></html>"
    )
    return {
        ".txt": "\n\n".join(FLOOD_EN).encode("utf-8"),
        ".md": ("# " + "\n\n".join(FLOOD_EN)).encode("utf-8"),
        ".html": html.encode("utf-8"),
        ".pdf": write_pdf(folder / "a.pdf", [FLOOD_EN, FLOOD_EN_2]).read_bytes(),
        ".docx": write_docx(folder / "a.docx", FLOOD_EN, table=[["a", "b"]]).read_bytes(),
        ".odt": write_odt(folder / "a.odt", FLOOD_EN).read_bytes(),
        ".rtf": write_rtf(folder / "a.rtf", FLOOD_EN).read_bytes(),
    }


def _check(suffix: str, data: bytes) -> None:
    try:
        extracted = read_format(suffix, data, Budget(seconds=5.0))
    except UnreadableFileError as exc:
        assert str(exc)  # the reason shown to the user is never empty
        return
    text = normalise_text(extracted.text)
    for sent in split_sentences(text, "fuzz"):
        assert text[sent.start : sent.end] == sent.text


@pytest.mark.parametrize("suffix", sorted(FORMATS))
@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_never_escape_a_reader(suffix: str, data: bytes) -> None:
    _check(suffix, data)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf", ".docx", ".odt", ".rtf"])
@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40), cut=st.floats(0.05, 1.0))
def test_damaged_valid_files_never_escape_a_reader(suffix: str, seed: int, flips: int, cut: float) -> None:
    rng = random.Random(seed)
    data = bytearray(_valid_samples()[suffix])
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    _check(suffix, bytes(data[: max(1, int(len(data) * cut))]))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".rtf"])
@FUZZ
@given(text=st.text(max_size=2000))
def test_random_text_never_escapes_a_reader(suffix: str, text: str) -> None:
    _check(suffix, text.encode("utf-8"))


@FUZZ
@given(text=st.text(max_size=3000), language=st.sampled_from(["english", "german", "turkish", "greek", "xx"]))
def test_sentence_splitter_keeps_offsets_for_random_text(text: str, language: str) -> None:
    normalised = normalise_text(text)
    for sent in split_sentences(normalised, "fuzz", language=language):
        assert normalised[sent.start : sent.end] == sent.text


@settings(max_examples=25, deadline=None)
@given(files=st.lists(st.tuples(st.sampled_from(sorted(FORMATS)), st.binary(max_size=1024)), max_size=5))
def test_whole_load_of_random_files_gives_sources_or_notices(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for number, (suffix, data) in enumerate(files):
            (folder / f"{number}{suffix}").write_bytes(data)
        corpus = load_folder(folder)
        assert len(corpus.sources) + len(corpus.notices) == len(files)
        for source in corpus.sources:
            for sent in source.sentences:
                assert source.text[sent.start : sent.end] == sent.text
