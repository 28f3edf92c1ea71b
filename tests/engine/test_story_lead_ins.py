"""A long sentence leading into a quote or a post with a colon tells the story (its words and names
count for grouping), though no brief shows it; a label before a colon does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.engine.story_pages import is_article
from citebrief.engine.story_terms import analyse, tells_the_story
from citebrief.ingest import load_folder
from citebrief.ingest.sentences import split_sentences

_LEAD_IN = (
    "Congresswoman Ines Varga used April Fools' Day this afternoon to take a shot at Governor Tom Hart's "
    "late-night posts, announcing a bill to stop his unsupervised posts:"
)


@pytest.mark.parametrize(
    ("line", "tells"),
    [
        (_LEAD_IN, True),
        ("The governor's office answered within the hour with a statement of its own:", True),
        ("Photos:", False),
        ("Update 2, with the governor's reply:", False),
        ("The governor answered within the hour.", True),
    ],
)
def test_which_lines_tell_the_story(line: str, tells: bool) -> None:
    text = f"Bill\n\n{line}\n\nI will be introducing a bill next week to stop it, Varga wrote.\n"
    sentence = next(s for s in split_sentences(text, "doc") if s.text == line)
    assert tells_the_story(sentence) is tells


def test_a_short_report_led_by_its_lead_in_is_an_article(tmp_path: Path) -> None:
    text = (
        f"{_LEAD_IN}\n\nI will be introducing a bill next week which will stop the governor's posts.\n\n"
        "The governor took to his account after watching the news on Sunday, on subjects ranging from "
        "the budget to the dam.\n\nWow, the news just reported big news.\n\nFollow Ada Morrow on Twitter.\n"
    )
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    source = load_folder(tmp_path, cache=None).sources[0]
    assert is_article(source, 1)
    assert "varga" in analyse(source).names


def test_the_analysis_made_while_reading_counts_the_body_words_grouping_would(tmp_path: Path) -> None:
    """Grouping takes a document's body words from its analysis made in the reading worker: the count
    must be the one `body_words` gives, lead-ins, labels and bylines included or left out alike."""
    from citebrief.engine.story_pages import body_words
    from citebrief.engine.story_terms import AnalysisMemo

    (tmp_path / "report.txt").write_text(
        f"Bill\n\nBy Ada Morrow\n\n{_LEAD_IN}\n\nPhotos:\n\nThe governor answered within the hour.\n",
        encoding="utf-8",
    )
    (tmp_path / "short.txt").write_text("Photos:\n\nA caption.\n", encoding="utf-8")
    memo = AnalysisMemo()
    for source in load_folder(tmp_path, cache=None).sources:
        memo.add(source)
        known = memo.known(source)
        assert known is not None and known.body_words == body_words(source) > 0


def test_a_gallery_of_captioned_pictures_tells_its_story(tmp_path: Path) -> None:
    """A page made of captioned pictures, which no brief shows, still tells its story for grouping:
    its captions' words and names count, so it is an article and not "Not grouped"."""
    captions = [
        "Rescuers carry a man from the rubble of a house in Merrow after the earthquake on Monday. "
        "(Ines Varga/Tessel Times)",
        "Families wait outside the Merrow General Hospital for news of relatives hurt in the earthquake. "
        "(Ines Varga/Tessel Times)",
        "Soldiers hand out water and blankets to residents of Merrow who spent the night in the square. "
        "(Tom Hart/Reuters)",
        "A crane lifts a collapsed wall from the main road into Merrow, which was closed for two days. "
        "(Tom Hart/Reuters)",
    ]
    (tmp_path / "gallery.txt").write_text("Earthquake in pictures\n\n" + "\n\n".join(captions) + "\n")
    source = load_folder(tmp_path, cache=None).sources[0]
    assert not any(s.role.value == "body" for s in source.sentences)  # captions: never brief sentences
    assert is_article(source, 1)
    assert "merrow" in analyse(source).names
