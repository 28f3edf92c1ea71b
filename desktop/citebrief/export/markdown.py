"""Markdown (CommonMark, GitHub Flavored Markdown) export.

Citations are numbered links to anchors, not footnotes: "[1, 3]" after a sentence, where each number
links to ``#source-N-quote-M`` in the Sources section. Footnotes would repeat a source once per citation;
anchors let the Sources section list each source once, as every other format does. The anchors are
``<a id="..."></a>`` elements, which CommonMark and GitHub pass through.

Source text never changes the document's structure: `escape` backslash-escapes everything Markdown
would read as markup, so a quote containing ``*``, ``#``, ``[x](y)`` or ``1.`` comes out as written.
"""

from __future__ import annotations

import re

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

# Characters with inline meaning anywhere in a line (emphasis, code, links, raw HTML, tables,
# strikethrough, escapes). Escaping them always is what keeps a quote inside its paragraph.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# "&amp;"-like sequences would turn into one character.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# GitHub turns ":word:" into an emoji.
_EMOJI = re.compile(r":(?=[A-Za-z0-9_+\-]+:)")
# At the start of a line: headings, block quotes, list items, thematic breaks, setext underlines.
_LINE_START = re.compile(r"^([#>+=\-])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
# A heading's closing "#"s would be dropped.
_CLOSING_HASHES = re.compile(r"(\s)(#+)$")


def escape(text: str) -> str:
    """``text`` on one line, escaped so that Markdown shows it literally."""
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _EMOJI.sub(r"\\:", text)
    text = _LINE_START.sub(r"\\\1", text)
    text = _ORDERED.sub(r"\1\\\2", text)
    text = _CLOSING_HASHES.sub(r"\1\\\2", text)
    if text.endswith("!"):
        # "!" followed by our "[" would start an image
        text = text[:-1] + "\\!"
    return text


def _marks(sentence: DocSentence) -> str:
    if not sentence.marks:
        return ""
    links = ", ".join(f"[{m.number}](#{m.anchor})" for m in sentence.marks)
    return f" \\[{links}\\]"


def _source(entry: SourceEntry) -> list[str]:
    label = f"{entry.number}. "
    indent = " " * len(label)
    where = escape(entry.location)
    if entry.date:
        where += f", {escape(entry.date)}"
    lines = [f'{label}<a id="{entry.anchor}"></a>**{escape(entry.title)}**  ', f"{indent}{where}", ""]
    for quote in entry.quotes:
        line = f'{indent}- <a id="{quote.anchor}"></a>“{isolate(escape(quote.text))}”'
        if quote.edited_in:
            line += f" *({escape(edited_note(quote.edited_in))})*"
        lines.append(line)
    lines.append("")
    return lines


def _difference(entry: DiffEntry) -> list[str]:
    lines = [f"- **{escape(differs_heading(entry))}**: “{isolate(escape(entry.sentence_text))}”"]
    for value in entry.values:
        links = ", ".join(f"[{m.number}](#{m.anchor})" for m in value.marks)
        when = f" ({escape(value.when)})" if entry.update and value.when else ""
        lines.append(f"  - {escape(value.text)} \\[{links}\\]{when}")
    return [*lines, ""]


def render_document(doc: ExportDocument) -> str:
    lines = [f"# {escape(doc.title)}", ""]
    meta = " · ".join(part for part in (escape(doc.date), escape(doc.source_line)) if part)
    lines += [f"*{meta}*", ""]
    for section in doc.sections:
        if section.heading:
            lines += [f"{'#' * (2 + section.level)} {escape(section.heading)}", ""]
        for sentence in section.sentences:
            label = f"**{NEW_LABEL}** " if sentence.new else ""
            note = f" *({escape(sentence.differs)})*" if sentence.differs else ""
            lines += [label + isolate(escape(sentence.text)) + _marks(sentence) + note, ""]
    if doc.differences:
        lines += [f"## {DIFFER_TITLE}", ""]
        for difference in doc.differences:
            lines += _difference(difference)
    for heading, entries in doc.end_lists:
        lines += [f"## {escape(heading)}", "", *(f"- {isolate(escape(entry))}" for entry in entries), ""]
    if doc.sources:
        lines += ["## Sources", ""]
        for entry in doc.sources:
            lines += _source(entry)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_markdown(brief: Brief) -> str:
    """The brief as a Markdown document: title, date, sentences with citations, then Sources."""
    return render_document(build_document(brief))
