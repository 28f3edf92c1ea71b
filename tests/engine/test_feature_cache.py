"""A folder's features come back from disk when its sentences are unchanged, and never when they are not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from tests.story_folders import STORIES

from citebrief.core import BriefOptions
from citebrief.core.model import Corpus
from citebrief.engine import features as features_module
from citebrief.engine import summarise
from citebrief.engine.feature_cache import FeatureCache
from citebrief.engine.features import Features, FeaturesSideBySide, build_features
from citebrief.ingest import load_folder


def _same(a: Features, b: Features) -> None:
    assert [r.text for r in a.rows] == [r.text for r in b.rows]
    assert [(r.source.id, r.sentence.index, r.position, r.words) for r in a.rows] == [
        (r.source.id, r.sentence.index, r.position, r.words) for r in b.rows
    ]
    assert a.stems == b.stems and a.fingerprints == b.fingerprints and a.concept_names == b.concept_names
    for name in ("readable", "opener", "centrality", "concept_is_pair", "source_of_row", "positions", "words"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert (a.vectors != b.vectors).nnz == 0 and (a.concepts != b.concepts).nnz == 0
    deps, other = a.dependencies, b.dependencies
    assert np.array_equal(deps.leans_on, other.leans_on) and np.array_equal(deps.orphan, other.orphan)
    assert deps.introducers == other.introducers and deps.full_names == other.full_names


def test_what_sentences_depend_on_comes_back_from_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    for number, town in enumerate(("Lindmoor", "Port Elna", "Vasby")):
        (folder / f"a{number}.txt").write_text(
            f"Flood in {town}\n\nHarbour master Maria Lindqvist said the water rose two metres in {town} "
            "overnight. Lindqvist added that the dykes held until dawn. She said the ferries would stay "
            "in port until Monday. Mayor Tomas Berg thanked the volunteers.\n",
            encoding="utf-8",
        )
    cache = FeatureCache(tmp_path / "cache")
    corpus = load_folder(folder, cache=None)
    fresh = build_features(corpus, cache=cache)
    assert any(fresh.dependencies.introducers) and (fresh.dependencies.leans_on >= 0).any()
    assert any("Lindqvist" in names for names in fresh.dependencies.full_names)
    _same(fresh, build_features(load_folder(folder, cache=None), cache=cache))


def test_reopened_folder_gets_its_features_from_the_cache(news_folder: Path, tmp_path: Path) -> None:
    cache = FeatureCache(tmp_path / "cache")
    corpus = load_folder(news_folder, cache=None)
    fresh = build_features(corpus, cache=cache)
    assert len(list(cache.folder.glob("*.npz"))) == 1
    again = build_features(load_folder(news_folder, cache=None), cache=cache)
    _same(fresh, again)
    options = BriefOptions(length=120)
    assert summarise(again.corpus, options, features=again) == summarise(corpus, options, features=fresh)


def test_an_edited_file_is_analysed_again(news_folder: Path, tmp_path: Path) -> None:
    cache = FeatureCache(tmp_path / "cache")
    build_features(load_folder(news_folder, cache=None), cache=cache)
    article = news_folder / "delta.txt"
    article.write_text(
        article.read_text(encoding="utf-8") + "\nA second spillway crack was found near the turbine hall.\n",
        encoding="utf-8",
    )
    corpus = load_folder(news_folder, cache=None)
    features = build_features(corpus, cache=cache)
    assert any("turbine hall" in row.text for row in features.rows)
    _same(features, build_features(corpus))
    assert len(list(cache.folder.glob("*.npz"))) == 2


def test_a_damaged_entry_is_ignored_and_replaced(news_folder: Path, tmp_path: Path) -> None:
    cache = FeatureCache(tmp_path / "cache")
    corpus = load_folder(news_folder, cache=None)
    fresh = build_features(corpus, cache=cache)
    (entry,) = cache.folder.glob("*.npz")
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    _same(fresh, build_features(corpus, cache=cache))
    _same(fresh, build_features(corpus, cache=cache))  # the rewritten entry reads back


def test_command_line_brief_is_identical_with_warm_caches(news_folder: Path, tmp_path: Path) -> None:
    env = {**os.environ, "CITEBRIEF_CACHE_DIR": str(tmp_path / "cache")}
    argv = [sys.executable, "-m", "citebrief", "brief", str(news_folder), "--format", "json", "-q"]
    runs = [subprocess.run(argv, capture_output=True, env=env, timeout=120) for _ in range(2)]
    assert all(run.returncode == 0 for run in runs)
    assert list((tmp_path / "cache").glob("features-*/*.npz"))
    assert runs[0].stdout == runs[1].stdout


def _story_corpora(folder: Path) -> list[Corpus]:
    corpora = []
    for number, files in enumerate(STORIES.values()):
        story = folder / f"story{number}"
        story.mkdir()
        for name, text in files.items():
            (story / name).write_text(text, encoding="utf-8")
        corpora.append(load_folder(story, cache=None))
    return corpora


def test_features_built_side_by_side_are_the_features_built_one_by_one(tmp_path: Path) -> None:
    corpora = _story_corpora(tmp_path)
    cache = FeatureCache(tmp_path / "cache")
    with FeaturesSideBySide(corpora, workers=2, cache=cache) as side:
        together = [side.features(number) for number in range(len(corpora))]
    assert [features.corpus for features in together] == corpora
    for corpus, features in zip(corpora, together, strict=True):
        _same(features, build_features(corpus))
    assert len(list(cache.folder.glob("*.npz"))) == len(corpora)
    with FeaturesSideBySide(corpora, workers=2, cache=cache) as side:
        for number, fresh in enumerate(together):
            _same(fresh, side.features(number))


def _die(_corpus: Corpus, _language: str) -> None:
    os._exit(1)


def test_stories_whose_process_died_are_built_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpora = _story_corpora(tmp_path)
    monkeypatch.setattr(features_module, "_parts", _die)  # what the forked process runs
    with FeaturesSideBySide(corpora, workers=2) as side:
        built = [side.features(number) for number in range(len(corpora))]
    for corpus, features in zip(corpora, built, strict=True):
        _same(features, build_features(corpus))
