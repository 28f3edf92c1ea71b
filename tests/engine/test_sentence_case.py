"""A word capitalised only because it opens the sentence ("Among Carmat's rivals ...") is no given name:
the name after it is used alone there, so it introduces no one."""

from __future__ import annotations

from pathlib import Path

import pytest
from folder_features import features_and_rows

from citebrief.engine.name_runs import names_in
from citebrief.engine.sentence_case import sentence_case_words


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a preposition is no name word: "Carmat" alone opens the name runs
        ("Among Carmat's rivals are SynCardia and Abiomed.", None),
        ("Rival Carmat's heart beats for five years.", ("Rival", "Carmat")),
        ("Outgoing Northwestern quarterback Kain Colter led the push.", ("Outgoing", "Northwestern")),
        ('"Star Trek" star George Takei tweeted on Saturday.', ("Star", "Trek")),
        ("Kain Colter led the push.", ("Kain", "Colter")),
        ("The players voted on Friday, Kain Colter said.", None),
        ("Mayor Ines Varga ordered the evacuation.", None),  # three name words: no pair
    ],
)
def test_the_name_run_a_sentence_opens_with(text: str, opening: tuple[str, str] | None) -> None:
    assert names_in(text).opening == opening


@pytest.mark.parametrize(
    ("texts", "candidates", "stop_words", "expected"),
    [
        # a stop word never capitalised inside a sentence
        (["Among Carmat's rivals are SynCardia and Abiomed."], {"Among"}, {"among"}, {"Among"}),
        # written in lower case elsewhere in the folder
        (
            ["Outgoing Northwestern quarterback Kain Colter led it.", "The outgoing coach agreed."],
            {"Outgoing"},
            set(),
            {"Outgoing"},
        ),
        # neither a stop word nor written in lower case: a given name
        (["Kain Colter led the push.", "Colter said more."], {"Kain"}, {"among"}, set()),
        # capitalised inside a sentence: a name, however common the word
        (
            ["Will Smith was shot on Saturday.", "Police said Will Smith was shot.", "It will rain."],
            {"Will"},
            set(),
            set(),
        ),
        # after a quotation mark opened inside a sentence: still inside it
        (
            ['"Star Trek" star George Takei tweeted.', 'The "Star Trek" actor ran.'],
            {"Star"},
            set(),
            set(),
        ),
    ],
)
def test_words_only_the_sentence_start_capitalises(
    texts: list[str], candidates: set[str], stop_words: set[str], expected: set[str]
) -> None:
    assert sentence_case_words(texts, candidates, frozenset(stop_words)) == expected


def test_a_name_after_a_sentence_opening_word_needs_no_introduction(tmp_path: Path) -> None:
    features, row = features_and_rows(
        tmp_path / "f",
        {
            "a.txt": "Heart\n\nFrance's Carmat said on Friday it had carried out its first implant of an "
            "artificial heart that can beat for up to five years.\n\n"
            "Among Carmat's competitors for artificial heart implants are SynCardia Systems and Abiomed.\n\n"
            "Kain Colter, a patient advocate, welcomed the news on Friday.\n\n"
            "Colter said the device could help thousands of patients.\n",
        },
    )
    deps = features.dependencies
    assert deps.requires(row("France's Carmat")) == ()
    # a given name that opens its sentence still gives the name in full
    assert [intro for _, intro in deps.requires(row("Colter said"))] == [row("Kain Colter")]
