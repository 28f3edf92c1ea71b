"""Stems come from the Snowball project's own algorithms, one cache per language."""

from __future__ import annotations

import pytest

from citebrief.engine.language import word_tools


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("english", ["evacuated", "evacuation", "evacuating"]),
        ("german", ["Häuser", "Hauses"]),
        ("dutch", ["kinderen", "kinder"]),
        ("french", ["inondations", "inondation"]),
        ("russian", ["эвакуации", "эвакуация"]),
    ],
)
def test_forms_of_one_word_share_a_stem(language: str, forms: list[str]) -> None:
    tools = word_tools(language)
    assert len({tools.stem(form.lower()) for form in forms}) == 1


def test_english_stems_are_snowballs_own() -> None:
    # nltk's Python port gives "ad" for "added"; Snowball itself gives "add".
    assert word_tools("english").stem("added") == "add"


def test_each_language_keeps_its_own_cache() -> None:
    english, german = word_tools("english"), word_tools("german")
    english.stem("winds")
    german.stem("winde")
    assert "winds" in english._cache and "winds" not in german._cache
    assert word_tools("english") is english


def test_languages_snowball_lacks_still_stem() -> None:
    assert word_tools("ukrainian").stem("евакуації") != "евакуації"
    assert word_tools("slovak").stem("ženami") == "žen"
