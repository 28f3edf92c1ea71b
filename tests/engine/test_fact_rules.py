"""Each same-fact and citation rule of ``engine.facts``, one table of sentence pairs per rule: the pairs
the rule is for and the near misses it must keep apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.core.model import BriefOptions
from citebrief.engine import facts
from citebrief.engine.citebrief_method import _Greedy, _quality
from citebrief.engine.concepts import concept_weights
from citebrief.engine.fact_signals import stages
from citebrief.engine.features import build_features
from citebrief.ingest import load_folder

# Other articles of the folder, on other news: words are weighed as in a folder of many sentences.
_OTHER_NEWS = (
    "The city council approved a new budget for schools and libraries on Monday.",
    "A local bakery won a national prize for its rye bread.",
    "Train services between the two cities will be cut during the summer works.",
    "The museum will open a new wing for modern art next spring.",
    "Farmers expect a smaller wheat harvest after a wet spring.",
    "The football club signed a young striker from a rival team.",
)


def _with_other_news(folder: Path, articles: dict[str, str]) -> Path:
    """``folder`` holding ``articles`` (file name -> text) and other articles on other news: words are
    weighed as in a folder of many sentences."""
    folder.mkdir()
    for name, text in {**articles, **{f"other{n}.txt": t for n, t in enumerate(_OTHER_NEWS)}}.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def _verdicts(folder: Path, first: str, second: str) -> tuple[bool, bool]:
    """(same fact?, would ``first`` in the brief cite ``second``?) for two articles of one sentence,
    in a folder with other articles on other news."""
    features = build_features(load_folder(_with_other_news(folder, {"a.txt": first, "b.txt": second})))
    assert [r.source.id for r in features.rows[:2]] == ["a.txt", "b.txt"]
    cosine = float((features.vectors[0] @ features.vectors[1].T).toarray()[0, 0])
    return facts.same_fact(features, 0, 1, cosine), facts.states_fact(features, 0, 1, cosine)


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        # One ship and one port: two names, however many capitalised words spell them.
        (
            "The frigate HMS Corran was back at its home port in Marlow Bay by sunset on Saturday, its crew lined "
            "up on deck.",
            "The HMS Corran heads to Marlow Bay, home of the northern fleet, beside a tugboat off the cape on "
            "Saturday.",
            False,
        ),
        # One lawyer and one client, each named twice, on one day: two people, and two remarks.
        (
            "Tom Baird, Reyes' lawyer, said Monday that Reyes felt threatened and will plead not guilty.",
            "Reyes' lawyer, Tom Baird, said Monday that his client had been chased by another car before the "
            "crash.",
            False,
        ),
        # Three people named apart, on one day, in one phone call.
        (
            "Brenner, Holm and Ostrova discussed the border crisis in a phone call on Friday.",
            "Ostrova urged Brenner and Holm on Friday to keep the border open.",
            True,
        ),
    ],
)
def test_a_name_written_out_is_one_actor(tmp_path: Path, shown: str, other: str, cited: bool) -> None:
    assert _verdicts(tmp_path / "pair", shown, other)[1] is cited


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        (
            "The changes will need to be approved by the president and the Council of Twelve Apostles.",
            "In the church the president appoints a successor; if the outgoing president appoints none, the "
            "Council of Twelve Apostles nominates a successor from among its members.",
            False,
        ),
        # A count at the start of a sentence is still a count.
        (
            "Twelve climbers were rescued from the north face of Mount Orrin on Sunday.",
            "Rescuers brought twelve climbers down from the north face of Mount Orrin on Sunday.",
            True,
        ),
    ],
)
def test_a_capitalised_number_inside_a_sentence_is_part_of_a_name(
    tmp_path: Path, shown: str, other: str, cited: bool
) -> None:
    assert _verdicts(tmp_path / "pair", shown, other)[1] is cited


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "A fire destroyed the roof of the old Tessel town hall overnight.",
            "The old Tessel town hall was built by the Harrow family.",
            False,
        ),
        (
            "The Brisk Valley reservoir is at its lowest level in decades.",
            "The Brisk Valley reservoir supplies water to 300,000 people.",
            False,
        ),
        # One stretch of plain words alike says something of it.
        (
            "The reservoir is being lowered by two metres to ease the strain on the cracked wall.",
            "Engineers said the reservoir will be lowered by two metres over the coming days.",
            True,
        ),
        # The same phrases in two places of the sentence still say the same thing.
        (
            "The harbour wall at Port Alder collapsed in a storm, flooding the fish market.",
            "A storm brought down the harbour wall at Port Alder and the fish market was flooded.",
            True,
        ),
    ],
)
def test_one_named_thing_alike_does_not_state_the_fact(
    tmp_path: Path, first: str, second: str, same: bool
) -> None:
    assert _verdicts(tmp_path / "pair", first, second)[1] is same


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        (
            "Divers rescued twelve miners trapped in a flooded coal pit near Karvel on Sunday.",
            "On Sunday rescue divers pulled all twelve trapped coal miners from the flooded pit at Karvel.",
            True,
        ),
        (
            "A gunman opened fire at a bus station in Orlen on Thursday, killing three people.",
            "Three people were shot dead when a man began shooting inside the Orlen bus terminal on Thursday.",
            True,
        ),
        # Another day, or another count: not the shown event.
        (
            "Divers rescued twelve miners trapped in a flooded coal pit near Karvel on Sunday.",
            "Twelve miners were trapped on Wednesday when water burst into the Karvel pit.",
            False,
        ),
        (
            "A gunman opened fire at a bus station in Orlen on Thursday, killing three people.",
            "A gunman killed four people at a bus station in Orlen on Thursday.",
            False,
        ),
    ],
)
def test_one_day_and_one_count_make_an_event_cited(tmp_path: Path, shown: str, other: str, cited: bool) -> None:
    assert _verdicts(tmp_path / "pair", shown, other)[1] is cited


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "Three people were shot dead when a man began shooting inside the Orlen bus terminal on Thursday.",
            "On Thursday a shooter killed three travellers at the main bus station in Orlen.",
            True,
        ),
        (
            "Two walkers were hurt by falling rocks on the Keld path on Saturday.",
            "Falling rocks injured two walkers on the Keld path on Saturday.",
            True,
        ),
        (
            "Three people were shot dead at the Orlen bus terminal on Thursday.",
            "Three people were honoured at the Orlen bus station on Thursday for stopping a thief.",
            False,
        ),
        # Charges dropped are charges dismissed; a price that dropped is another matter.
        (
            "Judge Ada Morrow dismissed the murder charges against Dr. Tom Hart on Tuesday.",
            "The defence convinced the judge to drop three murder charges against Hart.",
            True,
        ),
        (
            "Judge Ada Morrow dismissed the murder charges against Dr. Tom Hart on Tuesday.",
            "Shares of Hart's clinic dropped after the murder charges against him.",
            False,
        ),
        # A judge tapped for a court is a judge picked for it.
        (
            "Governor Ines Varga has announced Judge Tom Hart of Merrow as her pick for the state Supreme Court.",
            "Governor Ines Varga on Tuesday tapped Judge Tom Hart for the state's highest court, elevating a "
            "49-year-old appeals judge who has served for a decade to replace the late Justice Ada Morrow.",
            True,
        ),
    ],
)
def test_words_for_one_kind_of_happening_are_alike(tmp_path: Path, first: str, second: str, same: bool) -> None:
    assert _verdicts(tmp_path / "pair", first, second)[0] is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "In a call on Monday, Holm told Brenner that the border must stay open.",
            "Brenner and Holm agreed on Monday to reopen two border crossings.",
            False,
        ),
        (
            "Brenner and Holm discussed the border crisis in a telephone call on Monday.",
            "In a call on Monday, Holm told Brenner that the border crisis must end.",
            True,
        ),
    ],
)
def test_a_call_and_what_it_agreed_are_two_facts(tmp_path: Path, first: str, second: str, same: bool) -> None:
    assert _verdicts(tmp_path / "pair", first, second)[0] is same


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        # Half its words are another fact's: critics' view of crops, not where ethanol comes from.
        (
            "Nearly all ethanol fuel is made from corn or sugarcane, which needs vast tracts of land and huge "
            "quantities of water and fertilizer.",
            "Critics say growing crops for fuel is energy-hungry and takes up vast tracts of farmland, using too "
            "much water and fertilizer.",
            False,
        ),
        (
            "The legal bills have been paid by the steelworkers union.",
            "The steelworkers union has been paying the legal bills of the players.",
            True,
        ),
        # One day's event told with many other words is still cited.
        (
            "Divers rescued twelve miners trapped in a flooded coal pit near Karvel on Sunday.",
            "On Sunday rescue teams pulled twelve coal miners alive from the flooded Karvel pit, where a broken "
            "pump had let muddy water rise through old tunnels and side shafts overnight.",
            True,
        ),
    ],
)
def test_a_sentence_that_says_much_besides_is_not_cited(
    tmp_path: Path, shown: str, other: str, cited: bool
) -> None:
    assert _verdicts(tmp_path / "pair", shown, other)[1] is cited


def _own_article_verdict(folder: Path, shown: str, other: str) -> bool:
    """Whether ``shown`` would cite ``other`` when an article says both, one after the other."""
    features = build_features(load_folder(_with_other_news(folder, {"a.txt": f"{shown} {other}"})))
    assert [r.text for r in features.rows[:2]] == [shown, other]
    cosine = float((features.vectors[0] @ features.vectors[1].T).toarray()[0, 0])
    return facts.states_fact(features, 0, 1, cosine)


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        # The article's next sentence on the same thing tells what happened next: not the shown fact.
        (
            "The toddler and her pushchair fell onto the roof of the lift car four floors below.",
            "Her father jumped after her, landing on the roof of the lift car beside the toddler and her "
            "pushchair, and broke a leg.",
            False,
        ),
        # The article saying it again in nearly the same words is cited.
        (
            "Chemists said on Friday they had found a cheap way to make jet fuel from straw.",
            "The chemists say they have found a cheap new way to make jet fuel out of straw.",
            True,
        ),
    ],
)
def test_from_the_shown_sentences_own_article_only_a_near_copy_is_cited(
    tmp_path: Path, shown: str, other: str, cited: bool
) -> None:
    assert _own_article_verdict(tmp_path / "article", shown, other) is cited


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        # The search is not the finding, the charge not the verdict, the wound not the death.
        (
            "The missing climber Ada Morrow was found alive on the Brenna glacier on Tuesday.",
            "Rescue teams were searching the Brenna glacier on Tuesday for Ada Morrow, who was reported missing.",
            False,
        ),
        (
            "A jury in Calder convicted the former mayor Luis Ferran of taking bribes.",
            "The former mayor Luis Ferran was charged in Calder with taking bribes from builders.",
            False,
        ),
        (
            "A Calder firefighter died of his burns after the blaze at the Ferran timber yard.",
            "A Calder firefighter was badly burned in the blaze at the Ferran timber yard.",
            False,
        ),
        # What was planned is not what was done.
        (
            "Families of the Orlen victims will announce on Monday that they are suing the bus company.",
            "The families of the Orlen victims filed a lawsuit against the bus company on Monday.",
            False,
        ),
        (
            "The families of the Orlen victims filed a lawsuit against the bus company on Monday.",
            "The families of the Orlen victims are planning to file a lawsuit against the bus company on Monday.",
            False,
        ),
        # The finding told again is cited.
        (
            "The missing climber Ada Morrow was found alive on the Brenna glacier on Tuesday.",
            "Ada Morrow, the climber missing since the weekend, was found alive on the Brenna glacier on Tuesday.",
            True,
        ),
    ],
)
def test_an_earlier_state_does_not_state_its_outcome(
    tmp_path: Path, shown: str, other: str, cited: bool
) -> None:
    assert _verdicts(tmp_path / "pair", shown, other)[1] is cited


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        # The same force, not the deputy's death.
        (
            "A Dunmore county deputy has died after he was shot in the chest at a traffic stop on Tuesday night.",
            "Dunmore county deputies are also sworn state police officers who work traffic stops at night.",
            False,
        ),
        # The cell door closing is the setting, not the point: the judge locked in with him.
        (
            "But when the cell door shut behind the young veteran, Judge Amos Kerr was locked in with him.",
            "The cell door shut behind the young veteran, who sat down on the narrow bunk in silence.",
            False,
        ),
        (
            "But when the cell door shut behind the young veteran, Judge Amos Kerr was locked in with him.",
            "Judge Amos Kerr was locked in the cell with the young veteran for the night.",
            True,
        ),
        # What the deputy's death is, told again, is cited.
        (
            "A Dunmore county deputy has died after he was shot in the chest at a traffic stop.",
            "The Dunmore county deputy who was shot in the chest at a traffic stop has died.",
            True,
        ),
    ],
)
def test_the_same_actors_without_the_main_event_do_not_state_it(
    tmp_path: Path, shown: str, other: str, cited: bool
) -> None:
    assert _verdicts(tmp_path / "pair", shown, other)[1] is cited


@pytest.mark.parametrize(
    ("shown", "other", "cited"),
    [
        (
            "Climbers found two frozen bodies below the summit of Mount Orrin on Friday.",
            "Back at camp on Friday we kept saying that the two frozen bodies below the summit of Mount Orrin "
            "could be the lost climbers, Ada Morrow said.",
            False,
        ),
        (
            "Climbers found two frozen bodies below the summit of Mount Orrin on Friday.",
            "On Friday climbers found two frozen bodies just below the summit of Mount Orrin, the guides said.",
            True,
        ),
    ],
)
def test_talk_about_the_event_does_not_state_it(tmp_path: Path, shown: str, other: str, cited: bool) -> None:
    assert _verdicts(tmp_path / "pair", shown, other)[1] is cited


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # A sentence and the time it means: one verdict.
        (
            "A court in Vell sentenced the banker Ada Morrow to eight years in prison for fraud.",
            "Ada Morrow will spend the next eight years behind bars for the fraud at her Vell bank.",
            True,
        ),
        # The act and its noun: one vote.
        (
            "The Tarn assembly annexed the island of Sorrel on Thursday.",
            "Tarn lawmakers overwhelmingly backed the annexation of Sorrel on Thursday.",
            True,
        ),
        # One collapse, told with a phrase for it.
        (
            "The old Wick footbridge gave way under a crowd of fans on Saturday.",
            "A crowd of fans was on the Wick footbridge when it collapsed on Saturday.",
            True,
        ),
        # The act told by one main verb and by a noun in the other: "as his pick" is the nomination.
        (
            "President Tom Hart has announced Judge Ines Varga of Colorado as his pick for the Supreme Court.",
            "President Tom Hart nominated Judge Ines Varga from the 10th Circuit Court of Appeals to fill the "
            "vacant seat of the late Justice Ruth Amsel.",
            True,
        ),
        # The same people, another act: the confirmation is not the nomination.
        (
            "President Tom Hart nominated Judge Ines Varga from the 10th Circuit Court of Appeals to fill the "
            "vacant seat of the late Justice Ruth Amsel.",
            "The Senate confirmed Judge Ines Varga of the 10th Circuit Court of Appeals by a vote of 54 to 45.",
            False,
        ),
        # The same people, another happening: what the verdict was for is not the verdict.
        (
            "Ada Morrow will spend the next eight years behind bars for the fraud at her Vell bank.",
            "Ada Morrow was charged with fraud at her Vell bank.",
            False,
        ),
        # The same bridge, built long before it fell.
        (
            "The old Wick footbridge gave way under a crowd of fans on Saturday.",
            "The old Wick footbridge was built for a fair of 1880.",
            False,
        ),
        # A title before a name in one, plain in the other: one clerk, one resignation.
        (
            "City Clerk Ines Varga, under fire for months for failing to keep minutes, resigned on Monday.",
            "The Merrow city clerk, accused of tweeting during City Council meetings, has resigned with a "
            "blistering e-mail.",
            True,
        ),
        # A line that names no one, on the same day, of the same thing found; a clock time is no count.
        (
            "Police said the bodies of two hikers, Tom Hart and Jo Lee, were found on Tuesday near the dam.",
            "The bodies were found about 12:15 p.m. Tuesday.",
            True,
        ),
        (
            "Police said the bodies of two hikers, Tom Hart and Jo Lee, were found on Tuesday near the dam.",
            "Their car was found about 12:15 p.m. Tuesday.",
            False,
        ),
        # The same title, but another happening.
        (
            "City Clerk Ines Varga resigned on Monday.",
            "The Merrow city clerk was elected by the City Council in 2012.",
            False,
        ),
    ],
)
def test_one_happening_in_other_words_is_one_fact(tmp_path: Path, first: str, second: str, same: bool) -> None:
    assert _verdicts(tmp_path / "pair", first, second)[0] is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # "No. 1" is a rank: with the singer's name and "chart" alike it is no shared fact.
        (
            "The new dance chart, where Kara Lind is No. 1, will appear on the magazine's website on Thursday.",
            "Kara Lind's latest hit topped the dance chart this week, giving her a 20th No. 1 song in the "
            "category.",
            False,
        ),
        # A count with the same words alike pins the fact down.
        (
            "Kara Lind now has 20 No. 1 songs on the dance chart, second only to Mara Holt.",
            "With 20 dance chart hits, Kara Lind is second only to Mara Holt.",
            True,
        ),
    ],
)
def test_a_rank_is_no_value_of_a_fact(tmp_path: Path, first: str, second: str, same: bool) -> None:
    assert _verdicts(tmp_path / "pair", first, second)[0] is same


def test_a_sentence_and_what_it_needs_are_not_taken_when_they_tell_one_fact(tmp_path: Path) -> None:
    """A quote needs the line that gives its speaker's full name; when that line already tells the
    quote's gist, the two together tell one fact twice."""
    article = (
        "Sen. Mara Holt said Sunday the mill owners were trying to take advantage of the drought.\n\n"
        "The county has had no rain since May, and the wheat harvest fell by half.\n\n"
        "“The mill owners are trying to take advantage of this drought,” Holt said on Sunday."
    )
    features = build_features(load_folder(_with_other_news(tmp_path / "folder", {"a.txt": article})))
    texts = [r.text for r in features.rows]
    gist, harvest, quote = (
        next(i for i, t in enumerate(texts) if t.startswith(s)) for s in ("Sen.", "The county", "“")
    )
    greedy = _Greedy(
        features, BriefOptions(length=150), concept_weights(features, frozenset()), _quality(features)
    )
    assert features.dependencies.needs(quote, set()) == [gist]
    assert not greedy.usable([gist, quote])
    assert greedy.usable([gist, harvest])


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Police are searching for the hiker", {"found:0"}),
        ("Rescuers found the hiker alive", {"found:1"}),
        ("The driver was charged with arson", {"verdict:0"}),
        ("The driver was convicted of arson", {"verdict:1"}),
        ("The cat is in stable condition", {"death:0"}),
        ("The cat had to be euthanized", {"death:1"}),
        ("The cat came home on Monday", set()),
    ],
)
def test_which_stage_of_a_story_the_words_tell(text: str, stage: set[str]) -> None:
    assert stages(text.split()) == stage


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # Three named things alike, one word of what happened alike, no other numbers: the lead retold.
        (
            "Batman made his way into a Supreme Court decision today.",
            "On Monday, the Supreme Court handed down its decision in Kane v. Gotham Comics, also known as the "
            "Batman case.",
            True,
        ),
        # Four named things alike and one word alike: the same show retold in a promotion's words.
        (
            "Ines Varga kicked off day one of Merrow Week on The Late Hour with more jokes about the dam.",
            "Ines kicks off 'Merrow Week' with a deep dive into the dam's famous cracks on The Late Hour.",
            True,
        ),
        # Three named things alike, but another number: another step of the case.
        (
            "The Supreme Court heard the Batman case of Kane v. Gotham Comics in 2014.",
            "On Monday, the Supreme Court issued its ruling in Kane v. Gotham Comics, known as the Batman case.",
            False,
        ),
        # Three named things alike and no word of what happened alike: another happening.
        (
            "Kane sued Gotham Comics over Batman.",
            "Gotham Comics paid Kane for the patent behind Batman's gloves.",
            False,
        ),
    ],
)
def test_the_same_named_things_told_close_are_one_fact(tmp_path: Path, first: str, second: str, same: bool) -> None:
    assert _verdicts(tmp_path / "pair", first, second)[0] is same
