"""Random bytes and random text: readers either give text or the documented skip reason, nothing else."""

from __future__ import annotations

import functools
import io
import random
import tempfile
import zipfile
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
def valid_samples() -> dict[str, bytes]:
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


def check_reader(suffix: str, data: bytes) -> bool:
    """Read ``data``: True if it gave text (exact offsets, savable as UTF-8), False for a notice."""
    try:
        extracted = read_format(suffix, data, Budget(seconds=5.0))
    except UnreadableFileError as exc:
        assert str(exc)  # the reason shown to the user is never empty
        return False
    text = normalise_text(extracted.text)
    text.encode("utf-8")  # no lone surrogate survives reading
    for sent in split_sentences(text, "fuzz"):
        assert text[sent.start : sent.end] == sent.text
    return True


def mutate(data: bytes, seed: int, flips: int, cut: float) -> bytes:
    """``data`` damaged as disks and downloads damage files: bytes changed, a run of bytes dropped
    or repeated, the end cut off."""
    rng = random.Random(seed)
    damaged = bytearray(data)
    for _ in range(flips):
        damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    start = rng.randrange(len(damaged))
    run = damaged[start : start + rng.randrange(1, 64)]
    if rng.random() < 0.5:
        del damaged[start : start + len(run)]
    else:
        damaged[start:start] = run * rng.randrange(1, 8)
    return bytes(damaged[: max(1, int(len(damaged) * cut))])


@pytest.mark.parametrize("suffix", sorted(FORMATS))
@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_never_escape_a_reader(suffix: str, data: bytes) -> None:
    check_reader(suffix, data)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf", ".docx", ".odt", ".rtf"])
@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40), cut=st.floats(0.05, 1.0))
def test_damaged_valid_files_never_escape_a_reader(suffix: str, seed: int, flips: int, cut: float) -> None:
    check_reader(suffix, mutate(valid_samples()[suffix], seed, flips, cut))


_MAIN_PART = {".docx": "word/document.xml", ".odt": "content.xml"}


def mutate_inside(suffix: str, seed: int, flips: int, cut: float) -> bytes:
    """A valid DOCX or ODT whose main XML part is damaged (`mutate`) inside an intact zip, so the
    damage reaches the XML parser and the reader rather than stopping at the zip's checksums."""
    with zipfile.ZipFile(io.BytesIO(valid_samples()[suffix])) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members[_MAIN_PART[suffix]] = mutate(members[_MAIN_PART[suffix]], seed, flips, cut)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("suffix", sorted(_MAIN_PART))
@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(0, 20), cut=st.floats(0.5, 1.0))
def test_damaged_xml_inside_a_valid_zip_never_escapes_a_reader(
    suffix: str, seed: int, flips: int, cut: float
) -> None:
    check_reader(suffix, mutate_inside(suffix, seed, flips, cut))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".rtf"])
@FUZZ
@given(text=st.text(max_size=2000))
def test_random_text_never_escapes_a_reader(suffix: str, text: str) -> None:
    check_reader(suffix, text.encode("utf-8"))


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
