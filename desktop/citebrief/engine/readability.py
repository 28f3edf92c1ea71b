"""Is a sentence fit to stand alone in a brief? Fragments, credits, lone quotes and questions are not.

``readability`` gives 0 for never, 1 for a clean self-contained sentence, and values in between for
sentences that read worse out of context (a pronoun or connective opener).
"""

from __future__ import annotations

import re

from citebrief.ingest.dateline import dateline_end

_SPACE = re.compile(r"\s+")
_TERMINAL = re.compile(r"[.!][\"'”’»)\]]*$")
_OPENERS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "them",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "those",
        "that",
        "such",
        "there",
        "here",
        "but",
        "and",
        "or",
        "so",
        "also",
        "however",
        "meanwhile",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "still",
        "yet",
        "then",
        "thus",
        "therefore",
        "instead",
        "besides",
        "otherwise",
        "later",
        "earlier",
        "afterwards",
        "similarly",
        "likewise",
        "additionally",
        "indeed",
        "both",
    ]
)
_JUNK = re.compile(
    r"""(?:https?://|www\.|@\w|\bclick\b|\bsubscribe\b|\bnewsletter\b|\bsign\s+up\b|\bcookies?\b|
    \bcopyright\b|©|\ball\s+rights\s+reserved\b|\bphoto(?:graph)?\s*(?:by|:|credit)|\bimage\s*(?:by|:)|
    \bgetty\b|\bshutterstock\b|\bfile\s+photo\b|\bread\s+more\b|\bcomments?\s+(?:section|policy)\b|
    \bcommenting\b|\bour\s+(?:community|users|readers)\b|\bterms\s+of\s+(?:use|service)\b|\(photo\b|
    \bemail\s+(?:us|address)\b|\bjavascript\b|\bbrowser\b|\bcaption\b|\bfollow\s+(?:us|him|her)\s+on\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|according|wrote|writes|asked|noted|explained|"
    r"insisted|argued|warned|claimed|announced|declared|stressed|urged)\b",
    re.IGNORECASE,
)
_QUOTES = '"“”«»„'


_CAPTION = re.compile(
    r"\((?:L|R|C|left|right|centre|center|top|bottom|front|back)\)|\b(?:pictured|in this (?:file )?photo)\b"
    r"|(?:REUTERS|AP|AFP|Getty)/|\bis (?:seen|pictured|shown|greeted)\b.*\b\d{4}\.$",
    re.IGNORECASE,
)


def display_text(sentence: str) -> str:
    """The sentence as the brief shows it: whitespace folded, a leading dateline left out."""
    folded = _SPACE.sub(" ", sentence).strip()
    return folded[dateline_end(folded) :]


def dateline_length(sentence: str) -> int:
    """How many leading characters of ``sentence`` (folded) are a dateline; 0 when there is none."""
    folded = _SPACE.sub(" ", sentence).strip()
    return len(folded) - len(display_text(sentence))


def opens_with_reference(text: str) -> bool:
    """True when the first word needs an earlier sentence to be understood ("He", "However", ...)."""
    first = text.split(maxsplit=1)[0].strip(",;:").lower() if text.strip() else ""
    return first in _OPENERS


def readability(text: str, words: int) -> float:
    if words < 6 or words > 70:
        return 0.0
    if not _TERMINAL.search(text) or text.endswith("?"):
        return 0.0
    first = text[:1]
    if not (first.isupper() or first.isdigit() or first in _QUOTES):
        return 0.0
    if _JUNK.search(text) or _CAPTION.search(text):
        return 0.0
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return 0.0  # a shouted heading, not a sentence
    quote_marks = sum(text.count(q) for q in _QUOTES)
    if quote_marks % 2 == 1 and text.count("“") != text.count("”"):
        return 0.0  # a quote torn in half
    if first in _QUOTES and not _SPEECH.search(text):
        return 0.0  # a lone quote with no speaker
    if text.count("(") != text.count(")"):
        return 0.0
    if opens_with_reference(text):
        return 0.4
    return 1.0
