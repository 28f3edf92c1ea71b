"""Lines a website prints on every page are left out of the brief but stay in the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_fixtures import FLOOD_EN, FLOOD_EN_2, FLOOD_EN_3

from citebrief.core.model import SentenceRole
from citebrief.ingest import load_folder
from citebrief.ingest.boilerplate import _lines

SITE_LINE = "Lindmoor Gazette is read by more people than any other paper in the valley."


def _write(folder: Path, name: str, paragraphs: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def _roles_of(corpus_sources: object, text: str) -> list[SentenceRole]:
    return [s.role for src in corpus_sources for s in src.sentences if s.text == text]  # type: ignore[attr-defined]


def test_line_repeated_in_many_files_becomes_boilerplate(tmp_path: Path) -> None:
    stories = [FLOOD_EN, FLOOD_EN_2, FLOOD_EN_3]
    for number, story in enumerate(stories):
        _write(tmp_path, f"{number}.txt", [*story, SITE_LINE])
    _write(tmp_path, "3.txt", ["Bridge inspection", "Engineers will inspect the bridge again on Friday."])
    corpus = load_folder(tmp_path)
    assert _roles_of(corpus.sources, SITE_LINE) == [SentenceRole.BOILERPLATE] * 3
    for source in corpus.sources:
        for sent in source.sentences:
            assert source.text[sent.start : sent.end] == sent.text
        if source.id != "3.txt":
            assert SITE_LINE in source.text  # kept for the viewer
    mayor = "Mayor Jens Holm said the water would start to fall by Wednesday."
    assert _roles_of(corpus.sources, mayor) == [SentenceRole.BODY]


def test_line_in_too_few_files_stays_body(tmp_path: Path) -> None:
    for number, story in enumerate([FLOOD_EN, FLOOD_EN_2]):
        _write(tmp_path, f"{number}.txt", [*story, SITE_LINE])
    for number in range(2, 10):  # 2 of 10 files: fewer than 3 files and under 30 %
        _write(tmp_path, f"{number}.txt", [f"Report {number}", f"The gauge read {number} metres at noon."])
    corpus = load_folder(tmp_path)
    assert _roles_of(corpus.sources, SITE_LINE) == [SentenceRole.BODY] * 2


def test_copies_of_one_story_keep_their_sentences(tmp_path: Path) -> None:
    for number in range(3):
        _write(tmp_path, f"copy{number}.txt", [*FLOOD_EN, "Share on Facebook Share on Twitter"])
    corpus = load_folder(tmp_path)
    mayor = "Mayor Jens Holm said the water would start to fall by Wednesday."
    assert _roles_of(corpus.sources, mayor) == [SentenceRole.BODY] * 3
    assert _roles_of(corpus.sources, "Share on Facebook Share on Twitter") == [SentenceRole.BOILERPLATE] * 3


_CAPTION = "Armed men take cover behind an armored vehicle near the base in Belbek."
_LEAD = "Russian troops took over the air base at Belbek on Saturday after a standoff of three weeks."
_MORE = "Ukraine said it would pull its remaining soldiers out of Crimea by the end of the month."
_REST = (
    "The base had been surrounded since early March. Its commander was taken away for questioning. "
    "His men were allowed to leave with their families."
)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a caption, then the same caption with its date and credit: the first print is the page's
        (
            f"{_LEAD}\n\n{_CAPTION}\n\nMarch 22, 2014 {_CAPTION} Photo: Reuters\n\n{_MORE} {_REST}\n",
            [_LEAD, _MORE],
            1,
        ),
        # a lead printed above the story and in it: the story keeps its own
        (f"{_LEAD}\n\nBELBEK, Crimea (AP) — {_LEAD} {_MORE} {_REST}\n", [_LEAD, _MORE], 1),
        # a page saved twice over is still its article
        (f"{_LEAD} {_MORE}\n\n{_LEAD} {_MORE}\n", [_LEAD, _MORE], 0),
        # each sentence once: nothing dropped
        (f"{_LEAD}\n\n{_MORE}\n", [_LEAD, _MORE], 0),
    ],
)
def test_a_sentence_printed_again_further_down_was_a_caption_or_teaser(
    tmp_path: Path, text: str, kept: list[str], dropped: int
) -> None:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    sentences = load_folder(tmp_path, cache=None).sources[0].sentences
    body = [s.text for s in sentences if s.role is SentenceRole.BODY]
    assert set(kept) <= set(body)
    copies = [s for s in sentences if s.text in (_CAPTION, _LEAD, _MORE)]
    assert sum(s.role is SentenceRole.BOILERPLATE for s in copies) == dropped
    # the print that stays is the last one
    for wanted in kept:
        last = max(s.start for s in sentences if s.text == wanted)
        assert next(s for s in sentences if s.start == last).role is SentenceRole.BODY


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("Share this", "SHARE  this", "\n", "\n\n", " ", "\t", "x" * 600, "ẞ", "")), max_size=8))
def test_a_texts_lines_are_those_a_search_for_runs_without_line_breaks_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    keys = [" ".join(line.split()).casefold() if len(line) <= 500 else "\0long" for _, _, line in found]
    kept = [(start, end, key) for (start, end, _), key in zip(found, keys, strict=True) if key]
    starts, ends, lines = _lines(text)
    assert list(zip(starts, ends, lines, strict=True)) == kept


@pytest.mark.parametrize(
    "credit",
    ["(Sarah Parnass/The Lindmoor Post)", "(REUTERS/Eric Gaillard)", "(AP Photo/Cathleen Allison, File)"],
)
def test_a_captioned_picture_never_reads_as_the_story(tmp_path: Path, credit: str) -> None:
    """A caption paragraph (its sentences, then the picture's credit) stays in the text for the viewer,
    but none of its sentences is a body sentence a brief could show; the story's own lines are."""
    caption = "Mayor Ines Varga is a likely candidate for governor."
    paragraph = caption + " Here is her take on the dam, in her own words. " + credit
    _assert_kept_as_page_text(tmp_path, caption, [paragraph, *FLOOD_EN])


def _assert_kept_as_page_text(tmp_path: Path, sentence: str, paragraphs: list[str]) -> None:
    """``sentence`` stays in the text for the viewer as boilerplate, and the body sentences are the
    story's own (``FLOOD_EN``'s) only."""
    _write(tmp_path, "a.txt", paragraphs)
    corpus = load_folder(tmp_path)
    (source,) = corpus.sources
    assert sentence in source.text
    assert _roles_of(corpus.sources, sentence) == [SentenceRole.BOILERPLATE]
    body = [s.text for s in source.sentences if s.role is SentenceRole.BODY]
    assert body and all(text in "\n".join(FLOOD_EN) for text in body)


@pytest.mark.parametrize(
    "sign_off",
    [
        "pic.twitter.com/b9ZMA0icI8 — Ines Varga (@InesVarga) March 2, 2015",
        "— Merrow Council (@MerrowCouncil) June 5, 2018",
    ],
)
def test_an_embedded_post_never_reads_as_the_story(tmp_path: Path, sign_off: str) -> None:
    """A post set in the page (its text, then its sign-off, one paragraph) stays in the text for the
    viewer, but none of its sentences is a body sentence a brief could show."""
    post = "The Merrow dam is FOUND to hold > 3 M of water, huge relief."
    _assert_kept_as_page_text(tmp_path, post, [*FLOOD_EN[:2], post + " " + sign_off, *FLOOD_EN[2:]])
