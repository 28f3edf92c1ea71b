"""Choose a format, render a brief to bytes, write it atomically with errors a user understands."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from citebrief.core.atomic import write_bytes_atomic
from citebrief.core.errors import ExportError
from citebrief.core.model import Brief

FORMATS: tuple[str, ...] = ("markdown", "html", "pdf", "docx", "json", "text")

_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".json": "json",
    ".txt": "text",
}

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENAMETOOLONG: "the file name or path is too long",
    errno.EACCES: "no permission to write there",
    errno.EPERM: "no permission to write there",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "a folder has that name",
}


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The format a file name asks for by its suffix, or None when the suffix means nothing to us."""
    return _SUFFIXES.get(Path(path).suffix.lower())


def render(brief: Brief, fmt: str) -> bytes:
    """The brief in format ``fmt`` (one of `FORMATS`) as the bytes of a file."""
    if fmt == "markdown":
        from citebrief.export.markdown import render_markdown

        return render_markdown(brief).encode("utf-8")
    if fmt == "html":
        from citebrief.export.html_page import render_html

        return render_html(brief).encode("utf-8")
    if fmt == "json":
        from citebrief.export.plain import render_json

        return render_json(brief).encode("utf-8")
    if fmt == "text":
        from citebrief.export.plain import render_text

        return render_text(brief).encode("utf-8")
    if fmt == "pdf":
        from citebrief.export.pdf import render_pdf

        return render_pdf(brief)
    if fmt == "docx":
        from citebrief.export.word import render_docx

        return render_docx(brief)
    raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write(brief: Brief, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Render and write atomically: the file is whole or untouched. Raises `ExportError`."""
    target = Path(path)
    chosen = fmt or format_for_path(target)
    if chosen is None:
        raise ExportError(
            f"cannot tell the format of {target.name!r} from its suffix; "
            "use .md, .html, .pdf, .docx, .json or .txt, or name the format"
        )
    try:
        data = render(brief, chosen)
    except ExportError:
        raise
    except Exception as exc:  # a renderer failing must reach the user as a reason, not a traceback
        raise ExportError(f"could not make the {chosen} file {target.name}: {exc}") from exc
    try:
        write_bytes_atomic(target, data)
    except ExportError as exc:
        cause = exc.__cause__
        reason = _REASONS.get(cause.errno) if isinstance(cause, OSError) and cause.errno else None
        if reason is None:
            raise
        raise ExportError(f"cannot write {target}: {reason}") from cause
