"""The sample articles, loaded and summarised for real, exported to every format and read back."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from pathlib import Path

import docx
import lxml.html
import pypdf
import pytest
from markdown_it import MarkdownIt

from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.core.serial import brief_from_dict
from citebrief.engine import summarise
from citebrief.export import FORMATS, write
from citebrief.ingest import load_folder
from citebrief.resources_path import samples_dir

REPO = Path(__file__).resolve().parents[2]
SUFFIXES = {
    "markdown": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "docx": ".docx",
    "json": ".json",
    "text": ".txt",
    "citebrief": ".citebrief",
}


def squeeze(text: str) -> str:
    return "".join(text.replace("\u2060", "").split())


@pytest.fixture(scope="module")
def sample() -> tuple[Corpus, Brief]:
    corpus = load_folder(samples_dir())
    return corpus, summarise(corpus, BriefOptions())


@pytest.fixture(scope="module")
def exported(sample: tuple[Corpus, Brief], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sample-exports")
    paths = {}
    for fmt in FORMATS:
        paths[fmt] = folder / f"brief{SUFFIXES[fmt]}"
        write(sample[1], paths[fmt])
    return paths


def read_back(fmt: str, path: Path) -> str:
    """What a reader of the file sees, as text."""
    if fmt == "markdown":
        html = MarkdownIt("commonmark", {"html": True}).render(path.read_text(encoding="utf-8"))
        return str(lxml.html.fromstring(f"<div>{html}</div>").text_content())
    if fmt == "html":
        return str(lxml.html.fromstring(path.read_bytes()).body.text_content())
    if fmt == "pdf":
        # A reader reads across a page break: the running footer (title, "Page x of y") is not text.
        pages = []
        for page in pypdf.PdfReader(path).pages:
            lines = (page.extract_text() or "").splitlines()
            if lines and re.fullmatch(r"Page\s+\d+\s+of\s+\d+", lines[-1].strip()):
                lines = lines[:-2]
            pages.append("\n".join(lines))
        return "".join(pages)
    if fmt == "docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["markdown", "html", "pdf", "docx"])
def test_every_sentence_and_every_quote_reaches_the_reader(
    sample: tuple[Corpus, Brief], exported: dict[str, Path], fmt: str
) -> None:
    corpus, brief = sample
    assert brief.items
    text = squeeze(read_back(fmt, exported[fmt]))
    sources = corpus.by_id()
    for item in brief.items:
        assert squeeze(item.text) in text
        for cit in item.citations:
            # the quote the reader checks is the source's own text at the cited offsets
            assert sources[cit.source_id].text[cit.start : cit.end] == cit.quote
            assert squeeze(cit.quote) in text
    for source_id in brief.cited_source_ids():
        assert squeeze(sources[source_id].title) in text
        assert squeeze(sources[source_id].display_path) in text


def test_machine_formats(sample: tuple[Corpus, Brief], exported: dict[str, Path]) -> None:
    brief = sample[1]
    assert brief_from_dict(json.loads(exported["json"].read_text(encoding="utf-8"))) == brief
    assert exported["text"].read_text(encoding="utf-8").splitlines() == [i.text for i in brief.items]


def test_pdf_links_one_per_cited_source_per_sentence(
    sample: tuple[Corpus, Brief], exported: dict[str, Path]
) -> None:
    brief = sample[1]
    reader = pypdf.PdfReader(exported["pdf"])
    links = [a.get_object() for page in reader.pages for a in page.get("/Annots") or []]
    assert len(links) == sum(len({c.source_id for c in item.citations}) for item in brief.items)
    assert all(str(link["/Dest"]) in reader.named_destinations for link in links)


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None and importlib.util.find_spec("PySide6.QtPdf") is None,
    reason="neither pdftoppm nor QtPdf is installed",
)
def test_preview_script_renders_page_one(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "render_pdf_preview", REPO / "packaging" / "render_pdf_preview.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    target = tmp_path / "page1.png"
    assert script.main(["--output", str(target), "--dpi", "40", "--pdf", str(tmp_path / "brief.pdf")]) == 0
    png = target.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (round(595 * 40 / 72), round(842 * 40 / 72))
    assert pypdf.PdfReader(tmp_path / "brief.pdf").metadata.creator == "Citebrief"
