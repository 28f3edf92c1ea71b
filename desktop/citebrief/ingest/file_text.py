"""One file's text: its bytes read within the limits, its format's text extracted (in a child process
for container formats), its fingerprint, and its title."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from citebrief.core.errors import UnreadableFileError
from citebrief.core.paths import display
from citebrief.core.progress import CancelToken
from citebrief.ingest.formats import FORMATS, Extracted, read_format
from citebrief.ingest.limits import MAX_CONTAINER_BYTES, MAX_TEXT_BYTES, MAX_TEXT_CHARS, Budget, FileLimits
from citebrief.ingest.reader_process import extract_isolated
from citebrief.ingest.roles import is_page_furniture, is_title_like


@dataclass(frozen=True, slots=True)
class FileText:
    extracted: Extracted
    sha256: str
    partial: str  # why only part of the file was read ("" when all of it was)


_MAX_HASHED_BYTES = 1024 * 1024 * 1024


def _file_sha256(path: Path, head: bytes, size: int) -> str:
    """Fingerprint of a file read only in part: the whole file up to 1 GB (streamed), beyond that the
    part read and the size, so hashing stays bounded in time too."""
    if size > _MAX_HASHED_BYTES:
        return hashlib.sha256(head + f"\0{size}".encode()).hexdigest()
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def read_file(path: Path, limits: FileLimits, cancel: CancelToken | None = None) -> FileText:
    suffix = path.suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise UnreadableFileError(f"unsupported file type {suffix or '(no extension)'}")
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFileError("empty file")
        if not fmt.streamable and size > MAX_CONTAINER_BYTES:
            limit_mb = MAX_CONTAINER_BYTES // (1024 * 1024)
            raise UnreadableFileError(f"too large ({size // (1024 * 1024)} MB; the limit is {limit_mb} MB)")
        limit = MAX_TEXT_BYTES if fmt.streamable else MAX_CONTAINER_BYTES
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
        complete = len(data) <= limit
        data = data[:limit]
        if not data:
            raise UnreadableFileError("empty file")
    except OSError as exc:
        raise UnreadableFileError(f"could not be read: {exc.strerror or exc}") from exc
    mb = 1024 * 1024
    partial = "" if complete else f"read only the first {limit // mb} MB of {size // mb} MB"
    if fmt.streamable:
        extracted = read_format(suffix, data, Budget(seconds=limits.seconds), complete=complete)
    else:  # container parsers cannot always stop by themselves: a child process is stopped for them
        extracted = extract_isolated(suffix, data, limits, cancel)
    try:  # only a file that turned out readable is fingerprinted (a huge binary one never is)
        sha = hashlib.sha256(data).hexdigest() if complete else _file_sha256(path, data, size)
    except OSError as exc:
        raise UnreadableFileError(f"could not be read: {exc.strerror or exc}") from exc
    return FileText(extracted, sha, partial or extracted.partial)


def cut_text(text: str) -> tuple[str, str]:
    """Text within `MAX_TEXT_CHARS`, cut at a line end, and the notice reason if it was cut."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, ""
    end = text.rfind("\n", 0, MAX_TEXT_CHARS)
    end = end if end > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS
    return text[:end], f"read only the first {MAX_TEXT_CHARS:,} characters"


# Page furniture that may stand above a headline ("All news", "Home | World", a byline): how many such
# lines are passed over looking for it (the seeds and the evaluation clusters show at most two).
MAX_LINES_ABOVE_TITLE = 4


def title_of(text: str, title_hint: str, path: Path) -> str:
    lines = [line.strip() for line in text.split("\n", 40) if line.strip()]
    for line in lines[: MAX_LINES_ABOVE_TITLE + 1]:
        if is_title_like(line):
            return line.lstrip("#").strip().strip("*_").strip()
        if not is_page_furniture(line):
            break
    if title_hint:
        return title_hint
    name = display(path.stem).replace("_", " ").replace("-", " ")
    return " ".join(name.split()) or display(path.name)


def file_time(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None
