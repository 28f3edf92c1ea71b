"""Every encoding users' files come in is read back to the same text, and offsets index that text."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_fixtures import FLOOD_EN, article

from citebrief.ingest import load_folder
from citebrief.ingest.decode import _LINE_ENDS, _STRAY, normalise_text, without_surrogates

WESTERN = (
    "Café owners in Lindmoor’s old town – “we lost everything” – counted the damage.\n\n"
    "The naïve hope that the façade would hold was gone; déjà vu for those who saw the 1998 flood.\n"
)
RUSSIAN = (
    "Река Линд за ночь поднялась на три метра и затопила старый город Линдмор.\n\n"
    "Около двух тысяч жителей разместили в школах и спортивных залах на холме над городом.\n"
)
PORTUGUESE_LATIN1 = (
    "A população de Lindmoor foi retirada das casas após a cheia do rio.\n\n"
    "Os bombeiros disseram que a água começará a baixar na quarta-feira, segundo a câmara.\n"
)


def _load_one(folder: Path, name: str, data: bytes) -> tuple[str, str]:
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    corpus = load_folder(folder)
    assert not corpus.notices, corpus.notices
    (source,) = corpus.sources
    for sent in source.sentences:
        assert source.text[sent.start : sent.end] == sent.text
    return source.text, source.language


@pytest.mark.parametrize(
    ("label", "data", "expected"),
    [
        ("utf-8", WESTERN.encode("utf-8"), WESTERN),
        ("utf-8 with BOM", codecs.BOM_UTF8 + WESTERN.encode("utf-8"), WESTERN),
        ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"), WESTERN),
        ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), WESTERN),
        ("windows-1252", WESTERN.encode("cp1252"), WESTERN),
        ("latin-1", PORTUGUESE_LATIN1.encode("latin-1"), PORTUGUESE_LATIN1),
        ("windows-1251", RUSSIAN.encode("cp1251"), RUSSIAN),
    ],
)
def test_encoding_is_recognised(tmp_path: Path, label: str, data: bytes, expected: str) -> None:
    text, _language = _load_one(tmp_path / "in", "article.txt", data)
    assert text == expected, label


def test_windows_1251_text_is_russian(tmp_path: Path) -> None:
    _text, language = _load_one(tmp_path / "in", "article.txt", RUSSIAN.encode("cp1251"))
    assert language == "russian"


def test_mixed_line_endings_become_newlines(tmp_path: Path) -> None:
    raw = article(FLOOD_EN)
    parts = raw.split("\n")
    mixed, previous = "", ""
    for i, part in enumerate(parts[:-1]):
        # CR then LF would read as one CRLF, so an empty line after a CR ends with a CR too
        ending = "\r" if previous == "\r" and not part else ("\r\n", "\r", "\n")[i % 3]
        mixed += part + ending
        previous = ending
    mixed += parts[-1]
    assert "\r\n" in mixed and "\r" in mixed.replace("\r\n", "") and "\n" in mixed.replace("\r\n", "")
    text, _ = _load_one(tmp_path / "in", "article.txt", mixed.encode("utf-8"))
    assert "\r" not in text
    assert text == raw


def test_stray_nul_bytes_are_dropped(tmp_path: Path) -> None:
    raw = article(FLOOD_EN)
    data = raw.encode("utf-8").replace(b"overnight", b"over\0night", 1)
    text, _ = _load_one(tmp_path / "in", "article.txt", data)
    assert "\0" not in text
    assert "overnight" in text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_saved_without_byte_order_mark(tmp_path: Path, codec: str) -> None:
    text, _ = _load_one(tmp_path / "in", "article.txt", WESTERN.encode(codec))
    assert text == WESTERN


def test_a_file_pasted_together_from_utf8_and_a_code_page_reads_each_part_right(tmp_path: Path) -> None:
    data = WESTERN.encode("utf-8") + PORTUGUESE_LATIN1.encode("cp1252")
    text, _language = _load_one(tmp_path / "mixed", "mixed.txt", data)
    assert WESTERN.strip() in text
    assert PORTUGUESE_LATIN1.strip() in text


_PIECES = ("a", "é", "e\u0301", "\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\x00", "\ufeff", "\ufffe")
_SURROGATES = ("\ud800", "\udc00", "\ud83d\ude00", " ")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _SURROGATES), max_size=10))
def test_a_text_is_normalised_as_by_each_step_in_turn(pieces: list[str]) -> None:
    # `normalise_text` skips its three searches in a text that holds nothing they act on
    text = "".join(pieces)
    stepwise = _STRAY.sub("", _LINE_ENDS.sub("\n", without_surrogates(text)))
    assert normalise_text(text) == unicodedata.normalize("NFC", stepwise)
