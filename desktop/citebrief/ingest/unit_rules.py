"""Catalogue rows read by ingest: what a unit of page text is (see ``sentence_rules``).

They see a unit stripped of surrounding space and Markdown emphasis.
"""

from __future__ import annotations

from citebrief.ingest.rule_tests import (
    BYLINE_TEST,
    CREDIT_MAX_WORDS,
    CREDIT_TEST,
    PARAGRAPH_MAX_WORDS,
    PARAGRAPH_TEST,
    UNIT_WORD,
    VX,
    site_boilerplate,
)
from citebrief.ingest.sentence_rules import Effect, Rule, pattern

UNIT_RULES: tuple[Rule, ...] = (
    # ----- ingest: what a unit of text is -----
    Rule(
        "page furniture",
        Effect.UNIT_FURNITURE,
        pattern(
            r"""(?:related:|see\s+also\b|watch:|listen:|continue\s+reading|skip\s+to\b|back\s+to\s+top$|
            (?:print|email)\s+this\b|\d*\s*comments?$|image\s+(?:copyright|caption)|loading\W*$|
            (?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|copy\s+link)(?:\W+(?:share|tweet|email|
            print|whatsapp|facebook|twitter|linkedin|copy\s+link))*\W*$)""",
            start=True,
            lower=False,
            flags=VX,
        ),
        (
            "Related: Floods in the valley",
            "Share Tweet Email",
            "12 comments",
            "Continue reading the main story",
        ),
        ("Related talks resumed on Monday.", "Sharing the water was hard."),
    ),
    Rule(
        "site boilerplate",
        Effect.UNIT_FURNITURE,
        site_boilerplate,
        ("Share on Facebook", "3 min read", "Click here to subscribe", "Advertisement"),
        ("Officials shared the report with the press on Monday.",),
    ),
    Rule(
        "photo credit",
        Effect.UNIT_CREDIT,
        lambda text, lowered: CREDIT_TEST(text, lowered) and len(text.split()) <= CREDIT_MAX_WORDS,
        ("Photo: Jo Lee/Reuters", "Photo by Jo Lee.", "Credit: Al Roy", "(Photo courtesy of the city)"),
        ("Photographers gathered at the gate.", "The photo was taken in May."),
    ),
    Rule(
        "byline",
        Effect.UNIT_BYLINE,
        lambda text, lowered: bool(BYLINE_TEST(text, lowered)) or len(UNIT_WORD.findall(text)) <= 2,
        ("By Jo Lee", "Updated 10:42 GMT", "(AP)", "Staff writer", "Jo Lee"),
        ("Flood waters rise in the valley", "Mayor Ines Varga speaks to residents"),
    ),
    Rule(
        "website paragraph",
        Effect.PARAGRAPH_BOILERPLATE,
        # the hints first: counting a paragraph's words makes a list of them, and few paragraphs pass
        lambda text, lowered: PARAGRAPH_TEST(text, lowered) and len(text.split()) <= PARAGRAPH_MAX_WORDS,
        ("We use cookies to improve your experience.", "Comments are closed for this article."),
        ("The council said it would comment on the plan on Monday.",),
    ),
)
