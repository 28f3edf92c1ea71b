"""The engine on real folders: citations, redundancy, length, order, focus and every algorithm."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_folders import write_articles
from citebrief.core import (
    Brief,
    BriefOptions,
    Cancelled,
    CancelToken,
    Corpus,
    LengthUnit,
    UnknownAlgorithmError,
)
from citebrief.engine import ALGORITHMS, summarise
from citebrief.ingest import load_folder


def assert_citations_exact(brief: Brief, corpus: Corpus) -> None:
    for item in brief.items:
        assert item.citations, f"uncited sentence: {item.text}"
        for cit in item.citations:
            source = corpus.source(cit.source_id)
            assert source.text[cit.start : cit.end] == cit.quote
            assert source.sentences[cit.sentence_index].start == cit.start


def assert_right_after_its_predecessor(brief: Brief, at: int) -> None:
    """Item ``at`` comes straight after the sentence before it in its own source."""
    texts = [item.text for item in brief.items]
    assert at > 0, texts
    cit, before = brief.items[at].citations[0], brief.items[at - 1].citations[0]
    assert (before.source_id, before.sentence_index) == (cit.source_id, cit.sentence_index - 1), texts


def brief_texts(corpus: Corpus, words: int, sections: str = "auto") -> list[str]:
    return [item.text for item in summarise(corpus, BriefOptions(length=words, sections=sections)).items]


@pytest.fixture
def corpus(news_folder: Path) -> Corpus:
    return load_folder(news_folder)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_gives_a_cited_brief_within_budget(corpus: Corpus, algorithm: str) -> None:
    brief = summarise(corpus, BriefOptions(algorithm=algorithm, length=60))
    assert brief.items
    assert brief.word_count <= 60
    assert_citations_exact(brief, corpus)


def test_a_fact_told_by_several_sources_is_shown_once_and_cites_them_all(corpus: Corpus) -> None:
    brief = summarise(corpus, BriefOptions(length=200))
    evacuation = [item for item in brief.items if "2,400" in item.text]
    assert len(evacuation) == 1, [i.text for i in brief.items]
    cited_sources = {c.source_id for c in evacuation[0].citations}
    assert {"alpha.txt", "beta.md", "gamma.html"} <= cited_sources


def test_a_paragraph_repeated_in_one_source_is_shown_once_citing_both_copies(corpus: Corpus) -> None:
    brief = summarise(corpus, BriefOptions(length=300))
    inspection = [item for item in brief.items if "routine inspection" in item.text]
    assert len(inspection) == 1
    alpha_cites = [c for c in inspection[0].citations if c.source_id == "alpha.txt"]
    assert len(alpha_cites) == 2


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_no_two_brief_sentences_are_the_same_fact(corpus: Corpus, algorithm: str) -> None:
    brief = summarise(corpus, BriefOptions(algorithm=algorithm, length=400))
    texts = [i.text for i in brief.items]
    assert sum("1961" in t for t in texts) <= 1, texts
    assert sum("three weeks" in t for t in texts) <= 1, texts
    assert sum("two metres" in t for t in texts) <= 1, texts


@pytest.mark.parametrize("words", [1, 15, 40, 80, 500])
def test_word_budget_is_never_exceeded_but_brief_is_never_empty(corpus: Corpus, words: int) -> None:
    brief = summarise(corpus, BriefOptions(length=words))
    assert brief.items
    # only a brief of one sentence may be longer than asked: it is never empty
    assert len(brief.items) == 1 or brief.word_count <= words, (len(brief.items), brief.word_count)


@pytest.mark.parametrize("count", [1, 3, 5])
def test_sentence_budget_is_exact_when_the_sources_allow(corpus: Corpus, count: int) -> None:
    brief = summarise(corpus, BriefOptions(unit=LengthUnit.SENTENCES, length=count))
    assert len(brief.items) == count


def test_dateline_is_left_out_of_the_shown_text_and_of_the_cited_span(news_folder: Path) -> None:
    # The dateline's article alone: in the whole folder another article's wording of that fact is shown.
    corpus = load_folder([news_folder / "gamma.html"])
    brief = summarise(corpus, BriefOptions(length=400))
    assert_citations_exact(brief, corpus)
    assert not any(item.text.startswith("CASTLEBURY") for item in brief.items)
    assert not any(c.quote.startswith("CASTLEBURY") for item in brief.items for c in item.citations)
    # the dateline's sentence is shown exactly as cited
    text = corpus.sources[0].text
    opened = text[text.index("CASTLEBURY") :].split(" - ", 1)[1].split()[:4]
    shown = [item for item in brief.items if item.text.split()[:4] == opened]
    assert shown, "the sentence after the dateline is not in the brief: nothing checked"
    for item in shown:
        assert item.text == " ".join(item.citations[0].quote.split())


def test_headlines_bylines_and_boilerplate_are_not_brief_sentences(corpus: Corpus) -> None:
    brief = summarise(corpus, BriefOptions(length=400))
    texts = " | ".join(i.text for i in brief.items)
    assert "By Dana Holt" not in texts
    assert "Share on Facebook" not in texts
    assert "All news" not in texts


JUNK_PAGE = """<html><head><title>Subscribe to the Castlebury Courier</title></head><body>
<p>We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies and our Privacy Policy.</p>
<p>Sign up for our newsletter to get the latest news about the Merrow dam delivered to your inbox every morning.</p>
<p>Comments are moderated and may take up to 24 hours to appear. Please keep comments about the Merrow dam evacuation civil.</p>
<p>Click here to subscribe. Share this article on Facebook, Twitter or by email.</p>
<p>Copyright 2024 Castlebury Courier. All rights reserved.</p>
</body></html>
"""


@pytest.mark.parametrize("words", [60, 400])
def test_a_junk_page_in_the_folder_gives_the_brief_nothing(news_folder: Path, words: int) -> None:
    clean = summarise(load_folder(news_folder), BriefOptions(length=words))
    (news_folder / "subscribe.html").write_text(JUNK_PAGE, encoding="utf-8")
    corpus = load_folder(news_folder)
    junk = next(s for s in corpus.sources if s.path.endswith("subscribe.html"))
    brief = summarise(corpus, BriefOptions(length=words))
    cited = {c.source_id for item in brief.items for c in item.citations}
    assert junk.id not in cited
    assert "cookies" not in " ".join(i.text for i in brief.items)
    assert [i.text for i in brief.items] == [i.text for i in clean.items]
    assert_citations_exact(brief, corpus)


def test_a_pronoun_opener_without_its_referent_is_avoided(corpus: Corpus) -> None:
    brief = summarise(corpus, BriefOptions(length=80))
    assert all(not i.text.startswith("He said") for i in brief.items)


def test_a_speaker_named_only_by_role_follows_the_sentence_that_names_it(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "monitor",
        {
            "wire.txt": "Shelling hit the town of Varn on Sunday, rescuers said.\n\nThe Kessel Observatory, a war "
            "monitor based in Lund, counted the dead in the town.\n\nThe monitor said twenty air strikes hit "
            "the Varn market on Sunday, killing forty civilians.\n",
            "daily.txt": "Twenty air strikes hit the market of Varn on Sunday and forty civilians were killed, "
            "rescuers said.\n\nAid groups asked for a pause in the fighting.\n",
            "weekly.txt": "Forty civilians were killed when twenty air strikes hit the Varn market on Sunday, "
            "aid groups said.\n\nThe town has been shelled for a month.\n",
        },
    )
    checked = 0
    # In the whole folder other articles state the strikes without leaning on anything; the wire's
    # article alone has only the sentence that does.
    for corpus in (load_folder(folder), load_folder([folder / "wire.txt"])):
        for words in (15, 30, 60, 120):
            texts = brief_texts(corpus, words, sections="off")
            leaning = [at for at, text in enumerate(texts) if text.startswith("The monitor said")]
            for at in leaning:
                assert at > 0 and texts[at - 1].startswith("The Kessel Observatory"), texts
            checked += len(leaning)
    assert checked, "no brief chose the sentence that leans on its predecessor: nothing checked"


def test_staff_credits_are_never_brief_sentences(tmp_path: Path) -> None:
    credit = "\n\nThe Associated Press and staff writer Ann Berg contributed to this report.\n"
    folder = write_articles(
        tmp_path / "credits",
        {
            "one.txt": "The Ilse river flooded the old town of Varn on Tuesday after two days of rain.\n\n"
            "About 300 homes were evacuated, the fire service said." + credit,
            "two.txt": "Floods hit Varn on Tuesday when the Ilse river burst its banks after heavy rain.\n\n"
            "The fire service evacuated about 300 homes in the old town.\n\n"
            "(Reporting by Ann Berg; Editing by Tom Hale)\n",
            "three.txt": "Heavy rain sent the Ilse river over its banks in Varn on Tuesday.\n\n"
            "Volunteers filled sandbags through the night, the mayor said." + credit,
        },
    )
    corpus = load_folder(folder)
    for words in (40, 400):
        texts = " ".join(brief_texts(corpus, words))
        assert "contributed to this report" not in texts
        assert "Reporting by" not in texts
        assert "Varn" in texts


# Every source tells of the tanks only in a sentence that leans on the one before it.
TANKS = {
    "wire.txt": "Talks on the Kessel ceasefire ended without a deal.\n\n"
    "That's when the army moved twenty tanks to the Varn border, officials said.\n\n"
    "Aid convoys reached the city of Lund on Tuesday with food and medicine.\n",
    "daily.txt": "Negotiators gave up on Kessel after a week.\n\n"
    "Then the army moved twenty tanks to the Varn border, officials said.\n\n"
    "Food and medicine reached Lund on Tuesday in a convoy of aid trucks.\n",
    "weekly.txt": "Diplomats went home with no agreement.\n\n"
    "Afterwards the army moved twenty tanks to the Varn border, officials said.\n\n"
    "An aid convoy brought food and medicine to Lund on Tuesday.\n",
}


@pytest.mark.parametrize("words", [40, 60, 200])
def test_a_sentence_that_leans_on_its_predecessor_comes_in_right_after_it(tmp_path: Path, words: int) -> None:
    corpus = load_folder(write_articles(tmp_path / "tanks", TANKS))
    brief = summarise(corpus, BriefOptions(length=words, sections="off"))
    texts = [item.text for item in brief.items]
    leaning = [at for at, text in enumerate(texts) if "twenty tanks" in text]
    # The fact every source reports is in the brief, brought in with the sentence it leans on.
    assert len(leaning) == 1, texts
    assert_right_after_its_predecessor(brief, leaning[0])
    assert_citations_exact(brief, corpus)


def test_agency_photo_captions_are_never_brief_sentences(tmp_path: Path) -> None:
    caption = (
        "\n\nRescue workers carry sandbags along the Ilse river in the old town of Varn, after the river "
        "burst its banks, Tuesday, March 4, 2025.\n\n"
    )
    folder = write_articles(
        tmp_path / "captions",
        {
            "one.txt": "The Ilse river burst its banks in the old town of Varn on Tuesday."
            + caption
            + "About 300 homes were evacuated, the fire service said.\n",
            "two.txt": "Floods hit the old town of Varn on Tuesday when the Ilse river burst its banks."
            + caption
            + "Rescue workers evacuated about 300 homes.\n",
        },
    )
    corpus = load_folder(folder)
    for words in (30, 400):
        texts = brief_texts(corpus, words)
        assert texts and not any("March 4, 2025" in text for text in texts), texts


def test_lines_of_names_only_are_never_brief_sentences(tmp_path: Path) -> None:
    extras = "\n\nStarring Ana Reyes, Omar Kallas, Lena Ortiz and Tom Hale.\n\nAnn Berg, 41, Varn, Kessel.\n"
    folder = write_articles(
        tmp_path / "names",
        {
            "review.txt": "The film Varn opens on Friday after a year of delays at the Kessel studio."
            + extras,
            "news.txt": "After a year of delays at the Kessel studio, the film Varn opens on Friday."
            + extras,
        },
    )
    corpus = load_folder(folder)
    for words in (15, 400):
        texts = brief_texts(corpus, words)
        assert texts and not any("Ana Reyes" in text or "Ann Berg" in text for text in texts), texts


def test_page_furniture_and_transcript_false_starts_are_never_brief_sentences(tmp_path: Path) -> None:
    furniture = (
        "\n\nUpdated: We have added new reports on the Ilse river floods in Varn to this article.\n\n"
        "CLOSE Rescue workers in Varn said the Ilse river floods had reached the old town.\n\n"
        "Well, if-- if you-- if you ask me, the Ilse river floods in Varn were the worst in years.\n\n"
    )
    folder = write_articles(
        tmp_path / "furniture",
        {
            "one.txt": "The Ilse river flooded the old town of Varn on Tuesday after two days of rain."
            + furniture
            + "About 300 homes were evacuated, the fire service said.\n",
            "two.txt": "Floods hit the old town of Varn on Tuesday when the Ilse river burst its banks."
            + furniture
            + "The fire service evacuated about 300 homes.\n",
        },
    )
    corpus = load_folder(folder)
    for words in (20, 400):
        texts = brief_texts(corpus, words)
        assert texts, "the brief is empty"
        for text in texts:
            assert not text.startswith(("Updated:", "CLOSE", "Well, if--")), texts


def test_a_pronoun_subject_after_an_opening_phrase_follows_the_sentence_naming_it(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "marathon",
        {
            "wire.txt": "Ana Reyes won the Varn marathon on Sunday in record time.\n\n"
            "Shortly after crossing the line, she collapsed and was taken to the Varn hospital, officials said.\n",
            "daily.txt": "Thousands of runners lined up for the Varn marathon on Sunday.\n\n"
            "Minutes after her win, she collapsed and was taken to the Varn hospital, officials said.\n",
            "weekly.txt": "The Varn marathon drew a record crowd this year.\n\n"
            "At the finish line, she collapsed and was taken to the Varn hospital, officials said.\n",
        },
    )
    corpus = load_folder(folder)
    checked = 0
    for words in (20, 40, 200):
        brief = summarise(corpus, BriefOptions(length=words, sections="off"))
        leaning = [at for at, item in enumerate(brief.items) if ", she collapsed" in item.text]
        for at in leaning:
            assert_right_after_its_predecessor(brief, at)
        checked += len(leaning)
    assert checked, "no brief chose a sentence that leans on its predecessor: nothing checked"


def test_reading_order_keeps_each_sources_order(corpus: Corpus) -> None:
    brief = summarise(corpus, BriefOptions(length=400))
    last_index: dict[str, int] = {}
    for item in brief.items:
        cit = item.citations[0]
        assert cit.sentence_index > last_index.get(cit.source_id, -1)
        last_index[cit.source_id] = cit.sentence_index


def test_same_input_gives_the_same_brief(news_folder: Path) -> None:
    first = summarise(load_folder(news_folder), BriefOptions(length=120))
    second = summarise(load_folder(news_folder), BriefOptions(length=120))
    assert first.items == second.items


def test_focus_terms_bring_their_sentences_in(corpus: Corpus) -> None:
    plain = summarise(corpus, BriefOptions(length=40))
    focused = summarise(corpus, BriefOptions(length=40, focus=("livestock",)))
    assert not any("livestock" in i.text for i in plain.items)
    assert any("livestock" in i.text for i in focused.items)


# 50 words: the dam's age (12 words) comes with a sentence that says which dam (22), beside the repairs (10)
@pytest.mark.parametrize("words", [50, 120, 300])
def test_a_focused_brief_states_each_focused_fact_once_citing_every_source(
    corpus: Corpus, words: int
) -> None:
    brief = summarise(corpus, BriefOptions(length=words, focus=("strengthened", "repairs")))
    texts = [i.text for i in brief.items]
    dam_age = [i for i in brief.items if "1998" in i.text]
    repairs = [i for i in brief.items if "three weeks" in i.text]
    assert len(dam_age) == 1, texts
    assert {c.source_id for c in dam_age[0].citations} == {"gamma.html", "delta.txt"}
    assert len(repairs) <= 1, texts
    if words >= 120:
        assert len(repairs) == 1, texts
        assert {c.source_id for c in repairs[0].citations} == {"alpha.txt", "beta.md"}


def test_unknown_algorithm_is_a_typed_error(corpus: Corpus) -> None:
    with pytest.raises(UnknownAlgorithmError):
        summarise(corpus, BriefOptions(algorithm="nope"))


def test_a_cancelled_token_stops_the_work(corpus: Corpus) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        summarise(corpus, BriefOptions(), cancel=token)


def test_progress_is_reported_from_start_to_end(corpus: Corpus) -> None:
    seen: list[float] = []
    summarise(corpus, BriefOptions(), progress=lambda fraction, _message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_a_folder_of_headlines_only_still_gives_a_brief(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Storm hits the coast\n\nMore to follow\n", encoding="utf-8")
    corpus = load_folder(tmp_path)
    brief = summarise(corpus, BriefOptions(length=20))
    assert len(brief.items) == 1
    assert_citations_exact(brief, corpus)


def test_sentences_that_share_only_names_are_not_cited_as_one_fact(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "names",
        {
            "bridge.txt": "Mayor Ines Varga and Governor Tomas Brandt of Ostmark opened the new Ilse river bridge "
            "on Friday.\n\nThe bridge cost 40 million euros and took three years to build.\n",
            "budget.txt": "Mayor Ines Varga and Governor Tomas Brandt of Ostmark clashed over school funding at a "
            "council meeting last spring.\n\nTeachers had asked for smaller classes.\n",
            "traffic.txt": "Mayor Ines Varga said the Ilse river bridge would cut traffic in the old town.\n\n"
            "Drivers crossed the bridge for the first time on Friday afternoon.\n",
        },
    )
    corpus = load_folder(folder)
    brief = summarise(corpus, BriefOptions(length=300, sections="off"))
    quotes = {c.quote: item.text for item in brief.items for c in item.citations}
    opened = next(text for quote, text in quotes.items() if "opened the new" in quote)
    clashed = next(text for quote, text in quotes.items() if "clashed over school" in quote)
    assert opened != clashed
    assert_citations_exact(brief, corpus)


def test_a_sentence_sharing_the_names_but_no_words_of_the_fact_is_not_cited(tmp_path: Path) -> None:
    allies = "Governor Tomas Brandt of Ostmark and Mayor Ines Varga of Merrow are old allies."
    folder = write_articles(
        tmp_path / "allies",
        {
            "signing.txt": "Mayor Ines Varga of Merrow met Governor Tomas Brandt of Ostmark in Merrow on Friday "
            "and signed an agreement to rebuild the old dam with federal money before the spring floods.\n\n"
            "The agreement pays for a new spillway.\n",
            "profile.txt": f"{allies}\n\nThey grew up in the same valley.\n",
            "fair.txt": "Mayor Ines Varga and Governor Tomas Brandt will open the Merrow summer fair in July.\n\n"
            "The fair draws 20,000 visitors to Merrow.\n",
            "roads.txt": "Governor Tomas Brandt of Ostmark promised new roads for Merrow last year.\n\n"
            "Mayor Ines Varga of Merrow welcomed the plan.\n",
        },
    )
    corpus = load_folder(folder)
    for words in (60, 200):
        brief = summarise(corpus, BriefOptions(length=words, sections="off"))
        for item in brief.items:
            quotes = [c.quote for c in item.citations]
            assert not (allies in quotes and any("signed an agreement" in q for q in quotes)), item.text
        assert_citations_exact(brief, corpus)


def test_a_call_on_monday_is_not_cited_as_the_call_on_friday(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "calls",
        {
            "wire.txt": "Presidents Ana Reyes and Omar Kallas discussed the Varn ceasefire in a phone call on "
            "Friday, officials said.\n\nThe ceasefire has held for two weeks.\n",
            "daily.txt": "Ana Reyes and Omar Kallas discussed the Varn ceasefire by phone on Friday, the "
            "presidency said.\n\nAid convoys reached Varn for the first time in a month.\n",
            "weekly.txt": "Presidents Ana Reyes and Omar Kallas discussed the Varn ceasefire in a phone call on "
            "Monday, officials said.\n\nAid convoys were still waiting at the border of Varn.\n",
        },
    )
    corpus = load_folder(folder)
    for words in (20, 60, 200):
        brief = summarise(corpus, BriefOptions(length=words, sections="off"))
        for item in brief.items:
            days = {day for day in ("Monday", "Friday") for c in item.citations if day in c.quote}
            assert len(days) <= 1, f"{item.text!r} cites calls on {sorted(days)}"
        friday = next(i for i in brief.items if "Friday" in i.text)
        assert all("Friday" in c.quote for c in friday.citations)
        assert len({c.source_id for c in friday.citations}) == 2
        assert_citations_exact(brief, corpus)


def test_the_tail_of_a_quote_never_stands_without_its_start(tmp_path: Path) -> None:
    tail = 'We warned them about the attacks on hospitals and schools," Foreign Minister Lena Ortiz said.'
    folder = write_articles(
        tmp_path / "quotes",
        {
            "one.txt": "Talks on the Kessel ceasefire resumed in Varn on Monday after a week of shelling.\n\n"
            '"At that point, the army has the duty to stop the attacks on hospitals and schools. '
            + tail
            + "\n\n"
            "Aid groups said hospitals and schools in Kessel had been hit several times.\n",
            "two.txt": "Ceasefire talks on Kessel resumed in Varn on Monday, a week after the shelling began.\n\n"
            "Hospitals and schools in Kessel were hit during the week, aid groups said.\n",
        },
    )
    for words in (40, 80, 400):
        brief = summarise(load_folder(folder), BriefOptions(length=words))
        texts = [i.text for i in brief.items]
        assert tail not in texts or (
            texts.index(tail) > 0 and texts[texts.index(tail) - 1].startswith('"At that')
        )


# Four local notes that each open with news of their own; three of them also report, further down,
# that the Calder bridge will close: the one fact the folder shares.
LOCAL_NOTES = {
    "harbour.txt": "Harbour report\n\nThe ferry timetable for the winter season was published by the port "
    "office on Monday.\n\nTickets will go on sale at the harbour kiosk next week.\n\nThe Calder bridge will "
    "close for six months from April so that its steel deck can be replaced.\n",
    "council.txt": "Town council notes\n\nCouncillors voted to plant two hundred oak trees along the river "
    "path this autumn.\n\nThe library will open on Sundays from next month.\n\nFrom April the Calder bridge "
    "is to be closed for six months while its steel deck is replaced.\n",
    "sport.txt": "Weekend sport\n\nThe rowing club won three races at the regatta on Saturday despite strong "
    "winds.\n\nIts youngest crew is fourteen years old.\n\nThe steel deck of the Calder bridge will be "
    "replaced, closing the bridge for six months from April.\n",
    "market.txt": "Market day\n\nA new cheese stall opened at the Thursday market, selling goats cheese "
    "from the hill farms.\n\nThe stall holder said trade had been brisk.\n",
}


@pytest.mark.parametrize(
    "options", [BriefOptions(length=1, unit=LengthUnit.SENTENCES), BriefOptions(length=25)]
)
def test_a_fact_several_sources_report_outranks_every_articles_own_lead(
    tmp_path: Path, options: BriefOptions
) -> None:
    corpus = load_folder(write_articles(tmp_path / "notes", LOCAL_NOTES))
    brief = summarise(corpus, options)
    assert [i.text for i in brief.items] == [
        "The Calder bridge will close for six months from April so that its steel deck can be replaced."
    ]
    assert {c.source_id for c in brief.items[0].citations} == {"harbour.txt", "council.txt", "sport.txt"}
    assert_citations_exact(brief, corpus)
