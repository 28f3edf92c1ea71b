"""Markdown rendered to plain text, so emphasis marks and link targets never end up inside a quote.

Each paragraph, heading, list item, quote and table row becomes its own block; soft line breaks inside a
paragraph stay, so the sentence splitter still sees hard-wrapped text as running text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citebrief.ingest.decode import decode_bytes
from citebrief.ingest.formats import Extracted
from citebrief.ingest.limits import Budget, cut_markup

if TYPE_CHECKING:
    from markdown_it.token import Token


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        # images, raw HTML and link targets are left out; link text arrives as ``text`` children
    return "".join(parts)


def markdown_to_text(source: str) -> str:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    blocks: list[str] = []
    row: list[str] | None = None
    for token in parser.parse(source):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            text = _inline_text(token).strip()
            if row is not None:
                row.append(text.replace("\n", " "))
            elif text:
                blocks.append(text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip("\n"))
    return "\n\n".join(blocks)


def read(data: bytes, budget: Budget, *, complete: bool = True) -> Extracted:
    text, _encoding = decode_bytes(data, complete=complete)
    text, partial = cut_markup(text)
    return Extracted(markdown_to_text(text), partial=partial)
