"""DOCX export, read back with python-docx and, where installed, opened by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from export_fixtures import Library
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, SourceRef
from citebrief.export import write
from citebrief.export.model import isolate, one_line


def plain(text: str) -> str:
    return " ".join(text.replace("\u2060", "").split())


@pytest.fixture
def docx_path(brief: Brief, tmp_path: Path) -> Path:
    target = tmp_path / "brief.docx"
    write(brief, target)
    return target


def test_headings_sentences_and_superscript_citations(brief: Brief, docx_path: Path) -> None:
    document = docx.Document(str(docx_path))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == brief.title
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["What happened", "Damage & cost", "Sources"]
    assert document.core_properties.title == brief.title
    assert document.core_properties.created.date().isoformat() == brief.created

    order = brief.cited_source_ids()
    body = [p for p in paragraphs if p.style.name == "Normal" and p._p.findall(qn("w:hyperlink"))]
    assert len(body) == len(brief.items)
    for item, para in zip(brief.items, body, strict=True):
        numbers = sorted({order.index(c.source_id) + 1 for c in item.citations})
        assert plain(para.text) == f"{item.text}[{', '.join(map(str, numbers))}]"
        links = para._p.findall(qn("w:hyperlink"))
        assert [int(link.text) for link in links] == numbers
        for link in links:
            align = link.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:vertAlign')}")
            assert align is not None and align.get(qn("w:val")) == "superscript"


def test_citation_links_point_to_bookmarked_quotes(brief: Brief, docx_path: Path) -> None:
    document = docx.Document(str(docx_path))
    bookmarks = {}
    for para in document.paragraphs:
        for mark in para._p.findall(qn("w:bookmarkStart")):
            bookmarks[mark.get(qn("w:name"))] = para
    order = brief.cited_source_ids()
    links = [link for p in document.paragraphs for link in p._p.findall(qn("w:hyperlink"))]
    assert links
    citations = [c for item in brief.items for c in item.citations]
    for link in links:
        target = bookmarks[link.get(qn("w:anchor"))]
        number = int(link.text)
        quotes = {c.quote for c in citations if order.index(c.source_id) + 1 == number}
        assert target.style.name == "List Bullet 2"
        assert any(q in target.text for q in quotes)
        assert set(link.get(qn("w:tooltip")).split(" / ")) <= quotes  # hovering shows the quote


def test_sources_are_a_list_with_paths_dates_and_edited_notes(
    brief: Brief, library: Library, docx_path: Path
) -> None:
    document = docx.Document(str(docx_path))
    entries = [p for p in document.paragraphs if p.style.name == "List Number"]
    refs = [library.refs[sid] for sid in brief.cited_source_ids()]
    assert len(entries) == len(refs)
    for entry, ref in zip(entries, refs, strict=True):
        assert entry.runs[0].bold and entry.runs[0].text == ref.title
        assert ref.relpath in entry.text
    assert "3 March 2026" in entries[0].text
    quotes = [p.text for p in document.paragraphs if p.style.name == "List Bullet 2"]
    assert sum("Sentence 3 of the brief was edited" in q for q in quotes) == 2
    assert any(q.startswith("“Жители старого квартала") for q in quotes)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_it(brief: Brief, docx_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "converted"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir",
         str(out), str(docx_path)],
        check=True,
        capture_output=True,
        timeout=180,
    )  # fmt: skip
    reader = pypdf.PdfReader(out / "brief.pdf")
    text = "".join("".join((page.extract_text() or "").split()) for page in reader.pages)
    for item in brief.items:
        assert "".join(item.text.split()) in text
        for cit in item.citations:
            assert "".join(cit.quote.split()) in text


_ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_ANY_TEXT, sentence=_ANY_TEXT, quote=_ANY_TEXT)
def test_any_text_including_control_characters_makes_a_document(
    title: str, sentence: str, quote: str, tmp_path: Path
) -> None:
    text = f"Start. {quote} End."
    start = text.index(quote)
    cit = Citation("s", 1, start, start + len(quote), text[start : start + len(quote)])
    ref = SourceRef(id="s", path="/x/a.txt", title=title, sha256="", relpath="a.txt")
    brief = Brief(title, (BriefItem(sentence, (cit,)),), BriefOptions(), (ref,), created="2026-01-02")
    target = tmp_path / "any.docx"
    write(brief, target)
    paragraphs = docx.Document(str(target)).paragraphs
    assert paragraphs[0].text == (one_line(title) or "Brief")
    body = [p for p in paragraphs if p._p.findall(qn("w:hyperlink"))]
    # Right-to-left text comes out whole, set apart in bidi isolates (test_export_bidi.py checks those).
    assert [plain(p.text) for p in body] == [plain(f"{isolate(one_line(sentence))}[1]")]
    quotes = [p.text for p in paragraphs if p.style.name == "List Bullet 2"]
    assert quotes == [f"“{isolate(one_line(quote))}”"]
