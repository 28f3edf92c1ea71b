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
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: Latin-script text has a NUL in every other byte."""
    sample = data[:_SAMPLE]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _decode(data: bytes, encoding: str, *, complete: bool) -> str:
    """Decode strictly; a cut-off file may end inside a character, which is then dropped."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    return decoder.decode(data, final=complete)


def decode_bytes(data: bytes, *, complete: bool = True) -> tuple[str, str]:
    """Return (text, encoding name). Raises `UnreadableFileError` for binary or undecodable data.

    ``complete=False`` says ``data`` is only the start of the file, so it may end mid-character.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _decode(data[len(bom) :], name, complete=complete), name
            except UnicodeDecodeError as exc:
                plain = name.upper()[:6]  # "UTF-16", as people name it, not the codec "utf-16-le"
                reason = f"the file is marked as {plain} text but is not valid {plain}"
                raise UnreadableFileError(reason) from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = _decode(data[: len(data) - len(data) % 2], utf16, complete=complete)
        except UnicodeDecodeError:
            text = ""
        if text and not looks_binary(text[:_SAMPLE].encode("utf-8", errors="replace")):
            return text, utf16
    if looks_binary(data):
        raise UnreadableFileError("binary data, not text")
    try:
        return _decode(data, "utf-8", complete=complete), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data, complete=complete)
    if mixed is not None:
        return mixed
    encoding = _guess_single_byte(data)
    try:
        return _decode(data, encoding, complete=complete), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableFileError("the text encoding could not be recognised") from exc


def _decode_mixed(data: bytes, *, complete: bool) -> tuple[str, str] | None:
    """A file pasted together from UTF-8 and a legacy code page: the UTF-8 lines are read as UTF-8,
    the others in the code page guessed from them alone. None when no line is valid UTF-8 with a
    character beyond ASCII (then the file has one encoding and is guessed whole)."""
    lines = data.splitlines(keepends=True)
    good: list[str | None] = []
    for number, line in enumerate(lines):
        try:
            good.append(_decode(line, "utf-8", complete=complete or number < len(lines) - 1))
        except UnicodeDecodeError:
            good.append(None)
    if not any(text is not None and not text.isascii() for text in good):
        return None
    pairs = list(zip(lines, good, strict=True))
    legacy = _guess_single_byte(b"".join(line for line, text in pairs if text is None))
    decoded = [text if text is not None else line.decode(legacy, "replace") for line, text in pairs]
    return "".join(decoded), f"utf-8 and {legacy}"


# charset-normalizer rates the Windows code pages of Latin text almost alike on short articles (a
# Western text may come out as cp1257); among near-equal candidates the common ones win, and letters
# that only a wrong reading produces move the choice to the Turkish or Central European page.
_PREFERRED = ("cp1252", "cp1251", "cp1253", "cp1250", "cp1254", "cp1257", "koi8_r", "mac_roman")
_NEAR = 0.06
_TURKISH_TELLS = frozenset("ðýþÐÝÞ")
_CENTRAL_TELLS = frozenset("ìèòùïÌÈÒÙÏ")


def _guess_single_byte(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        raise UnreadableFileError("the text encoding could not be recognised")
    least = min(m.chaos for m in matches)
    near = {m.encoding for m in matches if m.chaos <= least + _NEAR}
    choice = next((enc for enc in _PREFERRED if enc in near), matches[0].encoding)
    if choice == "cp1252":
        western = set(data.decode("cp1252", errors="replace"))
        candidates = {m.encoding for m in matches}
        if "cp1254" in candidates and western & _TURKISH_TELLS:
            choice = "cp1254"
        elif "cp1250" in candidates and ("ø" in western or "Ø" in western) and western & _CENTRAL_TELLS:
            choice = "cp1250"
    return choice


_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_STRAY = re.compile(r"[\x00\ufeff\ufffe]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Every character the three searches of `normalise_text` act on: a text with none of them (nearly every
# file) is searched once, not three times (normalising the speed benchmark's 690 articles took 0.032 s,
# now 0.011 s).
_TO_NORMALISE = re.compile(r"[\ud800-\udfff\r\u2028\u2029\x85\x00\ufeff\ufffe]")


def without_surrogates(text: str) -> str:
    """``text`` as it can be saved and exported: a surrogate pair that a parser left split (RTF's
    ``\\u-10179?\\u-8694?``) becomes its character, a lone surrogate (a PDF font mapping a glyph to
    U+D800) becomes U+FFFD, one character for one, so no later layer ever meets one."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def normalise_text(text: str) -> str:
    """The text the viewer shows and offsets index into: NFC, ``\\n`` line ends, no NUL, stray BOM or
    lone surrogate."""
    if _TO_NORMALISE.search(text) is not None:
        text = without_surrogates(text)
        text = _LINE_ENDS.sub("\n", text)
        text = _STRAY.sub("", text)
    return unicodedata.normalize("NFC", text)
