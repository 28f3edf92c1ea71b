"""One reader per file format: bytes -> `Extracted` text, or `UnreadableFileError` with the reason.

Readers that lean on a third-party parser are imported only when a file of their type turns up.
Whatever a parser raises on damaged input becomes an `UnreadableFileError`, so a bad file costs a
notice and never the rest of the folder.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest.limits import Budget


@dataclass(frozen=True, slots=True)
class Extracted:
    """Readable text of a document, a title from its metadata if any, and why it is incomplete if so."""

    text: str
    title: str = ""
    partial: str = ""
    date: str = ""  # the document's own date when its metadata gives one


class ReaderMemoryError(UnreadableFileError):
    """Reading the file needed more memory than a reader may take."""


def _out_of_memory(exc: BaseException) -> bool:
    # lxml reports libxml2's failed allocations as a syntax error whose log says ERR_NO_MEMORY.
    return isinstance(exc, MemoryError) or "ERR_NO_MEMORY" in str(getattr(exc, "error_log", ""))


Reader = Callable[[bytes, Budget], Extracted]
# A PDF may end with a few bytes after its end-of-file mark (a newline, padding from a mail program).
_END_WINDOW = 1024
CUT_SHORT = "it is cut short (its end is missing, as after an interrupted download)"


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # what the user calls it, used in messages ("PDF", "Word document")
    module: str  # module under citebrief.ingest.formats holding ``read``
    streamable: bool  # plain text that may be read in part (large files are cut, not skipped)
    end_mark: bytes = b""  # what a whole file of this type ends with, to tell one cut short

    @property
    def file(self) -> str:
        """What a message calls such a file: "PDF file", "Word document"."""
        return self.name if self.name.endswith(("document", "text")) else f"{self.name} file"


FORMATS: dict[str, Format] = {
    ".txt": Format("text", "plain", True),
    ".text": Format("text", "plain", True),
    ".md": Format("Markdown", "markdown_text", True),
    ".markdown": Format("Markdown", "markdown_text", True),
    ".html": Format("HTML", "html_text", True),
    ".htm": Format("HTML", "html_text", True),
    ".xhtml": Format("HTML", "html_text", True),
    ".pdf": Format("PDF", "pdf_text", False, end_mark=b"%%EOF"),
    ".docx": Format("Word document", "docx_text", False),
    ".odt": Format("OpenDocument text", "odt_text", False),
    ".rtf": Format("RTF", "rtf_text", True),
}


@cache
def _quiet_parsers() -> None:
    """Parsers log every oddity of a damaged file; the notice already says it, so without logging set
    up by the application nothing is printed (a configured root logger still receives the records)."""
    for name in ("pypdf", "trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).addHandler(logging.NullHandler())


def read_format(suffix: str, data: bytes, budget: Budget, *, complete: bool = True) -> Extracted:
    """Run the reader for ``suffix``; any failure inside a parser becomes `UnreadableFileError`."""
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise UnreadableFileError(f"unsupported file type {suffix or '(no extension)'}")
    _quiet_parsers()
    module = importlib.import_module(f"citebrief.ingest.formats.{fmt.module}")
    read: Callable[..., Extracted] = module.read
    try:
        if fmt.streamable:
            return read(data, budget, complete=complete)
        return read(data, budget)
    except UnreadableFileError:
        raise
    except (Exception, RecursionError, MemoryError) as exc:  # a damaged file must not stop the folder
        if _out_of_memory(exc):
            raise ReaderMemoryError(f"{fmt.file} too large or complex to read (memory limit)") from exc
        raise UnreadableFileError(_damaged(fmt, data)) from exc


def _damaged(fmt: Format, data: bytes) -> str:
    """Why a parser failed, in words a user knows: a parser's own message names its internals (an
    exception class, an object number), which says nothing to the person whose file it is."""
    if fmt.end_mark and fmt.end_mark not in data[-_END_WINDOW:]:
        return f"damaged {fmt.file}: {CUT_SHORT}"
    return f"damaged or unsupported {fmt.file}: its contents could not be read"
