"""Every language with a Punkt model splits its news sentences right, abbreviations, ordinals and dates
included, and every span indexes the text exactly."""

from __future__ import annotations

import punkt
import pytest
from sentence_fixtures import NEWS_CASES, SENTENCES

from citebrief.ingest.sentences import split_sentences

_MODELS = sorted(set(punkt.available_languages()) - {"english_web"})  # a variant of English


def test_every_language_with_a_model_has_a_fixture() -> None:
    assert set(_MODELS) <= set(SENTENCES)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_sentences_of_each_language(language: str) -> None:
    expected = SENTENCES[language]
    text = " ".join(expected)
    sentences = split_sentences(text, "doc", language=language)
    assert [s.text for s in sentences] == list(expected)
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize("language", sorted(NEWS_CASES))
def test_news_cases_of_each_language(language: str) -> None:
    expected = NEWS_CASES[language]
    text = " ".join(expected)
    sentences = split_sentences(text, "doc", language=language)
    assert [s.text for s in sentences] == list(expected)
    assert all(text[s.start : s.end] == s.text for s in sentences)
