"""PDF export through Qt's text engine (QTextDocument painted onto a QPdfWriter; QtGui only).

The brief is laid out as rich text, cut into pages here (not by ``QTextDocument.print``) so that every
page gets a footer with the title and "Page 2 of 3". Citation numbers are ``#anchor`` links, which Qt
writes as PDF link annotations to named destinations at the quoted sentence. Fonts are embedded as
subsets with Unicode maps, so the text can be searched and copied; ligatures are switched off so that
"fi" is searchable as two letters.

Runs without a display: when no Qt application exists, one is made on the offscreen platform.
"""

from __future__ import annotations

import os
import re
from html import escape

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextLine,
)

from citebrief.core.errors import ExportError
from citebrief.core.model import Brief
from citebrief.export.model import (
    DIFFER_TITLE,
    NEW_LABEL,
    DiffEntry,
    DocSentence,
    ExportDocument,
    SourceEntry,
    build_document,
    differs_heading,
    edited_note,
    isolate,
)

_TEXT_COLOUR = "#1d1d1b"
_SOURCE_ANCHOR = re.compile(r"source-\d+")
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 600  # dpi of the PDF's coordinate space; text stays vector either way

# Families that cover Latin (with Turkish), Greek and Cyrillic on Linux, Windows and macOS;
# Qt falls back per glyph for anything they lack.
SERIF = ["DejaVu Serif", "Noto Serif", "Georgia", "Cambria", "Times New Roman", "Liberation Serif"]
SANS = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans"]
_MARGINS_MM = QMarginsF(22, 20, 22, 22)  # left, top, right, bottom; the footer sits in the bottom one

_app: QGuiApplication | None = None  # kept alive for the life of the process once made here


def ensure_gui_application() -> None:
    """Qt's text engine needs a QGuiApplication; make an offscreen one when there is none."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise ExportError("cannot make a PDF here: the running Qt application has no GUI support")
    # nothing is shown, so no display is needed (a command line over SSH has none)
    platform = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    _app = QGuiApplication(["citebrief", "-platform", platform])


def default_page_size() -> str:
    """Letter where the locale measures in inches (US), A4 elsewhere."""
    system = QLocale.system().measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


_CSS = """
/* Qt reads vertical margins in px (1/96 inch, scaled to the writer) and indents in steps */
body { color: #1d1d1b; }
h1 { font-size: 20pt; font-weight: 600; margin-top: 0; margin-bottom: 7px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 20px; margin-bottom: 9px; color: #22313f; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 7px; color: #22313f; }
p.meta { font-size: 9.5pt; color: #5f5f5a; margin-top: 0; margin-bottom: 21px; }
p.sentence { font-size: 11pt; margin-top: 0; margin-bottom: 8px; line-height: 135%; }
a { color: #1f5fa8; text-decoration: none; }
p.source { font-size: 10.5pt; margin-top: 13px; margin-bottom: 4px; }
span.where { font-size: 9pt; color: #5f5f5a; }
p.quote { font-size: 10pt; -qt-block-indent: 1; margin-top: 0; margin-bottom: 5px; line-height: 125%; }
span.note { font-size: 9pt; color: #8a4b08; font-style: italic; }
"""


def _marks(sentence: DocSentence) -> str:
    if not sentence.marks:
        return ""
    # a word joiner keeps the numbers on the line of the sentence's last word
    links = ",\u00a0".join(f'<a href="#{m.anchor}">{m.number}</a>' for m in sentence.marks)
    return f"\u2060<sup>[{links}]</sup>"


def _note(sentence: DocSentence) -> str:
    return f'<br><span class="note">{escape(sentence.differs)}</span>' if sentence.differs else ""


def _difference(entry: DiffEntry) -> str:
    said = isolate(escape(entry.sentence_text))
    parts = [f'<p class="source"><b>{escape(differs_heading(entry))}</b>: “{said}”</p>']
    for value in entry.values:
        links = ",\u00a0".join(f'<a href="#{m.anchor}">{m.number}</a>' for m in value.marks)
        when = f", {escape(value.when)}" if entry.update and value.when else ""
        parts.append(f'<p class="quote">{escape(value.text)} [{links}]{when}</p>')
    return "".join(parts)


def _source(entry: SourceEntry) -> str:
    # paragraphs, not nested lists: Qt flattens lists and misplaces their margins
    where = escape(entry.location) + (f", {escape(entry.date)}" if entry.date else "")
    parts = [
        f'<p class="source"><a name="{entry.anchor}"></a><b>{entry.number}.\u2002{escape(entry.title)}</b>'
        f'<br><span class="where">{where}</span></p>'
    ]
    for quote in entry.quotes:
        note = ""
        if quote.edited_in:
            note = f'<br><span class="note">{escape(edited_note(quote.edited_in))}</span>'
        quoted = isolate(escape(quote.text))
        parts.append(f'<p class="quote"><a name="{quote.anchor}"></a>“{quoted}”{note}</p>')
    return "".join(parts)


def document_html(doc: ExportDocument) -> str:
    """The brief in the HTML subset Qt's rich text understands."""
    meta = " · ".join(escape(part) for part in (doc.date, doc.source_line) if part)
    parts = [f"<html><head><style>{_CSS}</style></head><body>", f"<h1>{escape(doc.title)}</h1>"]
    parts.append(f'<p class="meta">{meta}</p>')
    for section in doc.sections:
        if section.heading:
            parts.append(f"<h{2 + section.level}>{escape(section.heading)}</h{2 + section.level}>")
        for s in section.sentences:
            label = f"<b>{NEW_LABEL}</b> " if s.new else ""
            parts.append(f'<p class="sentence">{label}{isolate(escape(s.text))}{_marks(s)}{_note(s)}</p>')
    if doc.differences:
        parts.append(f'<h2><a name="differences"></a>{DIFFER_TITLE}</h2>')
        parts += [_difference(entry) for entry in doc.differences]
    for heading, entries in doc.end_lists:
        parts.append(f"<h2>{escape(heading)}</h2><ul>")
        parts += [f"<li>{isolate(escape(entry))}</li>" for entry in entries]
        parts.append("</ul>")
    if doc.sources:
        parts.append('<h2><a name="sources"></a>Sources</h2>')
        parts += [_source(entry) for entry in doc.sources]
    parts.append("</body></html>")
    return "".join(parts)


def _font(families: list[str], points: float) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(points)
    # ligatures would turn "fi" into one glyph that a PDF search for "fi" does not find
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _page_of(layout: QTextLayout, line: QTextLine, page_height: float) -> int:
    # pagination moves a line that would cross an edge wholly onto the next page
    return int((layout.position().y() + line.y() + line.height() / 2) // page_height)


def _keeps_with_next(block: QTextBlock) -> bool:
    """Headings and source titles belong on the page of what follows them."""
    if block.blockFormat().headingLevel() > 0:
        return True
    fragment = block.begin().fragment()
    names = fragment.charFormat().anchorNames() if fragment.isValid() else []
    return any(_SOURCE_ANCHOR.fullmatch(name) for name in names)


def _keep_headings_with_text(text: QTextDocument, page_height: float) -> None:
    """Move a heading left alone at the foot of a page to the top of the next, with what follows."""
    for _ in range(64):  # each pass moves one heading; the bound only guards against surprises
        text.pageCount()  # lays the document out; layouts are empty until something asks
        block = text.begin()
        chain_start: QTextBlock | None = None
        while block.isValid():
            following = block.next()
            if not _keeps_with_next(block):
                chain_start = None
            else:
                chain_start = chain_start or block
                if following.isValid() and following.layout().lineCount() and block.layout().lineCount():
                    last = block.layout().lineAt(block.layout().lineCount() - 1)
                    here = _page_of(block.layout(), last, page_height)
                    there = _page_of(following.layout(), following.layout().lineAt(0), page_height)
                    first = chain_start.layout()
                    if there > here and _page_of(first, first.lineAt(0), page_height) == here:
                        fmt = chain_start.blockFormat()
                        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                        QTextCursor(chain_start).setBlockFormat(fmt)
                        break
            block = following
        else:
            return


def _lines_by_page(text: QTextDocument, page_height: float) -> list[list[tuple[QTextLayout, QTextLine]]]:
    """Every laid-out line on the page it belongs to.

    Lines are drawn one by one rather than through the layout with a clip per page: Qt's clip test
    lets a line near a page edge be drawn on the neighbouring page too, where it stays invisible but
    searchable and clickable, so a PDF search would find sentences twice.
    """
    pages: list[list[tuple[QTextLayout, QTextLine]]] = [[] for _ in range(max(1, text.pageCount()))]
    block = text.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            page = _page_of(layout, line, page_height)
            while page >= len(pages):
                pages.append([])
            pages[page].append((layout, line))
        block = block.next()
    return pages


def _paint(writer: QPdfWriter, doc: ExportDocument) -> int:
    # the writer's own margins are zero, so painting starts at the corner of the paper
    full = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION))
    to_px = RESOLUTION / 25.4
    body = full.marginsRemoved(
        QMarginsF(
            _MARGINS_MM.left() * to_px,
            _MARGINS_MM.top() * to_px,
            _MARGINS_MM.right() * to_px,
            _MARGINS_MM.bottom() * to_px,
        )
    )

    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    text.setDefaultFont(_font(SERIF, 11))
    text.setDocumentMargin(0)
    text.setIndentWidth(20)  # one indent step in px of 1/96 inch; Qt scales it to the writer
    text.setHtml(document_html(doc))
    text.setPageSize(QSizeF(body.width(), body.height()))
    _keep_headings_with_text(text, body.height())
    pages = _lines_by_page(text, body.height())

    footer_font = _font(SANS, 8)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("cannot make the PDF: Qt could not start painting")
    try:
        painter.setFont(footer_font)  # a font on a painter over a writer is sized for the writer
        footer_height = QFontMetricsF(painter.font(), writer).height()
        for index, lines in enumerate(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            painter.setPen(QColor(_TEXT_COLOUR))
            for layout, line in lines:
                line.draw(painter, layout.position())
            painter.restore()

            footer = QRectF(body.left(), body.bottom() + footer_height, body.width(), footer_height * 1.5)
            painter.setPen(QColor("#6b6b66"))
            rule_y = footer.top() - footer_height / 2
            painter.drawLine(QPointF(footer.left(), rule_y), QPointF(footer.right(), rule_y))
            elided = QFontMetricsF(painter.font(), writer).elidedText(
                doc.title, Qt.TextElideMode.ElideRight, body.width() * 0.7
            )
            painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
            number = f"Page {index + 1} of {len(pages)}"
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)
    finally:
        painter.end()
    return len(pages)


def render_document(doc: ExportDocument, *, page_size: str | None = None) -> bytes:
    """The document as PDF bytes on A4 or Letter (by the locale unless ``page_size`` says)."""
    size_name = (page_size or default_page_size()).lower()
    if size_name not in PAGE_SIZES:
        raise ExportError(f"unknown page size {page_size!r}; use A4 or Letter")
    ensure_gui_application()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[size_name]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(doc.title)
    writer.setCreator("Citebrief")
    writer.setAuthor("")
    _paint(writer, doc)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def render_pdf(brief: Brief, *, page_size: str | None = None) -> bytes:
    """The brief as a PDF a reader can search, with citation numbers that jump to their quotes."""
    return render_document(build_document(brief), page_size=page_size)
