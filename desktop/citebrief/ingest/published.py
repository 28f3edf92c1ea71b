"""Which date a source has, and where it came from: the one place that decides it.

In order: the date the page's metadata gives (HTML); else the date of a dateline or date line at the
top of the article ("WASHINGTON, March 3, 2019 (Reuters) -", "Published: 12 May 2021", "By Jane Doe |
June 4, 2020"); else the file's modification day, which orders versions of a fact in time but is never
shown as the article's date (`Source.own_date`). A date in the future or before the first news wires
is no publication date and is ignored.

English dates are read by pattern; a date line in another language goes to dateparser, with the
document's language as its hint.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache
from itertools import islice
from typing import Any

from citebrief.core.model import DateOrigin
from citebrief.ingest.dateline import dateline_end
from citebrief.ingest.roles import has_terminal_punctuation

# The first news wire (the Associated Press, 1846): an earlier "publication date" is a misreading.
EARLIEST = _dt.date(1846, 1, 1)
# A date line stands among the first lines of an article (title, byline, date); the seeds and the
# evaluation clusters never put it below the sixth line.
LEADING_LINES = 8
LEADING_CHARS = 2000
# A date line is short: "Updated 3:42 PM ET, Tue May 28, 2019" is 36 characters, a byline with a date
# rarely over 60; a longer line is a sentence that mentions a date.
DATE_LINE_MAX_CHARS = 90
# How far before the file's modification day a year-less dateline may fall for the file's year to be
# its year (see `_complete_year`).
YEARLESS_WINDOW_DAYS = 14

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)"
# "May 28, 2019", "Tue May 28 2019", "28 May 2019", "2019-05-28", with a time before or after.
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?,?\s*)?"
_ENGLISH = (
    re.compile(
        rf"^{_TIME}{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b,?\s*{_TIME}$"
    ),
    re.compile(
        rf"^{_TIME}{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b,?\s*{_TIME}$"
    ),
    re.compile(rf"^{_YEAR}-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})(?:[t ]{_TIME}.*)?$"),
)
_DATELINE_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*{_YEAR})?\b", re.IGNORECASE)
# Words that label a date line, in the languages whose dates dateparser reads.
_LABEL = re.compile(
    r"""^(?:(?:first\s+)?published|updated|posted|last\s+(?:updated|modified)|dated?|
    veröffentlicht|aktualisiert|stand|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|
    gepubliceerd|bijgewerkt|opublikowano|publicerad|publiceret|publisert|julkaistu|
    associated\s+press|reuters|afp|ap)
    (?:\s+(?:on|at|am|le|el|il|op|den|em))?\s*:?\s*""",
    re.IGNORECASE | re.VERBOSE,
)
_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[-—–/]\s+")
_HAS_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
# English dates in words are read by pattern; dateparser (a tenth of a second to load) is asked about an
# English line only when it holds a date in figures ("28.05.2019").
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:1[89]|2[01])\d\d\b")
# A date in figures alone, with at most a time ("05.07.2019 00:07", "5/7/2019"): dateparser reads it in
# English month first, else day first, else as no date (checked against dateparser on every day and
# month by tests/ingest/test_published_dates.py), so it is read here and dateparser, a fifth of a
# second to load, is not.
FIGURES = re.compile(
    r"^(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:1[89]|2[01])\d\d)"
    r"(?:\s+(?:[01]?\d|2[0-3]):[0-5]\d)?$",
    re.ASCII,
)
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s", re.IGNORECASE)
_DECOR = re.compile(r"^[\s#>*_]+|[\s*_]+$")


def source_date(
    text: str, *, metadata: str = "", language: str = "", file_time: float | None = None
) -> tuple[str, DateOrigin]:
    """The source's date (ISO when read, the metadata's string as given otherwise) and its origin."""
    today = _dt.date.today()
    if metadata.strip():
        day = _iso_day(metadata)
        if day is None:
            return metadata.strip(), DateOrigin.METADATA
        if _plausible(day, today):
            return day.isoformat(), DateOrigin.METADATA
    filed = _file_day(file_time)
    found = leading_date(text, language=language, filed=filed, today=today)
    if found is not None:
        return found.isoformat(), DateOrigin.DATELINE
    if filed is not None:
        return filed.isoformat(), DateOrigin.FILE_TIME
    return "", DateOrigin.NONE


def leading_date(
    text: str, *, language: str = "", filed: _dt.date | None = None, today: _dt.date | None = None
) -> _dt.date | None:
    """The date of the dateline or date line among the article's first lines, if it has one."""
    today = today or _dt.date.today()
    # Lines are cleaned as they are read, since most articles are decided on their first lines: the
    # dates of the 690 articles of the speed benchmark took 0.042 s to read with every line of the first
    # `LEADING_CHARS` cleaned first, 0.012 s so.
    lines = (line for line in (_DECOR.sub("", raw) for raw in text[:LEADING_CHARS].split("\n")) if line)
    for line in islice(lines, LEADING_LINES):
        end = dateline_end(line)
        if end:  # the body starts here: a date line would have come before it
            day = _dateline_day(line[:end], filed)
            return day if day is not None and _plausible(day, today) else None
        if len(line) > DATE_LINE_MAX_CHARS:
            if has_terminal_punctuation(line):
                return None  # running text: a date it mentions is not the article's
            continue  # a long headline or a line of page furniture

        day = _date_line_day(line, language)
        if day is not None:
            return day if _plausible(day, today) else None
    return None


def _plausible(day: _dt.date, today: _dt.date) -> bool:
    # A day ahead of today's is allowed: an article dated in a time zone east of the reader's.
    return EARLIEST <= day <= today + _dt.timedelta(days=1)


def _iso_day(value: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _file_day(file_time: float | None) -> _dt.date | None:
    if file_time is None:
        return None
    try:  # UTC, as the engine read it before: the same file gives the same day on every machine
        return _dt.datetime.fromtimestamp(file_time, _dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        return None


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _dateline_day(head: str, filed: _dt.date | None) -> _dt.date | None:
    match = _DATELINE_DAY.search(head)
    if match is None:
        return None
    month, day = _month(match["month"]), int(match["day"])
    if match["year"]:
        return _day(int(match["year"]), month, day)
    return _complete_year(month, day, filed)


def _complete_year(month: int, day: int, filed: _dt.date | None) -> _dt.date | None:
    """A year-less dateline ("ANKARA, February 21. /TASS/ -") dated from the file's time, when safe.

    A wire dateline leaves the year out because the story runs that day. A file saved within
    `YEARLESS_WINDOW_DAYS` after the dateline's day carries its year (or the year before, for a December
    dateline saved in January). A file whose time is further from the day was copied or edited later,
    and any year given would be a guess, so the dateline gives no date.
    """
    if filed is None:
        return None
    for year in (filed.year, filed.year - 1):
        found = _day(year, month, day)
        if found is not None and 0 <= (filed - found).days <= YEARLESS_WINDOW_DAYS:
            return found
    return None


def _day(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _date_line_day(line: str, language: str) -> _dt.date | None:
    """The date of a line that is a date, with at most a label, a time and a byline beside it."""
    if not _HAS_YEAR.search(line):
        return None
    for segment in _SEPARATOR.split(line):
        segment = _LABEL.sub("", segment.strip()).strip(" ,.:()")
        if not _HAS_YEAR.search(segment) or _BYLINE.match(segment):
            continue
        day = _english_day(segment)
        figures = FIGURES.match(segment) if language == "english" and day is None else None
        if figures is not None:
            day = figures_day(figures)
        elif day is None and (language != "english" or _NUMERIC_DATE.search(segment)):
            day = _dateparser_day(segment, language)
        if day is not None:
            return day
    return None


def _english_day(segment: str) -> _dt.date | None:
    lowered = segment.lower()
    for pattern in _ENGLISH:
        match = pattern.match(lowered)
        if match:
            groups = match.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _month(groups["month"])
            return _day(int(groups["year"]), month, int(groups["day"]))
    return None


def figures_day(match: re.Match[str]) -> _dt.date | None:
    """The day of an English date in figures (a match of `FIGURES`), read as dateparser reads it."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    return _day(year, first, second) or _day(year, second, first)


def _dateparser_day(segment: str, language: str) -> _dt.date | None:
    """A whole segment read as one full date (day, month and year) by dateparser, or None."""
    if len(segment.split()) > 8:
        return None
    try:
        parsed = _parser()(segment, languages=_languages(language), settings=_SETTINGS)
    except ValueError:  # a language dateparser does not know
        return None
    return parsed.date() if parsed is not None else None


_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}


@cache
def _parser() -> Any:
    import dateparser  # slow to import: only when a date line is not in English

    return dateparser.parse


def _languages(language: str) -> list[str] | None:
    from citebrief.ingest.language import NAMES

    codes = [code for code, name in NAMES.items() if name == language]
    return [*codes, "en"] if codes and codes != ["en"] else ["en"] if codes else None
