"""Bounds on what one file may cost: bytes read, characters kept, pages parsed and seconds spent.

A folder may hold anything; these caps keep one odd file from stalling or exhausting the whole load.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

MAX_TEXT_BYTES = 4 * 1024 * 1024
"""Bytes read from a plain-text file (.txt, .md, .html, .rtf); the rest is left unread with a notice."""

MAX_TEXT_CHARS = 1_000_000
"""Characters kept from any document (about 170,000 words); longer texts are cut with a notice."""

MAX_MARKUP_CHARS = 2 * MAX_TEXT_CHARS
"""Characters of Markdown or RTF source parsed; markup beyond that could not add kept text anyway."""

MAX_CONTAINER_BYTES = 100 * 1024 * 1024
"""PDF, DOCX and ODT files larger than this are skipped: they cannot be parsed in part."""

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""Total uncompressed size a DOCX or ODT may claim before it is treated as a zip bomb."""

MAX_XML_BYTES = 32 * 1024 * 1024
"""Uncompressed XML a DOCX or ODT may hold in all its parts (body, headers, footers, notes, styles).
XML parsers build every part in memory at 10 to 100 times its size, so this bounds memory where the
library cannot stream; 32 bytes of markup per kept character (`MAX_TEXT_CHARS`) leaves room for
Word's run-by-run formatting of a long document."""

MAX_PACK_RATIO = 200
"""Uncompressed/compressed ratio of one zip member above which it is treated as a zip bomb."""

MAX_ZIP_MEMBERS = 10_000

MAX_PDF_PAGES = 1_000

SECONDS_PER_FILE = 20.0
"""Time budget for parsing one file; parsing stops at the next page or block once it is spent."""


MAX_READER_MEMORY = 512 * 1024 * 1024
"""Memory the process extracting one PDF, DOCX or ODT may add to what it holds at rest: a folder with
a hostile file is to be briefed in under 1 GB, and well-formed documents need far less (the reader
of a 930,000-character Word file peaks at 67 MB, of a 200-page PDF at 60 MB)."""

STOP_GRACE_SECONDS = 3.0
"""How long past `SECONDS_PER_FILE` a reader that cannot stop by itself (inside one page) is given
before its process is killed: a page of a well-formed PDF takes well under a second, and a folder
with a hostile file is to be briefed in under 30 s."""


@dataclass(frozen=True, slots=True)
class FileLimits:
    """What reading one container file may cost before it is stopped and skipped with a notice."""

    seconds: float = SECONDS_PER_FILE  # the readers' own budget, polled between pages and blocks
    grace: float = STOP_GRACE_SECONDS
    memory: int = MAX_READER_MEMORY

    @property
    def deadline(self) -> float:
        return self.seconds + self.grace


@dataclass
class Budget:
    """The time left for one file; readers poll it between pages or blocks."""

    seconds: float = SECONDS_PER_FILE
    started: float = field(default_factory=time.monotonic)

    @property
    def spent(self) -> bool:
        return time.monotonic() - self.started > self.seconds


def cut_markup(markup: str) -> tuple[str, str]:
    """Markup within `MAX_MARKUP_CHARS`, cut at a line end, and why it was cut ("" if it was not)."""
    if len(markup) <= MAX_MARKUP_CHARS:
        return markup, ""
    end = markup.rfind("\n", 0, MAX_MARKUP_CHARS)
    return markup[: end if end > 0 else MAX_MARKUP_CHARS], "read only the start of the document (text limit)"
