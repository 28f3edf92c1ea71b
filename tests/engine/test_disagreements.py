"""Disagreements in a real brief: a folder whose sources give one toll differently."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.engine.summariser import summarise
from citebrief.ingest import load_folder
from disagreement_folder import ARTICLES, write_disagreeing_folder


def _brief(folder: Path) -> tuple[Corpus, Brief]:
    corpus = load_folder(folder)
    return corpus, summarise(corpus, BriefOptions())


def _numbers(brief: Brief) -> dict[str, int]:
    return {sid: n for n, sid in enumerate(brief.cited_source_ids(), start=1)}


def test_the_toll_the_sources_give_differently_is_flagged_at_its_sentence(tmp_path: Path) -> None:
    corpus, brief = _brief(write_disagreeing_folder(tmp_path / "kabul"))
    flagged = [item for item in brief.items if item.disagreements]
    assert len(flagged) == 1
    assert "Kabul" in flagged[0].text
    (found,) = flagged[0].disagreements
    assert (found.kind, found.about) == ("count", "deaths")
    # The wire story came out first (its file is older): the higher toll is the later report.
    assert found.update
    assert found.describe(_numbers(brief)) == (
        "Updated: killing 12 people [3] (2026-05-28, file's day) → killing 15 people [1, 2] (2026-05-29, file's day)"
    )
    sources = corpus.by_id()
    for value in found.values:
        for cit in value.citations:
            assert sources[cit.source_id].text[cit.start : cit.end] == cit.quote


def test_versions_without_an_order_in_time_are_listed_shown_value_first(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    for name in ARTICLES:
        os.utime(folder / name, (1_780_000_000, 1_780_000_000))
    _corpus, brief = _brief(folder)
    (found,) = next(item for item in brief.items if item.disagreements).disagreements
    assert not found.update
    assert found.describe(_numbers(brief)) == "killing 15 people [1, 2]; killing 12 people [3]"


def test_sources_that_agree_or_round_each_other_are_not_flagged(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    wire = (folder / "kabul-wire.txt").read_text(encoding="utf-8")
    (folder / "kabul-wire.txt").write_text(wire.replace("killing 12 people", "killing fifteen people"))
    _corpus, brief = _brief(folder)
    assert not any(item.disagreements for item in brief.items)


@settings(max_examples=8, deadline=None)
@given(st.integers(min_value=2, max_value=99), st.integers(min_value=2, max_value=99))
def test_every_version_cites_exact_spans(tmp_path_factory: pytest.TempPathFactory, first: int, second: int) -> None:
    folder = write_disagreeing_folder(tmp_path_factory.mktemp("kabul"))
    for name, old, count in (("kabul-wire.txt", "killing 12", first), ("kabul-daily.txt", "killing 15", second)):
        text = (folder / name).read_text(encoding="utf-8")
        (folder / name).write_text(text.replace(old, f"killing {count}"), encoding="utf-8")
    corpus, brief = _brief(folder)
    found = [d for item in brief.items for d in item.disagreements]
    assert bool(found) == (len({first, second, 15}) > 1)
    sources = corpus.by_id()
    for disagreement in found:
        assert len(disagreement.values) == len({first, second, 15})
        for cit in disagreement.citations():
            assert sources[cit.source_id].text[cit.start : cit.end] == cit.quote


def _two_reports(folder: Path, first: str, second: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "one.txt").write_text(first, encoding="utf-8")
    (folder / "two.txt").write_text(second, encoding="utf-8")
    return folder


def test_two_places_are_flagged_only_when_neither_article_names_the_others(tmp_path: Path) -> None:
    lead = "The summit of the northern alliance was held in {} on June 12, the organisers said."
    rest = " Delegates from twelve countries attended the talks. The next summit is planned for autumn.\n"
    differ = _two_reports(tmp_path / "differ", lead.format("Vienna") + rest, lead.format("Prague") + rest)
    _corpus, brief = _brief(differ)
    assert [(d.kind, [v.text for v in d.values]) for i in brief.items for d in i.disagreements] == [
        ("place", ["in Vienna", "in Prague"])
    ]
    scales = _two_reports(
        tmp_path / "scales",
        lead.format("Paris") + rest,
        lead.format("France") + rest + "The delegates stayed in hotels across Paris.\n",
    )
    _corpus, brief = _brief(scales)
    assert not any(item.disagreements for item in brief.items)


def test_a_part_and_its_whole_are_not_flagged_but_one_count_told_twice_is(tmp_path: Path) -> None:
    rest = " The activists were charged in federal court on Friday. Their lawyers will plead not guilty.\n"
    whole = "Activists freed 6,000 mink from fur farms across the state, prosecutors said."
    part = "At one farm near the river, the activists freed 1,500 mink, prosecutors said."
    told_twice = "Activists freed 4,000 mink from fur farms across the state, prosecutors said."
    _corpus, brief = _brief(_two_reports(tmp_path / "part", whole + rest, part + rest))
    assert not any(item.disagreements for item in brief.items)
    _corpus, brief = _brief(_two_reports(tmp_path / "twice", whole + rest, told_twice + rest))
    assert [sorted(v.text for v in d.values) for i in brief.items for d in i.disagreements] == [
        ["4,000 mink", "6,000 mink"]
    ]


@pytest.mark.parametrize(
    ("verb", "about"),
    [("stabbed", "the number stabbed"), ("rescued", "the number rescued"), ("killed", "deaths")],
)
def test_what_the_values_are_of_reads_as_english(tmp_path: Path, verb: str, about: str) -> None:
    """"Sources differ on the number stabbed", never on "the number of stabbeds"."""
    (tmp_path / "a.txt").write_text(
        f"Rally brawl in Merrow\n\nThree people were {verb} during a brawl at a rally in Merrow park on "
        "Saturday, police said. Officers arrested 12 people after the fight. The rally had drawn about 40 "
        "people to the park.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        f"Merrow rally violence\n\nTwo people were {verb} during a brawl at a rally in Merrow park on "
        "Saturday, police said. The park was closed for the rest of the day. The mayor called for calm in "
        "Merrow.\n",
        encoding="utf-8",
    )
    _corpus, brief = _brief(tmp_path)
    found = [d for item in brief.items for d in item.disagreements]
    assert [(d.kind, d.about) for d in found] == [("count", about)]
