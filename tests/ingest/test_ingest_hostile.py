"""Hostile files beside a good article: each costs one notice naming it, and the rest is briefed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_fixtures import (
    FLOOD_DE,
    FLOOD_EN,
    FLOOD_EN_2,
    assert_offsets,
    notice_for,
    write_docx_of_paragraphs,
    write_docx_with_headers,
    write_odt_with_spaces,
    write_pdf,
    write_slow_pdf,
)

from citebrief.core.model import BriefOptions, Corpus
from citebrief.engine import summarise
from citebrief.export import render
from citebrief.ingest import load_folder
from citebrief.ingest.cache import ParseCache
from citebrief.ingest.limits import MAX_TEXT_CHARS, FileLimits

GOOD = "\n\n".join(FLOOD_EN) + "\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_lone_surrogate_in_rtf_becomes_a_replacement_character(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    rtf = (
        "{\\rtf1\\ansi The river rose \\u-10240? three metres overnight. "
        "A split pair \\u-10179?\\u-8694? stays one character.\\par}"
    )
    (folder / "surrogate.rtf").write_text(rtf, encoding="ascii")
    for cache in (ParseCache(tmp_path / "cache"), None):  # the cache's write and the uncached path
        corpus = load_folder(folder, cache=cache)
        source = corpus.source("surrogate.rtf")
        assert "rose \ufffd three" in source.text
        assert "pair \U0001f60a stays" in source.text
        assert_offsets(corpus)
        brief = summarise(corpus, BriefOptions())
        for fmt in ("json", "markdown", "text", "html"):
            render(brief, fmt).decode("utf-8")
        json.loads(render(brief, "json"))


def test_odt_asking_for_billions_of_spaces_is_cut_at_the_text_limit(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write_odt_with_spaces(folder / "spaces.odt", FLOOD_EN_2, runs=2000)
    corpus = load_folder(folder, cache=None)
    assert "text limit" in notice_for(corpus, "spaces.odt")
    source = corpus.source("spaces.odt")
    assert source.text.startswith(FLOOD_EN_2[0]) and len(source.text) <= MAX_TEXT_CHARS
    assert "good.txt" in {s.id for s in corpus.sources}


def test_docx_with_hundreds_of_header_parts_is_skipped_before_parsing(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write_docx_with_headers(folder / "headers.docx", FLOOD_EN_2, headers=190, header_bytes=900_000)
    corpus = load_folder(folder, cache=None)
    assert "too much text markup" in notice_for(corpus, "headers.docx")
    assert [s.id for s in corpus.sources] == ["good.txt"]


def test_pdf_that_keeps_the_parser_busy_inside_one_page_is_stopped_at_its_deadline(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write_slow_pdf(folder / "slow.pdf", 100)  # 2 million steps: about 40 s of pypdf on a 2-core machine
    write_pdf(folder / "fine.pdf", [FLOOD_EN_2])  # the reader process started afresh reads the next one
    corpus = load_folder(folder, cache=None, limits=FileLimits(seconds=0.5, grace=1.5))
    assert "took too long" in notice_for(corpus, "slow.pdf")
    assert sorted(s.id for s in corpus.sources) == ["fine.pdf", "good.txt"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory cap is enforced on Linux only")
def test_word_document_that_needs_more_memory_than_allowed_is_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write_docx_of_paragraphs(folder / "paragraphs.docx", FLOOD_EN_2, empty=1_000_000)  # 6 MB of XML
    write_pdf(folder / "then.pdf", [FLOOD_EN_2])  # read next, by a fresh reader process
    corpus = load_folder(folder, cache=None, limits=FileLimits(memory=64 * 1024 * 1024))
    assert "memory" in notice_for(corpus, "paragraphs.docx")
    assert sorted(s.id for s in corpus.sources) == ["good.txt", "then.pdf"]


def test_reader_process_exits_when_the_program_that_started_it_is_killed(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write_pdf(folder / "fine.pdf", [FLOOD_EN_2])
    code = (
        "import os, sys, time\n"
        "from citebrief.ingest import load_folder\n"
        "from citebrief.ingest.reader_process import _READERS\n"
        f"load_folder({str(folder)!r}, cache=None)\n"
        "print(_READERS[os.getpid()]._process.pid, flush=True)\n"
        "time.sleep(600)\n"
    )
    program = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert program.stdout is not None
    reader = int(program.stdout.readline())
    os.kill(reader, 0)  # alive while its parent is
    program.kill()
    program.wait()
    for _ in range(100):  # the reader stops as soon as its parent is gone
        try:
            os.kill(reader, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        os.kill(reader, 0)


def test_links_leading_out_of_the_folder_are_skipped_unless_asked_for(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    private = tmp_path / "private"
    private.mkdir()
    (private / "shadow.txt").write_text("\n\n".join(FLOOD_EN_2), encoding="utf-8")
    (folder / "secret.txt").symlink_to(private / "shadow.txt")
    (folder / "elsewhere").symlink_to(private)
    (folder / "inside.txt").symlink_to(folder / "good.txt")  # inside: the same file, read once
    corpus = load_folder(folder, cache=None)
    assert [s.id for s in corpus.sources] == ["good.txt"]
    assert "outside the opened folder" in notice_for(corpus, "secret.txt")
    assert "outside the opened folder" in notice_for(corpus, "elsewhere")
    followed = load_folder(folder, cache=None, follow_links=True)
    assert sorted(s.id for s in followed.sources) == ["good.txt", "secret.txt"]  # elsewhere/ holds the same file
    assert not followed.notices


def test_language_model_that_cannot_be_unpacked_falls_back_to_english_with_a_notice(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "de.txt").write_text("\n\n".join(FLOOD_DE), encoding="utf-8")
    code = (
        "import json, tempfile\n"
        "tempfile.tempdir = '/nonexistent/full-temporary-folder'  # where py3langid unpacks its model\n"
        "from citebrief.ingest import load_folder\n"
        f"corpus = load_folder({str(folder)!r}, cache=None)\n"
        "print(json.dumps([[s.id, s.language] for s in corpus.sources]))\n"
        "print(json.dumps([[n.path, n.reason, n.skipped] for n in corpus.notices]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    sources, notices = (json.loads(line) for line in done.stdout.splitlines())
    assert sources == [["de.txt", "english"], ["good.txt", "english"]]
    assert len(notices) == 1 and notices[0][0].endswith("de.txt") and not notices[0][2]
    assert "language not recognised (the language model could not be loaded" in notices[0][1]
    assert "Error" not in notices[0][1]


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts bytes read through /proc (Linux)")
def test_huge_sparse_binary_text_file_is_skipped_without_reading_it_all(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with (folder / "sparse.txt").open("wb") as stream:
        stream.truncate(1024**3)  # 1 GB of holes: nothing on disk, but zeros to whoever reads it

    def bytes_read() -> int:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
        return int(fields["rchar"])

    before = bytes_read()
    corpus = load_folder(folder, cache=None)
    assert bytes_read() - before < 100 * 1024**2
    assert "binary" in notice_for(corpus, "sparse.txt")
    assert [s.id for s in corpus.sources] == ["good.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_on_the_command_line_is_not_called_missing(tmp_path: Path) -> None:
    good = _folder(tmp_path) / "good.txt"
    os.mkfifo(tmp_path / "pipe.txt")
    corpus = load_folder([good, tmp_path / "pipe.txt", tmp_path / "gone.txt"], cache=None)
    assert "not a regular file" in notice_for(corpus, "pipe.txt")
    assert "no such file" in notice_for(corpus, "gone.txt")
    assert [s.id for s in corpus.sources] == ["good.txt"]


def test_aes_encrypted_pdf_opens_with_an_empty_password_and_others_say_encrypted(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    folder = _folder(tmp_path)
    plain = write_pdf(tmp_path / "plain.pdf", [FLOOD_EN_2])
    for name, password in (("open.pdf", ""), ("locked.pdf", "secret")):
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
        with (folder / name).open("wb") as stream:
            writer.write(stream)
    corpus = load_folder(folder, cache=None)
    assert sorted(s.id for s in corpus.sources) == ["good.txt", "open.pdf"]
    assert corpus.source("open.pdf").text.startswith(FLOOD_EN_2[0])
    assert "encrypted" in notice_for(corpus, "locked.pdf")


def _children(pid: int) -> list[int]:
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat_file.parent.name))
    return found


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    for _ in range(600):  # polled, not timed: up to a minute on a busy machine
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"never happened: {what}")


def _many_files_and_a_slow_pdf(tmp_path: Path) -> Path:
    folder = _folder(tmp_path)
    for number in range(70):  # enough for the command line's worker processes (64 files and up)
        (folder / f"note-{number:02d}.txt").write_text(f"Note {number}.\n\n" + GOOD, encoding="utf-8")
    write_slow_pdf(folder / "slow.pdf", 100)
    return folder


def _reader_under_a_worker(parent: int) -> int | None:
    """A pool worker of ``parent`` whose own reader process is running (it is reading slow.pdf)."""
    return next((worker for worker in _children(parent) if _children(worker)), None)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds worker processes through /proc")
def test_a_worker_process_killed_mid_load_costs_no_file(tmp_path: Path) -> None:
    folder = _many_files_and_a_slow_pdf(tmp_path)
    found: list[Corpus] = []
    loading = threading.Thread(
        target=lambda: found.append(
            load_folder(folder, cache=None, workers=2, limits=FileLimits(seconds=2, grace=2))
        )
    )
    loading.start()
    _wait_for(lambda: _reader_under_a_worker(os.getpid()) is not None, "a worker reading slow.pdf")
    worker = _reader_under_a_worker(os.getpid())
    assert worker is not None
    os.kill(worker, signal.SIGKILL)  # what the kernel's out-of-memory killer does
    loading.join()
    (corpus,) = found
    assert len(corpus.sources) == 71 and "good.txt" in {s.id for s in corpus.sources}
    assert "took too long" in notice_for(corpus, "slow.pdf")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds worker processes through /proc")
def test_worker_processes_exit_when_the_program_is_killed(tmp_path: Path) -> None:
    folder = _many_files_and_a_slow_pdf(tmp_path)
    code = (
        "from citebrief.ingest import load_folder\n"
        "from citebrief.ingest.limits import FileLimits\n"
        f"load_folder({str(folder)!r}, cache=None, workers=2, limits=FileLimits(seconds=600))\n"
    )
    program = subprocess.Popen([sys.executable, "-c", code])
    _wait_for(lambda: _reader_under_a_worker(program.pid) is not None, "a worker reading slow.pdf")
    workers = _children(program.pid)
    readers = [reader for worker in workers for reader in _children(worker)]
    program.kill()
    program.wait()
    _wait_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in workers + readers), "workers exit")


def test_two_names_alike_but_for_undecodable_bytes_are_not_lost_silently(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("\n\n".join(FLOOD_EN_2), encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe8.txt")).write_text("\n\n".join(FLOOD_DE), encoding="utf-8")
    corpus = load_folder(folder, cache=None)
    assert sorted(s.id for s in corpus.sources) == ["caf\ufffd.txt", "good.txt"]
    (notice,) = corpus.notices
    assert notice.path.endswith("caf\ufffd.txt") and "already read as caf\ufffd.txt" in notice.reason
