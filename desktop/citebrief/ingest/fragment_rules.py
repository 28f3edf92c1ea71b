"""Lines that read as sentences but lean on what a brief never shows: the list, table or video their
article points at, or the main clause a lone "Because ..." answers. Part of ``brief_rules.NEVER_RULES``.
"""

from __future__ import annotations

from citebrief.ingest.sentence_rules import Effect, Rule, pattern

FRAGMENT_RULES: tuple[Rule, ...] = (
    Rule(
        "points at a list the brief lacks",
        Effect.NEVER,
        # "the following matters", "the list below": what the sentence points at stands in its article
        # as a list, a table or a video, never in a brief.
        pattern(
            r"\bthe following\b(?! (?:days?|weeks?|months?|years?|morning|afternoon|evening|night|season"
            r"|weekend|summer|spring|winter|fall|autumn|monday|tuesday|wednesday|thursday|friday|saturday"
            r"|sunday|game|match|race|round|term|decade)\b)"
            r"|\b(?:listed|shown|described|mentioned) (?:below|above)\b"
            r"|\bthe (?:list|chart|table|map|video|photos?|graphic|slideshow|gallery) (?:below|above)\b",
            hints=("following", "below", "above"),
        ),
        (
            "Warning: The following video contains graphic footage.",
            "The plaintiffs say the conduct caused the following injuries and losses.",
            "Looking at the list below can tell you whether something may raise your risk.",
            "All of it will go directly to the costs listed above.",
        ),
        (
            "On the following Monday, the girl found several letters.",
            "Obama spoke following a decree by Putin.",
            "The baby landed on the elevator car six stories below.",
            "Prices rose above $100 a barrel.",
        ),
    ),
    Rule(
        "subordinate clause alone",
        Effect.NEVER,
        # "Because ..." answers a question the brief does not ask; "At least when ..." qualifies a
        # sentence it does not show. Without a comma no main clause follows.
        pattern(
            r"^[\"“]?(?:because|at least (?:when|if|for)|only (?:when|if)|not (?:when|if))\b[^,;:]*$",
            hints=("because", "at least", "only", "not "),
        ),
        (
            "At least when it comes to housing.",
            "Because $6000 is a colossal amount that very few travellers can afford.",
            "Because I’m better than I was before.",
        ),
        (
            "Because of the storm, the match was called off.",
            "Because the dam broke, residents fled.",
            "The match was called off because of the storm.",
            "At least 40 people died when the dam broke.",
        ),
    ),
)
