"""Leading datelines ("ANKARA, February 21. /TASS/ -", "WASHINGTON (Reuters) -", "(CNN) -").

Ingest keeps a dateline inside its sentence (Punkt would cut it off as a sentence of its own); the
engine leaves it out of the text a brief shows, while citations keep the exact source span.
"""

from __future__ import annotations

import re

from citebrief.ingest.calendar_words import MONTH as _MONTH

_AGENCIES = r"AP|AFP|Reuters|CNN|UPI|dpa|DPA|AA|TASS|Xinhua|Sputnik|RIA|EFE|IANS|PTI|ANSA|Bloomberg|BBC"
_CITY = r"[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+){0,3}"  # "SINGAPORE/BEIJING": filed from two cities
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’]+(?:\s[A-Z][A-Za-z.'’]+){0,2})?"
_DATE = rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\.?"
_AGENCY = rf"\s*(?:\((?:{_AGENCIES})\)|/[A-Z][A-Za-z-]+/)\.?"
# A station or service the list does not name ("(HealthDay)", "(CBS SF)", "(KOIN)"): a dash must follow.
_MARK = r"\([A-Z][A-Za-z0-9&.]*(?: [A-Z][A-Za-z0-9&.]*){0,2}\)"
_OTHER_AGENCY = rf"\s*{_MARK}\s*[-—–]+"

# An agency mark (then an optional dash or colon), a dash or a colon must close the dateline. Capitals
# and a colon also open a transcript's line ("MARTIN: It started out as a walk."): cut off like a
# dateline, the speaker's name is left out of what the brief shows and of the span it cites alike.
_DATELINE = re.compile(
    rf"^(?:{_CITY}{_REGION}{_DATE})?(?:(?:{_AGENCY}(?:\s*[-—–:]+)?|{_OTHER_AGENCY})\s*|\s*[-—–:]+\s+)"
    # "WASHINGTON—The chairman ...": a long dash may touch the sentence (a hyphen joins words: "U.S.-Russian")
    rf"|^{_CITY}{_REGION}{_DATE}\s*(?:—|–|--)(?=[A-Z\"“])"
)
# A city not in capitals is a dateline only with its agency's mark ("Miami (AP) — The ...").
_MIXED_CITY = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_AGENCY_DATELINE = re.compile(rf"^{_MIXED_CITY}{_REGION}{_DATE}{_AGENCY}(?:\s*[-—–:]+)?\s*")
# ... or with a long dash set off by spaces before a capital ("Flint — Sixteen months after ..."): a
# sentence does not otherwise open with one or two capitalised words and a dash; a hyphen or an en
# dash ("Mobb Deep – “Shook Ones”", a track list) is none.
_DASH = re.compile(" (?:—|--) ")
_DASH_DATELINE = re.compile(rf"^{_MIXED_CITY}{_REGION} (?:—|--) (?=[A-Z\"“])")
# A city in capitals and a state's abbreviation, with no dash ("NEWTOWN, Conn. Parents of ..."): the
# abbreviation's full stop ends the dateline.
_STATE_DATELINE = re.compile(rf"^{_CITY},\s*(?:[A-Z][a-z]{{1,5}}\.|[A-Z]\.\s?[A-Z]\.)\s+(?=[A-Z])")
# What opens a dateline, whatever follows it: a brief sentence never starts so.
_OPENING_MARK = re.compile(rf"^(?:{_CITY}{_REGION}{_DATE})?(?:{_AGENCY}|\s*{_MARK})")
_PIECE = re.compile(rf"^(?:{_CITY}{_REGION}{_DATE}|\s*/[A-Z][A-Za-z-]+/\.?|\s*\((?:{_AGENCIES})\)\.?)$")


def dateline_end(text: str) -> int:
    """Length of the dateline that opens ``text`` (0 when there is none)."""
    if text[1:2].islower() and "(" not in text and "/" not in text and not _DASH.search(text, 0, 40):
        # Most sentences ("The ...", "He ..."): no pattern can match, so none is tried. A city in
        # capitals needs no lower-case second letter, and a city written "Miami", a mark opening the
        # text ("(dpa)") or a station's mark needs a bracket, a slash or a long dash.
        return 0
    match = (
        _DATELINE.match(text)
        or _STATE_DATELINE.match(text)
        or _AGENCY_DATELINE.match(text)
        or _DASH_DATELINE.match(text)
    )
    if not match:
        return 0
    rest = text[match.end() :]
    if len(rest) < 20 or not (rest[:1].isupper() or rest[:1] in "\"“«'‘"):
        return 0
    return match.end()


def opens_with_agency_mark(text: str, lowered: str = "") -> bool:
    """True when ``text`` opens with an agency or station in brackets ("(CNN) the storm", "(LAUGH)"):
    a dateline that could not be cut off its sentence, or a transcript's stage note."""
    return text[:1] in _MARK_OPENERS and _OPENING_MARK.match(text) is not None


_MARK_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")


def is_dateline_piece(text: str) -> bool:
    """True for a fragment Punkt split off a dateline, such as "ANKARA, February 21." or "/TASS/."."""
    stripped = text.strip()
    return (
        bool(stripped)
        and any(c.isalpha() for c in stripped)
        and bool(_PIECE.match(stripped))
        and ("/" in stripped or "(" in stripped or "," in stripped)
    )
