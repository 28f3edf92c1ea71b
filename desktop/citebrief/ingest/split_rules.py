"""Sentence-boundary rules news text needs beyond Punkt, as one table.

Punkt decides each period from statistics learned on its training corpus; a few news patterns defeat it
(titles before names, initialisms ending a question's predecessor, quotes continued in lower case,
brackets, ellipses, brand names with "!"). Each rule here is one row: a name, its test (what the text
before a boundary ends with and what the text after it starts with), its effect (join two pieces Punkt
cut apart, or split one it left whole), the languages it is for, and examples and non-examples, each
written as the sentences the whole splitter must give. A new case is a new row with its examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, cached_property

from citebrief.ingest.calendar_words import HOLIDAY, MONTH, TIME_ZONE, WEEKDAY, WEEKDAY_SHORT


class Effect(StrEnum):
    JOIN = "join"  # the boundary Punkt found is not one
    SPLIT = "split"  # a boundary Punkt missed


# Marks that close a quote in the Punkt languages: English, German („…“), French and Spanish («…»),
# Danish (»…«) and single quotes.
_CLOSING_QUOTE = r"[\"”“’‘'»«]"
# Lower-case letters of the scripts the Punkt models cover (Latin with accents, Greek, Cyrillic).
_LOWER = r"[a-zß-öø-ÿα-ωа-яё]"
# How far back the bracket rule looks for its opening bracket: 300 characters, about two long news
# sentences, a bracket opened earlier than that is not this sentence's.
_BRACKET_REACH = 320


@dataclass(frozen=True)
class SplitRule:
    name: str
    before: str  # regex the text before the boundary ends with
    after: str  # regex the text after the boundary (spaces skipped) starts with
    effect: Effect
    examples: tuple[tuple[str, ...], ...]  # sentences the splitter gives where the rule applies
    non_examples: tuple[tuple[str, ...], ...]  # look-alikes where it must not apply
    languages: frozenset[str] | None = None  # None: every language
    why: str = field(default="", compare=False)
    reach: int = 16  # characters the ``before`` test looks back: the longest title, initialism or brand
    # A split rule's quick pre-test: text it cannot act without, fast to search for. It starts with one
    # of `CUE_MARKS` (a look-behind may check what comes before the mark).
    cue: str = ""
    glued: bool = False  # the boundary has no space: its examples are written without one between

    @property
    def joiner(self) -> str:
        """What stands between two sentences at the boundaries this rule is about."""
        return "" if self.glued else " "

    @cached_property
    def _ends_before(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.before})\\Z")

    @cached_property
    def _finds_before(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.before})" + ("" if self.glued else "(?=\\s)"))

    @cached_property
    def _starts_after(self) -> re.Pattern[str]:
        return re.compile(self.after)

    def applies_to(self, language: str) -> bool:
        return self.languages is None or language in self.languages

    def holds_at(self, text: str, left_end: int, right_start: int) -> bool:
        """Whether the test holds at a boundary between ``text[:left_end]`` and ``text[right_start:]``."""
        if not self._starts_after.match(text, right_start):  # the cheaper test first
            return False
        return bool(self._ends_before.search(text[max(0, left_end - self.reach) : left_end]))

    def split_points(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """(end of the first piece, start of the second) wherever this rule splits ``text[start:end]``."""
        for match in self._finds_before.finditer(text, start, end):
            right = match.end()
            while right < end and text[right].isspace() and not self.glued:
                right += 1
            if right < end and self._starts_after.match(text, right, end):
                yield match.end(), right


_ENGLISH = frozenset({"english"})

# Titles that in news always stand before a name; "St." only after a lower-case word or at the start,
# since after a name ("Main St.") it is often a street that ends the sentence.
_TITLES = (
    r"Mt|Mts|Ft|Gov|Govs|Sen|Sens|Rep|Reps|Gen|Lt|Col|Capt|Cmdr|Sgt|Adm|Maj|Rev|Hon|Supt|Prof|Dr|Mr|Mrs|Ms"
)
# Words that open a sentence and never continue a name or an initialism ("U.S. Army", "D.C. police").
_OPENERS = (
    r"How|What|Who|Why|When|Where|Which|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have|"
    r"I|He|She|It|They|We|You|There|This|That|These|Those|But|And|So|Yet|The|Its|His|Her|Their|Our|My|"
    r"No|Nobody|Nothing|Many|Most|Some|All|After|Before|Since|Now|Then|Meanwhile|However|Still|Also|"
    r"Earlier|Later|In|On|At|As|If|While|A|An"
)
# Academic titles the Punkt models do not all know (Danish "dr.", Estonian and Turkish "Dr.", Spanish
# "Dra.", Malayalam "ഡോ."): always before a name.
_ACADEMIC_TITLES = r"Dr|dr|Dra|dra|Prof|prof|Doç|doç|ഡോ"
# Courtesy titles of other languages (Spanish "Sr.", Danish "Hr.", German "Fr.", Dutch "Dhr."); not for
# English, where "Sr." also ends a name ("John Smith Sr.") that may end its sentence.
_COURTESY_TITLES = r"Sr|Sra|Srta|Hr|hr|Fr|Dhr|dhr|Mevr|mevr"
_COURTESY_LANGUAGES = frozenset(
    {"danish", "dutch", "german", "norwegian", "portuguese", "spanish", "swedish", "turkish"}
)
# Abbreviations that in the Punkt languages stand before a number (about, number, page), where some
# models would end the sentence: Dutch "ca. 2", Spanish "aprox. 20".
# The states as news abbreviates them after a town ("Albert Lea, Minn."); those written as initials
# ("N.Y.") are the initialism rules'.
_STATES = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo"
)
# Abbreviations of four letters or more that end in a full stop before a name ("Brig.Gen. Sarah Lee").
_LONG_ABBREVIATIONS = "Sept|Prof|Corp|Dept|Univ|Blvd|Capt|Supt|Assn|Bros|Brig|Lieut|Comdr|Atty|Sgts"
# A town's institutions, named after it and its state ("the Jackson, Miss. Police Department").
_INSTITUTIONS = r"City|County|Police|School|Schools|State|Fire|Sheriff|Public|University|Board|Council|Mayor"
_BEFORE_NUMBER = r"ca|cca|circa|aprox|approx|env|ok|pribl|Nr|nr|No|no|N°|Nº|núm|pág|pag|blz|str|S|s|p|pp"

RULES: tuple[SplitRule, ...] = (
    SplitRule(
        name="title_before_name",
        before=rf"(?:\b(?:{_TITLES})|(?:^|[a-z,;:(]\s)St)\.",
        after=r"[A-Z]",
        effect=Effect.JOIN,
        examples=(
            ("I can see Mt. Fuji from here.",),
            ("They met Gov. Newsom and Sen. Padilla in Sacramento.",),
            ("The team flew to St. Louis on Monday.",),
        ),
        non_examples=(
            ("Fuji is a mountain.", "Mt. Fuji is its name."),
            ("They asked Dr. Lee.", "Mr. Kim agreed."),
        ),
        languages=_ENGLISH,
        why="Punkt's English model has not learned Mt., Gov. or Sen. as abbreviations",
    ),
    SplitRule(
        name="academic_title_before_name",
        before=rf"\b(?:{_ACADEMIC_TITLES})\.",
        after=r"[^\W\d_]",
        effect=Effect.JOIN,
        examples=(
            ("Ifølge dr. Hansen koster projektet to millioner kroner.",),
            ("Prof. Dr. Yılmaz'a göre maliyet yaklaşık 2 milyon lira olacak.",),
            ("ഡോ. രാജൻ യോഗത്തിൽ സംസാരിച്ചു.",),
        ),
        non_examples=(("Hun ringede til Hansen.", "Dr. Berg svarede ikke."),),
        why="several Punkt models never saw these titles, and cut the sentence before the name",
    ),
    SplitRule(
        name="courtesy_title_before_name",
        before=rf"\b(?:{_COURTESY_TITLES})\.",
        after=r"[^\W\d_]",
        effect=Effect.JOIN,
        examples=(
            ("Hr. Jensen og fru Hansen kom sammen.",),
            ("El Sr. García llegó a Madrid el 5 de mayo.",),
        ),
        non_examples=(("Han talte med Jensen.", "Hr. Hansen svarede ikke."),),
        languages=_COURTESY_LANGUAGES,
        why="the courtesy titles of several languages are missing from their Punkt models",
    ),
    SplitRule(
        name="abbreviation_before_number",
        before=rf"\b(?:{_BEFORE_NUMBER})\.",
        after=r"\d",
        effect=Effect.JOIN,
        examples=(
            ("Volgens dr. de Vries kost het project ca. 2 miljoen euro.",),
            ("La Dra. López dijo que el coste será de aprox. 20 millones de euros.",),
            ("You can find it at N°. 1026.253.553.", "That is where the treasure is."),
        ),
        non_examples=(("Het project kost veel.", "2 miljoen euro is te veel."),),
        why="an abbreviation for about, number or page stands before its number, not at a sentence end",
    ),
    SplitRule(
        name="initialism_then_sentence",
        before=r"\b(?!(?:e\.g|i\.e)\.)(?:[A-Za-z]\.){2,}",
        after=rf"(?:{_OPENERS})[\s,]",
        effect=Effect.SPLIT,
        examples=(
            ("I live in the U.S.", "How about you?"),
            ("The meeting ended at 3 p.m.", "It had lasted five hours."),
            ("She moved to Washington, D.C.", "Her family stayed."),
            ("It will appeal to the board in Washington, D.C.", "After that, it goes to court."),
            ("It now ranks near 500 in the U.S.", "Also, its chief faced a complaint."),
        ),
        non_examples=(
            ("The U.S. Army said so.",),
            ("U.S. President Joe Biden spoke.",),
            ("They flew in from the U.K. on Monday.",),
        ),
        languages=_ENGLISH,
        why="an initialism's last period is read as an abbreviation's, so the next sentence is glued on",
        cue=r"\.[A-Za-z]\.",
    ),
    SplitRule(
        name="state_then_sentence",
        before=rf"\b[A-Z][a-z]+, (?:{_STATES})\.",
        # not a date, nor the town's institution ("The Madison, Wis. City Council voted ...")
        after=rf"(?!(?:{WEEKDAY}|{WEEKDAY_SHORT}|{MONTH}|{_INSTITUTIONS})\b)[A-Z]",
        effect=Effect.SPLIT,
        examples=(
            ("The storm closed Interstate 35 through Albert Lea, Minn.", "Iowa activated troops."),
            ("It happened on the bridge in Menasha, Wis.", "Four people were shot."),
            ("He died in Charlottesville, Va.", "He was 89."),
            ("He died in Charlottesville, Va.", "Martin Luther King III said so."),
        ),
        non_examples=(
            ("A truck landed in the median near Oronocco, Minn. Thursday, Dec. 20, 2012.",),
            ("The plant in Dayton, Ohio, closed.",),
            ("The Madison, Wis. City Council voted 12-8 on Tuesday.",),
        ),
        languages=_ENGLISH,
        why="news writes a state after its town with a comma after it inside a sentence (\"Ames, Iowa, "
        "through Albert Lea, Minn., to ...\"), so a state's abbreviation before a capital ends one",
        reach=24,
        cue=rf", (?:{_STATES})\. [A-Z]",
    ),
    SplitRule(
        name="clock_time_then_sentence",
        # not after "the" ("the 7:10 a.m. Amtrak train"), nor before a day, a month, a holiday or a
        # place's time ("4 p.m. New York time")
        before=r"(?<!\bthe )(?<!\bThe )(?<![\d:])\d{1,2}(?::\d\d)? ?[ap]\.m\.",
        after=rf"(?!(?:{WEEKDAY}|{WEEKDAY_SHORT}|{MONTH}|{TIME_ZONE}|{HOLIDAY})\b)"
        r"(?![A-Z][a-z]+(?: [A-Z][a-z]+)? time\b)[A-Z][a-z]",
        effect=Effect.SPLIT,
        examples=(
            ("An explosion was reported at 11:09 a.m.", "Rubble spilled into the street."),
            ("The last call came at 10:45 p.m.", "Valencia del Toro was dead by then."),
            ("The blast came at 11:09 a.m.", "Mayor Karen Bass arrived an hour later."),
        ),
        non_examples=(
            ("The polls close at 8 p.m. Tuesday in most states.",),
            ("The launch is set for 3 p.m. Eastern time.",),
            ("The talks resume at 10 a.m. Moscow time.",),
            ("The deadline is 5 p.m. Oct. 4.",),
            ("The dollar fell against the yen at 4 p.m. New York time on Friday.",),
            ("The show airs at 10 p.m. Thursdays on NBC.",),
            ("Polls close at 8 p.m. Election Day in most states.",),
            ("She took the 7:10 a.m. Amtrak train to Boston.",),
            ("Doors open at 7 p.m. Christmas Eve.",),
        ),
        languages=_ENGLISH,
        why="after a clock time a capital that names no day, month or time zone opens the next sentence",
        reach=20,
        cue=r"\.(?<=[ap]\.)m\. [A-Z]",
    ),
    SplitRule(
        name="initialism_in_a_name",
        before=r"\b(?:[A-Z]\.){2,}",
        after=rf"(?!(?:{_OPENERS})[\s,])[A-Z][a-z]+ [A-Z][a-z]",
        effect=Effect.JOIN,
        examples=(
            ("He was flown to the U.S. Naval Hospital in Yokosuka on Saturday.",),
            ("As we noted above, the U.S. Copyright Office does not register languages.",),
        ),
        non_examples=(
            ("I live in the U.S.", "How about you?"),
            ("She moved to Washington, D.C.", "After That Day, her debut novel, sold well."),
        ),
        languages=_ENGLISH,
        why="Punkt ends a sentence at an initialism before a capitalised name it belongs to",
    ),
    SplitRule(
        name="initialism_then_lower_case",
        before=r"\b(?:[A-Z]\.){2,}",
        after=r"[a-z]+[\s,;:]",
        effect=Effect.JOIN,
        examples=(
            ("It matched the climb of Blaze Presents U.D.A.U.F.L. featuring Barbara Tucker in 2005.",),
            ("Most of the U.S. and Canada was cold.",),
        ),
        non_examples=(
            ("I live in the U.S.", "How about you?"),
            ("She works for the F.B.I.", "Agents like her are rare."),
        ),
        languages=_ENGLISH,
        why="a sentence does not open with a word in lower case, so an initialism before one ends none",
    ),
    SplitRule(
        name="quote_then_lower_case",
        before=rf"[.!?…]\s?{_CLOSING_QUOTE}",
        after=_LOWER,
        effect=Effect.JOIN,
        examples=(
            ('"This is great." she said.',),
            ("“Are you coming?” he asked.",),
            ("« C'est fini. » a-t-il déclaré.",),
        ),
        non_examples=(
            ('"This is great."', "She said it twice."),
            ("“Are you coming?”", "He did not wait."),
        ),
        why="a quote closed inside its marks and continued in lower case is one sentence",
    ),
    SplitRule(
        name="closing_quote_cut_off",
        before=r"[.!?…]",
        after=rf"{_CLOSING_QUOTE}\s+{_LOWER}",
        effect=Effect.JOIN,
        examples=(("„Das ist großartig.“ sagte sie leise.",),),
        non_examples=(("Sie kam.", "„Das ist großartig“, sagte sie."),),
        why="Punkt leaves a German closing mark (“) on the next piece, as if it opened a quote",
    ),
    SplitRule(
        name="inside_brackets",
        before=r"\([^()]*[.!?…][\"”’']?",
        after=r"[^()]{1,300}\)",
        effect=Effect.JOIN,
        examples=(("The mayor (She was elected in May. She is 40.) spoke today.",),),
        non_examples=(
            ("The mayor (elected in May) spoke.", "She is 40."),
            ("He left.", "(He was tired.)", "Then he came back."),
        ),
        why="a sentence inside brackets belongs to the sentence around it",
        reach=_BRACKET_REACH,
    ),
    SplitRule(
        name="bracket_then_lower_case",
        before=r"[.!?…][\"”’']?\)",
        after=_LOWER,
        effect=Effect.JOIN,
        examples=(("He left (he was tired.) and then came back.",),),
        non_examples=(("He left.", "(He was tired.)", "Then he came back."),),
        why="a bracketed sentence closed and continued in lower case is inside its sentence",
    ),
    SplitRule(
        name="ellipsis_then_period",
        before=r"[^\W\d_](?:\.{4}|…\.)",
        after=r"[A-Z]",
        effect=Effect.SPLIT,
        examples=(("I never meant that....", "She left the store."),),
        non_examples=(("I wasn't sure... well, it was late.",),),
        why="an ellipsis followed by a period ends its sentence",
        cue=r"\.\.\.\.|…\.",
    ),
    SplitRule(
        name="ellipsis_then_opener",
        before=r"[^\W\d_](?:\.\.\.|…)",
        after=rf"(?:{_OPENERS})\b",
        effect=Effect.SPLIT,
        examples=(
            ("He paused...", "Then he left the room."),
            ("A footnote offers further explanation…", "The defense believes the official is the mayor."),
        ),
        non_examples=(
            ("The plan was approved... Varga said on Monday.",),
            ("I wasn't sure... well, it was late.",),
        ),
        languages=_ENGLISH,
        why="an ellipsis before a word that opens sentences and never goes on a name ends its sentence",
        cue=r"\.\.\.|…",
    ),
    SplitRule(
        name="glued_sentences",
        # a word in lower case, or a name of four letters or more that is no abbreviation ("Virginia.")
        before=rf"\b(?:[a-z]{{2,}}|(?!(?:{_LONG_ABBREVIATIONS})\.)[A-Z][a-z]{{3,}})[.!?][\"”’]?",
        after=r"(?!(?:Com|Org|Net|Gov|Edu)\b)[A-Z][a-z]*(?:['’][a-z]+)?\.?\s",
        effect=Effect.SPLIT,
        examples=(
            ("He was cited for the violation.", "But when he appealed, the court agreed."),
            ('"We will win," she said.', "The count begins at noon."),
            ("Nobody was hurt!", "It's a miracle, the mayor said."),
            ('She said, "Everybody will be fine."', "Dr. Kolb says many women are ill."),
            ("The woman was a nurse from Virginia.", "Authorities said she died on Monday."),
        ),
        non_examples=(
            ("She typed www.example.com into the browser and waited.",),
            ("The U.S.Army said so on Monday.",),
            ("Prof.Varga spoke on Monday.",),
            ("The march was led by Brig.Gen. Sarah Lee on Monday.",),
            ("The petition on Change.Org drew 40,000 names.",),
        ),
        languages=_ENGLISH,
        why="a source that lost the space after a full stop glues two sentences into one",
        cue=r"[.!?](?<=[a-z][.!?])[\"”’]?[A-Z]",
        reach=20,
        glued=True,
    ),
    SplitRule(
        name="ellipsis_in_sentence",
        before=r"(?:\.\.\.|…|\. \. \.)",
        after=_LOWER,
        effect=Effect.JOIN,
        examples=(
            ("I wasn't sure... well, it was late.",),
            ("He said the plan . . . would wait.",),
        ),
        non_examples=(("I never meant that....", "She left the store."),),
        why="an ellipsis continued in lower case marks a pause, not an end",
    ),
    SplitRule(
        name="name_with_exclamation",
        before=r"\b(?:Yahoo|Jeopardy|Yum)!",
        after=r"\S",
        effect=Effect.JOIN,
        examples=(
            ("Yahoo! is a company.",),
            ("She won on Jeopardy! last night.",),
        ),
        non_examples=(("Wow!", "That was fast."),),
        why="a brand whose name ends in an exclamation mark does not end the sentence",
    ),
)


# A join rule's test as its two bound regex methods and its reach: `SplitRule.holds_at` without a call
# per rule (the joins are tried at every boundary Punkt finds).
_JoinTest = tuple[Callable[[str, int], object], Callable[[str], object], int]


# The marks every split rule's cue starts with. A search for any cue that is told so skips from one of
# them to the next instead of trying every cue at every character: a third of the time on the sentences
# of the speed benchmark's 690 articles (which then searched for cues that could start anywhere).
CUE_MARKS = ".,…!?"


@cache
def rules_for(language: str) -> tuple[tuple[SplitRule, ...], tuple[SplitRule, ...], re.Pattern[str]]:
    """The (join, split) rules for a language, and a pattern that finds where any split rule may act."""
    rules = [r for r in RULES if r.applies_to(language)]
    splits = tuple(r for r in rules if r.effect is Effect.SPLIT)
    anywhere = "|".join(f"(?:{r.cue or r.before})" for r in splits) or r"(?!)"
    cued = splits and all(r.cue for r in splits)
    may_split = re.compile(f"(?=[{CUE_MARKS}])(?:{anywhere})" if cued else anywhere)
    return tuple(r for r in rules if r.effect is Effect.JOIN), splits, may_split


@cache
def _join_tests(language: str) -> tuple[_JoinTest, ...]:
    return tuple((r._starts_after.match, r._ends_before.search, r.reach) for r in rules_for(language)[0])


def _joins(tests: tuple[_JoinTest, ...], text: str, left_end: int, right_start: int) -> bool:
    """Whether some join rule holds at the boundary (as `SplitRule.holds_at`, the cheaper test first)."""
    for starts_after, ends_before, reach in tests:
        if starts_after(text, right_start) and ends_before(text[max(0, left_end - reach) : left_end]):
            return True
    return False


def apply_rules(text: str, spans: Iterable[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Punkt's ``spans`` over ``text`` with the table's joins and splits applied."""
    splits, may_split = rules_for(language)[1:]
    tests = _join_tests(language)
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _joins(tests, text, joined[-1][1], start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    if not splits:
        return joined
    out: list[tuple[int, int]] = []
    for start, end in joined:
        if not may_split.search(text, start, end):  # most sentences: one search, no rule to try
            out.append((start, end))
            continue
        points = sorted({p for rule in splits for p in rule.split_points(text, start, end)})
        for left_end, right_start in points:
            if start < left_end:
                out.append((start, left_end))
                start = right_start
        out.append((start, end))
    return out
