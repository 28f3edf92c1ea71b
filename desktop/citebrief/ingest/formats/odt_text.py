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


class _Text:
    """Text gathered so far, counted as it grows: spaces expanded from ``<text:s text:c="N"/>``
    count like any other character, so a few bytes asking for billions of spaces stop at the limit."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.left = MAX_TEXT_CHARS

    @property
    def full(self) -> bool:
        return self.left <= 0

    def spaces(self, count: int) -> str:
        count = min(count, max(0, self.left))
        self.left -= count
        return " " * count

    def take(self, text: str) -> str:
        text = text[: max(0, self.left)]
        self.left -= len(text)
        return text


def _spaces(element: ElementTree.Element) -> int:
    try:
        return max(1, int(element.get(f"{_TEXT}c", "1") or 1))
    except ValueError:
        return 1


def _inline(element: ElementTree.Element, out: _Text) -> str:
    parts = [out.take(element.text or "")]
    for child in element:
        if out.full:
            break
        if child.tag == f"{_TEXT}s":
            parts.append(out.spaces(_spaces(child)))
        elif child.tag == f"{_TEXT}tab":
            parts.append(out.take("\t"))
        elif child.tag == f"{_TEXT}line-break":
            parts.append(out.take("\n"))
        elif child.tag != f"{_TEXT}note":  # footnote bodies would interrupt the sentence
            parts.append(_inline(child, out))
        parts.append(out.take(child.tail or ""))
    return "".join(parts)


def _blocks(element: ElementTree.Element, out: _Text) -> None:
    for child in element:
        if out.full:
            return
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            text = _inline(child, out).strip()
            if text:
                out.blocks.append(text)
        elif child.tag == f"{_TABLE}table-row":
            cells = [" ".join(_inline(p, out).split()) for cell in child for p in cell.iter(f"{_TEXT}p")]
            row = " | ".join(c for c in cells if c)
            if row:
                out.blocks.append(row)
        else:
            _blocks(child, out)


def read(data: bytes, budget: Budget) -> Extracted:
    archive = open_checked(data, _KIND)
    with archive:
        content = read_member(archive, "content.xml", _KIND)
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise UnreadableFileError(f"damaged {_KIND}: the part holding its text could not be read") from exc
    body = root.find(f"{_OFFICE}body")
    out = _Text()
    _blocks(body if body is not None else root, out)
    partial = "read only the start of the document (text limit)" if out.full else ""
    return Extracted("\n\n".join(out.blocks), partial=partial)
