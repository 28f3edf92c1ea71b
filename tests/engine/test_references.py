"""What a sentence refers to that it never names: each reference rule on its own examples, the
descriptions a sentence uses anywhere in it, and the dependencies they give folders the tests write."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.descriptions import described_heads, introduced_nouns, points_back
from citebrief.engine.features import build_features
from citebrief.engine.references import REFERENCE_RULES, reference_rule
from citebrief.ingest import load_folder

CASES = [
    # (rule, text, matches)
    ("page_self_reference", "The 10 women on our Highest-Paid TV Actresses list earned $94 million.", True),
    ("page_self_reference", "As we said in our original reveal post, the phone ships in May.", True),
    ("page_self_reference", "This article has been updated with a statement from the council.", True),
    ("page_self_reference", "Readers of our story asked what happens to the harbour next.", True),
    ("page_self_reference", "Please move to this dedicated Notes page for future dialogue.", True),
    ("page_self_reference", '"This story is about our town," the mayor said.', False),
    ("page_self_reference", "This page of the report lists the harbour's costs.", False),
    ("page_self_reference", "Our town council voted to close the harbour.", False),
    ("page_self_reference", "Our crack video team edited together this montage of the harbour.", True),
    ("page_self_reference", "Then, one of our producers found this tape in a box.", True),
    ("page_self_reference", '"Our team will rebuild the harbour," the mayor said.', False),
    ("page_self_reference", "This report by the council finds the harbour costs too much.", False),
    ("pronoun_without_person", "Golden brown tresses framed her lovely face.", True),
    ("pronoun_without_person", "Just seeing the signature would have been enough for him to call.", True),
    ("pronoun_without_person", "At the height of his power, the earl ruled three islands.", True),
    ("pronoun_without_person", "I was the one that was being preyed upon and I fought back.", True),
    ("pronoun_without_person", "Actress Nora Vale laughed about her new film.", False),
    ("pronoun_without_person", "Dunn said I was lying to the jury.", False),
    ("pronoun_without_person", '"I think it will open the doors," church member Jane Gardner said.', False),
    ("pronoun_without_person", "Before the flight to his new home, Jack the cat escaped.", False),
    ("pronoun_without_person", "At the height of his power, Thorfinn ruled three islands.", False),
    ("pronoun_without_person", "Sollecito said Knox left his apartment.", False),
    ("pronoun_without_person", "Police said Tuesday he lived in east London.", True),
    ("pronoun_without_person", "Police said on Monday he had fled to the hills.", True),
    ("pronoun_without_person", "Police said Tom Hart had fled to his brother's house.", False),
    ("pronoun_without_person", "A woman from Shawnee lost both her legs.", False),
    ("pronoun_without_person", "A 6-week-old baby died when her stroller plunged down a shaft.", False),
    ("pronoun_without_person", "The council approved the harbour closure on Monday.", False),
    ("pronoun_without_person", "Fey's first book hit stores in April and her show returns.", False),
    # a place is no person: who "his" is, the line before says
    ("pronoun_without_person", "Police in Torrance were called to his home five times that year.", True),
    ("pronoun_without_person", "A powerful voice in Santa Clara County is coming to his defense.", True),
    ("pronoun_without_person", "A win in Iowa is the first test, but it won't guarantee his nomination.", True),
    ("pronoun_without_person", "Keith, 15, is a senior at Faulkner University, and his brother is 13.", False),
    ("pronoun_without_person", "A man in Merrow said his house was flooded.", False),
    ("pronoun_without_person", "In Merrow, the supervisor of elections said she could not finish.", False),
]


@pytest.mark.parametrize(("name", "text", "matches"), CASES)
def test_each_reference_rule_on_its_examples(name: str, text: str, matches: bool) -> None:
    assert reference_rule(name).test(text) is matches


def test_every_reference_rule_has_examples_both_ways() -> None:
    for rule in REFERENCE_RULES:
        assert {m for n, _t, m in CASES if n == rule.name} == {True, False}, rule.name


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Police said the video was filmed on Monday.", ["video"]),
        ("Organisers said the ceremony, held at noon, ended early.", ["ceremony"]),
        ("Engineers said the problem was the spillway.", ["problem", "spillway"]),
        ("The ceremony ended with a minute of silence.", ["ceremony"]),
        ("Police said the road was closed for the night.", ["road"]),
        ("Police said the video of the crash was filmed on Monday.", ["crash"]),
        ("He said the police arrived on the scene in minutes.", []),
        ("On the video the Hummer appears to stop suddenly.", ["hummer"]),
        ("The council of Port Alder met on Monday.", []),
    ],
)
def test_the_things_definite_descriptions_name_anywhere_in_a_sentence(text: str, heads: list[str]) -> None:
    assert described_heads(text) == heads


VIDEO = {
    "a.txt": "Harbour protest\n\n"
    "Fishermen in Port Alder blocked the harbour entrance with forty boats on Monday to protest against "
    "its planned closure.\n\n"
    "A fisherman filmed a video of the blockade from the harbour wall.\n\n"
    "Council officials said the video showed boats ramming a ferry.\n\n"
    "The council says the harbour closure will save 2 million euros a year.\n",
    "b.txt": "Boats block Port Alder harbour\n\n"
    "Forty fishing boats blocked the harbour of Port Alder on Monday in protest at the closure plan.\n\n"
    "The council expects the closure to save 2 million euros a year.\n",
}


def test_a_sentence_naming_the_video_comes_only_after_the_video_is_introduced(tmp_path: Path) -> None:
    features = build_features(load_folder(write_articles(tmp_path / "f", VIDEO)))
    texts = [r.text for r in features.rows]
    intro = next(i for i, t in enumerate(texts) if t.startswith("A fisherman filmed a video"))
    the_video = next(i for i, t in enumerate(texts) if t.startswith("Council officials said the video"))
    assert features.dependencies.needs(the_video, []) == [intro]
    for words in (40, 60, 90, 150):
        shown = [item.text for item in summarise(features.corpus, BriefOptions(length=words)).items]
        named = [i for i, t in enumerate(shown) if "the video" in t]
        introduced = [i for i, t in enumerate(shown) if "a video" in t]
        assert all(introduced and introduced[0] < i for i in named), shown


# What each sentence brings in as new: "a ..." or a count before a plural.
BROUGHT_IN = {
    "A fisherman filmed a video of the dam.": {"fisherman", "filmed", "video"},
    "The researchers scanned the brains of 40 patients with back pain.": {"patients"},
    "Doctors followed 103 male patients for a year.": {"patients", "year"},
    "The two scans showed the same damage.": {"scans"},
    "The council met on 12 May and voted.": set(),  # a date counts no things
    "The patients were followed for one year.": set(),  # "one" counts no plural
}


@pytest.mark.parametrize(("text", "brought_in"), BROUGHT_IN.items())
def test_the_things_a_sentence_brings_in_as_new(text: str, brought_in: set[str]) -> None:
    assert introduced_nouns(text) == brought_in


COUNTED = {
    "study.txt": "A study in Merrow asked why some back injuries heal and others turn into chronic pain.\n\n"
    "The researchers scanned the brains of 40 patients whose back pain had started within weeks.\n\n"
    "The council of Merrow paid for the study with 2 million euros from its health budget.\n\n"
    "A year later the researchers could tell which of the patients would still be in pain.\n",
}


def test_a_sentence_naming_the_patients_needs_the_one_that_counted_them(tmp_path: Path) -> None:
    features = build_features(load_folder(write_articles(tmp_path / "f", COUNTED)))
    texts = [r.text for r in features.rows]
    counted = next(i for i, t in enumerate(texts) if "40 patients" in t)
    later = next(i for i, t in enumerate(texts) if t.startswith("A year later"))
    assert counted in features.dependencies.needs(later, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reference is unmistakably to Nancy Lanza.", True),
        ("Overall, the response has been good.", True),
        ("The decision was welcomed by fishermen.", True),
        ("The statement, by Deputy Mayor Ines Varga, was the sharpest reply yet.", True),
        ("The decision of the council was welcomed by fishermen.", False),
        ("The council was welcomed by fishermen.", False),
        ("Fishermen welcomed the harbour plan on Monday.", False),
    ],
)
def test_a_description_that_only_points_back_needs_what_came_before(text: str, expected: bool) -> None:
    assert points_back(text) is expected


UNUSABLE = {
    "a.txt": "Awards\n\n"
    "The two women who tie for first place on our list are Tina Fey and Eva Longoria.\n\n"
    "Each earned 13 million dollars between May 2010 and May 2011, the list shows.\n",
    "b.txt": "Paid\n\n"
    "Television actresses earned 94 million dollars between May 2010 and May 2011.\n\n"
    "Fey's first book hit stores in April and sold 150,000 copies in the first month.\n",
}


def test_a_surname_whose_full_name_is_only_in_an_unusable_sentence_is_not_taken(tmp_path: Path) -> None:
    features = build_features(load_folder(write_articles(tmp_path / "f", UNUSABLE)))
    texts = [r.text for r in features.rows]
    fey = next(i for i, t in enumerate(texts) if t.startswith("Fey's first book"))
    own_list = next(i for i, t in enumerate(texts) if "our list" in t)
    assert features.readable[own_list] == 0
    assert features.readable[fey] == 0
