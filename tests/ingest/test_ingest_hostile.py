"""Hostile files beside a good article: each costs one notice naming it, and the rest is briefed."""

from __future__ import annotations

import json
from pathlib import Path

from ingest_fixtures import FLOOD_EN

from citebrief.core.model import BriefOptions, Corpus
from citebrief.engine import summarise
from citebrief.export import render
from citebrief.ingest import load_folder
from citebrief.ingest.cache import ParseCache

GOOD = "\n\n".join(FLOOD_EN) + "\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _assert_offsets(corpus: Corpus) -> None:
    for source in corpus.sources:
        for sent in source.sentences:
            assert source.text[sent.start : sent.end] == sent.text


def test_lone_surrogate_in_rtf_becomes_a_replacement_character(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    rtf = (
        "{\\rtf1\\ansi The river rose \\u-10240? three metres overnight. "
        "A split pair \\u-10179?\\u-8694? stays one character.\\par}"
    )
    (folder / "surrogate.rtf").write_text(rtf, encoding="ascii")
    for cache in (ParseCache(tmp_path / "cache"), None):  # the cache's write and the uncached path
        corpus = load_folder(folder, cache=cache)
        source = corpus.source("surrogate.rtf")
        assert "rose \ufffd three" in source.text
        assert "pair \U0001f60a stays" in source.text
        _assert_offsets(corpus)
        brief = summarise(corpus, BriefOptions())
        for fmt in ("json", "markdown", "text", "html"):
            render(brief, fmt).decode("utf-8")
        json.loads(render(brief, "json"))
