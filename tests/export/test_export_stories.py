"""Every export of a brief on several stories: a story is a top-level heading with its sentences beneath,
and the stories with no room and the files in no story are listed after the brief's text."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from docx import Document
from lxml import html as lxml_html

from citebrief.core.model import Brief, BriefOptions
from citebrief.engine import summarise
from citebrief.export import write
from citebrief.export.api import render
from citebrief.export.model import ALSO_HEADING, UNGROUPED_HEADING, build_document
from citebrief.ingest import load_folder
from story_folders import write_stories


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> Brief:
    corpus = load_folder(write_stories(tmp_path_factory.mktemp("stories"), scraped=True), cache=None)
    # room for two of the three stories: the third goes to "Also in this folder"
    made = summarise(corpus, BriefOptions(length=100))
    assert [s.shown for s in made.stories] == [True, True, False]
    return made


def _shown_headings(brief: Brief) -> list[str]:
    return [s.heading for s in brief.stories if s.shown]


def _also(brief: Brief) -> str:
    hidden = next(s for s in brief.stories if not s.shown)
    return f"{hidden.heading} — {hidden.source_count} sources"


def test_the_export_model_opens_each_story_with_its_heading(brief: Brief) -> None:
    doc = build_document(brief)
    tops = [s.heading for s in doc.sections if s.level == 0]
    assert tops == _shown_headings(brief)
    assert all(s.level == 1 for s in doc.sections if s.sentences)
    assert sum(len(s.sentences) for s in doc.sections) == len(brief.items)
    assert doc.end_lists == ((ALSO_HEADING, (_also(brief),)), (UNGROUPED_HEADING, ("cookies.txt",)))


def test_markdown_has_story_headings_and_the_lists_before_sources(brief: Brief) -> None:
    text = render(brief, "markdown").decode()
    body, sources = text.split("\n## Sources\n")
    headings = [line[3:] for line in body.splitlines() if line.startswith("## ")]
    assert headings == [*_shown_headings(brief), ALSO_HEADING, UNGROUPED_HEADING]
    assert f"- {_also(brief)}" in body
    assert "- cookies.txt" in body
    assert "cookies" not in sources


def test_html_has_story_headings_and_the_lists(brief: Brief) -> None:
    page = lxml_html.fromstring(render(brief, "html"))
    h2 = [" ".join(h.text_content().split()) for h in page.iter("h2")]
    assert h2 == [*_shown_headings(brief), ALSO_HEADING, UNGROUPED_HEADING, "Sources"]
    items = [
        li.text_content() for li in page.xpath("//h2[.='Also in this folder']/following-sibling::ul[1]/li")
    ]
    assert items == [_also(brief)]


def test_docx_has_story_headings_and_the_lists(brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    write(brief, path)
    document = Document(str(path))
    level1 = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert level1 == [*_shown_headings(brief), ALSO_HEADING, UNGROUPED_HEADING, "Sources"]
    bullets = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert bullets == [_also(brief), "cookies.txt"]


def test_pdf_shows_story_headings_in_order_and_the_lists(brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    write(brief, path)
    text = " ".join(
        " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages).split()
    )
    where = [text.index(h) for h in [*_shown_headings(brief), ALSO_HEADING, UNGROUPED_HEADING]]
    assert where == sorted(where)
    assert _also(brief) in text


def test_plain_text_puts_each_story_above_its_sentences(brief: Brief) -> None:
    text = render(brief, "text").decode()
    first, second = _shown_headings(brief)
    assert text.startswith(first.upper() + "\n")
    assert f"\n\n{second.upper()}\n" in text
    assert text.endswith(f"\n{ALSO_HEADING}:\n- {_also(brief)}\n\n{UNGROUPED_HEADING}:\n- cookies.txt\n")
    for item in brief.items:
        assert " ".join(item.text.split()) in text


def test_text_of_a_brief_with_no_sentences_starts_with_its_lists(brief: Brief) -> None:
    """`--only-new` when nothing new had room: the text is the lists alone, from the first line."""
    text = render(replace(brief, items=()), "text").decode()
    assert text.startswith(f"{ALSO_HEADING}:\n- ")
    assert "\n\nNot grouped:\n- cookies.txt\n" in text
