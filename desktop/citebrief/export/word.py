"""DOCX export with python-docx, for Word and LibreOffice.

Built-in styles only (Title, Heading 1, List Number, List Bullet 2), so the document takes on the
reader's theme. Citation numbers are superscript runs inside internal hyperlinks to bookmarks on the
quoted sentences; python-docx has no API for either, so the few elements are made here.
"""

from __future__ import annotations

import datetime as _dt
import io
import itertools

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

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

_LINK_COLOUR = "1F5FA8"
_MUTED = RGBColor(0x5F, 0x5F, 0x5A)
_NOTE = RGBColor(0x8A, 0x4B, 0x08)


def bookmark_name(anchor: str) -> str:
    """Word bookmark names allow letters, digits and underscores only."""
    return anchor.replace("-", "_")


def _add_bookmark(paragraph: Paragraph, name: str, ids: itertools.count[int]) -> None:
    number = str(next(ids))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), number)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), number)
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(end)


def _run(text: str, *, superscript: bool = False, colour: str | None = None) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    if colour:
        color = OxmlElement("w:color")
        color.set(qn("w:val"), colour)
        props.append(color)
    if superscript:
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        props.append(align)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    return run


def _add_marks(paragraph: Paragraph, sentence: DocSentence) -> None:
    if not sentence.marks:
        return
    p = paragraph._p
    p.append(_run("\u2060[", superscript=True))
    for index, mark in enumerate(sentence.marks):
        if index:
            p.append(_run(", ", superscript=True))
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), bookmark_name(mark.anchor))
        link.set(qn("w:history"), "1")
        link.set(qn("w:tooltip"), " / ".join(isolate(q[:240]) for q in mark.quotes)[:250])
        link.append(_run(str(mark.number), superscript=True, colour=_LINK_COLOUR))
        p.append(link)
    p.append(_run("]", superscript=True))


def _note_run(paragraph: Paragraph, text: str) -> None:
    note = paragraph.add_run(text)
    note.italic = True
    note.font.size = Pt(9)
    note.font.color.rgb = _NOTE


def _add_difference(document: DocumentObject, entry: DiffEntry) -> None:
    head = document.add_paragraph(style="List Bullet")
    head.add_run(differs_heading(entry)).bold = True
    head.add_run(f": “{isolate(entry.sentence_text)}”")
    for value in entry.values:
        para = document.add_paragraph(style="List Bullet 2")
        para.add_run(value.line(update=entry.update))


def _add_source(document: DocumentObject, entry: SourceEntry, ids: itertools.count[int]) -> None:
    head = document.add_paragraph(style="List Number")
    head.add_run(entry.title).bold = True
    head.add_run().add_break(WD_BREAK.LINE)
    where = head.add_run(entry.location + (f", {entry.date}" if entry.date else ""))
    where.font.size = Pt(9)
    where.font.color.rgb = _MUTED
    _add_bookmark(head, bookmark_name(entry.anchor), ids)
    for quote in entry.quotes:
        para = document.add_paragraph(style="List Bullet 2")
        para.add_run(f"“{isolate(quote.text)}”")
        if quote.edited_in:
            para.add_run().add_break(WD_BREAK.LINE)
            note = para.add_run(edited_note(quote.edited_in))
            note.italic = True
            note.font.size = Pt(9)
            note.font.color.rgb = _NOTE
        _add_bookmark(para, bookmark_name(quote.anchor), ids)


def render_document(doc: ExportDocument) -> bytes:
    document = Document()
    ids = itertools.count(1)
    props = document.core_properties
    props.title = doc.title
    props.author = ""
    props.last_modified_by = "Citebrief"
    props.comments = doc.source_line
    props.subject = "Brief with citations"
    props.revision = 1
    if doc.date_iso:
        created = _dt.datetime.fromisoformat(doc.date_iso).replace(tzinfo=_dt.UTC)
        props.created = created
        props.modified = created

    document.add_heading(doc.title, level=0)
    meta = document.add_paragraph()
    meta_run = meta.add_run(" · ".join(part for part in (doc.date, doc.source_line) if part))
    meta_run.italic = True
    meta_run.font.color.rgb = _MUTED

    for section in doc.sections:
        if section.heading:
            document.add_heading(section.heading, level=1 + section.level)
        for sentence in section.sentences:
            paragraph = document.add_paragraph()
            if sentence.new:
                paragraph.add_run(f"{NEW_LABEL} ").bold = True
            paragraph.add_run(isolate(sentence.text))
            _add_marks(paragraph, sentence)
            if sentence.differs:
                paragraph.add_run().add_break(WD_BREAK.LINE)
                _note_run(paragraph, sentence.differs)
    if doc.differences:
        document.add_heading(DIFFER_TITLE, level=1)
        for difference in doc.differences:
            _add_difference(document, difference)
    for heading, entries in doc.end_lists:
        document.add_heading(heading, level=1)
        for line in entries:
            document.add_paragraph(isolate(line), style="List Bullet")
    if doc.sources:
        document.add_heading("Sources", level=1)
        for entry in doc.sources:
            _add_source(document, entry, ids)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def render_docx(brief: Brief) -> bytes:
    """The brief as a Word document: headings, superscript citation links, Sources as a list."""
    return render_document(build_document(brief))
