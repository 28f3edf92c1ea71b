"""Choose a format, render a brief to bytes, write it atomically with errors a user understands."""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass
from pathlib import Path

from citebrief.core.atomic import write_bytes_atomic
from citebrief.core.errors import ExportError
from citebrief.core.model import Brief
from citebrief.core.serial import brief_file_dict


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its name on the command line, what a user calls it, and its file suffixes."""

    name: str
    label: str
    suffixes: tuple[str, ...]  # the first is the one new files get
    binary: bool = False  # cannot go to a terminal
    brief_file: bool = False  # the file the window saves and opens, not an export for readers

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    @property
    def file_filter(self) -> str:
        """The line a file dialog shows for this format, e.g. ``Markdown (*.md *.markdown)``."""
        return f"{self.label} ({' '.join('*' + s for s in self.suffixes)})"


# The one list of export formats: the command line's choices, the window's export dialog and `write`
# all read it.
REGISTRY: tuple[ExportFormat, ...] = (
    ExportFormat("markdown", "Markdown", (".md", ".markdown")),
    ExportFormat("html", "HTML", (".html", ".htm")),
    ExportFormat("pdf", "PDF", (".pdf",), binary=True),
    ExportFormat("docx", "Word document", (".docx",), binary=True),
    ExportFormat("json", "JSON", (".json",)),
    ExportFormat("text", "Plain text", (".txt",)),
    ExportFormat("citebrief", "Citebrief brief", (".citebrief",), brief_file=True),
)
FORMATS: tuple[str, ...] = tuple(f.name for f in REGISTRY)
_BY_NAME = {f.name: f for f in REGISTRY}
_SUFFIXES = {suffix: f.name for f in REGISTRY for suffix in f.suffixes}


def export_format(name: str) -> ExportFormat:
    """The registry entry of format ``name``; raises `ExportError` for a name not in it."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ExportError(f"unknown export format {name!r}; choose one of {', '.join(FORMATS)}") from None


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


def format_for_output(path: str | os.PathLike[str]) -> str | None:
    """The format to write to ``path`` when none is named: its suffix's, Markdown when it has no
    suffix or is a device or pipe (``/dev/stdout``, whose name says nothing of a format); None for a
    suffix that means nothing to us."""
    by_suffix = format_for_path(path)
    if by_suffix is not None:
        return by_suffix
    special = os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path)
    return "markdown" if special or not Path(path).suffix else None


def render(brief: Brief, fmt: str, *, relative_to: Path | None = None) -> bytes:
    """The brief in format ``fmt`` (one of `FORMATS`) as the bytes of a file (``relative_to``: the
    folder a brief file is written to, so that it can move together with its articles)."""
    export_format(fmt)  # an unknown name fails here, with the list of known ones
    if fmt == "citebrief":
        return _brief_file(brief, relative_to).encode("utf-8")
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
    raise ExportError(f"the {fmt} format has no renderer")


def _brief_file(brief: Brief, relative_to: Path | None) -> str:
    """A ``.citebrief`` file of the brief and the folder it was made from, as the window saves it."""
    paths = (brief.root,) if brief.root else ()
    relative = None
    if relative_to is not None:
        relative = [_relative(p, relative_to) for p in paths]
    data = brief_file_dict(brief, paths=paths, relative_paths=relative)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _relative(path: str, base: Path) -> str | None:
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return None


def write(brief: Brief, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Render and write atomically: the file is whole or untouched. Raises `ExportError`."""
    target = Path(path)
    chosen = fmt or format_for_path(target)
    if chosen is None:
        raise ExportError(
            f"cannot tell the format of {target.name!r} from its suffix; "
            f"use {', '.join(f.suffix for f in REGISTRY)}, or name the format"
        )
    try:
        data = render(brief, chosen, relative_to=target.parent.resolve())
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
