"""The rows of the sentence-rule catalogue (see ``sentence_rules`` for what a row is and who reads it).

Ingest rows see a unit of text stripped of surrounding space and Markdown emphasis; engine rows see a
body sentence as the brief would show it (whitespace folded, dateline dropped).
"""

from __future__ import annotations

import re

from citebrief.ingest.sentence_rules import Effect, Rule, Test, pattern

MIN_WORDS = 6  # shorter units are captions, credits and headings (read on the Multi-News tuning clusters)
MAX_WORDS = 70  # longer units are run-together paragraphs or tables (idem)
BOILERPLATE_MAX = 200  # characters: a longer unit is a sentence of the story even if it says "share"
CREDIT_MAX_WORDS = 20  # a longer unit opening with "Credit:" or "Photos:" has story text glued on
PARAGRAPH_MAX_WORDS = 120  # a longer paragraph is the story's, whatever words it uses

QUOTES = '"“”«»„'
_CLOSERS = "\"'”’»)]"
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_UNIT_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|according|wrote|writes|asked|noted|explained"
    r"|insisted|argued|warned|claimed|announced|declared|stressed|urged)\b"
)
_FALSE_STARTS = re.compile(r"\w--\s.*\w--(?:\s|$)")
_CAPTION_DATE = re.compile(r", (?:mon|tues|wednes|thurs|fri|satur|sun)day,? [a-z]{3,9}\.? \d{1,2}, \d{4}\.$")
OPENERS = frozenset(
    "he she it they them his her its their this these those that such there here but and or so also "
    "however meanwhile moreover furthermore nevertheless nonetheless still yet then thus therefore "
    "instead besides otherwise later earlier afterwards similarly likewise additionally indeed both".split()
)
# Pronouns that still point back when contracted; "It's" and "There's" usually point nowhere.
_REFERRING = frozenset("he she they that this these those".split())
_VX = re.IGNORECASE | re.VERBOSE


def plain_words(text: str, enough: int = 2) -> int:
    """Words not written with a capital, counted up to ``enough`` (scripts without capitals count)."""
    found = 0
    for match in _LETTERS.finditer(text):
        if not match.group()[0].isupper():
            found += 1
            if found >= enough:
                break
    return found


def continues_a_quote(text: str) -> bool:
    """The tail of a quote begun in the sentence before: its first quote mark closes."""
    first = text.find('"')
    if text.count('"') % 2 == 1 and first > 0 and not text[first - 1].isspace():
        return True  # '...areas," he said': the mark hangs on a word, so it closes
    closing, opening = text.find("”"), text.find("“")
    return closing >= 0 and (opening < 0 or closing < opening)


def _opening(lowered: str) -> str:
    return lowered.lstrip(QUOTES + " ")


def _first_word(lowered: str) -> str:
    opening = _opening(lowered)
    first = opening.split(maxsplit=1)[0].strip(",;:") if opening else ""
    pronoun, apostrophe, _rest = first.replace("’", "'").partition("'")
    return pronoun if apostrophe and pronoun in _REFERRING else first


def _after_opening(regex: str) -> Test:
    compiled = re.compile(regex)
    return lambda text, lowered: compiled.match(_opening(lowered)) is not None


def _unlike_a_sentence_end(text: str, lowered: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] not in (".", "!")


def _unlike_a_sentence_start(text: str, lowered: str) -> bool:
    first = text[:1]
    return not (first.isupper() or first.isdigit() or first in QUOTES)


def _quote_without_speaker(text: str, lowered: str) -> bool:
    torn = text.count('"') % 2 == 1 or text.count("“") != text.count("”")
    return (torn or text[:1] in QUOTES) and not _SPEECH.search(lowered)


def _site_boilerplate(text: str, lowered: str) -> bool:
    return len(text) <= BOILERPLATE_MAX and _BOILERPLATE_TEST(text, lowered)


_BOILERPLATE_TEST = pattern(
    r"""(?:share\s+on\s+(?:facebook|twitter|linkedin|whatsapp)|all\s+news$|\d+[-\s]min(?:ute)?\s+read|
    click\s+here|sign\s+up\b.*newsletter|subscribe\s+(?:now|today|here|for\s+free|to\s+(?:our|the))|
    unsubscribe|select\s+a\s+newsletter|follow\s+(?:her|him|them|us|me)\s+on\s+(?:twitter|facebook|instagram)|
    ^subscribe\b|read\s+more$|advertisement$|cookies?\s+policy|
    comment(?:s|ing)?\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved|follow\s+us\b|
    getty\s+images|(?:ap|afp|reuters)\s+photo|media\s+playback\s+is\s+unsupported)""",
    hints=(
        "share",
        "news",
        "min read",
        "minute read",
        "click",
        "sign up",
        "subscribe",
        "read more",
        "advertis",
        "polic",
        "terms of",
        "reserved",
        "follow ",
        "getty",
        "photo",
        "playback",
    ),
    lower=False,
    flags=_VX,
)
_CREDIT_TEST = pattern(
    r"""^(?:\(?(?:photo|image|picture|foto|bild|video|graphic)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?))?
    \s*[:/©|]|(?:file\s+)?photo\s+by\b|credit\s*:)|\((?:photo|image|picture)s?\b[^)]*\)\.?$""",
    lower=False,
    flags=_VX,
)
_BYLINE_TEST = pattern(
    r"""^(?:by\s+\S|written\s+by\b|reporting\s+by\b|editing\s+by\b|photo(?:graph)?s?\b|image\b|
    credit\b|source\b|(?:posted|published|updated|last\s+updated)\b|staff\b|\(?(?:ap|afp|reuters|aa|
    tass|upi|dpa|efe|ansa)\)?$|©|copyright\b)""",
    lower=False,
    flags=_VX,
)
_PARAGRAPH_TEST = pattern(
    r"""comment(?:s|ing)?\s+(?:policy|guidelines)|suspend(?:ed|ing)?\s+(?:article\s+)?comment|
    safe\s+and\s+engaging\s+place|comments\s+(?:are|have\s+been)\s+(?:closed|moderated|disabled)|
    we\s+use\s+cookies|(?:accept|manage)\s+(?:all\s+)?cookies|cookie\s+(?:settings|preferences|policy)|
    sign\s+up\s+for\s+(?:our|the)\s+\w*\s*newsletter|
    (?:material|article|piece)\b.{0,40}may\s+not\s+be\s+(?:published|reproduced)|all\s+rights\s+reserved""",
    hints=("comment", "engaging", "cookie", "newsletter", "reserved", "may not"),
    lower=False,
    flags=_VX,
)
_ROLE_SPEAKER = _after_opening(
    r"the (?:[a-z-]+ )?(?:monitor|group|agency|ministry|department|office|official|spokes(?:man|woman|person)"
    r"|company|firm|statement|report|source|organi[sz]ation|watchdog|suspect|victim|study|survey|team"
    r"|newspaper|network|letter|lawsuit|complaint)s? (?:said|says|added|adds|reported|reports|told|tells"
    r"|stated|noted|claimed|announced|warned|wrote|found|showed|confirmed|denied)\b"
)

CATALOGUE: tuple[Rule, ...] = (
    # ----- ingest: what a unit of text is -----
    Rule(
        "page furniture",
        Effect.UNIT_FURNITURE,
        pattern(
            r"""(?:related:|see\s+also\b|watch:|listen:|continue\s+reading|skip\s+to\b|back\s+to\s+top$|
            (?:print|email)\s+this\b|\d*\s*comments?$|image\s+(?:copyright|caption)|loading\W*$|
            (?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|copy\s+link)(?:\W+(?:share|tweet|email|
            print|whatsapp|facebook|twitter|linkedin|copy\s+link))*\W*$)""",
            start=True,
            lower=False,
            flags=_VX,
        ),
        (
            "Related: Floods in the valley",
            "Share Tweet Email",
            "12 comments",
            "Continue reading the main story",
        ),
        ("Related talks resumed on Monday.", "Sharing the water was hard."),
    ),
    Rule(
        "site boilerplate",
        Effect.UNIT_FURNITURE,
        _site_boilerplate,
        ("Share on Facebook", "3 min read", "Click here to subscribe", "Advertisement"),
        ("Officials shared the report with the press on Monday.",),
    ),
    Rule(
        "photo credit",
        Effect.UNIT_CREDIT,
        lambda text, lowered: _CREDIT_TEST(text, lowered) and len(text.split()) <= CREDIT_MAX_WORDS,
        ("Photo: Jo Lee/Reuters", "Photo by Jo Lee.", "Credit: Al Roy", "(Photo courtesy of the city)"),
        ("Photographers gathered at the gate.", "The photo was taken in May."),
    ),
    Rule(
        "byline",
        Effect.UNIT_BYLINE,
        lambda text, lowered: bool(_BYLINE_TEST(text, lowered)) or len(_UNIT_WORD.findall(text)) <= 2,
        ("By Jo Lee", "Updated 10:42 GMT", "(AP)", "Staff writer", "Jo Lee"),
        ("Flood waters rise in the valley", "Mayor Ines Varga speaks to residents"),
    ),
    Rule(
        "website paragraph",
        Effect.PARAGRAPH_BOILERPLATE,
        lambda text, lowered: len(text.split()) <= PARAGRAPH_MAX_WORDS and _PARAGRAPH_TEST(text, lowered),
        ("We use cookies to improve your experience.", "Comments are closed for this article."),
        ("The council said it would comment on the plan on Monday.",),
    ),
    # ----- engine: never a brief sentence -----
    Rule(
        "too short or too long",
        Effect.NEVER,
        lambda text, lowered: not MIN_WORDS <= len(text.split()) <= MAX_WORDS,
        ("The dam held.", "Floods."),
        ("The dam held through the night, engineers said.",),
    ),
    Rule(
        "no closing full stop",
        Effect.NEVER,
        _unlike_a_sentence_end,
        ("Will the dam hold through the whole winter?", "Flood waters rise in the valley below"),
        ("The dam held through the night, engineers said.", 'The mayor said: "We are safe now."'),
    ),
    Rule(
        "not a sentence start",
        Effect.NEVER,
        _unlike_a_sentence_start,
        ("and then the water came over the wall.", "- the water came over the wall in the night."),
        ("The water came over the wall in the night.", "2,400 residents left their homes overnight."),
    ),
    Rule(
        "shouted heading",
        Effect.NEVER,
        lambda text, lowered: text.isupper() or text.startswith("CLOSE "),
        ("FLOODS HIT THE VALLEY AGAIN THIS WEEK.", "CLOSE The dam held through the night, engineers said."),
        ("The UN said the dam held through the night.",),
    ),
    Rule(
        "names and numbers only",
        Effect.NEVER,
        lambda text, lowered: plain_words(text) <= 1,
        ("Jo Lee, Al Roy, Ines Varga and Tom Hart, Merrow.", "Merrow Dam, 1961, Ines Varga, Mayor."),
        ("Ines Varga, the mayor of Merrow, opened the dam in 1961.",),
    ),
    Rule(
        "web address or handle",
        Effect.NEVER,
        pattern(
            r"https?://|www\.|@\w|\bjavascript\b|\bbrowser\b",
            hints=("http", "www.", "@", "javascript", "browser"),
        ),
        ("Read the report at www.example.org today.", "Follow the mayor at @inesvarga for updates."),
        ("The mayor wrote to residents on Monday evening.",),
    ),
    Rule(
        "call to action",
        Effect.NEVER,
        pattern(
            r"\bclick\b|\bsubscribe\b|\bnewsletters?\b|\bsign\s+up\b|\bread\s+more\b|\bfollow\s+(?:us|him|her)\s+on\b",
            hints=(
                "click",
                "subscri",
                "newsletter",
                "sign up",
                "read more",
                "follow us",
                "follow him",
                "follow her",
            ),
        ),
        ("Sign up for our daily briefing on the floods.", "Click the button below to see the map."),
        ("Residents signed the petition on Monday evening.",),
    ),
    Rule(
        "legal and site notice",
        Effect.NEVER,
        pattern(
            r"\bcookies?\b|\bcopyright\b|©|\ball\s+rights\s+reserved\b|\bterms\s+of\s+(?:use|service)\b"
            r"|\bcomments?\s+(?:section|policy)\b|\bcommenting\b|\bour\s+(?:community|users|readers)\b"
            r"|\bemail\s+(?:us|address)\b",
            hints=(
                "cookie",
                "copyright",
                "©",
                "reserved",
                "terms of",
                "comment",
                "our community",
                "our users",
                "our readers",
                "email",
            ),
        ),
        ("This site uses cookies to measure traffic.", "Please keep the comments section civil."),
        ("The council's terms were accepted on Monday evening.",),
    ),
    Rule(
        "photo caption",
        Effect.NEVER,
        pattern(
            r"\bphoto(?:graph)?\s*(?:by|:|credit)|\bimage\s*(?:by|:)|\bgetty\b|\bshutterstock\b|\bfile\s+photo\b"
            r"|\(photo\b|\bcaption\b"
            r"|\((?:l|r|c|left|right|centre|center|top|bottom|front|back)\)|\bpictured\b"
            r"|\bin this (?:file )?photo\b"
            r"|(?:reuters|ap|afp|getty)/|\bis (?:seen|pictured|shown|greeted)\b.*\b\d{4}\.$",
            hints=(
                "photo",
                "image",
                "getty",
                "shutterstock",
                "caption",
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
            ),
        ),
        (
            "Mayor Ines Varga (L) and Tom Hart visit the dam on Monday.",
            "A resident is seen near the dam, 2014.",
        ),
        ("The mayor visited the dam on Monday with engineers.",),
    ),
    Rule(
        "agency caption date",
        Effect.NEVER,
        lambda text, lowered: lowered[-2:-1].isdigit() and _CAPTION_DATE.search(lowered) is not None,
        ("Residents wait near the dam in Merrow, Saturday, June 17, 2017.",),
        ("Residents waited near the dam in Merrow on June 17, 2017.",),
    ),
    Rule(
        "staff credit",
        Effect.NEVER,
        pattern(
            r"\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b"
            r"|^\W*(?:additional\s+|with\s+)?(?:reporting|editing|writing)\s+by\b",
            hints=("contributed", "reporting by", "editing by", "writing by"),
        ),
        ("Jo Lee in Merrow contributed to this report.", "(Reporting by Jo Lee; Editing by Al Roy)."),
        ("Volunteers contributed food and blankets to the shelter.",),
    ),
    Rule(
        "page furniture label",
        Effect.NEVER,
        pattern(r"\W*(?:updated?|editor['’]?s\s+note|correction|raw|more\s+information)\s*:", start=True),
        (
            "Update: the dam held through the night, engineers said.",
            "Editor's note: this story has been changed.",
        ),
        ("Updates on the dam came every hour from the council.",),
    ),
    Rule(
        "transcript false starts",
        Effect.NEVER,
        lambda text, lowered: "-- " in lowered and _FALSE_STARTS.search(lowered) is not None,
        ("If-- if you-- if you say the dam will hold, I believe it.",),
        ("The dam -- built in 1961 -- held through the night.",),
    ),
    Rule(
        "quote without a speaker",
        Effect.NEVER,
        _quote_without_speaker,
        (
            '"The water came so fast, we had no time at all."',
            'We had no time at all," and then the wall broke.',
        ),
        ('"The water came so fast," the mayor said.', "The dam held through the night, engineers said."),
    ),
    Rule(
        "unbalanced brackets",
        Effect.NEVER,
        lambda text, lowered: text.count("(") != text.count(")"),
        ("The dam (built in 1961 held through the night.",),
        ("The dam (built in 1961) held through the night.",),
    ),
    # ----- engine: leans on the sentence before -----
    Rule(
        "pronoun or connective opener",
        Effect.LEANS,
        lambda text, lowered: _first_word(lowered) in OPENERS,
        ("He said the dam would hold.", "However, the water kept rising.", "That's when the wall broke."),
        ("Heavy rain fell all night.", "It's raining again in Merrow.", "Thousands left their homes."),
    ),
    Rule(
        "partitive opener",
        Effect.LEANS,
        _after_opening(
            r"(?:many|some|most|all|none|both|each|several|few|one|two|three) of (?:them|these|those)\b"
        ),
        ("Many of them slept in the school gym.", "Two of those were children."),
        ("Many residents slept in the school gym.", "Two of the engineers stayed."),
    ),
    Rule(
        "speaker named by role",
        Effect.LEANS,
        _ROLE_SPEAKER,
        ("The monitor said 40 people died.", "The UK-based group added that talks failed."),
        ("The Syrian Observatory said 40 people died.", "The group of residents left at dawn."),
    ),
    Rule(
        "pronoun after an opening phrase",
        Effect.LEANS,
        _after_opening(r"[^,;:\"“”]{3,60}, (?:he|she|they|his|her|their) "),
        ("Shortly after being moved to hospital, she went into shock.", "On Monday, they left the town."),
        ("On Monday, residents left the town.", "Shortly after, the mayor arrived."),
    ),
    Rule(
        "tail of a quote",
        Effect.LEANS,
        lambda text, lowered: continues_a_quote(text),
        ('We told them so," the minister said.', "We will rebuild,” she said."),
        ('"We will rebuild," she said.', "The minister said the town would be rebuilt."),
    ),
)
