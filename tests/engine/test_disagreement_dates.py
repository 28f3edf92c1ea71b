"""An "Updated: 12 → 15" claim needs dates that order the versions, and says which dates it rests on.

The folder is the tests' Kabul folder (one toll given as 12 by the wire, 15 by two later reports),
written with datelines or without them, and with the files' days set, so each version's date comes
from a dateline or, failing one, from its file's day.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path

import pytest

from citebrief.core.model import BriefOptions, Disagreement
from citebrief.engine.summariser import summarise
from citebrief.export import render
from citebrief.ingest import load_folder
from disagreement_folder import ARTICLES, write_disagreeing_folder

WIRE, DAILY, EVENING = "kabul-wire.txt", "kabul-daily.txt", "kabul-evening.txt"


def _noon(day: int) -> float:
    """Noon (UTC) of a day in May 2026: the same calendar day in any time zone a test runs in."""
    return _dt.datetime(2026, 5, day, 12, tzinfo=_dt.UTC).timestamp()


def _folder(tmp_path: Path, datelines: dict[str, int], file_days: dict[str, int]) -> Path:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    for name, day in datelines.items():
        title, body = ARTICLES[name].split("\n\n", 1)
        (folder / name).write_text(f"{title}\n\nKABUL, May {day}, 2026 (AP) - {body}", encoding="utf-8")
    for name in ARTICLES:
        when = _noon(file_days[name])
        os.utime(folder / name, (when, when))
    return folder


def _toll(folder: Path) -> tuple[Disagreement, str, dict]:
    """The toll's disagreement, the Markdown brief and the JSON brief of the folder."""
    brief = summarise(load_folder(folder, cache=None), BriefOptions())
    (found,) = next(item for item in brief.items if item.disagreements).disagreements
    markdown = render(brief, "markdown").decode("utf-8")
    return found, markdown, json.loads(render(brief, "json"))


def test_files_days_alone_order_the_versions_and_the_brief_says_so(tmp_path: Path) -> None:
    found, markdown, data = _toll(_folder(tmp_path, {}, {WIRE: 27, DAILY: 28, EVENING: 29}))
    assert found.update
    note = r"killing 12 people \[3\] (2026-05-27, file's day) → killing 15 people \[1, 2\] (2026-05-28, file's day)."
    assert f"(Updated: {note})" in markdown
    assert "  - killing 12 people \\[[3](#source-3-quote-1)\\] (2026-05-27, file's day)" in markdown
    (entry,) = data["disagreements"]
    assert [(v["date"], v["date_from"]) for v in entry["values"]] == [
        ("2026-05-27", "file time"),
        ("2026-05-28", "file time"),
    ]


def test_a_dateline_against_files_days_names_the_kind_of_each_date(tmp_path: Path) -> None:
    found, markdown, _data = _toll(_folder(tmp_path, {WIRE: 30}, {WIRE: 30, DAILY: 27, EVENING: 28}))
    assert found.update
    assert [(v.text, v.date) for v in found.values] == [
        ("killing 15 people", "2026-05-27"),
        ("killing 12 people", "2026-05-30"),
    ]
    assert r"(2026-05-27, file's day) → killing 12 people \[3\] (2026-05-30, dateline)." in markdown


def test_datelines_alone_give_plain_dates(tmp_path: Path) -> None:
    days = {WIRE: 27, DAILY: 28, EVENING: 29}
    found, markdown, data = _toll(_folder(tmp_path, days, {name: 30 for name in ARTICLES}))
    assert found.update
    assert (
        r"Updated: killing 12 people \[3\] (2026-05-27) → killing 15 people \[1, 2\] (2026-05-28)."
        in markdown
    )
    assert "file's day" not in markdown and "dateline" not in markdown
    assert {v["date_from"] for v in data["disagreements"][0]["values"]} == {"dateline"}


@pytest.mark.parametrize(
    ("datelines", "file_days"),
    [
        # the wire's dateline is the day of a later report's file: the same day orders nothing
        ({WIRE: 28}, {WIRE: 30, DAILY: 28, EVENING: 29}),
        # the two reports of 15 came out before and after the wire: not one version after the other
        ({WIRE: 28}, {WIRE: 28, DAILY: 27, EVENING: 29}),
        # every file saved the same day and no dateline: no order at all
        ({}, {WIRE: 28, DAILY: 28, EVENING: 28}),
    ],
    ids=["same-day", "interleaved", "no-order"],
)
def test_no_update_is_claimed_when_the_dates_do_not_order_the_versions(
    tmp_path: Path, datelines: dict[str, int], file_days: dict[str, int]
) -> None:
    found, markdown, _data = _toll(_folder(tmp_path, datelines, file_days))
    assert not found.update
    assert "Updated" not in markdown and "Sources differ: killing 15 people" in markdown


def test_on_one_day_a_page_s_own_date_is_named_before_a_file_s_day(tmp_path: Path) -> None:
    """The two reports of 15 came out on the 28th: one page says so in its metadata, the other is a
    file saved that day. The version's date is the page's own; no date then rests on a file's day."""
    folder = _folder(tmp_path, {WIRE: 27}, {WIRE: 30, DAILY: 30, EVENING: 28})
    title, body = ARTICLES[DAILY].split("\n\n", 1)
    (folder / DAILY).unlink()
    (folder / "kabul-daily.html").write_text(
        f'<html><head><title>{title}</title><meta property="article:published_time" content="2026-05-28">'
        f"</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    found, markdown, data = _toll(folder)
    assert found.update
    assert [(v["date"], v["date_from"]) for v in data["disagreements"][0]["values"]] == [
        ("2026-05-27", "dateline"),
        ("2026-05-28", "metadata"),
    ]
    assert "file's day" not in markdown
