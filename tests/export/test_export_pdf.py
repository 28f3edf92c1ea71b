"""PDF export, read back with pypdf (and poppler's pdftotext when installed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from export_fixtures import Library

from citebrief.core.model import Brief, BriefItem
from citebrief.core.serial import brief_to_dict
from citebrief.export import write
from citebrief.export.pdf import render_pdf


def squeeze(text: str) -> str:
    """Text without white space: line breaks in a PDF fall where the page width puts them."""
    return "".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def long_brief(brief: Brief, library: Library) -> Brief:
    """The brief's sentences repeated until the document runs over several pages."""
    extra = tuple(
        BriefItem(
            f"Paragraph {n} repeats: {item.text} (copy {n})", item.citations, section=f"Part {n // 5 + 1}"
        )
        for n, item in enumerate(brief.items * 12)
    )
    return replace(brief, items=brief.items + extra)


@pytest.fixture
def pdf_path(brief: Brief, tmp_path: Path) -> Path:
    target = tmp_path / "brief.pdf"
    write(brief, target)
    return target


def test_every_sentence_and_quote_is_extractable(brief: Brief, pdf_path: Path) -> None:
    text = squeeze("".join(page_texts(pdf_path)))
    for item in brief.items:
        assert squeeze(item.text) in text
        for cit in item.citations:
            assert squeeze(cit.quote) in text
    assert squeeze(brief.title) in text
    assert "flooding" in text  # no "ﬂ" ligature glyph standing in for "fl"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_pdftotext_reads_turkish_greek_and_cyrillic(brief: Brief, pdf_path: Path) -> None:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"], capture_output=True, check=True)
    text = out.stdout.decode("utf-8")
    lines = " ".join(text.split())
    for word in (
        "İnönü",
        "şiddetli",
        "yağış",
        "dükkânlar",
        "Ağır",
        "ρωγμές",
        "πυλώνες",
        "Рыночной",
        "ратуше",
    ):
        assert word in lines
    for item in brief.items:
        assert squeeze(item.text) in squeeze(text)


def test_fonts_are_embedded_with_unicode_maps(pdf_path: Path) -> None:
    fonts = {}
    for page in pypdf.PdfReader(pdf_path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for font in fonts.values():
        assert "/ToUnicode" in font
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor


def test_metadata_page_size_and_page_numbers(brief: Brief, library: Library, tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    write(long_brief(brief, library), target)
    reader = pypdf.PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == brief.title
    assert reader.metadata.creator == "Citebrief"
    assert reader.metadata.creation_date is not None
    pages = len(reader.pages)
    assert pages >= 3
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in " ".join((page.extract_text() or "").split())
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) in {(595, 842), (612, 792)}

    letter = pypdf.PdfReader(_bytes_file(tmp_path / "letter.pdf", render_pdf(brief, page_size="letter")))
    a4 = pypdf.PdfReader(_bytes_file(tmp_path / "a4.pdf", render_pdf(brief, page_size="A4")))
    assert (round(float(letter.pages[0].mediabox.width)), round(float(letter.pages[0].mediabox.height))) == (
        612,
        792,
    )
    assert (round(float(a4.pages[0].mediabox.width)), round(float(a4.pages[0].mediabox.height))) == (595, 842)


def _bytes_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_citation_links_jump_to_the_page_of_their_quote(
    brief: Brief, library: Library, tmp_path: Path
) -> None:
    long = long_brief(brief, library)
    target = tmp_path / "long.pdf"
    write(long, target)
    reader = pypdf.PdfReader(target)
    texts = [squeeze(page.extract_text() or "") for page in reader.pages]
    quotes = {
        f"source-{n}-quote-{i}": quote
        for n, source_id in enumerate(long.cited_source_ids(), start=1)
        for i, quote in enumerate(
            dict.fromkeys(c.quote for item in long.items for c in item.citations if c.source_id == source_id),
            start=1,
        )
    }
    destinations = reader.named_destinations
    links = []
    for page_number, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Link" and "/Dest" in annot:
                links.append((page_number, str(annot["/Dest"])))
    # one link per cited source after every sentence, each on one page only
    expected = sum(len({c.source_id for c in item.citations}) for item in long.items)
    assert len(links) == expected
    assert any(page_number > 0 for page_number, _ in links)
    for _, name in links:
        dest_page = reader.get_destination_page_number(destinations[name])
        assert squeeze(quotes[name])[:40] in texts[dest_page]
    # the Sources section starts after the sentences, so links point forward to later pages
    assert max(reader.get_destination_page_number(destinations[n]) for _, n in links) == len(reader.pages) - 1


def test_pdf_export_runs_headless_without_widgets(brief: Brief, tmp_path: Path) -> None:
    saved = tmp_path / "brief.json"
    saved.write_text(json.dumps(brief_to_dict(brief), ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "headless.pdf"
    script = (
        "import json, sys\n"
        "from citebrief.core.serial import brief_from_dict\n"
        "from citebrief.export import write\n"
        f"brief = brief_from_dict(json.loads(open({str(saved)!r}, encoding='utf-8').read()))\n"
        f"write(brief, {str(target)!r})\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":987"  # a display that is not there, as over SSH: the export must not need one
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=120)
    assert squeeze(brief.items[0].text) in squeeze("".join(page_texts(target)))


def test_sentences_at_page_edges_are_written_once(brief: Brief, library: Library, tmp_path: Path) -> None:
    long = long_brief(brief, library)
    target = tmp_path / "long.pdf"
    write(long, target)
    pages = [squeeze(text) for text in page_texts(target)]
    whole = "".join(pages)
    repeated = [item for item in long.items if item.text.startswith("Paragraph ")]
    assert len(repeated) > 50
    for n in range(len(repeated)):
        # a hidden copy of a line on a neighbouring page would make a search find it twice
        assert whole.count(f"Paragraph{n}repeats:") == 1
        assert whole.count(f"(copy{n})") == 1


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_repeated_exports_keep_none_alive(brief: Brief) -> None:
    """Some Qt for Python builds (PySide6 6.12.0) drop a reference to None on every void call;
    under Python 3.11 the process then aborts after a few dozen exports."""
    render_pdf(brief)
    before = sys.getrefcount(None)
    for _ in range(3):
        render_pdf(brief)
    assert sys.getrefcount(None) >= before - 20


def test_no_page_ends_with_a_heading_or_source_title(brief: Brief, library: Library, tmp_path: Path) -> None:
    ended_on = []
    for count in range(12, 24):  # shifts every heading through every position on a page
        items = tuple(
            BriefItem(f"Item {n}: {item.text}", item.citations, section=f"Part {n // 3 + 1}")
            for n, item in enumerate((brief.items * 6)[:count])
        )
        target = tmp_path / f"brief-{count}.pdf"
        write(replace(brief, items=items), target)
        for page in pypdf.PdfReader(target).pages[:-1]:
            lines = [
                " ".join(line.split()) for line in (page.extract_text() or "").splitlines() if line.strip()
            ]
            assert lines[-1].startswith("Page ")  # the footer comes last
            ended_on.append(lines[-3])
    assert len(ended_on) > 10
    for last in ended_on:
        assert not last.startswith(("Part ", "Sources", "1. ", "2. ", "3. ", "4. ")), last
