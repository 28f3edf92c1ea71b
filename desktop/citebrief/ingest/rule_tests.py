"""Tests and constants the catalogue's rows share (see ``rule_catalogue``)."""

from __future__ import annotations

import re

from citebrief.ingest.calendar_words import DAY_NAMES, MONTH_NAMES
from citebrief.ingest.sentence_rules import Test, pattern

MIN_WORDS = 6  # shorter units are captions, credits and headings (read on the Multi-News tuning clusters)
MAX_WORDS = 70  # longer units are run-together paragraphs or tables (idem)
BOILERPLATE_MAX = 200  # characters: a longer unit is a sentence of the story even if it says "share"
CREDIT_MAX_WORDS = 20  # a longer unit opening with "Credit:" or "Photos:" has story text glued on
PARAGRAPH_MAX_WORDS = 120  # a longer paragraph is the story's, whatever words it uses

QUOTES = '"“”«»„'
_CLOSERS = "\"'”’»)]"
_LETTERS = re.compile(r"[^\W\d_]{2,}")
UNIT_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|according|wrote|writes|asked|noted|explained"
    r"|insisted|argued|warned|claimed|announced|declared|stressed|urged)\b"
)
FALSE_STARTS = re.compile(r"\w--\s.*\w--(?:\s|$)")
CAPTION_DATE = re.compile(r", (?:mon|tues|wednes|thurs|fri|satur|sun)day,? [a-z]{3,9}\.? \d{1,2}, \d{4}\.$")
OPENERS = frozenset(
    "he she it they them his her its their this these those that such there here but and or so also "
    "however meanwhile moreover furthermore nevertheless nonetheless still yet then thus therefore "
    "instead besides otherwise later earlier afterwards similarly likewise additionally indeed both "
    "plus accordingly consequently hence conversely alternatively again anyway".split()
)
# Words of time after "this" or "these" that point at the article's own day, which a brief keeps ("This
# July, nine months after ...", "this week"), not at anything the sentence before said.
TIME_WORDS = (
    "year|week|month|morning|afternoon|evening|night|weekend|summer|winter|spring|fall|autumn|season|decade"
    f"|century|{MONTH_NAMES.lower()}|{DAY_NAMES.lower()}"
)
_OWN_TIME = re.compile(rf"(?:this|these) (?:{TIME_WORDS})s?\b")


def opens_with_reference(lowered: str) -> bool:
    """A pronoun or connective first ("He said", "However,", "This group"), but for "this" before a word
    of time ("This July, ..."): the article's own day, not the sentence before."""
    return first_word(lowered) in OPENERS and not _OWN_TIME.match(_opening(lowered))


# Pronouns that still point back when contracted; "It's" and "There's" usually point nowhere.
_REFERRING = frozenset("he she they that this these those it".split())
VX = re.IGNORECASE | re.VERBOSE


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
    if closing >= 0 and (opening < 0 or closing < opening):
        return True
    return _closes_single_quote(text)


# A single mark right after a sentence's or a clause's end closes a quote ("... very much.'", "... in
# July,’ she said"): an apostrophe never follows a full stop or a comma. One opens a quote before a word
# after a space or at the start ("a 'top divorce lawyer'", "‘We will ...").
_SINGLE_CLOSING = re.compile(r"[.,!?]['’](?!\w)")
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=\w)")


def _closes_single_quote(text: str) -> bool:
    if "'" not in text and "’" not in text:
        return False
    closing = _SINGLE_CLOSING.search(text)
    if closing is None:
        return False
    opening = _SINGLE_OPENING.search(text)
    return opening is None or closing.start() < opening.start()


def _opening(lowered: str) -> str:
    return lowered.lstrip(QUOTES + " ")


def first_word(lowered: str) -> str:
    opening = _opening(lowered)
    first = opening.split(maxsplit=1)[0].strip(",;:") if opening else ""
    pronoun, apostrophe, _rest = first.replace("’", "'").partition("'")
    return pronoun if apostrophe and pronoun in _REFERRING else first


def after_opening(regex: str) -> Test:
    compiled = re.compile(regex)
    return lambda text, lowered: compiled.match(_opening(lowered)) is not None


# A full name set off after a role: "The gunman, identified as Richard Plotts, ...", "The boy, Jordan
# Belliveau, died ...".
_NAME_SET_OFF = re.compile(r", (?:(?:identified|named) (?:by [a-z]+ )?as |named )?[A-Z][\w'’.-]+ [A-Z]")


def role_without_name(regex: str) -> Test:
    """``after_opening``, unless a name follows the role at once: "The actor Tom Hart owns ..." and "The
    gunman, identified as Richard Plotts, ..." say who."""
    compiled = re.compile(regex, re.IGNORECASE)  # on the text itself, whose capitals tell a name

    def test(text: str, lowered: str) -> bool:
        opening = text.lstrip(QUOTES + " ")
        found = compiled.match(opening)
        if found is None:
            return False
        after = opening[found.end() :]
        return not ((after[:1] == " " and after[1:2].isupper()) or _NAME_SET_OFF.match(after))

    return test


def asks(text: str) -> bool:
    """Whether the line ends as a question, closing marks aside."""
    return text.rstrip(_CLOSERS + " ").endswith("?")


def unlike_a_sentence_end(text: str, lowered: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] not in (".", "!")


def unlike_a_sentence_start(text: str, lowered: str) -> bool:
    first = text[:1]
    return not (first.isupper() or first.isdigit() or first in QUOTES)


def quote_without_speaker(text: str, lowered: str) -> bool:
    torn = text.count('"') % 2 == 1 or text.count("“") != text.count("”")
    if torn:
        return not _SPEECH.search(lowered)
    return text[:1] in QUOTES and not _SPEECH.search(lowered) and not titled_subject(text)


# A title in quote marks opening a sentence: a few capitalised words ("Right Now", "Where Have You
# Been"), small words allowed between them, then the sentence goes on.
_TITLE_OPENING = re.compile(
    r"[\"“](?P<title>[A-Z0-9][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|the|a|an|and|in|on|to|for|with|at|by)){0,5})"
    r"[,]?[\"”]\s+(?P<rest>\S+\s+\S+)"
)


def titled_subject(text: str) -> bool:
    """'"Right Now" debuted at No. 50 ...': the quote marks hold a title that is the sentence's subject,
    not words someone said."""
    found = _TITLE_OPENING.match(text)
    return found is not None and not found["title"].rstrip().endswith((".", "!", "?"))


def speaker_only_inside_quote(text: str, lowered: str) -> bool:
    """'“I don't expect him to say so.': a quote whose only speech word is quoted; the speaker is
    named before it. Only a first-person quote opening the sentence: a quote begun mid-sentence
    ('Officials called it "a mistake ...') has its speaker before the mark, and counting every such
    quote cost ROUGE."""
    quoted_speech = text[:1] in QUOTES and _SPEECH.search(lowered) is not None
    return quoted_speech and not _SPEECH.search(unquoted(lowered)) and _FIRST_PERSON.search(text) is not None


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’(?!\w)")
_MARKS = re.compile("[“”]|''")


def unquoted(text: str) -> str:
    """The words outside quote marks: "say" inside '“I don't expect him to say so.' names no speaker.

    Pages mix marks ('"... ,” he said'), so all count alike. A mark left unpaired opens a quote running
    to the end when it stands before a word, else closes one begun before the sentence."""
    outside = re.sub(r'"[^"]*"', " ", _MARKS.sub('"', text))
    at = outside.find('"')
    if at < 0:
        return outside
    opens = at == 0 or (outside[at - 1].isspace() and outside[at + 1 : at + 2].strip() != "")
    return outside[:at] if opens else outside[at + 1 :]


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we|We|we're|We're|we've|We've|our|Our|us|my|My|me)\b")


def first_person_outside_quotes(text: str, lowered: str) -> bool:
    """'We have now learned ...' in the article's own voice: who "we" are is not said."""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False  # a torn quote: the quote rules decide
    return _FIRST_PERSON.search(_QUOTED.sub(" ", text)) is not None


_WE = re.compile(r"\b(?:we|We|we're|We're|we've|We've|we'd|we'll|our|Our|us)\b")
_YOU_ANYWHERE = re.compile(r"\b(?:you|You|your|Your|yours)\b")


def page_speaks_to_reader(text: str, lowered: str) -> bool:
    """'We hope these results will encourage you to take part': "we" and "you" outside quote marks, the
    page and its reader. In a brief "you" would be the brief's reader."""
    if any(mark in text for mark in QUOTES):
        return False  # a quote, whole or torn: the quote rules decide
    outside = _QUOTED.sub(" ", text)
    return _WE.search(outside) is not None and _YOU_ANYWHERE.search(outside) is not None


# "sources tell me", "a friend of hers told us": the writer's own informant, outside any quote.
_TOLD_THE_WRITER = re.compile(r"\b(?:tells?|told|telling) (?:me|us)\b")


def told_the_writer(text: str, lowered: str) -> bool:
    """'A friend of Kendra tells me ...' outside quote marks: the column's writer speaks of their source,
    which no brief can repeat as its own."""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False  # a torn quote: the quote rules decide
    return _TOLD_THE_WRITER.search(_QUOTED.sub(" ", text)) is not None


_SPEAKER_I = re.compile(r"(?<!War )(?<!Part )\b(?:I|me|my|My|mine)\b")


def speaker_outside_quotes(text: str, lowered: str) -> bool:
    """'I fought back.' without quote marks: a quote set as a paragraph of its own, whose speaker the
    sentence before names."""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False  # a torn quote: the quote rules decide
    return _SPEAKER_I.search(_QUOTED.sub(" ", text)) is not None


# "We ..." or "Our ..." opening the sentence; after an opening clause ("As ..., we have") it cost ROUGE.
_GROUP_SUBJECT = re.compile(r"^(?:we|we're|we've|we'd|we'll|our)\b")


def group_outside_quotes(text: str, lowered: str) -> bool:
    """'Our research shows ...' without quote marks: a group speaks, named only by the sentence before."""
    if any(mark in text for mark in QUOTES):
        return False  # a quote: the quote rules decide
    return _GROUP_SUBJECT.match(lowered) is not None


def site_boilerplate(text: str, lowered: str) -> bool:
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
    flags=VX,
)
CREDIT_WORDS = ("photo", "image", "picture", "foto", "bild", "video", "graphic", "credit")
CREDIT_REGEX = r"""^(?:\(?(?:photo|image|picture|foto|bild|video|graphic)s?
    (?:\s+(?:by|credit|courtesy(?:\s+of)?))?
    \s*[:/©|]|(?:file\s+)?photo\s+by\b|credit\s*:)|\((?:photo|image|picture)s?\b[^)]*\)\.?$"""
CREDIT_TEST = pattern(
    CREDIT_REGEX,
    # Every alternative holds one of these words; most units hold none, and the pattern's last
    # alternative would otherwise be searched for at every position of every unit.
    hints=CREDIT_WORDS,
    lower=False,
    flags=VX,
)
BYLINE_TEST = pattern(
    r"""^(?:by\s+\S|written\s+by\b|reporting\s+by\b|editing\s+by\b|photo(?:graph)?s?\b|image\b|
    credit\b|source\b|(?:posted|published|updated|last\s+updated)\b|staff\b|\(?(?:ap|afp|reuters|aa|
    tass|upi|dpa|efe|ansa)\)?$|©|copyright\b)""",
    lower=False,
    flags=VX,
)
PARAGRAPH_TEST = pattern(
    r"""comment(?:s|ing)?\s+(?:policy|guidelines)|suspend(?:ed|ing)?\s+(?:article\s+)?comment|
    safe\s+and\s+engaging\s+place|comments\s+(?:are|have\s+been)\s+(?:closed|moderated|disabled)|
    we\s+use\s+cookies|(?:accept|manage)\s+(?:all\s+)?cookies|cookie\s+(?:settings|preferences|policy)|
    sign\s+up\s+for\s+(?:our|the)\s+\w*\s*newsletter|
    (?:material|article|piece)\b.{0,40}may\s+not\s+be\s+(?:published|reproduced)|all\s+rights\s+reserved""",
    hints=("comment", "engaging", "cookie", "newsletter", "reserved", "may not"),
    lower=False,
    flags=VX,
)
# A picture's caption ends with its credit in brackets: "(Sarah Parnass/The Washington Post)",
# "(REUTERS/Eric Gaillard)", "(AP Photo/Cathleen Allison, File)", "(Photo by Win McNamee/Getty Images)";
# a paper that sets it without brackets writes "Credit Doug Mills/The New York Times".
# The agency's name alone ("... (Associated Press)") also ends an agency's gallery captions, whose
# second and third sentences retell the story; counted as captions, their words no longer weighed what
# the story is about, and in 12 tuning briefs read blind in pairs (two judges) the briefs before were
# preferred in 15 of 24 readings (the lead of val-04960 lost the candidacy its captions repeat): those
# paragraphs stay the article's.
PICTURE_CREDIT_END = pattern(
    r"""(?:\((?:[^()]*\b[Pp]hoto\b[^()]*
    |(?:[A-Z][\w'’.-]+\ )+[A-Z][\w'’.-]+\s*/\s*[A-Z][^()]{1,80}
    |(?:REUTERS|Reuters|AP|AFP|EPA|Getty\ Images)\s*/\s*[A-Z][^()]{1,80})\)
    |\bCredit\ (?:[A-Z][\w'’.-]+\ )*[A-Z][\w'’.-]+\s*/\s*[A-Z][^()/]{1,80})\s*$""",
    hints=(")", "credit "),
    lower=False,
    flags=VX,
)
# An embedded post: its picture link or its sign-off, "— Paul Allen (@PaulGAllen) March 2, 2015".
POST_SIGN_OFF = pattern(
    rf"pic\.twitter\.com/|\(@\w{{1,15}}\)\s+(?:{MONTH_NAMES.lower()}) \d{{1,2}}, \d{{4}}",
    hints=("pic.twitter", "(@"),
)
POST_MAX_WORDS = 70  # a post holds 280 characters; the val articles' 77 embedded posts run to 58 words
ROLE_SPEAKER = after_opening(
    r"the (?:[a-z-]+ )?(?:monitor|group|agency|ministry|department|office|official|spokes(?:man|woman|person)"
    r"|company|firm|statement|report|source|organi[sz]ation|watchdog|suspect|victim|study|survey|team"
    r"|newspaper|network|letter|lawsuit|complaint)s? (?:said|says|added|adds|reported|reports|told|tells"
    r"|stated|noted|claimed|announced|warned|wrote|found|showed|confirmed|denied)\b"
)


# "he", "her" and the like refer to one person; a sentence that names nobody leaves the reader asking who.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b")
# A capitalised word after the first, or a person the sentence introduces itself ("a man", "the woman").
_NAMES_SOMEONE = re.compile(r"\s[\"“(]?[A-Z]")
# Opening words that name nobody; any other capitalised first word may be a name ("Vecchio said she"), so
# the rule stays silent then.
_NAMELESS_STARTS = OPENERS | frozenset(
    "the a an when after before while as by during for in on at with once until now some many no one two "
    "police officials authorities rescuers investigators witnesses sources prosecutors doctors researchers "
    "experts friends neighbors neighbours relatives family firefighters deputies officers "
    "search-and-rescue rescue".split()
)
_PERSON_NOUN = re.compile(
    r"\b(?:man|woman|boy|girl|mother|father|son|daughter|wife|husband|child|baby|teen|teenager|student"
    r"|someone|anyone|everyone|person|patient|driver|officer|suspect|victim|friend|owner|doctor|player"
    r"|plaintiff|defendant|artist|filmmaker|singer|actor|actress|star|coach|president|mayor|judge|writer"
    r"|author|director|official|worker|employee|soldier|sailor|pilot|founder|leader|candidate|delegate"
    r"|senator|king|queen|pope|priest|teacher|lawyer|witness|condemned|justice)\b"
)


def person_named_nowhere(text: str, lowered: str) -> bool:
    """ "Search teams later found her body.": a personal pronoun in the first clause of a sentence that
    names no one."""
    clause = re.split(r"[,;:]", lowered, maxsplit=1)[0]  # "..., he said." names its speaker before
    found = _PERSON_PRONOUN.search(clause)
    if found is None or _NAMES_SOMEONE.search(text):
        return False
    opening = lowered.lstrip(QUOTES + " ").split(maxsplit=1)
    if not opening or opening[0].strip(",;:") not in _NAMELESS_STARTS:
        return False
    return _PERSON_NOUN.search(lowered, 0, found.start()) is None
