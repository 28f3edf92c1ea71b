"""Files users should not have: each costs one notice with its reason, and the rest of the folder loads."""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import select
import shutil
import signal
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from ingest_fixtures import (
    FLOOD_DE,
    FLOOD_EN,
    FLOOD_EN_2,
    assert_offsets,
    notice_for,
    write_docx,
    write_huge_text,
    write_odt,
    write_pdf,
    write_tiny_files,
    write_zip_bomb_docx,
)

from citebrief.ingest import load_folder
from citebrief.ingest.formats import read_format
from citebrief.ingest.language import detect_language
from citebrief.ingest.limits import MAX_TEXT_CHARS, Budget

GOOD = "\n\n".join(FLOOD_EN) + "\n"


def _good(folder: Path, name: str = "good.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_empty_blank_and_binary_files(tmp_path: Path) -> None:
    _good(tmp_path)
    (tmp_path / "zero.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t \n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    corpus = load_folder(tmp_path)
    assert [s.id for s in corpus.sources] == ["good.txt"]
    assert "empty" in notice_for(corpus, "zero.txt")
    assert "no text" in notice_for(corpus, "blank.txt")
    assert "binary" in notice_for(corpus, "image.txt")
    assert "unsupported" in notice_for(corpus, "photo.jpg")
    assert len(corpus.notices) == 4


def test_hidden_files_are_skipped_with_a_notice(tmp_path: Path) -> None:
    _good(tmp_path)
    _good(tmp_path / ".git", "config.txt")
    (tmp_path / ".draft.txt").write_text(GOOD, encoding="utf-8")
    corpus = load_folder(tmp_path)
    assert [s.id for s in corpus.sources] == ["good.txt"]
    assert "hidden" in notice_for(corpus, ".git") and "hidden" in notice_for(corpus, ".draft.txt")


def test_truncated_and_corrupt_pdf_and_docx(tmp_path: Path) -> None:
    _good(tmp_path)
    pdf = write_pdf(tmp_path / "whole.pdf", [FLOOD_EN_2]).read_bytes()
    (tmp_path / "whole.pdf").unlink()
    (tmp_path / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (tmp_path / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    (tmp_path / "misnamed.pdf").write_text("This is not a PDF at all.", encoding="utf-8")
    docx = write_docx(tmp_path / "whole.docx", FLOOD_EN_2).read_bytes()
    (tmp_path / "whole.docx").unlink()
    (tmp_path / "truncated.docx").write_bytes(docx[: len(docx) // 2])
    (tmp_path / "misnamed.docx").write_text("Plain text saved with the wrong name.", encoding="utf-8")
    corpus = load_folder(tmp_path)
    assert [s.id for s in corpus.sources] == ["good.txt"]
    for name in ("truncated.pdf", "garbage.pdf", "misnamed.pdf", "truncated.docx", "misnamed.docx"):
        assert notice_for(corpus, name)
    assert len(corpus.notices) == 5


def _with_member(path: Path, name: str, data: bytes | None) -> bytes:
    """The zip file ``path`` with member ``name`` replaced by ``data`` (left out when None)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
            elif data is not None:
                target.writestr(info, data)
    return buffer.getvalue()


# What a parser's own words look like: an exception class, a part of the file's insides, a codec.
_INTERNALS = re.compile(r"\w*(Error|Exception|Warning)\b|\.xml|\.rels|\butf-\d+-[lb]e\b|Traceback|\bobj\b")


def test_damaged_files_are_named_with_what_is_wrong_in_plain_words(tmp_path: Path) -> None:
    """A skip message says what is wrong with the file as its owner would put it, never a library's
    exception name or the name of a part inside the file."""
    folder = tmp_path / "folder"
    _good(folder)
    made = tmp_path / "made"
    made.mkdir()
    pdf = write_pdf(made / "whole.pdf", [FLOOD_EN_2]).read_bytes()
    docx = write_docx(made / "whole.docx", FLOOD_EN_2)
    odt = write_odt(made / "whole.odt", FLOOD_EN_2)
    cut = {
        "cut.pdf": pdf[: len(pdf) // 2],
        "cut.docx": docx.read_bytes()[: docx.stat().st_size // 2],
        "cut.odt": odt.read_bytes()[: odt.stat().st_size // 2],
    }
    broken = {
        "garbled.pdf": pdf[:100] + bytes(len(pdf) - 140) + pdf[-40:],  # its end mark kept
        "broken-xml.docx": _with_member(docx, "word/document.xml", b"<w:document><w:body><w:p>broken"),
        "broken-xml.odt": _with_member(odt, "content.xml", b"<office:document-content>broken"),
        "no-text-part.odt": _with_member(odt, "content.xml", None),
        "bad-utf16.txt": codecs.BOM_UTF16_LE + b"\x00\xd8" * 40,  # lone surrogates
    }
    for name, data in {**cut, **broken}.items():
        (folder / name).write_bytes(data)
    corpus = load_folder(folder)
    assert [s.id for s in corpus.sources] == ["good.txt"]
    reasons = {name: notice_for(corpus, name) for name in {**cut, **broken}}
    leaks = {name: reason for name, reason in reasons.items() if _INTERNALS.search(reason)}
    assert not leaks
    assert all("cut short" in reasons[name] for name in cut), reasons
    assert all("damaged" in reasons[name] for name in broken if name.endswith((".pdf", ".docx", ".odt"))), reasons
    assert "UTF-16" in reasons["bad-utf16.txt"]


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    # Only the check of the zip's directory gives this reason, and it runs before any part is
    # inflated. What the refusal costs is measured by tests/benchmarks/hostile.py (docx-zip-bomb).
    _good(tmp_path)
    write_zip_bomb_docx(tmp_path / "bomb.docx")
    corpus = load_folder(tmp_path)
    assert "zip bomb" in notice_for(corpus, "bomb.docx")
    assert [s.id for s in corpus.sources] == ["good.txt"]


def test_200_megabyte_text_file_is_read_in_part(tmp_path: Path) -> None:
    # In part, not whole: the memory the load takes shows it whatever the machine's load (the whole
    # file in memory would be 200 MB). The time it takes is measured by tests/benchmarks/hostile.py.
    _good(tmp_path)
    write_huge_text(tmp_path / "huge.txt", 200)
    assert (tmp_path / "huge.txt").stat().st_size == 200 * 1024 * 1024
    tracemalloc.start()
    try:
        corpus = load_folder(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        (tmp_path / "huge.txt").unlink()  # pytest keeps recent temporary folders; 200 MB need not stay
    assert peak < 64 * 1024 * 1024, f"{peak / 1024**2:.0f} MB"
    huge = corpus.source("huge.txt")
    assert len(huge.text) <= MAX_TEXT_CHARS
    assert huge.text.endswith("slowly.\n") or huge.text.endswith("slowly.")
    (notice,) = corpus.notices
    assert notice.path.endswith("huge.txt") and not notice.skipped and "200 MB" in notice.reason
    assert_offsets(corpus)


def test_ten_thousand_tiny_files_are_all_read_in_order(tmp_path: Path) -> None:
    # How long they take is measured by tests/benchmarks/hostile.py (10000-tiny-files).
    write_tiny_files(tmp_path, 10_000)
    corpus = load_folder(tmp_path)
    assert len(corpus.sources) == 10_000 and not corpus.notices
    assert corpus.sources[0].id == "day0/00000.txt" and corpus.sources[-1].id == "day9/09999.txt"
    assert corpus.source("day4/04321.txt").text == "Gauge reading 4321: 53 centimetres.\n"


def test_deep_nesting_and_symlink_loops(tmp_path: Path) -> None:
    deep = tmp_path
    for level in range(60):
        deep = deep / f"level{level}"
    _good(deep, "deep.txt")
    _good(tmp_path / "a", "a.txt")
    (tmp_path / "a" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "a" / "same.txt").symlink_to(tmp_path / "a" / "a.txt")
    corpus = load_folder(tmp_path)
    ids = {s.id for s in corpus.sources}
    assert "a/a.txt" in ids
    assert any(i.endswith("level59/deep.txt") for i in ids)
    assert len(corpus.sources) == 2  # the link to a.txt and the loop do not read anything twice
    assert any("loops back" in n.reason for n in corpus.notices)
    assert "link" in notice_for(corpus, "self")


def _load_as_unprivileged_user(folder: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """(source ids, notices) of loading ``folder`` as the user "nobody", in a forked child.

    Root reads every file whatever its mode, so as root the check runs in a child that gives up root
    first. Everything a .txt load imports is loaded beforehand, so the child reads nothing else.
    """
    _good(folder.parent / "warm")
    load_folder(folder.parent / "warm")
    # wait until the background model load has finished: a lock held at fork time stays held in the child
    assert detect_language("\n\n".join(FLOOD_DE)) == "german"
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 1
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            corpus = load_folder(folder)
            payload = {
                "ids": [s.id for s in corpus.sources],
                "notices": [[Path(n.path).name, n.reason] for n in corpus.notices],
            }
            os.write(write_end, json.dumps(payload).encode("utf-8"))
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    raw, deadline = b"", time.monotonic() + 60  # a child stuck on a lock inherited from a thread fails
    while time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(read_end, 65536) if ready else b""
        if ready and not chunk:
            break
        raw += chunk
    else:
        os.kill(pid, signal.SIGKILL)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    assert status == 0 and raw
    result = json.loads(raw)
    return result["ids"], [tuple(n) for n in result["notices"]]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs POSIX permissions")
def test_unreadable_file_and_folder() -> None:
    base = Path(tempfile.mkdtemp(prefix="citebrief-perm-"))
    base.chmod(0o755)
    folder = base / "articles"
    try:
        _good(folder).chmod(0o644)
        folder.chmod(0o755)
        locked = _good(folder, "locked.txt")
        locked.chmod(0)
        private = folder / "private"
        _good(private, "inside.txt")
        private.chmod(0)
        if os.geteuid() == 0:
            ids, notices = _load_as_unprivileged_user(folder)
        else:
            corpus = load_folder(folder)
            ids = [s.id for s in corpus.sources]
            notices = [(Path(n.path).name, n.reason) for n in corpus.notices]
    finally:
        for path in (folder / "private", folder / "locked.txt"):
            path.chmod(0o755)
        shutil.rmtree(base)
    assert ids == ["good.txt"]
    reasons = dict(notices)
    assert len(notices) == 2
    assert "could not be read" in reasons["locked.txt"]
    assert "could not be read" in reasons["private"]


def test_file_deleted_while_the_folder_is_read(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        _good(tmp_path, name)

    def delete_b(fraction: float, message: str) -> None:
        if message.endswith("a.txt"):
            (tmp_path / "b.txt").unlink()

    corpus = load_folder(tmp_path, progress=delete_b)
    assert [s.id for s in corpus.sources] == ["a.txt", "c.txt"]
    assert "could not be read" in notice_for(corpus, "b.txt")


def test_names_with_odd_unicode_spaces_and_newlines(tmp_path: Path) -> None:
    names = [
        "naïve café report.txt",
        "line\nbreak.txt",
        "日本語 ニュース.txt",
        "  spaced  .txt",
        "emoji 🌊.md",
    ]
    for name in names:
        _good(tmp_path, name)
    raw = os.fsencode(tmp_path) + b"/latin1-\xe9t\xe9.txt"  # not valid UTF-8
    with open(raw, "wb") as stream:
        stream.write(GOOD.encode("utf-8"))
    corpus = load_folder(tmp_path)
    assert not corpus.notices
    assert len(corpus.sources) == len(names) + 1
    for source in corpus.sources:
        source.id.encode("utf-8")  # every id can be shown and saved
        source.title.encode("utf-8")
        assert Path(source.path).exists() or os.path.exists(os.fsencode(source.path))
    assert "latin1-\ufffdt\ufffd.txt" in {s.id for s in corpus.sources}


def test_files_and_folders_given_directly(tmp_path: Path) -> None:
    first = _good(tmp_path / "one", "first.txt")
    _good(tmp_path / "two", "second.txt")
    corpus = load_folder([first, tmp_path / "two", tmp_path / "missing"])
    assert sorted(s.id for s in corpus.sources) == ["one/first.txt", "two/second.txt"]
    assert "no such file" in notice_for(corpus, "missing")


def test_pdf_parsing_stops_when_the_time_budget_is_spent(tmp_path: Path) -> None:
    data = write_pdf(tmp_path / "three.pdf", [FLOOD_EN, FLOOD_EN_2, FLOOD_EN]).read_bytes()
    extracted = read_format(".pdf", data, Budget(seconds=0.0))
    assert "time limit" in extracted.partial
    assert "River Lind floods" in extracted.text and "residents return" not in extracted.text
