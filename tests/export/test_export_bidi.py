"""A quote holding bidi controls cannot reorder what follows it: every export isolates it, exactly kept.

U+202E RIGHT-TO-LEFT OVERRIDE left open in a source sentence would, printed as is, run on over the
citation numbers and closing quotation mark after it. Each export isolates the quote (U+2068 … U+2069,
or `<bdi>` in HTML); the quote's own characters are all there, in order; JSON keeps the exact quote.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from export_fixtures import BIDI_TEXTS, QUOTE, override_brief, write_library

from citebrief.core.model import Brief
from citebrief.export import render, write
from citebrief.export.model import _REORDERING, FSI, PDI, isolate, isolates

ISOLATED = f"{FSI}{QUOTE}{PDI}"


@pytest.fixture
def bidi_brief(tmp_path: Path) -> Brief:
    return override_brief(write_library(tmp_path / "articles", BIDI_TEXTS))


def test_markdown_isolates_the_sentence_before_its_numbers_and_the_quote_inside_its_marks(
    bidi_brief: Brief,
) -> None:
    lines = render(bidi_brief, "markdown").decode("utf-8").splitlines()
    assert f"{ISOLATED} \\[[1](#source-1-quote-1)\\]" in lines
    assert any(line.endswith(f"</a>“{ISOLATED}”") for line in lines)


def test_plain_text_isolates_each_sentence(bidi_brief: Brief) -> None:
    assert render(bidi_brief, "text").decode("utf-8") == ISOLATED + "\n"


def test_html_puts_the_sentence_and_the_quote_in_bdi_with_what_follows_outside(bidi_brief: Brief) -> None:
    page = render(bidi_brief, "html").decode("utf-8")
    isolated = re.findall(r"<bdi>(.*?)</bdi>(.)", page)
    assert [(text, after) for text, after in isolated] == [(QUOTE, "<"), (QUOTE, "”")]
    assert re.search(r"<bdi>[^<]*</bdi><sup class=\"cite\">", page)
    # The hover text of the number is an attribute, where only the isolate characters can work.
    assert f'title="{ISOLATED}"' in page


def test_docx_isolates_the_sentence_and_the_quote(bidi_brief: Brief, tmp_path: Path) -> None:
    target = tmp_path / "brief.docx"
    write(bidi_brief, target, "docx")
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert f"{ISOLATED}\u2060[1]" in texts
    assert f"“{ISOLATED}”" in texts


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_pdf_draws_the_quote_whole_with_the_numbers_and_closing_mark_after_it(
    bidi_brief: Brief, tmp_path: Path
) -> None:
    target = tmp_path / "brief.pdf"
    write(bidi_brief, target, "pdf")
    # pdftotext reads the page as drawn, left to right: the overridden part comes out reversed.
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True)
    lines = [line.strip() for line in out.stdout.decode("utf-8").splitlines()]
    plain, governed = QUOTE.split("\u202e")
    drawn = plain + governed[::-1]
    assert f"{drawn}[1]" in lines
    assert f"“{drawn}”" in lines


def test_json_keeps_the_exact_quote_without_isolates(bidi_brief: Brief) -> None:
    data = json.loads(render(bidi_brief, "json"))
    assert data["items"][0]["citations"][0]["quote"] == QUOTE
    assert data["items"][0]["text"] == QUOTE
    assert FSI not in json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    ("text", "html", "expected"),
    [
        ("Plain English, Türkçe, Ελληνικά, Русский.", False, "Plain English, Türkçe, Ελληνικά, Русский."),
        ("\u202eoverride", False, f"{FSI}\u202eoverride{PDI}"),
        ("قال المتحدث", False, f"{FSI}قال المتحدث{PDI}"),
        ("a stray \u2069 closer", False, f"{FSI}{FSI}a stray \u2069 closer{PDI}"),
        ("an open \u2067 isolate", False, f"{FSI}an open \u2067 isolate{PDI}{PDI}"),
        ("\u202eoverride", True, "<bdi>\u202eoverride</bdi>"),
        ("", False, ""),
    ],
)
def test_isolate_wraps_only_what_can_reorder_and_balances_stray_isolates(
    text: str, html: bool, expected: str
) -> None:
    from citebrief.export.model import isolate

    assert isolate(text, html=html) == expected


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Plain words, “quoted” — and Ωmega, Жители", ("", "")),
        ("שלום", (FSI, PDI)),
        ("Crews \u202eegdirb", (FSI, PDI)),
        ("an unpaired \u2069 closer and \u202e", (FSI * 2, PDI)),
        ("an open \u2066 isolate", (FSI, PDI * 2)),
        ("a closed \u2068pair\u2069 and مرحبا", (FSI, PDI)),
        ("", ("", "")),
    ],
)
def test_the_marks_around_a_text_are_the_ones_isolate_puts_there(text: str, marks: tuple[str, str]) -> None:
    assert isolates(text) == marks
    assert isolate(text) == marks[0] + text + marks[1]


def test_no_character_before_the_hebrew_block_can_reorder_text() -> None:
    # `isolates` settles such text without looking at each character's class.
    assert not [hex(c) for c in range(0x590) if unicodedata.bidirectional(chr(c)) in _REORDERING]
