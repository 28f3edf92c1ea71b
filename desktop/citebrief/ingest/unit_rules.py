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
    PICTURE_CREDIT_END,
    POST_MAX_WORDS,
    POST_SIGN_OFF,
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
    Rule(
        "captioned picture",
        Effect.PARAGRAPH_BOILERPLATE,
        # A caption is a picture's, set beside the article: "Wisconsin Gov. Scott Walker is a potential
        # contender for president." led a brief before the article's own news.
        # the credit first: counting a paragraph's words makes a list of them, and few paragraphs end so
        lambda text, lowered: PICTURE_CREDIT_END(text, lowered) and len(text.split()) <= PARAGRAPH_MAX_WORDS,
        (
            "Mayor Ines Varga is a likely candidate for governor. (Sarah Parnass/The Merrow Post)",
            "A man walks on the beach at Merrow on May 15. (REUTERS/Eric Gaillard)",
            "Tom Hart speaks to reporters at the dam. (AP Photo/Cathleen Allison, File)",
            "The dam at dusk on Monday. (Photo by Win McNamee/Getty Images)",
            "The mother said the stroller fell when the doors opened. (Todd Maisel/New York Daily News) ",
            "Image The mayor's spokeswoman said on Wednesday that the dam would hold. "
            "Credit Tom Hart/The Merrow Post",
        ),
        (
            "The council said it would comment on the plan on Monday.",
            "Rep. Tom Hart (D-Calif.) said the dam would hold (it did).",
            "The dam was rebuilt in 1961 (and strengthened in 1998).",
            "Engineers checked the TCP/IP link to the dam's sensors (see below).",
            "MERROW (AP) — Mayor Ines Varga said the dam would hold.",
            # an agency's gallery caption retells the story: kept for what it weighs (see the credit test)
            "Mayor Ines Varga speaks in Merrow on Monday. She announced her run for governor. "
            "(Associated Press)",
            "Credit for the rescue goes to the crew, the mayor said.",
        ),
    ),
    Rule(
        "embedded post paragraph",
        Effect.PARAGRAPH_BOILERPLATE,
        # A post set in the page, its text and sign-off one paragraph: "WW2 Battleship Musashi sank 1944
        # is FOUND > 1K M deep ... pic.twitter.com/b9ZMA0icI8 — Paul Allen (@PaulGAllen) March 2, 2015"
        # told the news in a brief as if the brief's own words.
        lambda text, lowered: POST_SIGN_OFF(text, lowered) and len(text.split()) <= POST_MAX_WORDS,
        (
            "The dam held. pic.twitter.com/b9ZMA0icI8 — Ines Varga (@InesVarga) March 2, 2015",
            "RIP crew of the Merrow, 23 lost. — Tom Hart (@tomhart) June 5, 2018",
        ),
        (
            "The mayor posted a picture of the dam on Twitter on Monday.",
            "Ines Varga (@InesVarga) wrote that the dam held.",
        ),
    ),
)
