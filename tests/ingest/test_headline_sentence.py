"""A headline written as a sentence above the story ("Northwestern football players win pivotal union
case.") is the article's heading, not a line a brief shows beside the sentence that tells it in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.core.model import SentenceRole
from citebrief.ingest import load_folder
from citebrief.ingest.sentences import split_sentences

_LEAD = (
    "Harbour workers in Kelsby voted on Tuesday to strike for a week over pay, their union said, "
    "closing the port to cargo ships."
)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # alone on the first line, and the story's first sentence tells the same in full
        (f"Kelsby harbour workers vote to strike over pay.\n\n{_LEAD}\n", True),
        (f"Kelsby harbour workers vote to strike.\n \n {_LEAD} Talks failed.\n", True),
        # the same line run into the story's first paragraph: the story's own first sentence
        (f"Kelsby harbour workers vote to strike over pay. {_LEAD}\n", False),
        # a one-sentence lead that says when, repeated by the next paragraph: the story's own lead
        (f"Kelsby harbour workers voted on Tuesday to strike.\n\n{_LEAD}\n", False),
        (f"The Kelsby harbour workers vote to strike over pay.\n\n{_LEAD}\n", False),
        # a short first line that says something else: news of its own
        (f"The port of Kelsby opened in 1902.\n\n{_LEAD}\n", False),
        # too long for a headline
        (
            "Kelsby harbour workers vote to strike over pay after the port's owners offered them a rise "
            f"of one per cent this year.\n\n{_LEAD}\n",
            False,
        ),
        # nothing after it to tell it in full
        ("Kelsby harbour workers vote to strike over pay.\n", False),
    ],
)
def test_a_headline_sentence_is_a_heading(text: str, heading: bool) -> None:
    sentences = split_sentences(text, "doc")
    expected = SentenceRole.HEADING if heading else SentenceRole.BODY
    assert sentences[0].role is expected
    assert any(s.role is SentenceRole.BODY and s.text == _LEAD for s in sentences) or _LEAD not in text


def test_a_folder_brief_never_shows_the_headline_sentence(tmp_path: Path) -> None:
    (tmp_path / "strike.txt").write_text(f"Kelsby harbour workers vote to strike over pay.\n\n{_LEAD}\n")
    corpus = load_folder(tmp_path, cache=None)
    roles = {s.text: s.role for s in corpus.sources[0].sentences}
    assert roles["Kelsby harbour workers vote to strike over pay."] is SentenceRole.HEADING
    assert roles[_LEAD] is SentenceRole.BODY
