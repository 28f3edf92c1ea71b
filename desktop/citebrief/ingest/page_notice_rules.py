"""Catalogue rows for what a page says of itself or prints around a story's sentences: a dateline
left in place, a label before a colon, an appeal to the reader, the site's own notices, a heading run
into a sentence, a share bar, a headline printed twice. None is ever a brief sentence (see
``brief_rules``, which reads them before ``page_leftover_rules``).
"""

from __future__ import annotations

import re

from citebrief.ingest.dateline import opens_with_agency_mark
from citebrief.ingest.sentence_rules import Effect, Rule, pattern

# A page's own label before a colon ("Photos:", "Disclosure:", "Update 2:", "Redacted portion :").
_LABEL = re.compile(
    r"\W*(?:(?:photos?|pictures?|images?|videos?|watch|listen|related|see also|read more|more|credits?"
    r"|note|disclosure|advisory|fact ?check|exclusive)"
    r"|(?:update|correction|clarification)\b[^:\"“”]{0,25}|redacted \w+"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r" \d{1,2}) ?:\s"
)
# A title-case label and a figure: an infographic's line ("Cost of Weddings: $27,000").
_FIGURE_LABEL = re.compile(r"[A-Z][\w'’]*(?: (?:of|the|and|in|for|on|[A-Z][\w'’]*)){0,4} ?: [$£€]?\d")
# Two to five title-case words and a capitalised sentence after the colon ("Wedding Dress Spend: The
# average bride ..."): an infographic's or a list's heading run into its line. A label naming a
# person ("Mayor Ines Varga: the dam will hold") is followed by lower case and stays.
_TITLE_LABEL = re.compile(r"[A-Z][\w'’-]*(?: (?:of|the|and|in|for|on|to|a|[A-Z][\w'’-]*)){1,4}: [\"“]?[A-Z]")


def _label_before_colon(text: str, lowered: str) -> bool:
    colon = text.find(":")
    if colon < 0 or colon > 40:
        return False
    labels = ((_LABEL, lowered), (_FIGURE_LABEL, text), (_TITLE_LABEL, text))
    return any(label.match(subject) for label, subject in labels)


_ORDER = re.compile(
    r"(?:let (?:us|me) know|read on|make sure|take your|check out|sign up|follow us|tell us|send us"
    r"|email us|write to us|share your|find out|learn more|don't (?:forget|miss)|remember to)\b"
)
_APPEAL = re.compile(
    r"\bplease (?:visit|contact|consult|refer|consider|note|stay|keep|continue|share|donate|help|pray"
    r"|call|email|send|read|check|click|see|go|follow|like|support|remember|let|join|sign|subscribe"
    r"|enable|update)\b|\b(?:your|our) (?:continued )?(?:thoughts and )?prayers\b|\bthis gofundme\b"
)


def _appeal_to_the_reader(text: str, lowered: str) -> bool:
    """A request to the reader in the page's own voice; the same words inside a quote are news."""
    if "please" not in lowered and "prayers" not in lowered and "gofundme" not in lowered:
        return False
    for match in _APPEAL.finditer(lowered):
        before = lowered[: match.start()]
        if before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
            return True
    return False


_SHARE_WORDS = r"(?:share|tweet|email|e-mail|embed|pin|skip|close|print)"
_SHARE_BAR = re.compile(rf"\b{_SHARE_WORDS}\b(?:\W+(?:(?:x|in)\W+)?{_SHARE_WORDS}\b){{2,}}")


def _opening_said_again(text: str, lowered: str) -> bool:
    """Whether the line opens with the same three or more words twice (a headline printed twice)."""
    words = text.split(maxsplit=40)
    if len(words) < 6 or text.find(f"{words[0]} {words[1]}", 1) < 0:
        return False
    return any(words[:k] == words[k : 2 * k] for k in range(3, len(words) // 2 + 1))


PAGE_NOTICE_RULES: tuple[Rule, ...] = (
    Rule(
        "order to the reader",
        Effect.NEVER,
        # The page telling its reader what to do ("Let us know in comments ...", "Read on for ...") or a
        # column's advice to them ("Make sure when you come home ..."): no one in the story says it.
        # Not inside a quote ('Make sure you have water," Gov. Tom Hart said.'): official advice is news.
        lambda text, lowered: not any(mark in text for mark in '"“”')
        and _ORDER.match(lowered) is not None,
        (
            "Let us know in comments or send an email to the author.",
            "Read on for the backstage reactions of the cast.",
            "Make sure when you come home that you put your own shoes away.",
            "Take your gang conflict away from a 7-year-old.",
            "Find out more about the Merrow dam on the council's site.",
        ),
        (
            '"Make sure the dam holds," the mayor said.',
            "Readers wrote to the council about the dam.",
            "Making sure the dam holds is the council's job.",
            "Take the Merrow dam: it held for sixty years.",
            'Make sure you have water, batteries and a radio," Gov. Tom Hart said.',
        ),
    ),
    Rule(
        "dateline left in the sentence",
        Effect.NEVER,
        opens_with_agency_mark,
        (
            "(LAUGH) Let me just finish up with a couple personal questions.",
            "(HealthDay) -- researchers say a little jogging is good for you.",
            "MILLIS (CBS) the officer who was fired was found dead at home.",
        ),
        (
            "Mia (Jane Levy), a drug-addicted young woman, is in withdrawal.",
            '"(Bobby Goodlatte) never expected this to go viral," Stanfield said.',
            "Millis (Mass.) police fired the officer after the hoax shootout.",
        ),
    ),
    Rule(
        "label before a colon",
        Effect.NEVER,
        _label_before_colon,
        (
            "Photos: The search for MH370 Two years after the plane went missing, relatives wait.",
            "Redacted portion : The defense has a good faith belief that this official is named.",
            "Disclosure: The author has no positions in any stocks mentioned.",
            "Update 2: We've added a later statement from the company.",
            "Correction 31 July 2017: This article has been amended to make it clear.",
            "Cost of Weddings: $27,000 is what the average couple spends.",
            "Charges: 2 Minnesota ISIS recruits used student loans to finance travel.",
            "JUNE 18: Former Congresswoman Gabby Giffords throws out the first pitch.",
            "Wedding Dress Spend: The average bride pays $1,200 for her dress.",
            "Cost of Weddings: Couples spend more on the venue than on anything else.",
        ),
        (
            "Picture a volcanic eruption: fiery lava and smoke billowing skyward.",
            'The mayor said: "We will rebuild the dam before the winter comes."',
            "Kiruna's solution: Pick up the entire city and relocate it two miles away.",
            "The logic seems sound: The more tickets you buy, the better your odds.",
            "The vote was close: 7 of the 12 members backed the plan on Monday.",
            "Two days later, they had an answer: Legionnaires' disease, a form of pneumonia.",
            "Mayor Ines Varga: the dam will hold this year, engineers say.",
            "The Merrow Dam Authority said: The repairs will take three weeks.",
        ),
    ),
    Rule(
        "appeal to the reader",
        Effect.NEVER,
        _appeal_to_the_reader,
        (
            "Please keep Collin in your prayers as he recovers.",
            "If you need additional information about domain mapping, please visit our help center.",
            "We ask that you please continue sending your positive thoughts and prayers.",
            "We ask for your continued prayers for our entire family.",
            "For those who can help with this GoFundMe, thank you.",
            "And please stay tuned for special offers we will be unveiling.",
        ),
        (
            '"Please continue to pray for him and his family," the family said in the statement.',
            "“Please deal with Larry,” he said in an e-mail referring to the publicist.",
            "A GoFundMe page has been set up to take donations for the family.",
            "The family thanked neighbours for their prayers at the funeral on Monday.",
        ),
    ),
    Rule(
        "site hosting notice",
        Effect.NEVER,
        pattern(
            r"\bdomain mapping\b|\bthis domain (?:name )?(?:is|may be) for sale\b"
            r"|\b(?:page|site) you (?:requested|are looking for)\b",
            hints=("domain", "you requested", "you are looking for"),
        ),
        (
            "Your custom domain mapping may take as little as 15-30 minutes to resolve.",
            "This domain may be for sale, so contact the owner for details.",
            "The page you requested could not be found on this server.",
        ),
        (
            "The company bought the domain name for $30,000 in 2010.",
            "Mapping the domain of the protein took the team five years.",
        ),
    ),
    Rule(
        "rights or endorsement notice",
        Effect.NEVER,
        # The page's legal footer: who owns the marks, who does not endorse the site.
        pattern(
            r"\ball rights reserved\b|\brelated marks\b|\b(?:registered )?trademarks? of\b"
            r"|\bnot (?:endorsed|sponsored)(?: or (?:endorsed|sponsored))? by\b",
            hints=("rights reserved", "marks", "trademark", "endorsed", "sponsored"),
        ),
        (
            "STAR TREK and all related marks, logos and characters are owned by CBS Studios Inc.",
            "This website is not endorsed or sponsored by or affiliated with the studio.",
            "© 2014 Merrow Productions. All rights reserved.",
        ),
        (
            "The studio says it owns the Klingon language.",
            "The mayor endorsed the plan on Monday.",
            "The festival is sponsored by the Merrow council.",
        ),
    ),
    Rule(
        "the site speaking of itself",
        Effect.NEVER,
        pattern(
            r"\bbroken links on the web\b|\bconfirm your (?:signature|email|subscription)\b|\bvote to count\b"
            r"|^thank you for (?:supporting|signing|reading|visiting|subscribing)\b"
            r"|\btranscripts? (?:are|is) (?:created|produced)\b|\bnot be in its final form\b"
            r"|\bauthoritative record\b|\bwill update this (?:story|article|post|page)\b"
            r"|\bshare your (?:own )?(?:thoughts|views|comments)\b|\bin the comments\b"
            r"|\byou are encouraged to (?:download|share|print|sign)\b|\byour credit card will be charged\b",
            hints=(
                "broken links",
                "confirm your",
                "vote to count",
                "thank you for",
                "transcript",
                "final form",
                "authoritative",
                "update this",
                "share your",
                "comments",
                "encouraged",
                "credit card",
            ),
        ),
        (
            "The goal is to fix all broken links on the web .",
            "You must confirm your signature in your email for your vote to count.",
            "Thank you for supporting the campaign to make Juneteenth a National Holiday.",
            "NPR transcripts are created on a rush deadline by an NPR contractor.",
            "This text may not be in its final form and may be updated or revised in the future.",
            "The authoritative record of NPR's programming is the audio record.",
            "Denver7 will update this story as more information comes available.",
            "Have a look at the top moments, then share your own thoughts on the ceremony in the comments.",
            "You are encouraged to download and share electronically or print the card.",
            "If you don't skip the month by the 5th, your credit card will be charged $49.95.",
        ),
        (
            "The council voted to fix the broken links between the two rail lines.",
            "Officials said the signature on the will was forged.",
            "Transcripts of the calls were released to the court on Monday.",
            "Thank you for your service, the mayor told the firefighters on Monday.",
            "Police said the man's credit card was charged $500 at the store.",
        ),
    ),
    Rule(
        "heading glued to a sentence",
        Effect.NEVER,
        # "At the scene The bombardment ...", "45 The correlation ...": a heading, a byline or a
        # footnote's number runs into a sentence with no stop between them.
        pattern(
            r"(?:[\w'’&]+ ){1,6}(?:The|An?) "
            r"(?!(?:was|is|are|were|has|had|will|would|can|could|and|or)\b)[a-z]",
            hints=("the ", "a ", "an "),
            start=True,
            lower=False,
        ),
        (
            "COUNTDOWN TO 2020 The race for 2020 starts now.",
            "At the scene The bombardment has started in Binnish, which the opposition holds.",
            "Matthew Sheffield A writer and former tv producer, Sheffield covers politics for Salon.",
            "45 The correlation results suggest that the ads change behaviour.",
        ),
        (
            "In 2014 The Times reported the deal on its front page.",
            "Plan A was dropped after the dam broke on Monday.",
            "The ship A-12 was tested over Nevada in 1962.",
            "Residents of The Hague left the city on Monday.",
        ),
    ),
    Rule(
        "share bar",
        Effect.NEVER,
        pattern(_SHARE_BAR.pattern, hints=("share", "skip", "embed", "tweet", "email")),
        (
            "Time 46 of 68 Skip in Skip x Embed x Share CLOSE The bubble froze in the cold.",
            "Share Tweet Email Pin The dam held through the night, engineers said.",
        ),
        (
            "Residents share, tweet and email photos of the flood, the mayor said.",
            "Officials skipped the meeting and shared the report by email.",
        ),
    ),
    Rule(
        "opening words said again",
        Effect.NEVER,
        # A headline or a caption printed twice ("Photos: The search for MH370 Photos: The search for
        # MH370 ..."): a page's repeat, not prose.
        _opening_said_again,
        (
            "Photos: The search for MH370 Photos: The search for MH370 Relatives still wait for news.",
            "Charges: 2 recruits used loans Charges: 2 recruits used loans Hamza Ahmed was stopped.",
        ),
        (
            "The dam held, the mayor said, and the dam held again in the spring, the mayor said.",
            "Scale for the Assessment of Positive Symptoms, Scale for the Assessment of Mood were used.",
            "The number of people who left rose, and the number of people who came back fell.",
        ),
    ),
    Rule(
        "poll methods note",
        Effect.NEVER,
        # The footer a poll's report ends with (how it was taken, its error margin, the sample's
        # parties): what the poll found is the news; how it was conducted is the pollster's fine print.
        pattern(
            r"^(?:the )?(?:overall )?(?:results have an? )?margin of (?:sampling )?error (?:is|was|of)\b"
            r"|^(?:the |this )?(?:[\w.-]+ ){0,3}(?:poll|survey) was conducted\b.{0,80}?\bamong a random\b"
            r"|^partisan divisions are \d",
            hints=("margin of", "random", "partisan"),
        ),
        (
            "The overall margin of sampling error is plus or minus 3.5 percentage points.",
            "The Post-ABC poll was conducted Nov. 14-17 among a random national sample of 1,006 adults.",
            "Partisan divisions are 31-24-37 percent, Democrats-Republicans-independents.",
            "Results have a margin of sampling error of 3.5 points.",
        ),
        (
            "Obama's lead is within the poll's margin of error, the pollster said.",
            "The readings were off by 20 beats per minute, well beyond any margin of error.",
            "Police questioned a random sample of drivers on the bridge.",
            "Varga leads Hart 46 to 42 percent, within the margin of error of plus or minus 3.5 points.",
            "The poll, taken among a random sample of adults, found Varga ahead by 5 points.",
            "Partisan divisions are deepening in the council, analysts said.",
        ),
    ),
)
