"""A session re-selects from cached work: same answers as a fresh run, excluded sources never cited."""

from __future__ import annotations

from pathlib import Path

from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.session import BriefSession
from citebrief.ingest import load_folder


def test_changing_the_length_gives_the_same_brief_as_a_fresh_run(news_folder: Path) -> None:
    corpus = load_folder(news_folder)
    session = BriefSession(corpus)
    session.summarise(BriefOptions(length=200))
    for length in (30, 90, 200):
        assert (
            session.summarise(BriefOptions(length=length)).items
            == summarise(corpus, BriefOptions(length=length)).items
        )


def test_excluded_sources_are_never_cited_and_come_back_when_included(news_folder: Path) -> None:
    corpus = load_folder(news_folder)
    session = BriefSession(corpus)
    full = session.summarise(BriefOptions(length=300))
    assert "alpha.txt" in {c.source_id for i in full.items for c in i.citations}
    without = session.summarise(BriefOptions(length=300), excluded={"alpha.txt"})
    assert without.items
    assert "alpha.txt" not in {c.source_id for i in without.items for c in i.citations}
    assert "alpha.txt" not in {ref.id for ref in without.sources}
    for item in without.items:
        for cit in item.citations:
            assert corpus.source(cit.source_id).text[cit.start : cit.end] == cit.quote
    assert session.summarise(BriefOptions(length=300)).items == full.items


def test_leaving_sources_out_updates_weights_exactly_as_a_fresh_computation(news_folder: Path) -> None:
    import numpy as np

    from citebrief.engine.concepts import _spread_and_earliness
    from citebrief.engine.features import build_features

    full = build_features(load_folder(news_folder))
    _spread_and_earliness(full)
    for left_out in ({"alpha.txt"}, {"beta.md", "delta.txt"}):
        subset = full.subset(frozenset(left_out))
        spread, early = _spread_and_earliness(subset)
        fresh = full.subset(frozenset(left_out))
        fresh.memo.clear()
        spread_fresh, early_fresh = _spread_and_earliness(fresh)
        assert np.allclose(spread, spread_fresh)
        assert np.allclose(early, early_fresh)
