"""OpenDocument text (.odt): paragraphs, headings and table rows from ``content.xml``.

The standard library's expat parser neither resolves external entities nor fetches anything, and it
refuses entity-expansion attacks.
"""

from __future__ import annotations

from xml.etree import ElementTree

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest.formats import Extracted
from citebrief.ingest.formats.zip_guard import open_checked, read_member
from citebrief.ingest.limits import MAX_TEXT_CHARS, Budget

_KIND = "OpenDocument text"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _inline(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag != f"{_TEXT}note":  # footnote bodies would interrupt the sentence
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(element: ElementTree.Element, out: list[str]) -> None:
    for child in element:
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            text = _inline(child).strip()
            if text:
                out.append(text)
        elif child.tag == f"{_TABLE}table-row":
            cells = [" ".join(_inline(p).split()) for cell in child for p in cell.iter(f"{_TEXT}p")]
            row = " | ".join(c for c in cells if c)
            if row:
                out.append(row)
        else:
            _blocks(child, out)


def read(data: bytes, budget: Budget) -> Extracted:
    archive = open_checked(data, _KIND)
    with archive:
        content = read_member(archive, "content.xml", _KIND)
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise UnreadableFileError(f"damaged {_KIND}") from exc
    body = root.find(f"{_OFFICE}body")
    blocks: list[str] = []
    _blocks(body if body is not None else root, blocks)
    text = "\n\n".join(blocks)
    partial = ""
    if len(text) > MAX_TEXT_CHARS:
        text, partial = text[:MAX_TEXT_CHARS], "read only the start of the document (text limit)"
    return Extracted(text, partial=partial)
