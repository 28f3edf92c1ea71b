"""HTML export: one self-contained page (inline CSS, no scripts, nothing fetched from elsewhere).

Citation numbers are links to the quoted sentence in the Sources section; hovering one shows the quote
as a tooltip (the ``title`` attribute), so a reader can check a sentence without leaving it.
"""

from __future__ import annotations

from html import escape

from citebrief.core.model import Brief
from citebrief.export.model import (
    DIFFER_TITLE,
    NEW_LABEL,
    CiteMark,
    DiffEntry,
    DocSentence,
    ExportDocument,
    SourceEntry,
    build_document,
    differs_heading,
    edited_note,
    isolate,
)

_CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #f4f4f1; color: #1d1d1b;
  font: 17px/1.6 Georgia, "Noto Serif", "DejaVu Serif", "Times New Roman", serif; }
main { max-width: 42rem; margin: 2.5rem auto; padding: 2.5rem 3rem; background: #fff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
.meta { color: #5f5f5a; font-size: .95rem; margin: 0 0 1.8rem; }
p.sentence { margin: 0 0 .8rem; }
strong.new { color: #8a4b08; }
sup.cite { font-size: .7em; line-height: 0; white-space: nowrap; }
sup.cite a { color: #1f5fa8; text-decoration: none; }
sup.cite a:hover, sup.cite a:focus { text-decoration: underline; }
ol.sources { padding-left: 1.6rem; }
ol.sources > li { margin-bottom: 1.1rem; }
.where { color: #5f5f5a; font-size: .9rem; }
ul.quotes { list-style: none; padding-left: 0; margin: .4rem 0 0; }
ul.quotes li { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid #c9d6e6; }
ul.quotes li:target { background: #fff6d5; }
.note { display: block; color: #8a4b08; font-size: .85rem; font-style: italic; }
.differs { display: block; color: #8a4b08; font-size: .85rem; }
.differs::before { content: "\26A0\\FE0E  "; }
ul.differences > li { margin-bottom: .8rem; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; padding: 0; } }
"""


def _links(marks: tuple[CiteMark, ...]) -> str:
    return ", ".join(
        f'<a href="#{m.anchor}" title="{escape(" / ".join(isolate(q) for q in m.quotes))}">{m.number}</a>'
        for m in marks
    )


def _marks(sentence: DocSentence) -> str:
    if not sentence.marks:
        return ""
    return f'<sup class="cite">[{_links(sentence.marks)}]</sup>'


def _source(entry: SourceEntry) -> list[str]:
    where = escape(entry.location) + (f", {escape(entry.date)}" if entry.date else "")
    out = [
        f'<li id="{entry.anchor}" value="{entry.number}"><strong>{escape(entry.title)}</strong><br>',
        f'<span class="where">{where}</span>',
        '<ul class="quotes">',
    ]
    for quote in entry.quotes:
        note = f'<span class="note">{escape(edited_note(quote.edited_in))}</span>' if quote.edited_in else ""
        out.append(f'<li id="{quote.anchor}">“{isolate(escape(quote.text), html=True)}”{note}</li>')
    out += ["</ul>", "</li>"]
    return out


def _difference(entry: DiffEntry) -> list[str]:
    out = [
        f"<li><strong>{escape(differs_heading(entry))}</strong>: "
        f"“{isolate(escape(entry.sentence_text), html=True)}”<ul>"
    ]
    for value in entry.values:
        when = f", {escape(value.when)}" if entry.update and value.when else ""
        out.append(f"<li>{escape(value.text)} [{_links(value.marks)}]{when}</li>")
    return [*out, "</ul></li>"]


def render_document(doc: ExportDocument) -> str:
    meta = " · ".join(escape(part) for part in (doc.date, doc.source_line) if part)
    date_meta = f'<meta name="date" content="{doc.date_iso}">' if doc.date_iso else ""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Citebrief">',
        date_meta,
        f"<title>{escape(doc.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{escape(doc.title)}</h1>",
        f'<p class="meta">{meta}</p>',
    ]
    for section in doc.sections:
        if section.heading:
            out.append(f"<h{2 + section.level}>{escape(section.heading)}</h{2 + section.level}>")
        for sentence in section.sentences:
            shown = isolate(escape(sentence.text), html=True)
            label = f'<strong class="new">{NEW_LABEL}</strong> ' if sentence.new else ""
            note = f'<span class="differs">{escape(sentence.differs)}</span>' if sentence.differs else ""
            out.append(f'<p class="sentence">{label}{shown}{_marks(sentence)}{note}</p>')
    if doc.differences:
        out += [f'<h2 id="differences">{DIFFER_TITLE}</h2>', '<ul class="differences">']
        for difference in doc.differences:
            out += _difference(difference)
        out.append("</ul>")
    for heading, entries in doc.end_lists:
        out += [f"<h2>{escape(heading)}</h2>", "<ul>"]
        out += [f"<li>{isolate(escape(entry), html=True)}</li>" for entry in entries]
        out.append("</ul>")
    if doc.sources:
        out += ['<h2 id="sources">Sources</h2>', '<ol class="sources">']
        for entry in doc.sources:
            out += _source(entry)
        out.append("</ol>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(line for line in out if line) + "\n"


def render_html(brief: Brief) -> str:
    """The brief as one HTML file that opens anywhere, offline."""
    return render_document(build_document(brief))
