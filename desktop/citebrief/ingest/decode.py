"""Bytes -> text: byte-order marks first, then strict UTF-8, then charset-normalizer's best guess."""

from __future__ import annotations

import codecs
import re
import unicodedata

from citebrief.core.errors import UnreadableFileError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, carriage return and form feed mark binary data.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_SAMPLE = 64 * 1024


def looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if not sample:
        return False
    controls = sum(sample.count(bytes([b])) for b in _CONTROL)
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises `UnreadableFileError` for binary or undecodable data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError as exc:
                raise UnreadableFileError(f"the file says it is {name} but is not valid {name}") from exc
    if looks_binary(data):
        raise UnreadableFileError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnreadableFileError("the text encoding could not be recognised")
    return str(best), best.encoding


_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_STRAY = re.compile(r"[\x00\ufeff\ufffe]")


def normalise_text(text: str) -> str:
    """The text the viewer shows and offsets index into: NFC, ``\\n`` line ends, no NUL or stray BOM."""
    text = _LINE_ENDS.sub("\n", text)
    text = _STRAY.sub("", text)
    return unicodedata.normalize("NFC", text)
