"""HTML -> the article's main text through trafilatura: navigation, share buttons, cookie banners and
comment sections are dropped. Nothing is fetched: the markup is parsed as given, scripts never run and
remote images, styles and fonts are never requested.
"""

from __future__ import annotations

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest.decode import decode_bytes
from citebrief.ingest.formats import Extracted
from citebrief.ingest.limits import Budget


def html_to_text(markup: str) -> Extracted:
    """(text, title, date) of the page's main content; paragraphs and headings become blocks."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
    )
    title = ""
    date = ""
    text = ""
    if doc is not None and not isinstance(doc, dict):
        title = " ".join((doc.title or "").split())
        date = doc.date or ""
        text = doc.text or ""
    if not text.strip():
        # Pages too short for main-content detection: fall back to all visible text.
        text = trafilatura.html2txt(markup) or ""
    lines = [line.strip() for line in text.split("\n")]
    blocks = [line for line in lines if line]
    if title and (not blocks or blocks[0] != title):
        blocks.insert(0, title)
    return Extracted("\n\n".join(blocks), title=title, date=date)


def read(data: bytes, budget: Budget, *, complete: bool = True) -> Extracted:
    markup, _encoding = decode_bytes(data, complete=complete)
    if "<" not in markup:
        raise UnreadableFileError("no HTML markup in the file")
    return html_to_text(markup)
