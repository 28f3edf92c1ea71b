"""Is a sentence fit to stand alone in a brief? Fragments, credits, lone quotes and questions are not.

``readability`` gives 0 for never, 1 for a clean self-contained sentence, and values in between for
sentences that read worse out of context (a pronoun or connective opener). It runs on every sentence
of a folder, so it matches lower-cased text with case-sensitive patterns (much faster in `re`).
"""

from __future__ import annotations

import re

from citebrief.ingest.dateline import dateline_end

LEANING = 0.8  # a sentence that leans on the one before reads a little worse, even right after it
_SPACE = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_CLOSERS = "\"'”’»)]"
_QUOTES = '"“”«»„'
_OPENERS = frozenset(
    "he she it they them his her its their this these those that such there here but and or so also "
    "however meanwhile moreover furthermore nevertheless nonetheless still yet then thus therefore "
    "instead besides otherwise later earlier afterwards similarly likewise additionally indeed both".split()
)
# Pronouns that still point back when contracted; "It's" and "There's" usually point nowhere.
_REFERRING = frozenset("he she they that this these those".split())
# Matched against the lower-cased sentence.
_JUNK = re.compile(
    r"https?://|www\.|@\w|\bclick\b|\bsubscribe\b|\bnewsletters?\b|\bsign\s+up\b|\bcookies?\b|\bcopyright\b|©"
    r"|\ball\s+rights\s+reserved\b|\bphoto(?:graph)?\s*(?:by|:|credit)|\bimage\s*(?:by|:)|\bgetty\b"
    r"|\bshutterstock\b|\bfile\s+photo\b|\bread\s+more\b|\bcomments?\s+(?:section|policy)\b|\bcommenting\b"
    r"|\bour\s+(?:community|users|readers)\b|\bterms\s+of\s+(?:use|service)\b|\(photo\b|\bemail\s+(?:us|address)\b"
    r"|\bjavascript\b|\bbrowser\b|\bcaption\b|\bfollow\s+(?:us|him|her)\s+on\b"
    # staff credits: "Jo Lee contributed to this report.", "(Reporting by Jo Lee; Editing by Al Roy)"
    r"|\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b"
    r"|^\W*(?:additional\s+|with\s+)?(?:reporting|editing|writing)\s+by\b"
    # photo captions: "(L)", "pictured", "REUTERS/Name", "... is seen ..., 2014."
    r"|\((?:l|r|c|left|right|centre|center|top|bottom|front|back)\)|\bpictured\b|\bin this (?:file )?photo\b"
    r"|(?:reuters|ap|afp|getty)/|\bis (?:seen|pictured|shown|greeted)\b.*\b\d{4}\.$"
)
# Cheap substring test before the regex: almost no sentence holds any of these.
_JUNK_HINTS = (
    "http",
    "www.",
    "@",
    "click",
    "subscri",
    "newsletter",
    "sign up",
    "cookie",
    "copyright",
    "©",
    "reserved",
    "photo",
    "image",
    "getty",
    "shutterstock",
    "read more",
    "comment",
    "our community",
    "our users",
    "our readers",
    "terms of",
    "email",
    "javascript",
    "browser",
    "caption",
    "follow us",
    "follow him",
    "follow her",
    "contributed",
    "reporting by",
    "editing by",
    "writing by",
    "(l)",
    "(r)",
    "(c)",
    "(left)",
    "(right)",
    "(cent",
    "(top)",
    "(bottom)",
    "(front)",
    "(back)",
    "reuters/",
    "ap/",
    "afp/",
    "pictured",
    " is seen",
    " is shown",
    " is greeted",
)
# Agency photo captions end on the day the picture was taken: "..., Saturday, June 17, 2017."
_CAPTION_DATE = re.compile(r", (?:mon|tues|wednes|thurs|fri|satur|sun)day,? [a-z]{3,9}\.? \d{1,2}, \d{4}\.$")
# Page furniture: "Update: ...", "Editor's note: ..."
_FURNITURE = re.compile(r"\W*(?:updated?|editor['’]?s\s+note|correction|raw|more\s+information)\s*:")
# A spoken transcript's false starts: "if-- if you-- if you say".
_FALSE_STARTS = re.compile(r"\w--\s.*\w--(?:\s|$)")
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|according|wrote|writes|asked|noted|explained"
    r"|insisted|argued|warned|claimed|announced|declared|stressed|urged)\b"
)


def display_text(sentence: str) -> str:
    """The sentence as the brief shows it: whitespace folded, a leading dateline left out."""
    folded = _SPACE.sub(" ", sentence).strip()
    return folded[dateline_end(folded) :]


_PARTITIVE = re.compile(
    r"(?:many|some|most|all|none|both|each|several|few|one|two|three) of (?:them|these|those)\b"
)


# "The monitor said ...", "The UK-based group added ...": a speaker named by a role noun was named in
# full in an earlier sentence, which the reader needs to know who is speaking.
_ROLE_SPEAKER = re.compile(
    r"the (?:[a-z-]+ )?(?:monitor|group|agency|ministry|department|office|official|spokes(?:man|woman|person)"
    r"|company|firm|statement|report|source|organi[sz]ation|watchdog|suspect|victim|study|survey|team"
    r"|newspaper|network|letter|lawsuit|complaint)s? (?:said|says|added|adds|reported|reports|told|tells"
    r"|stated|noted|claimed|announced|warned|wrote|found|showed|confirmed|denied)\b"
)


# "Shortly after being moved to hospital, she went into shock": the subject after an opening phrase.
_CLAUSE_PRONOUN = re.compile(r"[^,;:\"“”]{3,60}, (?:he|she|they|his|her|their) ")


def continues_a_quote(text: str) -> bool:
    """True for the tail of a quote begun in the sentence before: its first quote mark closes.

    'Russia must act. We told them so," the minister said.' splits into two sentences; the second
    starts inside the quote and reads as the brief's own words without the first.
    """
    first = text.find('"')
    if text.count('"') % 2 == 1 and first > 0 and not text[first - 1].isspace():
        return True  # '...areas," he said': the mark hangs on a word, so it closes
    closing, opening = text.find("”"), text.find("“")
    return closing >= 0 and (opening < 0 or closing < opening)


def opens_with_reference(text: str) -> bool:
    """True when the opening needs an earlier sentence to be understood ("He", "However", "Many of them",
    "The monitor said").

    So does the tail of a quote begun in the sentence before.
    """
    lower = text.lstrip(_QUOTES + " ").lower()
    first = lower.split(maxsplit=1)[0].strip(",;:") if lower else ""
    pronoun, apostrophe, _rest = first.replace("’", "'").partition("'")
    if apostrophe and pronoun in _REFERRING:
        first = pronoun  # "That's when", "They've": the pronoun still points back
    return (
        first in _OPENERS
        or bool(_PARTITIVE.match(lower))
        or (first == "the" and bool(_ROLE_SPEAKER.match(lower)))
        or bool(_CLAUSE_PRONOUN.match(lower))
        or continues_a_quote(text)
    )


def _plain_words(text: str, enough: int = 2) -> int:
    """Words not written with a capital, counted up to ``enough`` (scripts without capitals count)."""
    found = 0
    for match in _LETTERS.finditer(text):
        if not match.group()[0].isupper():
            found += 1
            if found >= enough:
                break
    return found


def readability(text: str, words: int) -> float:
    if words < 6 or words > 70:
        return 0.0
    last = text.rstrip(_CLOSERS)[-1:]
    if last not in (".", "!"):
        return 0.0  # a fragment, a question or a heading
    first = text[:1]
    if not (first.isupper() or first.isdigit() or first in _QUOTES):
        return 0.0
    if text.isupper() or text.startswith("CLOSE "):
        return 0.0  # a shouted heading, not a sentence; or a video player's "CLOSE" button before one
    if _plain_words(text) <= 1:
        return 0.0  # names and numbers only: a cast list, a caption, a contact line
    lower = text.lower()
    if any(hint in lower for hint in _JUNK_HINTS) and _JUNK.search(lower):
        return 0.0
    if _FURNITURE.match(lower) or ("-- " in lower and _FALSE_STARTS.search(lower)):
        return 0.0
    if lower[-2:-1].isdigit() and _CAPTION_DATE.search(lower):
        return 0.0
    torn = text.count('"') % 2 == 1 or text.count("“") != text.count("”")
    if (torn or first in _QUOTES) and not _SPEECH.search(lower):
        return 0.0  # a lone quote, or a piece of one, with no speaker
    if text.count("(") != text.count(")"):
        return 0.0
    if opens_with_reference(text):
        return LEANING
    return 1.0
