"""Leading datelines ("ANKARA, February 21. /TASS/ -", "WASHINGTON (Reuters) -", "(CNN) -").

Ingest keeps a dateline inside its sentence (Punkt would cut it off as a sentence of its own); the
engine leaves it out of the text a brief shows, while citations keep the exact source span.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AGENCIES = r"AP|AFP|Reuters|CNN|UPI|dpa|DPA|AA|TASS|Xinhua|Sputnik|RIA|EFE|IANS|PTI|ANSA|Bloomberg|BBC"
_CITY = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’]+(?:\s[A-Z][A-Za-z.'’]+){0,2})?"
_DATE = rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\.?"
_AGENCY = rf"\s*(?:\((?:{_AGENCIES})\)|/[A-Z][A-Za-z-]+/)\.?"

# Either an agency mark (then an optional dash) or a dash must close the dateline.
_DATELINE = re.compile(rf"^(?:{_CITY}{_REGION}{_DATE})?(?:{_AGENCY}(?:\s*[-—–:]+)?|\s*[-—–:]+)\s+")
_PIECE = re.compile(rf"^(?:{_CITY}{_REGION}{_DATE}|\s*/[A-Z][A-Za-z-]+/\.?|\s*\((?:{_AGENCIES})\)\.?)$")


def dateline_end(text: str) -> int:
    """Length of the dateline that opens ``text`` (0 when there is none)."""
    match = _DATELINE.match(text)
    if not match:
        return 0
    rest = text[match.end() :]
    if len(rest) < 20 or not (rest[:1].isupper() or rest[:1] in "\"“«'‘"):
        return 0
    return match.end()


def is_dateline_piece(text: str) -> bool:
    """True for a fragment Punkt split off a dateline, such as "ANKARA, February 21." or "/TASS/."."""
    stripped = text.strip()
    return (
        bool(stripped)
        and any(c.isalpha() for c in stripped)
        and bool(_PIECE.match(stripped))
        and ("/" in stripped or "(" in stripped or "," in stripped)
    )
