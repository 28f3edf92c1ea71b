"""HTML -> the article's readable text, one block per paragraph or heading."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "tr",
        "br",
        "hr",
        "figcaption",
        "dt",
        "dd",
    ]
)
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "aside",
        "form",
        "button",
        "iframe",
        "object",
        "head",
    ]
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title = ""
        self._current: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._skip_depth == 0:
            self._current.append(data)

    def _flush(self) -> None:
        block = _SPACES.sub(" ", "".join(self._current)).strip()
        self._current = []
        if block:
            self.blocks.append(block.replace("\n", " "))

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(markup: str) -> tuple[str, str]:
    """Return (text, title): paragraphs separated by blank lines; scripts, styles and navigation dropped."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return "\n\n".join(collector.blocks), _SPACES.sub(" ", collector.title).strip()
