"""Automatic editor's checks on folders the tests write: every brief sentence can be read where it
stands. No person named by surname before their full name, no quoted "we" without its speaker, no web
leftover, and the brief opens with the news."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from article_folders import write_articles
from citebrief.core import Brief, BriefOptions, Corpus
from citebrief.engine import summarise
from citebrief.engine.citebrief_method import _fill_with_central, _Greedy, _quality, fills_the_rest
from citebrief.engine.concepts import concept_weights
from citebrief.engine.features import build_features
from citebrief.engine.order import lead_row, reading_order
from citebrief.engine.selection import Budget
from citebrief.engine.tuning import TUNING
from citebrief.ingest import load_folder

LENGTHS = [25, 40, 60, 90, 150, 250]

# Three reports of one flood; each names the mayor and the engineer in full once, then by surname.
FLOOD = {
    "courier.txt": "Flood defences hold in Merrow\n\n"
    "Mayor Ines Varga ordered the evacuation of 2,400 residents below the Merrow dam on Sunday after cracks "
    "were found in the spillway.\n\n"
    "Chief engineer Tom Hart said the cracks were not yet dangerous but could widen within days.\n\n"
    "Varga said buses would take residents to sports halls in Castlebury overnight.\n\n"
    "Hart said repairs to the spillway would take three weeks and cost about 4 million euros.\n",
    "herald.txt": "Thousands leave homes below cracked dam\n\n"
    "About 2,400 people were evacuated from villages below the Merrow dam on Sunday, the town's mayor, "
    "Ines Varga, said.\n\n"
    "Varga said the evacuation of residents would last at least a week while engineers inspect the spillway.\n\n"
    "Engineers led by Tom Hart found cracks in the spillway during a routine inspection.\n\n"
    "Hart said repairs would take three weeks and cost 4 million euros.\n",
    "post.txt": "Dam cracks force evacuation\n\n"
    "Residents of Lower Merrow were evacuated on Sunday after engineers found cracks in the dam's spillway.\n\n"
    "Varga said sports halls in Castlebury would house the evacuated residents.\n\n"
    "Hart said spillway repairs would take three weeks.\n\n"
    "Heavy rain is forecast for the valley later in the week.\n",
}
PEOPLE = {"Varga": "Ines Varga", "Hart": "Tom Hart"}


def corpus_of(tmp_path: Path, articles: dict[str, str]) -> Corpus:
    return load_folder(write_articles(tmp_path / "folder", articles))


def texts_of(brief: Brief) -> list[str]:
    return [item.text for item in brief.items]


def assert_full_name_first(texts: list[str]) -> None:
    """Each person the brief names is named in full the first time; at least one person is named."""
    first_mentions = [
        (full, next(t for t in texts if re.search(rf"\b{surname}\b", t)))
        for surname, full in PEOPLE.items()
        if any(re.search(rf"\b{surname}\b", t) for t in texts)
    ]
    assert first_mentions, f"no one named: nothing checked in {texts}"
    for full, first in first_mentions:
        assert full in first, texts


@pytest.mark.parametrize("words", LENGTHS)
def test_no_person_is_named_by_surname_before_their_full_name(tmp_path: Path, words: int) -> None:
    corpus = corpus_of(tmp_path, FLOOD)
    assert_full_name_first(texts_of(summarise(corpus, BriefOptions(length=words))))


# The same flood, where one report brings in a video that later sentences call "the video".
FILMED = {
    **FLOOD,
    "tv.txt": "Dam video\n\n"
    "Water poured over the spillway of the Merrow dam on Sunday as 2,400 residents were evacuated.\n\n"
    "A resident filmed a video of the cracks in the spillway of the Merrow dam on Saturday night.\n\n"
    "Engineers said on Sunday that the video showed the cracks in the spillway were widening.\n\n"
    "Buses took the evacuated residents to sports halls in Castlebury on Sunday night.\n",
}


@pytest.mark.parametrize("words", LENGTHS)
def test_no_definite_description_before_what_it_names_is_introduced(tmp_path: Path, words: int) -> None:
    texts = texts_of(summarise(corpus_of(tmp_path, FILMED), BriefOptions(length=words)))
    named = [i for i, t in enumerate(texts) if "the video" in t]
    introduced = [i for i, t in enumerate(texts) if "a video" in t]
    for at in named:
        assert introduced and introduced[0] < at, texts


# The same flood, where one report's "The scans" stand for the radar survey its sentence before told;
# no article names scans before.
SCANNED = {
    **FLOOD,
    "survey.txt": "Radar survey of the dam\n\n"
    "A survey team brought ground radar to the valley late on Saturday.\n\n"
    "The scans showed water seeping under the foundations of the Merrow dam, engineers said on Sunday.\n\n"
    "Buses took the evacuated residents to sports halls in Castlebury on Sunday night.\n",
}


@pytest.mark.parametrize("words", LENGTHS)
def test_a_description_nothing_names_before_comes_with_the_sentence_that_brings_it_in(
    tmp_path: Path, words: int
) -> None:
    brief = summarise(corpus_of(tmp_path, SCANNED), BriefOptions(length=words))
    texts = texts_of(brief)
    for at, item in enumerate(brief.items):
        if item.text.startswith("The scans"):
            assert at > 0 and "radar" in texts[at - 1], texts


QUOTES = {
    "a.txt": "Fishermen protest harbour closure\n\n"
    "Fishermen in Port Alder blocked the harbour entrance with forty boats on Monday to protest against "
    "its planned closure.\n\n"
    "Their leader, Rosa Feld, said the closure of the harbour would end fishing in Port Alder.\n\n"
    '"We will not leave the harbour until the closure is cancelled," she said.\n\n'
    "The council says the harbour closure will save 2 million euros a year.\n",
    "b.txt": "Boats block Port Alder harbour\n\n"
    "Forty fishing boats blocked the harbour of Port Alder on Monday in protest at the closure plan.\n\n"
    "Fishermen said the harbour closure would end fishing in the town.\n\n"
    '"Our boats will stay in the harbour entrance until the closure is cancelled," one of them said.\n\n'
    "The council expects the closure to save 2 million euros a year.\n",
    "c.txt": "Harbour protest\n\n"
    "The harbour of Port Alder was blocked by forty boats on Monday as fishermen protested the closure.\n\n"
    '"We will stay in the harbour until the closure is cancelled," a fisherman told reporters.\n\n'
    "The council said the harbour closure would save 2 million euros a year.\n",
}
_FIRST_PERSON_IN_QUOTE = re.compile(r"[\"“][^\"”]*\b(?:We|we|Our|our|I|my|us)\b")


@pytest.mark.parametrize("words", LENGTHS)
def test_no_quoted_we_without_its_speaker(tmp_path: Path, words: int) -> None:
    corpus = corpus_of(tmp_path, QUOTES)
    brief = summarise(corpus, BriefOptions(length=words))
    texts = texts_of(brief)
    for at, item in enumerate(brief.items):
        if not _FIRST_PERSON_IN_QUOTE.search(item.text):
            continue
        # "she said" or "one of them said": the sentence right before names the speaker.
        own = item.citations[0]
        assert at > 0, texts
        before = brief.items[at - 1].citations[0]
        assert (before.source_id, before.sentence_index) == (own.source_id, own.sentence_index - 1), texts


LEFTOVERS = (
    "1 of 109 Full Screen Autoplay Close Skip Ad The spillway of the Merrow dam is seen on Sunday.",
    "Donald Trump Donald John Trump Jr. getting ok to speak at UNT MORE praised the Merrow dam engineers.",
    "The Merrow dam evacuation went on (MORE: Dam repairs in the valley) through the night.",
    "You can add location information to your Tweets, such as your city or precise location, from the web.",
    "Dam engineers praised. pic.twitter.com/tXjogmHIfH — Tom Hart (@tomhart) June 2, 2025",
    "MAYOR VARGA: We evacuated every resident below the Merrow dam on Sunday night.",
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
    "Engineers inspected the spillway [Via Merrow Courier photo desk] of the Merrow dam on Sunday.",
    "BREAKING NEWS UPDATE Residents below the Merrow dam were evacuated on Sunday.",
    "Get the Courier app for iPhone and iPad to follow the Merrow dam evacuation!",
    "Mike Winter of the Merrow dam authority said.",
    "Mayor Ines Varga speaks to residents below the Merrow dam in Castlebury on June 17, 2025.",
    "Evacuation Bus Routes: The first buses leave the Merrow dam car park for Castlebury at six.",
    "KARE-TV video shows water pouring over the spillway of the Merrow dam on Sunday.",
    "Mayor Ines Varga said on Merrow Radio Sunday night.",
    "Residents shared the dramatic image below of the water over the Merrow dam spillway.",
    "In this Sunday, June 15, 2025, photo, residents leave their homes below the Merrow dam.",
)


@pytest.mark.parametrize("words", LENGTHS)
def test_no_web_leftover_is_a_brief_sentence(tmp_path: Path, words: int) -> None:
    articles = dict(FLOOD)
    articles["web.txt"] = "Merrow dam evacuation\n\n" + "\n\n".join(LEFTOVERS) + "\n"
    corpus = corpus_of(tmp_path, articles)
    texts = texts_of(summarise(corpus, BriefOptions(length=words)))
    for leftover in LEFTOVERS:
        assert all(leftover[:40] not in text for text in texts), texts


# Each article opens with a scene, a quote or background; only its second sentence (or one source's
# first) states the news.
NEWS = {
    "one.txt": "Bridge collapse\n\n"
    "The river was calm on Tuesday morning, as it usually is.\n\n"
    "The Calder road bridge collapsed into the river on Tuesday, injuring 14 people in two cars and a bus.\n\n"
    '"It went down like a house of cards," said Ana Ruiz, who lives near the bridge.\n',
    "two.txt": "Calder bridge falls\n\n"
    "The Calder road bridge collapsed on Tuesday, sending two cars and a bus into the river and injuring "
    "14 people.\n\n"
    "The bridge was built in 1932 and last inspected in 2019.\n",
    "three.txt": "Questions after collapse\n\n"
    '"Nobody expected this," a council spokesman said of the Calder bridge.\n\n'
    "Fourteen people were injured when the Calder road bridge collapsed into the river on Tuesday.\n\n"
    "The bridge was built in 1932 and carried 9,000 vehicles a day.\n",
}


@pytest.mark.parametrize("words", [40, 80, 150])
def test_the_brief_opens_with_the_news(tmp_path: Path, words: int) -> None:
    corpus = corpus_of(tmp_path, NEWS)
    texts = texts_of(summarise(corpus, BriefOptions(length=words)))
    assert "collapsed" in texts[0] and "Tuesday" in texts[0], texts


CALLS = {
    "one.txt": "Leaders talk\n\n"
    "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the fighting in "
    "Idlib during a phone call on Friday, the Turkish presidency said.\n\n"
    "Idlib is the last rebel-held province in Syria.\n\n"
    "Aid groups warned of a humanitarian disaster in the province.\n",
    "two.txt": "Erdogan calls Putin\n\n"
    "Erdogan pressed his Russian counterpart Putin in a telephone conversation on Friday to halt the "
    "regime's assault on Idlib and discuss the fighting.\n\n"
    "Aid groups said the fighting in the province had become a humanitarian disaster.\n\n"
    "Erdogan and Putin also spoke by phone on Monday about trade.\n",
    "three.txt": "Call on Idlib\n\n"
    "In a phone call on Friday, Erdogan told Putin that the fighting in Idlib must end, Turkish officials "
    "said.\n\n"
    "Aid groups fear a humanitarian disaster in Idlib province, home to three million people.\n",
}


@pytest.mark.parametrize("words", [40, 80, 150])
def test_one_call_told_three_ways_is_said_once_and_cites_every_source(tmp_path: Path, words: int) -> None:
    corpus = corpus_of(tmp_path, CALLS)
    brief = summarise(corpus, BriefOptions(length=words))
    texts = texts_of(brief)
    friday = [item for item in brief.items if "Friday" in item.text]
    assert len(friday) == 1, texts
    assert {c.source_id for c in friday[0].citations} == {"one.txt", "two.txt", "three.txt"}, texts
    assert all("Monday" not in c.quote for c in friday[0].citations)


PRANK = {
    "wire.txt": "Prank at the festival\n\n"
    "A man rushed onto the red carpet at the Lumen Film Festival on Friday and dove beneath the dress of "
    "actress Nora Vale before guards pulled him away.\n\n"
    "The festival opened on Thursday with a gala for its fiftieth year.\n\n"
    "Organisers said the man had a press pass and would be banned from all screenings.\n",
    "blog.txt": "Festival prank\n\n"
    "A known prankster was dragged off a red carpet after trying to stick his head under the skirt of "
    "Nora Vale at the premiere of her new film.\n\n"
    "He has pulled similar stunts at award shows in three countries.\n\n"
    "Vale laughed about it later with reporters.\n",
    "daily.txt": "Vale accosted\n\n"
    "Nora Vale was at the Lumen Film Festival to present her new film, a drama about two sisters.\n\n"
    "Organisers said the man had a press pass and would be banned from all screenings.\n\n"
    "The film premieres in cinemas next month.\n",
}


@pytest.mark.parametrize("words", [60, 100, 150])
def test_the_news_is_not_told_again_by_another_articles_lead(tmp_path: Path, words: int) -> None:
    corpus = corpus_of(tmp_path, PRANK)
    texts = texts_of(summarise(corpus, BriefOptions(length=words)))
    retold = [t for t in texts if "dove beneath the dress" in t or "head under the skirt" in t]
    assert len(retold) == 1, texts


FLOODED = {
    "a_wire.txt": "Dam breaks\n\n"
    "The Merrow dam broke on Tuesday night, flooding 300 homes in the valley below, officials said.\n\n"
    '"We lost everything in one night," said resident Jo Lee, whose house stood by the river.\n\n'
    "The dam was built in 1961 and last inspected in 2015.\n",
    "b_daily.txt": "Valley flooded\n\n"
    "Floodwater from the broken Merrow dam covered 300 homes in the valley on Tuesday night.\n\n"
    "Engineers closed the valley road on Wednesday as the water kept rising toward the town.\n\n"
    "Army trucks brought sandbags to the town hall on Wednesday afternoon.\n",
}


def test_developments_come_before_reactions(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, FLOODED)
    texts = texts_of(summarise(corpus, BriefOptions(length=150, sections="off")))
    quote = next(i for i, t in enumerate(texts) if "We lost everything" in t)
    road = next(i for i, t in enumerate(texts) if "closed the valley road" in t)
    assert road < quote, texts


# The news is the second sentence of its article; the first sets the scene.
COUNT = {
    "one.txt": "Count goes on\n\n"
    "Ballots in the close Senate race were still being counted in Maricopa County, home to Phoenix, on "
    "Thursday.\n\n"
    "Representative Ana Sinema took a narrow lead of 9,610 votes over Representative Martha Sally in the "
    "Senate race on Thursday evening as officials in Maricopa County counted more ballots.\n\n"
    "About 400,000 ballots are still to count across the state, most of them in Maricopa County.\n",
    "two.txt": "Senate race\n\n"
    "Election officials said the count of ballots in the Senate race would go on for days.\n\n"
    "Sinema's campaign said her narrow lead in the Senate race would hold as Maricopa County counted.\n",
}


def test_the_news_reads_before_its_articles_scene_setter(tmp_path: Path) -> None:
    features = build_features(corpus_of(tmp_path, COUNT))
    texts = [r.text for r in features.rows]
    scene = next(i for i, t in enumerate(texts) if t.startswith("Ballots in the close Senate race"))
    news = next(i for i, t in enumerate(texts) if t.startswith("Representative Ana Sinema"))
    rest = next(i for i, t in enumerate(texts) if t.startswith("About 400,000"))
    rows = [scene, news, rest]
    lead = lead_row(features, concept_weights(features, frozenset()), among=rows)
    assert lead == news
    assert reading_order(features, rows, lead) == [news, scene, rest]


# Two reports of a search, written before the boy was found, and one of the finding.
SEARCH = {
    "early.txt": "Boy missing\n\n"
    "Police and volunteers are searching the woods around Lake Vessa for the missing schoolboy Tomas Ruel, "
    "who vanished on a class trip near the lake on Friday.\n\n"
    "Volunteers from three villages joined the search for Tomas Ruel at Lake Vessa on Saturday.\n",
    "later.txt": "Search goes on\n\n"
    "Divers and police searched the lake and the woods around Lake Vessa for the missing schoolboy Tomas "
    "Ruel on Saturday.\n\n"
    "Tomas Ruel vanished near Lake Vessa during a class trip on Friday, his school said.\n",
    "found.txt": "Boy found alive\n\n"
    "Hikers found the missing schoolboy Tomas Ruel alive near Lake Vessa on Sunday, two days after he "
    "vanished on a class trip.\n\n"
    "The boy was cold and hungry but unharmed, the police said.\n",
}


@pytest.mark.parametrize(
    ("outdated", "news"),
    [
        ("Police and volunteers are searching the woods", "Hikers found the missing schoolboy"),
        ("Divers and police searched the lake", "Hikers found the missing schoolboy"),
    ],
)
def test_the_later_development_leads_and_the_superseded_line_follows_it(
    tmp_path: Path, outdated: str, news: str
) -> None:
    features = build_features(corpus_of(tmp_path, SEARCH))
    texts = [r.text for r in features.rows]
    old = next(i for i, t in enumerate(texts) if t.startswith(outdated))
    new = next(i for i, t in enumerate(texts) if t.startswith(news))
    lead = lead_row(features, concept_weights(features, frozenset()))
    assert lead == new
    assert reading_order(features, [old, new], None) == [new, old]


# The lead's news told in passing by a sentence the folder's shared words favour.
VERDICT = {
    "court.txt": "Banker jailed\n\n"
    "A court in Vell sentenced the banker Ada Morrow to eight years in prison on Tuesday for fraud at her "
    "bank.\n\n"
    "The court heard that Morrow took money from hundreds of savers over ten years.\n",
    "reaction.txt": "A warning\n\n"
    "Prosecutors said the verdict against the banker Ada Morrow, jailed in Vell on Tuesday for fraud at "
    "her bank, was \u201ca warning to every banker in the country\u201d.\n\n"
    "Savers who lost money at the bank in Vell met on Wednesday to plan a claim for damages.\n",
}


@pytest.mark.parametrize(
    ("taken", "instead"),
    [
        ("Prosecutors said the verdict", "A court in Vell sentenced"),  # the news in passing: the lead
        ("Savers who lost money", "Savers who lost money"),  # another fact: itself
    ],
)
def test_a_sentence_telling_the_leads_news_in_passing_gives_way_to_the_lead(
    tmp_path: Path, taken: str, instead: str
) -> None:
    features = build_features(corpus_of(tmp_path, VERDICT))
    texts = [r.text for r in features.rows]
    weights = concept_weights(features, frozenset())
    greedy = _Greedy(features, BriefOptions(length=100), weights, np.ones(len(texts)))
    greedy.lead = lead_row(features, weights)
    row = next(i for i, t in enumerate(texts) if t.startswith(taken))
    assert [texts[r] for r in greedy.in_lead_words([row])][-1].startswith(instead)


_FILLER = {
    "a_wire.txt": "Dam holds\n\n"
    "The Merrow dam held through the night on Sunday after a week of rain, engineers said.\n\n"
    "Engineer Ines Varga went up the hill by the lake at first light.\n\n"
    "She found two new cracks in the Merrow dam after the week of rain, engineers said on Monday.\n",
    "b_daily.txt": "Merrow dam held\n\n"
    "Engineers said the Merrow dam held on Sunday night after a week of heavy rain.\n\n"
    "Residents of Merrow returned to their homes on Monday.\n",
}


def _filled(tmp_path: Path, inspector: str) -> list[str]:
    """The brief's lines once the lead is taken and the most central lines fill 200 words."""
    articles = {name: text.replace("Engineer Ines Varga", inspector) for name, text in _FILLER.items()}
    features = build_features(corpus_of(tmp_path, articles))
    texts = [r.text for r in features.rows]
    weights = concept_weights(features, frozenset())
    greedy = _Greedy(features, BriefOptions(length=200), weights, _quality(features))
    greedy.take([next(i for i, t in enumerate(texts) if t.startswith("The Merrow dam held"))])
    rows = np.flatnonzero(features.readable > 0)
    _fill_with_central(greedy, rows, 1, np.ones(len(texts)))
    return [texts[r] for r in greedy.guard.chosen]


def test_the_rest_of_the_length_takes_a_sentence_with_the_one_it_leans_on(tmp_path: Path) -> None:
    """When coverage has nothing left to add, the most central lines fill the length: a line that leans
    on its predecessor comes with it."""
    shown = _filled(tmp_path, "Engineer Ines Varga")
    assert any(t.startswith("She found") for t in shown)
    assert any(t.startswith("Engineer Ines Varga") for t in shown)


def test_the_rest_of_the_length_takes_no_pair_that_reads_unclear(tmp_path: Path) -> None:
    """... but not when either line reads unclear alone ("our engineer" in the article's own voice)."""
    shown = _filled(tmp_path, "Our engineer Ines Varga")
    assert not any(t.startswith("She found") for t in shown)


@pytest.mark.parametrize(
    ("used", "limit", "smallest", "fills"),
    [
        (60, 150, 10, True),  # far from its length: the most central lines fill it
        (110, 150, 10, True),
        (125, 150, 10, False),  # near its length: a line added now is a weak last line
        (145, 150, 10, False),  # nothing fits any more
        (5, 10, 10, False),
    ],
)
def test_the_rest_of_the_length_is_filled_only_far_from_it(
    used: int, limit: int, smallest: int, fills: bool
) -> None:
    assert TUNING.fill_below == 0.8  # the table's rows sit either side of it
    budget = Budget.of(BriefOptions(length=limit))
    budget.used = used
    assert fills_the_rest(budget, smallest) is fills


_LONG_LEAD = {
    "a_wire.txt": "Dam holds\n\n"
    "The Merrow dam held through the night on Sunday after a week of heavy rain that flooded the valley "
    "below the town, forced three hundred families from their homes and closed the main road to the "
    "coast, engineers said.\n\n"
    "Residents of Merrow returned home on Monday.\n",
    "b_daily.txt": "Merrow dam held\n\n"
    "Engineers said the Merrow dam held on Sunday night after a week of heavy rain that flooded the valley "
    "below the town and forced three hundred families from their homes.\n",
}


@pytest.mark.parametrize(("length", "filled"), [(37, False), (70, True)])
def test_a_brief_near_its_length_ends_without_a_central_filler(
    tmp_path: Path, length: int, filled: bool
) -> None:
    """The 30-word lead fills most of a 37-word brief: the 7-word central line that still fits is not
    added (it is when the lead fills less of the length)."""
    brief = summarise(corpus_of(tmp_path, _LONG_LEAD), BriefOptions(length=length))
    texts = [item.text for item in brief.items]
    assert texts[0].startswith(("The Merrow dam held through", "Engineers said the Merrow dam"))
    assert ("Residents of Merrow returned home on Monday." in texts) is filled
