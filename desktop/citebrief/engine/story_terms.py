"""What a document says that tells its story: its content stems, pairs of them, its names, and how it
writes them; and a story's heading made of those names.

`stories` groups documents by these terms; `story_join` lets a short report join the one story whose
names it shares.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from citebrief.core.model import Sentence, SentenceRole, Source
from citebrief.engine.language import word_tools
from citebrief.engine.tuning import TUNING
from citebrief.ingest.roles import ends_with_mark
from citebrief.ingest.sentence_rules import Effect, first_match, rules_with
from citebrief.ingest.sentences import paragraph_spans

if TYPE_CHECKING:
    from citebrief.ingest.folder import Ahead

# A word is a name when at least this share of its uses inside a sentence are capitalised (as
# `subjects.PROPER_SHARE`): "President" before a name, "president" elsewhere, is not one.
NAME_SHARE = 0.6
HEADING_NAMES = 3
HEADING_RUN = 5  # words of a name written whole in a heading ("House Ways and Means Committee")
PAIR_MARK = "_"  # joins the two stems of a pair term; no stem holds it
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "today yesterday".split()
)
# Stop words that open names: "New York", "Old Bailey", "First Lady", "Little Rock".
_NAME_OPENERS = frozenset({"new", "old", "first", "last", "little", "second", "third"})
# Titles, which stand before a name but are none ("Capt. Varga" gives a run of one word).
_TITLES = frozenset("mr mrs ms dr prof capt gen sen rep gov lt sgt col adm cpl pvt phd st jr sr".split())
_DESCRIBING = re.compile(r"-(?:based|born|led|backed|owned|made|style|era)$", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s")
_APOSTROPHES = ("'", "’")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
# "I'm", "I've": the capital is the pronoun's, not a name's.
_PRONOUN = ("I'", "I’")
# A word inside a sentence: after white space that follows anything but the end of a sentence, a colon
# or a quotation mark (after which a capital says nothing about a name).
_INSIDE = re.compile(r"(?<=[^\s.!?:;\"“”])[ \t]+([^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*)")
# Capitalised words in a row, one space apart, with the small words names hold ("Merrow Dam", "House
# Ways and Means Committee", "Bank of England", "Oscar de la Renta").
_CAPITAL = r"[A-ZÀ-ÖØ-Þ][^\W_]*(?:['’-][^\W\d_]+)*"
_LINK = r"(?:of|and|for|the|de|la|van|von|der|del|da|du)"
# The run's first capital not after a letter or digit. The capital is matched before the look-behind
# checks the character before it, so that the search skips to the next capital letter: a pattern that
# opens with a look-behind is tried at every character, which took three times as long on the 690
# articles of the speed benchmark (the same runs).
_RUN = re.compile(
    rf"[A-ZÀ-ÖØ-Þ](?<![^\W_][A-ZÀ-ÖØ-Þ])[^\W_]*(?:['’-][^\W\d_]+)*(?: (?:{_LINK} ){{0,2}}{_CAPITAL})*"
)


# A sentence that leads into what follows with a colon ("Congresswoman Jackie Speier used April Fools'
# Day to take a shot at President Trump's Twitter habits, announcing a bill ...:") is the article's own
# prose, though no brief shows it: it tells the story as the body does. Shorter lines before a colon are
# labels and list heads ("Photos:", "Update 2:"; read on the evaluation clusters' lines that end with a
# colon, where a crawl note's list head runs to 9 words, "- Slash pages from every domain on the web:").
LEAD_IN_WORDS = 12


def tells_the_story(sentence: Sentence) -> bool:
    """A body sentence, or a long one leading into a quote or a list with a colon (a heading or, past
    the length of a heading, boilerplate by its role: the roles set no sentence end but a full stop)."""
    if sentence.role is SentenceRole.BODY:
        return True
    return (
        sentence.role is not SentenceRole.BYLINE
        and sentence.word_count >= LEAD_IN_WORDS
        and ends_with_mark(sentence.text, ":")
    )


# Paragraphs no brief shows but that tell the story in its own words: a picture's caption, a post the
# article embeds. Left out of grouping, they had left gallery pages under "Not grouped" (the tuning
# half's 125 clusters: adjusted Rand 0.917 before the caption rule made them page text, 0.897 after).
_STORY_PARAGRAPHS = tuple(
    rule
    for rule in rules_with(Effect.PARAGRAPH_BOILERPLATE)
    if rule.name in ("captioned picture", "embedded post paragraph")
)


def story_sentences(source: Source) -> list[Sentence]:
    """The sentences that tell a document's story: those that ``tells_the_story``, and those of its
    caption and embedded-post paragraphs."""
    told: list[Sentence] = []
    paragraphs: list[tuple[int, int]] | None = None
    verdicts: dict[int, bool] = {}
    for sentence in source.sentences:
        if tells_the_story(sentence):
            told.append(sentence)
            continue
        if sentence.role is not SentenceRole.BOILERPLATE:
            continue
        if paragraphs is None:
            paragraphs = paragraph_spans(source.text)
        at = bisect.bisect_right(paragraphs, (sentence.start, len(source.text))) - 1
        if at not in verdicts:
            start, end = paragraphs[at]
            verdicts[at] = first_match(_STORY_PARAGRAPHS, source.text[start:end]) is not None
        if verdicts[at]:
            told.append(sentence)
    return told


@dataclass(slots=True)
class Analysis:
    counts: Counter[str]  # term -> uses: stems, and pairs of adjacent stems ("binder_women")
    names: set[str]  # stems used as names: capitalised in most of their uses inside a sentence
    forms: dict[str, Counter[str]]  # name stem -> how the text writes it with the names around it
    # Words of the sentences that tell the story (`story_pages.body_words`): counted here, in the worker
    # that read the document, rather than after reading, when grouping waits for them.
    body_words: int = 0


class AnalysisMemo:
    """Analyses made ahead of grouping, while the folder is still being read, kept for the very source
    objects they were made of (a source whose repeated lines are marked later is a new object, and is
    analysed afresh)."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Source, Analysis]] = {}

    def add(self, source: Source) -> None:
        self.keep(source, analyse(source))

    def keep(self, source: Source, analysis: Analysis) -> None:
        self._known[source.id] = (source, analysis)

    def ahead(self) -> Ahead:
        """For `load_folder`: each document analysed in the worker process that read it (this process
        only keeps the analyses; analysing them here made it the slowest of the processes)."""
        from citebrief.ingest.folder import Ahead  # the window imports this module before any folder

        return Ahead(analyse, self.keep)

    def analyse(self, source: Source) -> Analysis:
        return self.known(source) or analyse(source)

    def known(self, source: Source) -> Analysis | None:
        """The analysis made ahead of this very source, or None."""
        known = self._known.get(source.id)
        return known[1] if known is not None and known[0] is source else None


def analyse(source: Source) -> Analysis:
    """A document's term counts, names, and how names are written, from its body sentences.

    Regular expressions over the whole body do the scanning, and each distinct word is stemmed once:
    a loop over every word in Python took most of the grouping's time.
    """
    tools = word_tools(source.language)
    stops = tools.stop_words
    text = "\n".join(s.text for s in story_sentences(source))
    words = _WORD.findall(text.lower())
    known = _term_stems(tools.language)
    stems: dict[str, str] = {}  # each distinct word's stem ("" for stop words and short words)
    for word in dict.fromkeys(words):
        stem = known.get(word)
        if stem is None:
            stem = known[word] = tools.stem(word) if word not in stops and len(word) > 2 else ""
        stems[word] = stem
    # Counted by the C loops of map and Counter: the same counts, in the same order (each stem where
    # its first word first occurs), as counting each distinct word's uses in Python.
    seq = list(map(stems.__getitem__, words))
    counts: Counter[str] = Counter(filter(None, seq))
    if TUNING.story_word_pairs:
        # Two content words in a row, a stop word breaking the run: phrases a story's articles share
        # ("binders full of women", "nuclear talks") say more than either word alone.
        pairs = Counter(map(PAIR_MARK.join, filter(all, pairwise(seq))))
        if TUNING.story_word_pairs != 1:
            pairs = Counter({pair: n * TUNING.story_word_pairs for pair, n in pairs.items()})
        # No stem holds PAIR_MARK, so no pair is a term already: dict.update adds them in C, in the order
        # and with the counts Counter.update gives (which adds each to its count in a loop in Python).
        dict.update(counts, pairs)
    names = _names(text, stems)
    # The body's sentences joined by line breaks: its words are theirs, counted as `Sentence.word_count`.
    return Analysis(counts, names, _forms(text, stems, names, stops), len(text.split()))


@cache
def _term_stems(language: str) -> dict[str, str]:
    """Word -> its stem as a story term ("" for a stop word or a short word), for every word this
    process has met in the language: a folder's documents share most of their words."""
    return {}


def _names(text: str, stems: dict[str, str]) -> set[str]:
    # Plain dicts counted with get(): a Counter's first count of a stem calls its __missing__ in Python,
    # and the pronoun's test is a string's: the loop took 0.07 s of the 0.19 s of finding the names of
    # the speed benchmark's 690 articles, now 0.05 s (the same counts, in the same order).
    inside: dict[str, int] = {}  # uses inside a sentence
    capitalised: dict[str, int] = {}
    for word, n in Counter(_INSIDE.findall(text)).items():
        lower = word.lower()
        stem = stems.get(lower, "")
        if not stem:
            continue
        inside[stem] = inside.get(stem, 0) + n
        capital = word[0].isupper() and not word.isupper() and not word.startswith(_PRONOUN)
        if capital and lower not in _CALENDAR:
            capitalised[stem] = capitalised.get(stem, 0) + n
    return {stem for stem, n in capitalised.items() if n >= NAME_SHARE * inside[stem]}


def _forms(
    text: str, stems: dict[str, str], names: set[str], stops: frozenset[str]
) -> dict[str, Counter[str]]:
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for run, n in Counter(_RUN.findall(text)).items():
        if " " not in run and stems.get(run.lower(), "") not in names:
            continue  # most runs are one capitalised word that names nothing ("The", "But")
        words = _trimmed([w for w in run.split(" ") if w.lower() not in _CALENDAR], stops)
        for at, word in enumerate(words):
            stem = stems.get(word.lower(), "")
            if stem not in names:
                continue
            part = words if len(words) <= HEADING_RUN else _trimmed(words[max(0, at - 2) : at + 3], stops)
            if part:
                # counted with get(), not a Counter's +=, whose first count of a form calls __missing__
                form, counts = _without_possessive(" ".join(part)), forms[stem]
                counts[form] = counts.get(form, 0) + n
    return dict(forms)


def _without_possessive(form: str) -> str:
    """"NBC's" is written "NBC" in a heading, "the Joneses'" "the Joneses": the ends the pattern
    ``['’]s?$`` takes off, read from the end (the pattern was searched from the start of every form)."""
    if form.endswith(_POSSESSIVE):
        return form[:-2]
    return form[:-1] if form.endswith(_APOSTROPHES) else form


def _trimmed(words: list[str], stops: frozenset[str]) -> list[str]:
    """``words`` without the stop words at either end ("The House" -> "House"), but for the few that
    open a name ("New York", "Old Bailey", "First Lady")."""
    start, end = 0, len(words)
    while start < end and words[start].lower() in stops:
        if start + 1 < end and words[start].lower() in _NAME_OPENERS:
            break
        start += 1
    while end > start and words[end - 1].lower() in stops:
        end -= 1
    return words[start:end]


def heading(
    docs: Sequence[int],
    analysed: Sequence[Analysis],
    sources: Sequence[Source],
    stories_naming: Mapping[str, int] | None = None,
    plain: Container[str] = frozenset(),
) -> str:
    """The names most of the story's documents use, as their texts write them ("Mitt Romney"); with
    ``stories_naming`` (name stem -> how many of the folder's stories use it), names the other stories
    use too ("Obama", "American" in a folder of politics) give way to the story's own. A word alone is
    left out when it is a title ("Capt"), a describing word ("Florida-based") or in ``plain``: stems
    the folder's documents mostly use as common words ("Back", "Notes")."""
    in_docs = Counter(stem for d in docs for stem in analysed[d].names)
    # dict.get: most of the story's documents do not use most of its names, and a Counter's look-up of a
    # missing term calls its Python ``__missing__`` (the same sums)
    counts = [analysed[d].counts.get for d in docs]
    uses = Counter({stem: sum(get(stem, 0) for get in counts) for stem in in_docs})
    spread = stories_naming or {}
    ranked = sorted(
        in_docs,
        key=lambda stem: (
            in_docs[stem] < min(2, len(docs)),  # a name one article uses may be that article's aside
            -in_docs[stem] / (1 + TUNING.story_heading_shared * max(0, spread.get(stem, 1) - 1)),
            -uses[stem],
            stem,
        ),
    )
    parts: list[str] = []
    for stem in ranked[: HEADING_NAMES * 3]:
        forms: Counter[str] = Counter()
        for d in docs:
            forms.update(analysed[d].forms.get(stem, {}))
        form = forms.most_common(1)[0][0] if forms else ""
        if " " not in form and (stem in plain or form.lower() in _TITLES or _DESCRIBING.search(form)):
            continue
        words = set(form.lower().split())  # "OSAN AIR BASE" and "Osan Air Base" are one name
        if form and not any(words & set(part.lower().split()) for part in parts):
            parts.append(form)
        if len(parts) == HEADING_NAMES:
            break
    return ", ".join(parts) if parts else sources[docs[0]].title
