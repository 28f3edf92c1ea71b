"""The command line end to end: formats, exit codes, atomic output, exact citations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.cli import run

CLI = [sys.executable, "-m", "citebrief"]


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_markdown_brief_on_stdout_with_sources_section(news_folder: Path) -> None:
    result = cli("brief", str(news_folder), "--words", "80")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "## Sources" in out
    body = out.split("## Sources")[0]
    assert "2,400" in body
    assert "alpha.txt" in out


def test_json_quotes_equal_the_files_text_at_their_offsets(news_folder: Path) -> None:
    result = cli("brief", str(news_folder), "--format", "json", "--sentences", "4")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["items"]) == 4
    assert {s["id"] for s in data["sources"]} == {"alpha.txt", "beta.md", "gamma.html", "delta.txt"}
    from citebrief.ingest import load_folder

    corpus = load_folder(news_folder)
    for item in data["items"]:
        assert item["citations"]
        for cit in item["citations"]:
            assert corpus.source(cit["source_id"]).text[cit["start"] : cit["end"]] == cit["quote"]
    plain_txt = (news_folder / "alpha.txt").read_text(encoding="utf-8")
    from_alpha = [c for item in data["items"] for c in item["citations"] if c["source_id"] == "alpha.txt"]
    assert from_alpha, "nothing cited from alpha.txt: nothing checked"
    for cit in from_alpha:
        assert plain_txt[cit["start"] : cit["end"]] == cit["quote"]


def test_text_format_is_one_sentence_a_line(news_folder: Path) -> None:
    result = cli("brief", str(news_folder), "--format", "text", "--sentences", "3")
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 3
    assert all("[" not in line and not line.startswith("#") for line in lines)


def test_output_format_follows_the_suffix_and_is_written_whole(news_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    assert run(["brief", str(news_folder), "-o", str(target), "-q"]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["items"]
    assert sorted(os.listdir(tmp_path)) == ["articles", "brief.json"]


def test_failed_write_keeps_the_old_file_and_says_why(news_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "brief.md"
    result = cli("brief", str(news_folder), "-o", str(target))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") <= len(os.listdir(news_folder))  # one line per message
    assert "error:" in result.stderr
    assert not target.exists()


def test_no_readable_document_exits_3(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\x02" * 100)
    result = cli("brief", str(tmp_path))
    assert result.returncode == 3
    assert "no readable document" in result.stderr
    assert "empty.txt" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["brief", "--words", "0"],
        ["brief", "--words", "5", "--sentences", "2"],
        ["brief", "--algorithm", "nope"],
        ["brief", "--bogus-flag"],
        ["brief", "--language", "klingon"],
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_suffix_without_format_is_a_usage_error_saying_what_to_pass(
    news_folder: Path, tmp_path: Path
) -> None:
    result = cli("brief", str(news_folder), "-o", str(tmp_path / "brief.xyz"))
    assert result.returncode == 2
    assert not (tmp_path / "brief.xyz").exists()
    assert "'.xyz'" in result.stderr and ".md" in result.stderr and "--format markdown" in result.stderr


def test_output_without_a_suffix_is_markdown(news_folder: Path, tmp_path: Path) -> None:
    result = cli("brief", str(news_folder), "-o", str(tmp_path / "brief"), "--sentences", "2")
    assert result.returncode == 0, result.stderr
    assert "## Sources" in (tmp_path / "brief").read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_output_to_a_pipe_named_with_any_suffix_is_markdown(news_folder: Path, tmp_path: Path) -> None:
    import threading

    pipe = tmp_path / "brief.out"
    os.mkfifo(pipe)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = cli("brief", str(news_folder), "-o", str(pipe), "--sentences", "2")
    if result.returncode != 0:  # nothing opened the pipe: open it once so that the reader ends
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert received and "## Sources" in received[0]


def test_version_and_help() -> None:
    version = cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("citebrief ")
    helptext = cli("brief", "--help")
    assert helptext.returncode == 0 and "examples:" in helptext.stdout


def test_without_a_folder_the_sample_articles_are_summarised() -> None:
    result = cli("brief", "--format", "text", "--sentences", "2")
    assert result.returncode == 0, result.stderr
    assert "Lindmoor" in result.stdout or "Ashby" in result.stdout


def test_a_file_name_that_is_not_utf8_is_briefed_and_shown_with_replacement_characters(
    news_folder: Path, tmp_path: Path
) -> None:
    (news_folder / "alpha.txt").rename(news_folder / os.fsdecode(b"caf\xe9.txt"))
    result = cli("brief", str(news_folder), "--format", "json", "--sentences", "6")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "caf\ufffd.txt" in {s["id"] for s in data["sources"]}
    out = tmp_path / "x.json"
    assert cli("brief", str(news_folder), "-o", str(out)).returncode == 0
    assert "caf\ufffd.txt" in {s["relpath"] for s in json.loads(out.read_text(encoding="utf-8"))["sources"]}


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
def test_output_to_stdout_device_and_through_a_link(news_folder: Path, tmp_path: Path) -> None:
    # /dev/stdout through a link of our own, so that a writer replacing what it is given replaces
    # only that link (as root it would otherwise replace the system's /dev/stdout).
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/dev/stdout")
    to_stdout = cli("brief", str(news_folder), "-o", str(stdout), "--format", "text", "--sentences", "2")
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert len([line for line in to_stdout.stdout.splitlines() if line.strip()]) == 2
    markdown = cli("brief", str(news_folder), "-o", str(stdout), "--sentences", "2")  # no --format
    assert markdown.returncode == 0, markdown.stderr
    assert "## Sources" in markdown.stdout
    (tmp_path / "kept").mkdir()
    link = tmp_path / "brief.md"
    link.symlink_to(tmp_path / "kept" / "brief.md")
    assert cli("brief", str(news_folder), "-o", str(link)).returncode == 0
    assert link.is_symlink() and "## Sources" in (tmp_path / "kept" / "brief.md").read_text(encoding="utf-8")


def test_links_out_of_the_folder_are_named_as_skipped_unless_follow_links(news_folder: Path, tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir()
    (private / "notes.txt").write_text("Private notes that stay private. They name nobody.\n", encoding="utf-8")
    (news_folder / "notes.txt").symlink_to(private / "notes.txt")
    skipped = cli("brief", str(news_folder), "--format", "json")
    assert skipped.returncode == 0, skipped.stderr
    assert "notes.txt" in skipped.stderr and "outside the opened folder" in skipped.stderr
    assert "notes.txt" not in {s["id"] for s in json.loads(skipped.stdout)["sources"]}
    followed = cli("brief", str(news_folder), "--format", "json", "--follow-links")
    assert "notes.txt" in {s["id"] for s in json.loads(followed.stdout)["sources"]}


def test_a_file_read_in_part_is_a_note_not_skipped(news_folder: Path) -> None:
    (news_folder / "long.txt").write_text(("The flood report was long. " * 40 + "\n\n") * 8000, encoding="utf-8")
    result = cli("brief", str(news_folder), "--format", "json", "--sentences", "3")
    assert result.returncode == 0, result.stderr
    assert "citebrief: note: " in result.stderr and "long.txt" in result.stderr
    assert "skipped" not in result.stderr
    assert "long.txt" in {s["id"] for s in json.loads(result.stdout)["sources"]}


@pytest.fixture(scope="module")
def past_every_limit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    from article_folders import write_sentences
    from citebrief.engine.names import SENTENCE_LIMITS

    count = max(limit for limit in SENTENCE_LIMITS.values() if limit is not None) + 1
    return write_sentences(tmp_path_factory.mktemp("past-limits") / "reports", count), count


@pytest.mark.parametrize("algorithm", ["lsa", "luhn", "kl", "sumbasic", "reduction"])
def test_an_algorithm_past_its_size_is_refused_in_one_line_with_exit_2(
    past_every_limit: tuple[Path, int], algorithm: str
) -> None:
    from citebrief.engine.names import LABELS, SENTENCE_LIMITS

    folder, count = past_every_limit
    limit = SENTENCE_LIMITS[algorithm]
    assert limit is not None
    result = cli("brief", str(folder), "--algorithm", algorithm, "-q")
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"citebrief: error: {LABELS[algorithm]} handles at most {limit:,} sentences and these articles "
        f"have {count:,}; choose fewer articles or another algorithm (Citebrief, LexRank, "
        "TextRank and Edmundson take any number)"
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is a Linux session's setting")
def test_the_window_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    """`citebrief FOLDER` (no `brief`) opens the window; with no display to show it on, one line says
    what to do instead of the toolkit aborting."""
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in hidden} | {"PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [*CLI, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "citebrief: error: no display to open the window on; "
        f"for a brief on the command line: citebrief brief {tmp_path}"
    ]


def test_focus_terms_no_article_mentions_are_named_on_stderr(news_folder: Path) -> None:
    result = cli("brief", str(news_folder), "--focus", "zebra, Inspector, the", "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ['citebrief: note: --focus: no article mentions "zebra", "the"']
    # "inspector" is found as the articles write it ("inspectors"): it is not named
    quiet = cli("brief", str(news_folder), "--focus", "zebra", "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""
