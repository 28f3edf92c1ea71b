"""A source's date: its metadata, else the dateline or date line at its top, else the file's day."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_fixtures import write_docx, write_odt, write_pdf, write_rtf

from citebrief.core.model import DateOrigin
from citebrief.core.serial import corpus_refs
from citebrief.ingest import load_folder
from citebrief.ingest.cache import ParseCache
from citebrief.ingest.folder import load_file
from citebrief.ingest.published import FIGURES, figures_day, leading_date

FILED = dt.date(2019, 3, 6)  # the file's modification day in the table below
BODY = "The council met on Monday to discuss the bridge, officials said."

# (first lines of an article, its language, the date it gives or None)
LEADING_LINES: list[tuple[str, str, str | None]] = [
    # datelines opening the first body sentence
    (f"ANKARA, February 21. /TASS/ - {BODY}", "english", "2019-02-21"),
    (f"WASHINGTON, March 3, 2019 (Reuters) - {BODY}", "english", "2019-03-03"),
    (f"LONDON, Dec. 5, 2018 (AP) — {BODY}", "english", "2018-12-05"),
    # date lines above the body
    (f"Bridge closed\n\nPublished: 12 May 2021\n\n{BODY}", "english", "2021-05-12"),
    (f"Bridge closed\nBy Jane Doe | June 4, 2020\n{BODY}", "english", "2020-06-04"),
    (f"Bridge closed\nUpdated 3:42 PM ET, Tue May 28, 2019\n{BODY}", "english", "2019-05-28"),
    (f"# Bridge closed\n\n*Posted on 2020-01-15*\n\n{BODY}", "english", "2020-01-15"),
    (f"Brücke gesperrt\nVeröffentlicht am 12. Mai 2021\n{BODY}", "german", "2021-05-12"),
    (f"Pont fermé\nPublié le 12 mai 2021 à 10h30\n{BODY}", "french", "2021-05-12"),
    (f"Puente cerrado\nActualizado: 3 de marzo de 2019\n{BODY}", "spanish", "2019-03-03"),
    (
        f"{'A long headline about the bridge over the river ' * 3}\nPublished: 12 May 2021\n{BODY}",
        "english",
        "2021-05-12",
    ),
    (f"Bridge closed\nAssociated Press Tue Feb 19, 2013 7:44 PM\n{BODY}", "english", "2013-02-19"),
    (f"Bridge closed\nBy Jo Lee, City Desk / Published March 24, 2017\n{BODY}", "english", "2017-03-24"),
    (f"Bridge closed\nPosted 28.05.2019 10:30\n{BODY}", "english", "2019-05-28"),
    # a sentence that mentions a date is no date line
    (
        f"Bridge closed\nOn March 3, 2019, the council voted to close the old bridge for repairs.\n{BODY}",
        "english",
        None,
    ),
    (f"Bridge closed\n{BODY} It reopens on June 4, 2020.\nPublished: 12 May 2021", "english", None),
    (f"Bridge closed\nThe 2019 budget\n{BODY}", "english", None),
    # a dateline without a day, and one whose year-less day is too far from the file's day
    (f"WASHINGTON (Reuters) - {BODY}", "english", None),
    (f"ANKARA, July 21. /TASS/ - {BODY}", "english", None),
    # dates in the future or before the first news wire
    (f"Bridge closed\nPublished: 12 May 2091\n{BODY}", "english", None),
    (f"Bridge closed\nPublished: 12 May 1700\n{BODY}", "english", None),
    (f"NEW YORK, January 2, 2095 (AP) - {BODY}", "english", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), LEADING_LINES)
def test_the_date_of_the_articles_leading_lines(text: str, language: str, expected: str | None) -> None:
    found = leading_date(text, language=language, filed=FILED)
    assert (found.isoformat() if found else None) == expected


# (dateline's month and day, the file's day, the date it gives or None)
YEARLESS: list[tuple[str, dt.date | None, str | None]] = [
    ("March 4", dt.date(2019, 3, 6), "2019-03-04"),
    ("March 6", dt.date(2019, 3, 6), "2019-03-06"),
    ("December 30", dt.date(2020, 1, 3), "2019-12-30"),  # saved in the new year
    ("March 4", dt.date(2019, 5, 6), None),  # copied two months later: the year is a guess
    ("March 8", dt.date(2019, 3, 6), None),  # after the file was written
    ("February 29", dt.date(2019, 3, 6), None),  # no such day in that year
    ("March 4", None, None),  # no file time
]


@pytest.mark.parametrize(("day", "filed", "expected"), YEARLESS)
def test_a_year_less_dateline_takes_the_files_year_only_near_its_day(
    day: str, filed: dt.date | None, expected: str | None
) -> None:
    found = leading_date(f"ANKARA, {day}. /TASS/ - {BODY}", filed=filed)
    assert (found.isoformat() if found else None) == expected


ARTICLE = [
    "Bridge closed after cracks found",
    "WASHINGTON, March 3, 2019 (Reuters) - The old bridge over the river was closed on Sunday after "
    "engineers found cracks in one of its pillars, the city said.",
    "Repairs are expected to take three months, and a ferry will carry people across in the meantime.",
]
UNDATED = [ARTICLE[0], ARTICLE[1].split(" - ", 1)[1], ARTICLE[2]]
PLAIN = "\n\n".join(ARTICLE) + "\n"


def _html(path: Path, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")


WRITERS: dict[str, Callable[[Path, list[str]], object]] = {
    "txt": lambda path, paras: path.write_text("\n\n".join(paras) + "\n", encoding="utf-8"),
    "md": lambda path, paras: path.write_text(f"# {paras[0]}\n\n" + "\n\n".join(paras[1:]), encoding="utf-8"),
    "docx": write_docx,
    "odt": write_odt,
    "pdf": lambda path, paras: write_pdf(path, [paras]),
    "rtf": write_rtf,
    "html": _html,
}
SAVED = 1_700_000_000  # 2023-11-14, long after the dateline


# HTML's reader (trafilatura's htmldate) finds a page's date itself, text included: that is its metadata.
@pytest.mark.parametrize("suffix", sorted(set(WRITERS) - {"html"}))
def test_every_format_takes_its_date_from_the_dateline(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bridge.{suffix}"
    WRITERS[suffix](path, ARTICLE)
    os.utime(path, (SAVED, SAVED))
    source = load_file(path, root=tmp_path)
    assert (source.date, source.date_from, source.own_date) == (
        "2019-03-03",
        DateOrigin.DATELINE,
        "2019-03-03",
    )


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_without_a_dateline_the_file_day_orders_but_is_never_the_articles_date(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"bridge.{suffix}"
    WRITERS[suffix](path, UNDATED)
    os.utime(path, (SAVED, SAVED))
    corpus = load_folder(tmp_path, cache=None)
    (source,) = corpus.sources
    assert (source.date, source.date_from, source.own_date) == ("2023-11-14", DateOrigin.FILE_TIME, "")
    assert [ref.date for ref in corpus_refs(corpus)] == [""]


def test_a_metadata_date_comes_before_the_dateline(tmp_path: Path) -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2019-03-04T08:00:00Z"></head><body>'
        "<article>" + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</article></body></html>"
    )
    (tmp_path / "bridge.html").write_text(page, encoding="utf-8")
    source = load_file(tmp_path / "bridge.html", root=tmp_path)
    assert (source.date, source.date_from) == ("2019-03-04", DateOrigin.METADATA)


def test_the_parse_cache_keeps_the_date_and_its_origin(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bridge.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "undated.txt").write_text("\n\n".join([ARTICLE[0], ARTICLE[2]]) + "\n", encoding="utf-8")
    os.utime(folder / "undated.txt", (SAVED, SAVED))
    cache = ParseCache(tmp_path / "cache")
    first = load_folder(folder, cache=cache)
    assert list(cache.folder.rglob("*.json"))
    again = load_folder(folder, cache=cache)
    dates = [(s.id, s.date, s.date_from) for s in again.sources]
    assert dates == [(s.id, s.date, s.date_from) for s in first.sources]
    assert dates == [
        ("bridge.txt", "2019-03-03", DateOrigin.DATELINE),
        ("undated.txt", "2023-11-14", DateOrigin.FILE_TIME),
    ]


def _dateparser_reads(segment: str) -> dt.date | None:
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(segment, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed is not None else None


def test_an_english_date_in_figures_reads_as_dateparser_reads_it() -> None:
    """Every day and month (and impossible ones) in three shapes, each read as dateparser reads it."""
    shapes = ("{a}.{b}.{y}", "{a:02d}/{b:02d}/{y} 10:30", "{a:02d}-{b}-{y}")
    checked = 0
    for a in range(33):
        for b in range(33):
            year = (2019, 2150, 1999)[(a + b) % 3]
            segment = shapes[(a * 33 + b) % 3].format(a=a, b=b, y=year)
            match = FIGURES.match(segment)
            assert match is not None, segment
            assert figures_day(match) == _dateparser_reads(segment), segment
            checked += 1
    assert checked == 33 * 33


def test_an_english_date_line_in_figures_does_not_load_dateparser(tmp_path: Path) -> None:
    (tmp_path / "bridge.txt").write_text(f"Bridge closed\n05.07.2019 00:07\n\n{BODY}\n", encoding="utf-8")
    code = (
        "import sys\nfrom citebrief.ingest import load_folder\n"
        f"source = load_folder({str(tmp_path)!r}, cache=None, language='english').sources[0]\n"
        "print(source.date, 'dateparser' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["2019-05-07", "False"]
