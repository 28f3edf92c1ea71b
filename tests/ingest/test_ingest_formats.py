"""Each supported format yields the article's text (and nothing of its markup) with exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_fixtures import (
    FLOOD_DE,
    FLOOD_EN,
    FLOOD_EN_2,
    FLOOD_EN_3,
    write_docx,
    write_odt,
    write_pdf,
    write_rtf,
    write_two_column_pdf,
)

from citebrief.core.model import Source
from citebrief.ingest import SUPPORTED_SUFFIXES, load_folder


def _only_source(folder: Path) -> Source:
    corpus = load_folder(folder)
    assert not corpus.notices, corpus.notices
    (source,) = corpus.sources
    for sent in source.sentences:
        assert source.text[sent.start : sent.end] == sent.text
    return source


def _sentences(source: Source) -> list[str]:
    return [s.text for s in source.sentences]


def test_every_documented_suffix_is_supported() -> None:
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".rtf", ".odt"} <= SUPPORTED_SUFFIXES


def test_markdown_markup_never_reaches_a_quote(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# River Lind floods **Lindmoor**\n\n"
        "The river [Lind](https://example.org/lind) rose *three* metres overnight, officials said.\n"
        "![map](https://example.org/map.png) About 2,000 residents were moved to `schools`.\n\n"
        "- Volunteers filled sandbags.\n- The bridge is closed.\n",
        encoding="utf-8",
    )
    source = _only_source(tmp_path)
    assert source.title == "River Lind floods Lindmoor"
    for marker in ("**", "](", "https://", "![", "`", "# "):
        assert marker not in source.text
    sentences = _sentences(source)
    assert "The river Lind rose three metres overnight, officials said." in sentences
    assert "Volunteers filled sandbags." in sentences and "The bridge is closed." in sentences


PAGE = """<!doctype html><html><head><title>River floods Lindmoor | Daily Post</title>
<script>document.write("Injected by a script.")</script>
<link rel="stylesheet" href="https://fonts.example.com/font.css"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">All news</a></li><li><a href="/sport">Sport
</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all
cookies</div>
<article><h1>River Lind floods the old town of Lindmoor</h1>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<p>{p1}</p><p>{p2}</p><h2>Help arrives</h2><p>{p3}</p>
<img src="https://images.example.com/flood.jpg" alt="Flooded street">
</article>
<section class="comments"><p>Our goal is to create a safe and engaging place for users to connect over
interests and passions. In order to improve our community experience, we are temporarily suspending
article commenting.</p></section>
<footer>© 2026 Daily Post. All rights reserved.</footer></body></html>"""


def test_html_keeps_the_article_and_drops_the_page_around_it(tmp_path: Path) -> None:
    html = PAGE.format(p1=FLOOD_EN[1], p2=FLOOD_EN[2], p3=FLOOD_EN[3])
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    source = _only_source(tmp_path)
    assert source.title == "River Lind floods the old town of Lindmoor"
    sentences = _sentences(source)
    assert "Mayor Jens Holm said the water would start to fall by Wednesday." in sentences
    assert "Help arrives" in sentences
    for junk in ("Injected", "Sport", "cookies", "Share on", "safe and engaging", "rights reserved", "<"):
        assert junk not in source.text, junk


def test_htm_suffix_and_legacy_encoding(tmp_path: Path) -> None:
    html = PAGE.format(
        p1=FLOOD_EN[1], p2="Café owners counted the damage – “we lost everything”.", p3=FLOOD_EN[3]
    )
    (tmp_path / "page.htm").write_bytes(html.encode("cp1252"))
    source = _only_source(tmp_path)
    assert "Café owners counted the damage – “we lost everything”." in _sentences(source)


def test_pdf_text_without_running_headers_page_numbers_or_hyphen_breaks(tmp_path: Path) -> None:
    long_word_para = (
        "The regional government promised extraordinary compensation to shopkeepers, restaurateurs "
        "and homeowners whose basements were flooded, the spokeswoman for the administration said."
    )
    pages = [FLOOD_EN, [*FLOOD_EN_2, long_word_para], FLOOD_EN_3]
    write_pdf(tmp_path / "report.pdf", pages, header="Lindmoor Gazette - Flood report", footer=True)
    source = _only_source(tmp_path)
    assert source.title == "River Lind floods the old town of Lindmoor"
    assert "Lindmoor Gazette" not in source.text
    sentences = _sentences(source)
    assert sentences[0] == "River Lind floods the old town of Lindmoor"
    assert (
        "Engineers inspected the damaged bridge and said it would stay closed for at least a month."
        in sentences
    )
    assert "Mayor Jens Holm promised an independent review of the flood defences." in sentences
    assert not any(s.strip().isdigit() for s in sentences)  # page numbers are gone
    assert "- " not in source.text.replace(" - ", "")  # no word cut by a line-end hyphen


def test_pdf_hyphenated_line_breaks_are_joined(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ("The water authority said the reconstruc-", "tion of the bridge would begin in spring."):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "hyphen.pdf"))
    source = _only_source(tmp_path)
    assert _sentences(source) == [
        "The water authority said the reconstruction of the bridge would begin in spring."
    ]


def test_two_column_pdf_is_read_column_by_column(tmp_path: Path) -> None:
    left, right = " ".join(FLOOD_EN[1:]), " ".join(FLOOD_EN_2[1:])
    write_two_column_pdf(tmp_path / "columns.pdf", left, right)
    sentences = _sentences(_only_source(tmp_path))
    first_left = sentences.index(FLOOD_EN[1].split(". ")[0] + ".")
    last_left = sentences.index(
        "The regional government promised money to repair the bridge, which was closed after cracks were "
        "found in one of its pillars."
    )
    first_right = next(i for i, s in enumerate(sentences) if s.startswith("Residents of Lindmoor began"))
    assert first_left < last_left < first_right


def test_docx_paragraphs_headings_and_tables(tmp_path: Path) -> None:
    write_docx(tmp_path / "story.docx", FLOOD_EN, table=[["District", "Homes flooded"], ["Old town", "340"]])
    source = _only_source(tmp_path)
    assert source.title == FLOOD_EN[0]
    sentences = _sentences(source)
    assert sentences[0] == FLOOD_EN[0]
    assert (
        "He asked people not to drive through flooded streets and to keep away from the riverbank."
        in sentences
    )
    assert "District | Homes flooded" in sentences and "Old town | 340" in sentences


def test_odt_and_rtf(tmp_path: Path) -> None:
    write_odt(tmp_path / "a.odt", FLOOD_EN_2)
    write_rtf(tmp_path / "b.rtf", FLOOD_DE)
    corpus = load_folder(tmp_path)
    assert not corpus.notices
    odt, rtf = corpus.sources
    assert odt.title == FLOOD_EN_2[0]
    assert "Shop owners cleared mud from their floors and counted their losses." in _sentences(odt)
    assert rtf.title == FLOOD_DE[0]
    assert rtf.language == "german"
    assert "Bürgermeister Prof. Jens Holm sagte, die Lage sei ernst." in _sentences(rtf)
    assert "\\" not in rtf.text and "{" not in rtf.text


def test_scanned_pdf_without_text_layer_is_skipped_with_that_reason(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a picture of a page, no text
    pdf.output(str(tmp_path / "scan.pdf"))
    (tmp_path / "ok.txt").write_text("\n\n".join(FLOOD_EN), encoding="utf-8")
    corpus = load_folder(tmp_path)
    assert [s.id for s in corpus.sources] == ["ok.txt"]
    (notice,) = corpus.notices
    assert notice.path.endswith("scan.pdf") and "no text layer" in notice.reason


def test_encrypted_pdf_is_skipped_with_that_reason(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    write_pdf(tmp_path / "plain.pdf", [FLOOD_EN])
    writer = PdfWriter(clone_from=PdfReader(tmp_path / "plain.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with (tmp_path / "locked.pdf").open("wb") as stream:
        writer.write(stream)
    (tmp_path / "plain.pdf").unlink()
    corpus = load_folder(tmp_path)
    assert not corpus.sources
    (notice,) = corpus.notices
    assert "password" in notice.reason or "encrypted" in notice.reason


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".rtf"])
def test_text_formats_give_title_and_sentences(tmp_path: Path, suffix: str) -> None:
    body = "\n\n".join(FLOOD_EN)
    if suffix == ".html":
        body = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in FLOOD_EN) + "</article></body></html>"
    if suffix == ".rtf":
        write_rtf(tmp_path / "x.rtf", FLOOD_EN)
    else:
        (tmp_path / f"x{suffix}").write_text(body, encoding="utf-8")
    source = _only_source(tmp_path)
    assert source.title == FLOOD_EN[0]
    assert any(
        s.text == "Mayor Jens Holm said the water would start to fall by Wednesday." for s in source.sentences
    )
