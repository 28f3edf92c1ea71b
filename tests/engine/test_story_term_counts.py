"""A document's story terms counted the fast way are the terms counted word by word."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citebrief.engine import story_terms
from citebrief.engine.language import word_tools
from citebrief.engine.story_terms import _WORD, PAIR_MARK, analyse
from citebrief.engine.tuning import TUNING
from citebrief.ingest.folder import load_file

_WORDS = ["The", "flood", "floods", "flooded", "Mayor", "Varga", "said", "of", "in", "river", "rivers", "a", "Ox"]


def _counted_word_by_word(text: str) -> Counter[str]:
    """Each distinct word stemmed and its uses added, then pairs of content stems in a row."""
    tools = word_tools("english")
    words = _WORD.findall(text.lower())
    stems, counts = {}, Counter[str]()
    for word, n in Counter(words).items():
        stems[word] = tools.stem(word) if word not in tools.stop_words and len(word) > 2 else ""
        if stems[word]:
            counts[stems[word]] += n
    seq = [stems[w] for w in words]
    pairs = Counter(a + PAIR_MARK + b for a, b in pairwise(seq) if a and b)
    counts.update({pair: n * TUNING.story_word_pairs for pair, n in pairs.items()})
    return counts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12), min_size=1, max_size=6))
def test_term_counts_and_their_order_are_those_counted_word_by_word(
    tmp_path: Path, sentences: list[list[str]]
) -> None:
    text = "\n\n".join(" ".join(words) + "." for words in sentences)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    source = load_file(path, root=tmp_path, language="english")
    body = "\n".join(s.text for s in source.sentences if s.role.value == "body")
    expected = _counted_word_by_word(body)
    counts = analyse(source).counts
    assert counts == expected
    assert list(counts) == list(expected)  # the same order: ties in grouping fall the same way


def test_pairs_count_as_many_times_as_tuned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Mayor Varga said the river flooded.\n\nThe river floods of Ox flooded Varga.", encoding="utf-8")
    source = load_file(path, root=tmp_path, language="english")
    once = analyse(source).counts
    monkeypatch.setattr(story_terms, "TUNING", replace(TUNING, story_word_pairs=3))
    thrice = analyse(source).counts
    assert list(thrice) == list(once)
    assert any(PAIR_MARK in term for term in once)
    assert all(thrice[t] == (3 * n if PAIR_MARK in t else n) for t, n in once.items())
