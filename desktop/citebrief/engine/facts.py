"""Which sentences state the same fact: the one place that decides it.

Two sentences *state the same fact* (``same_fact``: the brief says it once) when their times agree (not
two different days of the week, not a day this week against last year or another month) and any of:
- their TF-IDF cosine is at least 0.5 (or they are the same words);
- with a cosine of at least 0.3, they share two two-word phrases (more than a name: something said
  alike), or most of the shorter one's content words are in the other;
- with a cosine of at least 0.15, they share a number and more content words: in news, numbers anchor
  facts ("1,200 residents were evacuated" / "About 1,200 people were evacuated during the night");
  or the same day of the week, a count and two plain words ("two officers shot on Sunday night");
- they report one *event* in other words: the same actors (names, as their first letters spell them:
  "Russia" and "Russian" are one) and at least one more thing in common: the same day of the week, or
  words said alike ("Erdogan spoke to Putin by phone" / "Putin and Erdogan discussed Idlib during a
  phone call"). Words for one kind of happening are one word alike ("hurt", "injured", "wounded";
  "killed", "shot dead", "died"), and "Twelve" inside a sentence is part of a name, not a count.
- with a cosine of at least 0.13, they claim one record of one thing, whatever superlative and words
  for the thing tell it ("the largest dinosaur foot ever found" / "the biggest feet of any sauropod");
  "swap" and "exchange", "largest" and "biggest" are one word alike (``event_words.ALIKE``), and a time
  told in an aside between dashes or in brackets ("— indicted last week —") does not date the sentence.
Two articles' opening sentences that share many words state the folder's main news: one fact.
The same event told with other values ("12 killed" / "15 killed") is one fact: the brief says it once.
A sentence whose numbers and nearly all content words the brief has already said (``adds_nothing``:
"Two officers were struck and the suspect was killed" after the shooting was told) tells nothing new.

A sentence *states the fact* of a brief sentence (``states_fact``: it is cited with it) when it says
it alike in words (three content words at least), or tells the same event with its actors (on the same
day, or four of them, a name written out counting once: "USS Fitzgerald" is one ship), or the same day
and count with two words alike (the shooting, the rescue told again); it is not a quote (unless the
brief sentence is); it gives no numbers the brief sentence does not (other values belong side by side,
not among the citations); at least half its words are the brief sentence's, unless both tell one day's
event (a sentence that says much besides states another fact); shared phrases that only name one
thing ("the old Tessel town hall") do not make it say the same; it is a statement fit to stand in a
brief; and, from the shown sentence's own article, it says nearly the same words (a cosine of
``TUNING.own_source_cosine``, or most words alike either way: an article's other sentences on one
event elaborate it, they do not state it). It also tells what the brief sentence's main verb says
happened (``fact_signals.predicate_words``: "has died", "was locked in"), unless it is nearly the same
words, the same day's count or the same day's three people; it tells no other step of the story (the
search for "was found", the charge for "was convicted", the wound for "died"), the plan for what was
done or the reverse, and it is not first-person talk or a quote unless it says that verb. Two sentences
telling two steps of one story are two facts: the brief may say both.
"""

from __future__ import annotations

import itertools
import re

from citebrief.engine.fact_signals import Signals, main_predicate
from citebrief.engine.features import Features
from citebrief.engine.sentence_signals import NAME_PREFIX, signals
from citebrief.engine.tuning import TUNING

_YEAR = re.compile(r"(?:19|20)\d\d")
_QUOTE_MARKS = ('"', "“", "«", "„")


def _times_disagree(a: Signals, b: Signals) -> bool:
    """Two days of the week, a day of this week against another year or month, or "last year" in one
    only: two events."""
    if a.past != b.past:
        return True
    if a.weekdays and b.weekdays:
        return not a.weekdays & b.weekdays
    return bool(a.weekdays and b.dated and not b.weekdays) or bool(b.weekdays and a.dated and not a.weekdays)


def phrases(stems: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(stems))


def containment(a: list[str], b: list[str]) -> float:
    """Share of the smaller stem set that the other contains."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def same_fact(features: Features, a: int, b: int, cosine: float) -> bool:
    """Whether rows ``a`` and ``b`` (whose cosine is given) state the same fact; see the module doc."""
    if features.fingerprints[a] == features.fingerprints[b]:
        return True
    sig_a, sig_b = signals(features, a), signals(features, b)
    if _times_disagree(sig_a, sig_b) or _other_step(sig_a, sig_b) or _other_step(sig_b, sig_a):
        return False  # the search and the finding, the charge and the verdict: the brief may say both
    if _other_happening(sig_a, sig_b):
        return False  # the same people, another happening: the bridge built and the bridge fallen
    if cosine >= TUNING.same_fact_cosine:
        return True
    if cosine >= TUNING.anchor_cosine and sig_a.record & sig_b.record:
        return True  # one record of one thing: "the largest dinosaur foot ever found" / "the biggest feet"
    if cosine >= TUNING.happening_cosine and _same_happening(sig_a, sig_b):
        return True
    if cosine >= TUNING.event_cosine and (_same_event(sig_a, sig_b, cosine) or _two_leads(features, a, b)):
        return True
    if cosine < TUNING.anchor_cosine:
        return False
    return _anchored_event(sig_a, sig_b) or _shared_words(features, a, b, cosine, sig_a, sig_b)


def _other_happening(a: Signals, b: Signals) -> bool:
    """Whether both main verbs (or, without one, main clauses) tell a kind of happening (``event_words``)
    and neither tells one the other sentence speaks of: "will spend a decade behind bars" / "was charged
    with fraud"; "gave way" / "was built"."""
    told_a, told_b = a.act or a.happening, b.act or b.happening
    if not told_a or not told_b:
        return False
    return not told_a & b.events and not told_b & a.events


def _same_happening(a: Signals, b: Signals) -> bool:
    """The same actors, and what one main verb tells happened told by the other's main verb or its
    noun anywhere in it ("annexed" / "backed the annexation"; "blocked" / "froze"; "nominated" /
    "announced as his pick"), with no other values and both done or both to come. A meeting and its
    outcome stay two facts."""
    if (a.meeting and b.outcome and not a.outcome) or (b.meeting and a.outcome and not b.outcome):
        return False
    if a.planned != b.planned or (a.numbers and b.numbers and not a.numbers & b.numbers):
        return False
    told = (a.act & b.events) | (b.act & a.events)  # `events` hold `happening`
    # A title written before a name in one ("City Clerk Kim Lehmkuhl") and plain in the other ("the
    # city clerk") names one person.
    titles = {w[:NAME_PREFIX] for w in b.plain} & a.actors | {w[:NAME_PREFIX] for w in a.plain} & b.actors
    anchored = bool(a.weekdays & b.weekdays) or len(a.actors & b.actors | titles) > TUNING.happening_actors
    if told and not (a.actors and b.actors) and a.weekdays & b.weekdays:
        # "The bodies were found about 12:15 p.m. Tuesday.": a line that names no one tells the happening
        # of that day the other tells with its people, when the thing it happened to is named alike
        return len(a.plain & b.plain - a.counted - b.counted) >= TUNING.anchored_plain_words
    return bool(told) and len(a.actors & b.actors) >= TUNING.happening_actors and anchored


def _anchored_event(a: Signals, b: Signals) -> bool:
    """The same day, the same count and two words alike: one event in other words ("Two officers were
    shot and a suspect was killed on Sunday night" / "On Sunday night a gunfight left two officers
    wounded and the suspect dead")."""
    if not a.weekdays & b.weekdays:
        return False
    counts = {n for n in a.numbers & b.numbers if not _YEAR.fullmatch(n)}
    # "Three people" says "people" with the count: it is not one more word alike.
    return bool(counts) and len((a.plain & b.plain) - a.counted) >= TUNING.anchored_plain_words


def _other_stage(shown: Signals, other: Signals) -> bool:
    """Whether ``other`` tells another stage of the story the brief sentence's verb tells, and not its:
    "police are searching for her" for "she was found safe"; a plan for what was done, or what was done
    for a plan, each as the main verb tells it ("will announce a lawsuit" / "the lawsuit was filed")."""
    return shown.planned != other.planned or _other_step(shown, other)


def _other_step(shown: Signals, other: Signals) -> bool:
    """Whether ``other``'s main clause tells another step of the story ``shown``'s main clause tells, and
    ``other`` does not tell ``shown``'s ("police are searching for her" / "she was found safe")."""
    for said in shown.stage:
        story, _stage = said.split(":")
        if said not in other.stages and any(s.startswith(story + ":") for s in other.stage):
            return True
    return False


def _tells_what_happened(shown: Signals, other: Signals, cosine: float) -> bool:
    """Whether ``other`` says what the brief sentence's main verb says happened ("has died", "was found
    alive"), a word of it or its first letters ("blocked" / "blockaded"), or is close enough in words,
    or tells the same day's count, or the same day's three people (one call told as "discussed", "urged")."""
    if not shown.predicate or cosine >= TUNING.cite_other_verb_cosine or _same_day_count(shown, other):
        return True
    names = len({name for name in shown.names if name & other.actors})
    if shown.weekdays & other.weekdays and names >= TUNING.same_day_names:
        return True
    prefixes = {w[: NAME_PREFIX + 1] for w in shown.predicate if len(w) > NAME_PREFIX}
    return bool(shown.predicate & other.plain) or any(w[: NAME_PREFIX + 1] in prefixes for w in other.plain)


def _same_day_count(a: Signals, b: Signals) -> bool:
    """The same day of the week and the same count: one event, whatever verb tells it ("two officers were
    shot on Sunday night" / "on Sunday night a gunfight left two officers wounded")."""
    return bool(a.weekdays & b.weekdays) and any(not _YEAR.fullmatch(n) for n in a.numbers & b.numbers)


def closest_cosine() -> float:
    """Below this cosine no two sentences state the same fact: what callers need to compare at all."""
    return min(TUNING.event_cosine, TUNING.anchor_cosine)


def _same_event(a: Signals, b: Signals, cosine: float) -> bool:
    """The same actors, and the same day or words said alike: one event told in other words."""
    if (a.meeting and b.outcome and not a.outcome) or (b.meeting and a.outcome and not b.outcome):
        return False
    actors = len(a.actors & b.actors)
    day = bool(a.weekdays & b.weekdays)
    said = len(a.plain & b.plain)
    words = TUNING.event_plain_words
    if actors < 1:  # "a suspect was shot and killed on Monday": no names, so the day and many words
        return day and said >= words + 2
    if actors >= 3 and day:
        return True
    # "Stephen Colbert kicked off ... Russia Week" / "Stephen kicks off 'Russia Week' with ..."
    same_values = actors >= 4 or not a.numbers ^ b.numbers
    if actors >= 3 and cosine >= TUNING.actors_cosine and said >= 1 and same_values:
        return True
    if actors >= 4:  # the same four or more names: fewer words alike make it one event
        return said >= words - 1
    if actors >= 2:
        return (day and said >= 1) or said >= words
    other_values = bool(a.numbers and b.numbers and not a.numbers & b.numbers)
    return (day and said >= words + other_values) or said >= words + 1


def adds_nothing(features: Features, row: int, said_stems: set[str], said_numbers: set[str]) -> bool:
    """Whether ``row`` only repeats what the brief says already: each of its numbers and at least
    ``TUNING.covered_share`` of its content words are in the sentences chosen so far."""
    stems = set(features.stems[row])
    if len(stems) < TUNING.covered_min_stems or not signals(features, row).numbers <= said_numbers:
        return False
    return len(stems & said_stems) >= TUNING.covered_share * len(stems)


def claim_told(features: Features, row: int, chosen: list[int]) -> bool:
    """Whether one chosen sentence already states ``row``'s main claim: all content words of its main
    clause from the verb on ("is the largest dinosaur foot ever found") and all its numbers. What else
    ``row`` says (who said it, when) does not make the claim news again."""
    stems = set(features.tools.content_stems(main_predicate(features.rows[row].text)))
    if len(stems) < TUNING.claim_min_stems:
        return False
    numbers = signals(features, row).numbers
    return any(stems <= set(features.stems[c]) and numbers <= signals(features, c).numbers for c in chosen)


def _two_leads(features: Features, a: int, b: int) -> bool:
    """The opening sentences of two articles in one folder, told in many of the same words: each states
    the folder's main news ("A judge sentenced a veteran to a night in jail and served it with him")."""
    if features.source_of_row[a] == features.source_of_row[b]:
        return False
    if features.positions[a] >= TUNING.lead_positions or features.positions[b] >= TUNING.lead_positions:
        return False
    return len(signals(features, a).plain & signals(features, b).plain) >= TUNING.lead_plain_words


def retells_the_lead(features: Features, lead: int, other: int, cosine: float) -> bool:
    """Whether ``other``, another article's opening sentence, tells the brief's lead news again in other
    words: a little of the same wording and two plain words alike ("A man dove beneath the dress of
    America Ferrera on the red carpet" / "A prankster was dragged off a red carpet after trying to stick
    his head under her skirt"), or three of the lead's people and places in no more words and with no
    number of its own. Only the lead is compared so: any two leads of a folder are alike."""
    if cosine < TUNING.lead_pair_cosine or features.source_of_row[lead] == features.source_of_row[other]:
        return False
    if features.positions[other] >= TUNING.lead_positions:
        return False
    sig_l, sig_o = signals(features, lead), signals(features, other)
    if _times_disagree(sig_l, sig_o):
        return False
    if len(sig_l.plain & sig_o.plain) >= TUNING.lead_pair_plain_words:
        return True
    # The same people and places, told with other words ("requested a pardon ... before he was hanged"
    # / "a handwritten plea for clemency ... dated two days before he was executed"): the same news,
    # unless it brings values of its own (another count is another development) or is the longer one
    # (it says more besides: "Erdogan told Putin the regime must show restraint, where a million fled").
    return (
        len(sig_l.actors & sig_o.actors) >= TUNING.lead_pair_actors
        and sig_o.numbers <= sig_l.numbers
        and bool(features.words[other] <= features.words[lead])
    )


def _shared_words(
    features: Features, a: int, b: int, cosine: float, sig_a: Signals, sig_b: Signals, *, citing: bool = False
) -> bool:
    stems_a, stems_b = features.stems[a], features.stems[b]
    shared = set(stems_a) & set(stems_b)
    all_numbers = {w for w in shared if w[:1].isdigit()}
    # A rank ("No. 1") says where something stands, in any number of charts and polls: no fact's value.
    numbers = all_numbers
    if numbers:
        numbers = numbers - _ranks(features.rows[a].text) - _ranks(features.rows[b].text)
    if numbers:
        others = len(shared) - len(all_numbers)
        # A count or sum ("1,200", "5.4") pins a fact down more than a day of the month or a year.
        telling = any(len(n) >= 3 and not _YEAR.fullmatch(n) for n in numbers)
        if others >= (1 if telling else 2):
            return True
    if cosine < TUNING.overlap_cosine:
        return False
    common = phrases(stems_a) & phrases(stems_b)
    # Two phrases that only spell one name ("Mayor Ines Varga") need more overlap to make a shared fact.
    spread = (
        len({w for pair in common for w in pair}) >= TUNING.shared_phrases + 2
        or cosine >= TUNING.phrase_only_cosine
    )
    plain = sig_a.plain & sig_b.plain
    beyond_names = len(plain) >= 2 or any(w in plain for pair in common for w in pair)
    apart = not citing or _said_apart(stems_a, common, plain, sig_a.plain)
    if len(common) >= TUNING.shared_phrases and spread and beyond_names and apart:
        return True
    return containment(stems_a, stems_b) >= TUNING.containment


_RANK = re.compile(r"\b(?:No\.|#)\s?(\d+)\b")


def _ranks(text: str) -> set[str]:
    return set(_RANK.findall(text))


def _said_apart(
    stems: list[str], common: set[tuple[str, str]], plain: frozenset[str], own_plain: frozenset[str]
) -> bool:
    """Whether the shared phrases say something, not only name one thing: one chain of them that holds
    a name ("the old Tessel town hall") with no other word alike names the same thing, it does not say
    the same of it; "lowered by two metres" says it."""
    marks = [pair in common for pair in itertools.pairwise(stems)]
    chains = sum(1 for i, mark in enumerate(marks) if mark and (i == 0 or not marks[i - 1]))
    in_chain = {w for pair in common for w in pair}
    names_a_thing = any(w not in own_plain and not w[:1].isdigit() for w in in_chain)
    long_chain = len(common) >= TUNING.shared_phrases + 2
    return chains >= 2 or long_chain or bool(plain - in_chain) or not names_a_thing


def _states_alike(
    features: Features, shown: int, other: int, cosine: float, sig_s: Signals, sig_o: Signals
) -> bool:
    """Said alike in words beyond its names, or the same event told with its actors: on the same day
    with three of them (or two and two more words alike), or with four of them and two words alike."""
    said = len(sig_s.plain & sig_o.plain)
    # Words alike that are mostly names ("Council of Twelve Apostles", "Ivan Urgant") are the same people,
    # not the same fact, unless a shared number anchors it.
    alike = said >= TUNING.cited_plain_words or bool(sig_s.numbers & sig_o.numbers)
    if (
        alike
        and cosine >= TUNING.overlap_cosine
        and _shared_words(features, shown, other, cosine, sig_s, sig_o, citing=True)
    ):
        return True
    if cosine < TUNING.cite_same_day_cosine:
        return False
    if _anchored_event(sig_s, sig_o):  # the same day and count: the shooting, the rescue, told again
        return True
    if not _same_event(sig_s, sig_o, cosine):
        return False
    same_day = bool(sig_s.weekdays & sig_o.weekdays)
    # A name written out is one actor, however often: "USS Fitzgerald" and "Yokosuka" are two, not three.
    actors = len({name for name in sig_s.names if name & sig_o.actors})
    if same_day and actors >= 3:
        return True
    if cosine < TUNING.cite_event_cosine:
        return False
    return (same_day and actors >= 2 and said >= 2) or (actors >= 4 and said >= 2)


def _mostly_said(features: Features, shown: int, other: int) -> bool:
    """Whether at least ``TUNING.cited_share`` of ``other``'s content words are in ``shown``."""
    said = set(features.stems[other])
    return len(said & set(features.stems[shown])) >= TUNING.cited_share * len(said)


def states_fact(features: Features, shown: int, other: int, cosine: float) -> bool:
    """Whether ``other`` states the fact of the brief sentence ``shown``: it may be cited with it."""
    if features.fingerprints[shown] == features.fingerprints[other]:
        return True
    if features.readable[other] <= 0 or len(set(features.stems[other])) < TUNING.cited_stems:
        return False  # a caption, a question or a scrap states no fact of its own
    if len(set(features.stems[shown]) & set(features.stems[other])) < TUNING.cited_shared_stems:
        return False  # two words alike in short sentences are a theme, not a fact
    if features.rows[other].text[:1] in _QUOTE_MARKS and features.rows[shown].text[:1] not in _QUOTE_MARKS:
        return False  # a quote tells what someone said, not the reported fact
    sig_s, sig_o = signals(features, shown), signals(features, other)
    if sig_o.talk and not sig_s.talk and not sig_s.predicate & sig_o.plain:
        return False  # someone talking about the event ("we were talking about this") does not report it
    if _other_stage(sig_s, sig_o):
        return False  # the search for the outcome, the charge for the verdict, the wound for the death
    if not _tells_what_happened(sig_s, sig_o, cosine):
        return False  # the same actors, not what happened to them: "was missing" for "has been found"
    if _times_disagree(sig_s, sig_o):
        return False
    if not sig_s.weekdays & sig_o.weekdays and not _mostly_said(features, shown, other):
        return False  # it says much besides: it states another fact, unless both tell one day's event
    if cosine < TUNING.same_fact_cosine and not _states_alike(features, shown, other, cosine, sig_s, sig_o):
        return False
    if not sig_o.numbers <= sig_s.numbers:
        return False  # other values, or more of them: a disagreement or another fact, not a citation
    own_source = features.source_of_row[shown] == features.source_of_row[other]
    return not own_source or cosine >= TUNING.own_source_cosine or _near_copy(features, shown, other)


def _near_copy(features: Features, shown: int, other: int) -> bool:
    """Whether most content words of each of the two sentences are in the other."""
    a, b = set(features.stems[shown]), set(features.stems[other])
    share = TUNING.own_source_share
    return bool(a and b) and len(a & b) >= share * len(a) and len(a & b) >= share * len(b)
