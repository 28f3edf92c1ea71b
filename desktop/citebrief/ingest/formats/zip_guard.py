"""Open a zip container (DOCX, ODT) only after its directory shows it is not a zip bomb."""

from __future__ import annotations

import io
import zipfile

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest.formats import CUT_SHORT
from citebrief.ingest.limits import MAX_PACK_RATIO, MAX_UNPACKED_BYTES, MAX_XML_BYTES, MAX_ZIP_MEMBERS

_SMALL = 1024 * 1024  # members below this may compress as well as they like
# The end-of-archive record: 22 bytes and a comment of at most 65,535 (the zip format's limits).
_END_OF_ZIP = b"PK\x05\x06"
_END_WINDOW = 22 + 65_535


def open_checked(data: bytes, kind: str) -> zipfile.ZipFile:
    """The archive, if its declared sizes are sane; raise `UnreadableFileError` otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        # A zip file ends with its table of contents; without it the file was cut short.
        if _END_OF_ZIP not in data[-_END_WINDOW:]:
            raise UnreadableFileError(f"damaged {kind}: {CUT_SHORT}") from exc
        raise UnreadableFileError(f"damaged {kind}: its parts could not be unpacked") from exc
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise UnreadableFileError(f"the {kind} holds too many parts ({len(members)})")
    total = xml = 0
    for info in members:
        total += info.file_size
        if info.filename.lower().endswith((".xml", ".rels")):
            xml += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if total > MAX_UNPACKED_BYTES or (info.file_size > _SMALL and ratio > MAX_PACK_RATIO):
            raise UnreadableFileError(f"the {kind} unpacks to an implausible size (a zip bomb?)")
    if xml > MAX_XML_BYTES:
        mb = 1024 * 1024
        raise UnreadableFileError(
            f"the {kind} holds too much text markup ({xml // mb} MB; the limit is {MAX_XML_BYTES // mb} MB)"
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One member, read no further than its declared size (a lying header cannot inflate it)."""
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise UnreadableFileError(f"damaged {kind}: the part holding its text is missing") from exc
    with archive.open(info) as stream:
        data = stream.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise UnreadableFileError(f"damaged {kind}: the part holding its text is larger than it claims")
    return data
