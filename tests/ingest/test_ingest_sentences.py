"""Sentence units: offsets are exact, line structure decides what may be glued together."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.core.model import SentenceRole
from citebrief.ingest.decode import normalise_text
from citebrief.ingest.sentences import split_sentences

_PIECES = st.sampled_from(
    [
        "The mayor spoke.",
        "Dr. Berg said so",
        "\n",
        "\n\n",
        "  ",
        "Flood!",
        "« Oui »",
        "3.5 m",
        "U.S.",
        "# Heading",
        "- item",
        "\u2028",
        "\r\n",
        "\t",
        "é",
        "ß",
        "İ",
        "…",
        "“Quote,” she said.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=40).map("".join))
def test_offsets_index_the_stored_text_for_any_text(raw: str) -> None:
    text = normalise_text(raw)
    sentences = split_sentences(text, "doc")
    previous_end = 0
    for index, sent in enumerate(sentences):
        assert text[sent.start : sent.end] == sent.text
        assert sent.index == index
        assert sent.text.strip() == sent.text and sent.text
        assert sent.start >= previous_end  # in order and never overlapping
        previous_end = sent.end


def test_text_wrapped_at_seventy_columns_is_read_as_running_text() -> None:
    paragraph = (
        "The river Lind rose three metres overnight and flooded the old town of Lindmoor, officials "
        "said on Monday after a night of heavy rain across the whole valley. About 2,000 residents "
        "were moved to schools and sports halls on the hill above the town while volunteers filled "
        "sandbags."
    )
    text = textwrap.fill(paragraph, width=70) + "\n"
    assert text.count("\n") >= 4
    sentences = split_sentences(text, "doc")
    assert len(sentences) == 2
    assert sentences[0].text.endswith("valley.") and "\n" in sentences[0].text
    assert sentences[1].text.startswith("About 2,000") and sentences[1].text.endswith("sandbags.")


def test_headline_and_byline_are_never_glued_to_the_next_sentence() -> None:
    text = "River Lind floods Lindmoor\nBy Anna Berg\nThe river rose three metres overnight. Homes flooded.\n"
    sentences = split_sentences(text, "doc")
    assert [s.text for s in sentences] == [
        "River Lind floods Lindmoor",
        "By Anna Berg",
        "The river rose three metres overnight.",
        "Homes flooded.",
    ]
    assert sentences[0].role is SentenceRole.HEADING
    assert sentences[1].role is SentenceRole.BYLINE
    assert sentences[2].role is SentenceRole.BODY


def test_line_without_end_punctuation_is_its_own_unit() -> None:
    text = "Water levels at noon\nThe gauge at the bridge showed 4.2 metres.\n"
    assert [s.text for s in split_sentences(text, "doc")] == [
        "Water levels at noon",
        "The gauge at the bridge showed 4.2 metres.",
    ]


def test_blank_line_always_ends_a_sentence() -> None:
    text = "The mayor said the water would fall by\n\nWednesday the bridge stays closed.\n"
    sentences = split_sentences(text, "doc")
    assert [s.text for s in sentences] == [
        "The mayor said the water would fall by",
        "Wednesday the bridge stays closed.",
    ]


def test_comment_policy_paragraph_is_boilerplate_but_stays_in_the_text() -> None:
    text = (
        "The river fell on Thursday. Residents returned home.\n\n"
        "Our goal is to create a safe and engaging place for users to connect over interests. In order "
        "to improve our community experience, we are temporarily suspending article commenting\n"
    )
    sentences = split_sentences(text, "doc")
    roles = [s.role for s in sentences]
    assert roles[:2] == [SentenceRole.BODY, SentenceRole.BODY]
    assert roles[2:] == [SentenceRole.BOILERPLATE, SentenceRole.BOILERPLATE]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_share_buttons_read_times_and_photo_credits_are_left_out() -> None:
    text = (
        "All news\n\nRiver Lind floods Lindmoor\n\n·3-min read\n\n"
        "Photo: Anna Berg/Lindmoor Gazette\n\n(Photo by Jens Holm/Getty Images)\n\n"
        "The river rose three metres overnight.\n\nShare on Facebook Share on Twitter\n"
    )
    by_text = {s.text: s.role for s in split_sentences(text, "doc")}
    assert by_text["All news"] is SentenceRole.BOILERPLATE
    assert by_text["·3-min read"] is SentenceRole.BOILERPLATE
    assert by_text["Share on Facebook Share on Twitter"] is SentenceRole.BOILERPLATE
    assert by_text["Photo: Anna Berg/Lindmoor Gazette"] in (SentenceRole.BYLINE, SentenceRole.BOILERPLATE)
    assert by_text["(Photo by Jens Holm/Getty Images)"] in (SentenceRole.BYLINE, SentenceRole.BOILERPLATE)
    assert by_text["The river rose three metres overnight."] is SentenceRole.BODY
    assert by_text["River Lind floods Lindmoor"] is SentenceRole.HEADING


def test_long_sentence_mentioning_subscribers_is_still_body() -> None:
    text = (
        "The water company said that more than 40,000 households subscribe to its warning service, "
        "which sent text messages to everyone living near the river on Sunday evening before the flood.\n"
    )
    (sentence,) = split_sentences(text, "doc")
    assert sentence.role is SentenceRole.BODY


def test_page_furniture_glued_before_a_sentence_becomes_its_own_unit() -> None:
    text = "Continue reading the main story The army said the bridge would reopen on Friday.\n"
    sentences = split_sentences(text, "doc")
    assert [(s.text, s.role) for s in sentences] == [
        ("Continue reading the main story", SentenceRole.BOILERPLATE),
        ("The army said the bridge would reopen on Friday.", SentenceRole.BODY),
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_story_about_comments_and_community_rules_stays_body() -> None:
    text = (
        "The mayor read the comments section under the council's video and said the community guidelines "
        "of the town forum would change. Residents had asked for the forum to stay open during the flood.\n"
    )
    assert {s.role for s in split_sentences(text, "doc")} == {SentenceRole.BODY}
