"""PDF -> running text from the text layer (pypdf).

Pages are read in the order the library gives (which follows the columns of most two-column layouts);
running headers, footers and page numbers are dropped; words hyphenated across a line break are joined;
lines are rejoined into paragraphs so sentences do not break where the page's lines did.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest.formats import Extracted
from citebrief.ingest.limits import MAX_PDF_PAGES, MAX_TEXT_CHARS, Budget

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|seite|página|pagina|page\s+no\.?)\s*)?\d{1,4}(?:\s*(?:of|/|von|de|di)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-$")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_LOCKED = "the PDF is encrypted and needs a password to open"
_EDGE = 2  # lines at the top and bottom of a page that may be running headers or footers


def _page_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", line.casefold())


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and lines repeated at the top or bottom of many pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = set(lines[:_EDGE] + lines[-_EDGE:])
        counts.update({_edge_key(line) for line in edges})
    threshold = max(2, len(pages) // 2) if len(pages) >= 3 else None
    cleaned = []
    for lines in pages:
        kept = []
        for i, line in enumerate(lines):
            at_edge = i < _EDGE or i >= len(lines) - _EDGE
            if at_edge and _PAGE_NUMBER.match(line):
                continue
            if at_edge and threshold is not None and counts[_edge_key(line)] >= threshold:
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned


def _paragraphs(lines: list[str]) -> list[str]:
    """Rejoin the visual lines of a page: a short or heading-like line ends a paragraph."""
    if not lines:
        return []
    widths = sorted(len(line) for line in lines)
    full = widths[int(0.8 * (len(widths) - 1))]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if current:
            if _HYPHEN_BREAK.search(current) and line[:1].islower():
                current = current[:-1] + line
            else:
                current = f"{current} {line}"
        else:
            current = line
        short = len(line) < 0.7 * full
        if short or (len(line) < 0.85 * full and _TERMINAL.search(line)):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def read(data: bytes, budget: Budget) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise UnreadableFileError("not a PDF file (damaged or misnamed)")
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise UnreadableFileError("the PDF is encrypted in a way that cannot be opened") from exc
        if not unlocked:
            raise UnreadableFileError(_LOCKED)
    pages: list[list[str]] = []
    partial = ""
    total = 0
    try:
        page_count = len(reader.pages)
    except FileNotDecryptedError as exc:
        raise UnreadableFileError(_LOCKED) from exc
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES:
            partial = f"read only the first {MAX_PDF_PAGES} of {page_count} pages"
            break
        if number and budget.spent:  # the first page is always read
            partial = f"read only the first {number} of {page_count} pages (time limit)"
            break
        lines = _page_lines(page.extract_text() or "")
        total += sum(len(line) for line in lines)
        pages.append(lines)
        if total > MAX_TEXT_CHARS:
            partial = f"read only the first {number + 1} of {page_count} pages (text limit)"
            break
    if not any(pages):
        raise UnreadableFileError("the PDF has no text layer (a scanned document?)")
    blocks = [para for lines in _drop_running_lines(pages) for para in _paragraphs(lines)]
    title = ""
    try:
        meta = reader.metadata
        title = " ".join(str(meta.title or "").split()) if meta else ""
    except Exception:  # broken metadata must not cost the text
        title = ""
    return Extracted("\n\n".join(blocks), title=title, partial=partial)
