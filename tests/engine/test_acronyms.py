"""An acronym a folder spells out is used alone in a brief only after the sentence that spells it out."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.acronyms import named_out, spelled_out
from citebrief.engine.features import build_features
from citebrief.ingest import load_folder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Merrow Fishermen's Union (MFU) called a strike.", {"MFU"}),
        ("Officers of U.S. Customs and Border Protection (CBP) closed the road.", {"CBP"}),
        ("The Bureau of Dam Safety (BDS) inspected the wall.", {"BDS"}),
        ("The union (MFU) called a strike.", set()),
        ("The Merrow Dam Authority (MFU) met on Monday.", set()),
        ("Rain fell on Monday (UTC) in Merrow.", set()),
    ],
)
def test_what_spells_an_acronym_out(text: str, expected: set[str]) -> None:
    assert spelled_out(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colter founded the College Athletes Players Assn. last year.", {"CAPA"}),
        ("The National Labor Relations Board ruled on Wednesday.", {"NLRB"}),
        ("The Department of Homeland Security ran the drill.", {"DHS"}),
        # a name of two words, or one that is only part of a longer run, spells nothing out
        ("Kain Colter founded the union.", set()),
        ("The College Athletes Players Assn. Board met.", set()),
    ],
)
def test_what_names_a_folders_acronym_out(text: str, expected: set[str]) -> None:
    assert named_out(text, frozenset({"CAPA", "NLRB", "DHS", "KC", "APA"})) == expected


FOLDER = {
    "a.txt": "Strike\n\nFishermen in Port Alder voted on Monday to strike over the closure of the harbour.\n\n"
    "The Port Alder Fishermen's Union (PAFU) said the strike would begin on Friday.\n\n"
    "The council said it would not change its plan.\n",
    "b.txt": "Harbour\n\nThe council of Port Alder will close the harbour next year, it said on Monday.\n\n"
    "PAFU lawyers argued the closure broke the town's charter of 1820.\n\n"
    "Fishermen blocked the harbour entrance with forty boats on Tuesday.\n",
}
# The same union named in full without its letters beside it.
NAMED = {**FOLDER, "a.txt": FOLDER["a.txt"].replace(" (PAFU)", "")}


@pytest.mark.parametrize(("folder", "intro"), [(FOLDER, "(PAFU)"), (NAMED, "Fishermen's Union said")])
def test_an_acronym_comes_after_the_sentence_that_spells_it_out(
    tmp_path: Path, folder: dict[str, str], intro: str
) -> None:
    corpus = load_folder(write_articles(tmp_path / "f", folder))
    features = build_features(corpus)
    texts = [r.text for r in features.rows]
    union = next(i for i, t in enumerate(texts) if intro in t)
    lawyers = next(i for i, t in enumerate(texts) if t.startswith("PAFU lawyers"))
    assert features.dependencies.needs(lawyers, []) == [union]
    briefs = [[item.text for item in summarise(corpus, BriefOptions(length=w)).items] for w in range(10, 120, 7)]
    with_lawyers = [shown for shown in briefs if texts[lawyers] in shown]
    assert with_lawyers  # some length shows the sentence that uses the letters alone
    for shown in with_lawyers:
        assert texts[union] in shown[: shown.index(texts[lawyers])], shown
