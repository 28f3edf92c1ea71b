"""`citebrief brief FOLDER -o NAME.citebrief` and `--since OLD.citebrief [--only-new]`, end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from article_folders import write_articles
from citebrief.store import FORMAT_VERSION, open_brief
from update_articles import BEFORE, NEW_DEVELOPMENT, REPEAT

CLI = [sys.executable, "-m", "citebrief"]
EDIT = "The dockers' union says 2,400 of its members are out."


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=180)


def _saved_with_an_edit(tmp_path: Path) -> tuple[Path, Path]:
    """A folder, its brief saved by the command line, one sentence edited as the window saves it."""
    folder = write_articles(tmp_path / "news", BEFORE)
    saved = tmp_path / "monday.citebrief"
    result = cli("brief", str(folder), "--words", "80", "-o", str(saved), "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["brief"]["items"][1] |= {"text": EDIT, "edited": True}
    saved.write_text(json.dumps(data), encoding="utf-8")
    return folder, saved


def test_o_citebrief_saves_the_brief_file_the_window_opens(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", BEFORE)
    saved = tmp_path / "brief.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "-q").returncode == 0
    doc = open_brief(saved)
    assert doc.paths == (str(folder),)
    assert json.loads(saved.read_text(encoding="utf-8"))["version"] == FORMAT_VERSION
    assert doc.brief.items and {r.id for r in doc.brief.sources} == set(BEFORE)
    for item in doc.brief.items:
        for cit in item.citations:
            text = (folder / cit.source_id).read_text(encoding="utf-8")
            assert cit.quote in text
    # The same file with --format citebrief and any name.
    other = tmp_path / "brief.json"
    assert cli("brief", str(folder), "--format", "citebrief", "-o", str(other), "-q").returncode == 0
    assert open_brief(other).brief.items == doc.brief.items


def test_format_citebrief_on_stdout_is_a_brief_file(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", BEFORE)
    result = cli("brief", str(folder), "--format", "citebrief", "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["format"], data["version"]) == ("citebrief", FORMAT_VERSION)
    stdout_file = tmp_path / "from-stdout.citebrief"
    stdout_file.write_text(result.stdout, encoding="utf-8")
    assert open_brief(stdout_file).brief.items


def test_since_marks_the_new_development_new_adds_the_repeat_as_citations_and_keeps_the_edit(
    tmp_path: Path,
) -> None:
    folder, saved = _saved_with_an_edit(tmp_path)
    write_articles(folder, {**NEW_DEVELOPMENT, **REPEAT})
    result = cli("brief", "--since", str(saved), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "2 articles were added" in result.stderr
    items = json.loads(result.stdout)["items"]
    new = [item for item in items if item["new"] is True]
    assert new and all(item["citations"][0]["source_id"] == "valmora-evening.txt" for item in new)
    assert any("Mediators" in item["text"] for item in new)
    repeat_cited = [i for i in items if "port-wire.txt" in {c["source_id"] for c in i["citations"]}]
    assert repeat_cited and not any(item["new"] for item in repeat_cited)
    assert [i["text"] for i in items if i["edited"]] == [EDIT]
    for item in items:
        for cit in item["citations"]:
            text = (folder / cit["source_id"]).read_text(encoding="utf-8")
            assert text[cit["start"] : cit["end"]] == cit["quote"]

    markdown = cli("brief", str(folder), "--since", str(saved), "-q").stdout
    new_lines = [line for line in markdown.splitlines() if line.startswith("**New** ")]
    assert len(new_lines) == len(new) and all("](#source-" in line for line in new_lines)
    assert EDIT in markdown


def test_only_new_prints_just_the_new_facts_with_their_citations(tmp_path: Path) -> None:
    folder, saved = _saved_with_an_edit(tmp_path)
    write_articles(folder, {**NEW_DEVELOPMENT, **REPEAT})
    result = cli("brief", "--since", str(saved), "--only-new", "--format", "json", "-q")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    assert items and all(item["new"] for item in items)
    assert all(item["citations"] for item in items)
    text = cli("brief", "--since", str(saved), "--only-new", "--format", "text", "-q").stdout
    assert text.splitlines() == [f"New: {item['text']}" for item in items]


def test_since_with_nothing_new_says_so_and_marks_nothing(tmp_path: Path) -> None:
    _folder, saved = _saved_with_an_edit(tmp_path)
    result = cli("brief", "--since", str(saved), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "no article added or changed: 0 new sentences" in result.stderr
    assert not any(item["new"] for item in json.loads(result.stdout)["items"])


def test_since_then_save_keeps_the_new_marks_in_the_brief_file(tmp_path: Path) -> None:
    folder, saved = _saved_with_an_edit(tmp_path)
    write_articles(folder, NEW_DEVELOPMENT)
    updated = tmp_path / "tuesday.citebrief"
    assert cli("brief", "--since", str(saved), "-o", str(updated), "-q").returncode == 0
    brief = open_brief(updated).brief
    assert any(item.new for item in brief.items)
    assert [i.text for i in brief.items if i.edited] == [EDIT]
    # Updating again from the updated file finds nothing more to add.
    again = cli("brief", "--since", str(updated), "--format", "json")
    assert "no article added or changed" in again.stderr


def test_usage_errors_of_since(tmp_path: Path) -> None:
    only = cli("brief", str(tmp_path), "--only-new")
    assert only.returncode == 2 and "--only-new needs --since" in only.stderr
    missing = cli("brief", "--since", str(tmp_path / "nowhere.citebrief"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    (tmp_path / "bad.citebrief").write_text("{}", encoding="utf-8")
    bad = cli("brief", "--since", str(tmp_path / "bad.citebrief"))
    assert bad.returncode == 2 and "not a Citebrief brief file" in bad.stderr


def test_since_takes_a_new_focus_and_says_which_options_it_cannot_change(tmp_path: Path) -> None:
    folder, saved = _saved_with_an_edit(tmp_path)
    write_articles(folder, {**NEW_DEVELOPMENT, **REPEAT})
    result = cli("brief", "--since", str(saved), "--format", "json", "--focus", "mediators", "--stories", "off")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["options"]["focus"] == ["mediators"]
    assert "--stories off ignored" in result.stderr


def test_since_when_the_brief_s_folder_is_gone_says_to_name_it(tmp_path: Path) -> None:
    folder, saved = _saved_with_an_edit(tmp_path)
    folder.rename(tmp_path / "moved")
    result = cli("brief", "--since", str(saved))
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        f"citebrief: error: the articles of monday.citebrief are no longer in {folder}: "
        f"name their folder (citebrief brief FOLDER --since {saved})"
    ]
    assert cli("brief", str(tmp_path / "moved"), "--since", str(saved), "-q").returncode == 0


def test_only_new_saved_as_a_brief_file_keeps_the_whole_updated_brief(tmp_path: Path) -> None:
    """A brief file is the brief the window opens: saved with `--only-new` it would lose every
    sentence but the new ones, the edit included. It holds the whole update, new sentences marked."""
    folder, saved = _saved_with_an_edit(tmp_path)
    write_articles(folder, NEW_DEVELOPMENT)
    whole = json.loads(cli("brief", "--since", str(saved), "--format", "json", "-q").stdout)["items"]
    for extra in (["-o", str(tmp_path / "tuesday.citebrief")], ["--format", "citebrief"]):
        result = cli("brief", "--since", str(saved), "--only-new", *extra)
        assert result.returncode == 0, result.stderr
        assert "--only-new" in result.stderr and "whole updated brief" in result.stderr
        if extra[0] == "-o":
            brief = open_brief(extra[1]).brief
        else:
            stdout_file = tmp_path / "stdout.citebrief"
            stdout_file.write_text(result.stdout, encoding="utf-8")
            brief = open_brief(stdout_file).brief
        assert [(i.text, i.new) for i in brief.items] == [(i["text"], i["new"]) for i in whole]
        assert [i.text for i in brief.items if i.edited] == [EDIT]
        assert any(i.new for i in brief.items) and not all(i.new for i in brief.items)
    # Other formats still print the new sentences alone.
    text = cli("brief", "--since", str(saved), "--only-new", "-o", str(tmp_path / "new.txt"), "-q")
    assert text.returncode == 0, text.stderr
    assert all(line.startswith("New: ") for line in (tmp_path / "new.txt").read_text("utf-8").splitlines())
