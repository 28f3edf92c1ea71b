"""Catalogue rows read by the engine: sentences never shown in a brief (see ``sentence_rules``), and,
from ``lean_rules``, sentences that lean on the one before.

They see a body sentence as the brief would show it: whitespace folded, dateline dropped.
"""

from __future__ import annotations

import re

from citebrief.ingest.credit_caption_rules import CREDIT_CAPTION_RULES
from citebrief.ingest.finite_verbs import lacks_finite_verb
from citebrief.ingest.fragment_rules import FRAGMENT_RULES
from citebrief.ingest.page_leftover_rules import PAGE_LEFTOVER_RULES
from citebrief.ingest.page_notice_rules import PAGE_NOTICE_RULES
from citebrief.ingest.rule_tests import (
    FALSE_STARTS,
    MAX_WORDS,
    MIN_WORDS,
    QUOTES,
    first_person_outside_quotes,
    page_speaks_to_reader,
    plain_words,
    quote_without_speaker,
    unlike_a_sentence_end,
    unlike_a_sentence_start,
)
from citebrief.ingest.sentence_rules import Effect, Rule, either, pattern

# "You" opening a line: a site's or a transcript's, but for the writer's "You may have seen ...", which
# sets a scene as any opening does.
_YOU = re.compile(r"you(?:['’]|\s)(?!(?:may|might) have\b|['’]ve (?:probably )?(?:seen|heard)\b)")


def _opens_with_you(text: str, lowered: str) -> bool:
    return _YOU.match(lowered) is not None and not any(mark in text for mark in QUOTES)

NEVER_RULES: tuple[Rule, ...] = (
    # ----- engine: never a brief sentence -----
    Rule(
        "too short or too long",
        Effect.NEVER,
        lambda text, lowered: not MIN_WORDS <= len(text.split()) <= MAX_WORDS,
        ("The dam held.", "Floods."),
        ("The dam held through the night, engineers said.",),
    ),
    Rule(
        "no closing full stop",
        Effect.NEVER,
        unlike_a_sentence_end,
        ("Will the dam hold through the whole winter?", "Flood waters rise in the valley below"),
        ("The dam held through the night, engineers said.", 'The mayor said: "We are safe now."'),
    ),
    Rule(
        "not a sentence start",
        Effect.NEVER,
        unlike_a_sentence_start,
        ("and then the water came over the wall.", "- the water came over the wall in the night."),
        ("The water came over the wall in the night.", "2,400 residents left their homes overnight."),
    ),
    Rule(
        "shouted heading",
        Effect.NEVER,
        lambda text, lowered: text.isupper() or text.startswith("CLOSE "),
        ("FLOODS HIT THE VALLEY AGAIN THIS WEEK.", "CLOSE The dam held through the night, engineers said."),
        ("The UN said the dam held through the night.",),
    ),
    Rule(
        "names and numbers only",
        Effect.NEVER,
        lambda text, lowered: plain_words(text) <= 1,
        ("Jo Lee, Al Roy, Ines Varga and Tom Hart, Merrow.", "Merrow Dam, 1961, Ines Varga, Mayor."),
        ("Ines Varga, the mayor of Merrow, opened the dam in 1961.",),
    ),
    Rule(
        "web address or handle",
        Effect.NEVER,
        pattern(
            r"https?://|www\.|@\w|\bjavascript\b|\bbrowser\b",
            hints=("http", "www.", "@", "javascript", "browser"),
        ),
        ("Read the report at www.example.org today.", "Follow the mayor at @inesvarga for updates."),
        ("The mayor wrote to residents on Monday evening.",),
    ),
    Rule(
        "call to action",
        Effect.NEVER,
        pattern(
            r"\bclick\b|\bsubscribe\b|\bnewsletters?\b|\bsign\s+up\b|\bread\s+more\b|\bfollow\s+(?:us|him|her)\s+on\b",
            hints=(
                "click",
                "subscri",
                "newsletter",
                "sign up",
                "read more",
                "follow us",
                "follow him",
                "follow her",
            ),
        ),
        ("Sign up for our daily briefing on the floods.", "Click the button below to see the map."),
        ("Residents signed the petition on Monday evening.",),
    ),
    Rule(
        "legal and site notice",
        Effect.NEVER,
        pattern(
            r"\bcookies?\b|\bcopyright\b|©|\ball\s+rights\s+reserved\b|\bterms\s+of\s+(?:use|service)\b"
            r"|\bcomments?\s+(?:section|policy)\b|\bcommenting\b|\bour\s+(?:community|users|readers)\b"
            r"|\bemail\s+(?:us|address)\b|\byou\s+(?:may|can)\s+(?:opt[-\s]?out|unsubscribe)\b",
            hints=(
                "opt",
                "unsubscribe",
                "cookie",
                "copyright",
                "©",
                "reserved",
                "terms of",
                "comment",
                "our community",
                "our users",
                "our readers",
                "email",
            ),
        ),
        (
            "This site uses cookies to measure traffic.",
            "Please keep the comments section civil.",
            "You may opt-out at any time.",
        ),
        ("The council's terms were accepted on Monday evening.", "Parents can opt out of the new dam tax."),
    ),
    Rule(
        "teaser or aside",
        Effect.NEVER,
        # A page pointing at its own video or take, or an aside tacked on: not the story's news. ("Here
        # are 18 facts about the Tube" often opens a list the reference summary tells: not a teaser.)
        pattern(
            r"^(?:here(?:'s|’s| is) (?:his|her|their|our|my|the full|what|why|how|a look)\b|oh,? and also\b"
            r"|check out\b|take a look\b|watch (?:it|the video|the clip|him|her|as)\b|see (?:more|also)\b"
            r"|click )",
            hints=("here", "oh", "check", "take a", "watch", "see ", "click"),
        ),
        (
            "Here's his take on the new iPhone and what it means for Sprint.",
            "Oh, and also he once sold a cat on eBay for a dollar.",
            "Here's what you need to know about the new mayor.",
            "Watch the video of the prank below for the whole scene.",
        ),
        (
            "The mayor said the dam was safe here and in the valley.",
            "Watchers on the hill saw the water rise over the wall.",
            "Here are 18 facts about the London Tube you might not have known.",
            "Residents were told to check on their neighbours before leaving.",
        ),
    ),
    Rule(
        "film credits",
        Effect.NEVER,
        # A review's credit block: a role, a comma or colon, then names ("Screenplay, Alvarez, Rodo
        # Sayagues, based on ...", read on the val folders' three film reviews).
        pattern(
            r"(?:screenplay|executive producers?|production designer|costume designer|editor|music|camera"
            r"|running time|with)\s*[,:]\s*\S",
            start=True,
        ),
        (
            "Screenplay, Alvarez, Rodo Sayagues, based on the motion picture “The Merrow Dam” by Ines Varga.",
            "Executive producers, Nathan Kahane, Joe Drake.",
            "Running time: 91 MIN.",
            "With: Jane Levy, Shiloh Fernandez, Lou Taylor Pucci.",
        ),
        (
            "The screenplay, written by Ines Varga, won a prize on Monday.",
            "With the dam closed, the town held its breath.",
            "Editor Tom Hart said the paper would print the letter.",
        ),
    ),
    Rule(
        "teaser",
        Effect.NEVER,
        # A line that only promises what the next one tells ("Here's how the paper reached that
        # number.", "One quote in particular stands out."): alone it tells the reader nothing. Read on
        # the val articles' 22,000 body sentences: 8 such lines, none a fact; two had been brief
        # sentences, one where a restatement made room.
        pattern(
            r"^(?:and |but |so )?(?:here(?:'s|’s| is| are) (?:what|how|why|a|an|some|the)\b[^:]*$"
            r"|that(?:'s|’s| is) not all\b|there(?:'s|’s| is) more(?: to (?:it|come|the story))?[.!]$)"
            r"|^[^,;:\"“]{0,60}\bstands? out[.!]$"
            r"|^[^,;:\"“]{0,50}\b(?:are|is)(?:n['’]t| not) the only ones?\b[^,;:\"“]{0,30}[.!]$"
            r"|^(?:another|one more|a new) [^,;:\"“]{0,60}\b(?:emerged|surfaced)(?: on)?(?: \w+day)?[.!]$",
            hints=("here", "stand", "not all", "more", "only one", "emerged", "surfaced"),
        ),
        (
            "Here's how the Arizona Republic ended up at that number.",
            "Here are some tips on getting the most out of your vacation.",
            "One quote in particular stands out.",
            "Republicans aren’t the only ones raising questions.",
            "Another possible clue into the plane's disappearance emerged Monday.",
            "But that's not all.",
        ),
        (
            "Here, the dam held through the night, engineers said.",
            "The dam stands out against the hills in photos taken on Monday.",
            "The Smiths aren't the only ones to lose their home: 40 families did, the mayor said.",
            "Another body emerged from the rubble on Monday, bringing the toll to 12.",
            '"Here\'s what I know: the dam will hold," the mayor said.',
            "Here is the chain of events: first, the mayor asked the council to close the dam.",
            "There's more rain to come on Monday, forecasters said.",
        ),
    ),
    Rule(
        "addressed to the reader",
        Effect.NEVER,
        # A line that opens with "you", outside quote marks: site text ("You can share ideas ..."), a
        # transcript's question ("You will play the Spirit again in four days."). Read on the val
        # articles' 111 such lines: none a fact a brief would tell in its own voice. The writer's "You
        # may have seen the articles ..." sets a scene as other openings do: without it one brief read
        # blind in pairs gave its words to "A Shalimar woman has a warning for them."
        # Anywhere in a line that also says "we": the page to its reader ("We hope that looking at these
        # results will encourage you to take part"); of the val articles' 92 such lines outside quote
        # marks, all are site text, appeals or statements whose "we" no brief can name.
        either(
            _opens_with_you,
            page_speaks_to_reader,
        ),
        (
            "You will play the Spirit again in four days in Seattle.",
            "You can share ideas for stories on the Open Wire.",
            "You always have the option to delete your location history.",
            "We hope that looking at these results will encourage you to take part in that discussion.",
            "Have a look at the top moments in our gallery, then share your own thoughts.",
        ),
        (
            "You may have seen some of the articles about the dam on Facebook.",
            'You are a patriot," the mayor said in a tweet on Monday.',
            "Young residents left the valley on Monday.",
            "Yours truly, the council wrote at the end of its letter to the mayor.",
            '"We will not leave you behind," the mayor told the residents of Merrow.',
            "We have now learned that the dam will hold.",
        ),
    ),
    Rule(
        "page furniture label",
        Effect.NEVER,
        pattern(r"\W*(?:updated?|editor['’]?s\s+note|correction|raw|more\s+information)\s*[:|]", start=True),
        (
            "Update: the dam held through the night, engineers said.",
            "Editor's note: this story has been changed.",
            "Updated | When the first humans left Africa, they got shorter.",
        ),
        ("Updates on the dam came every hour from the council.",),
    ),
    Rule(
        "transcript false starts",
        Effect.NEVER,
        lambda text, lowered: "-- " in lowered and FALSE_STARTS.search(lowered) is not None,
        ("If-- if you-- if you say the dam will hold, I believe it.",),
        ("The dam -- built in 1961 -- held through the night.",),
    ),
    Rule(
        "quote without a speaker",
        Effect.NEVER,
        quote_without_speaker,
        (
            '"The water came so fast, we had no time at all."',
            'We had no time at all," and then the wall broke.',
        ),
        (
            '"The water came so fast," the mayor said.',
            "The dam held through the night, engineers said.",
            '"Right Now" debuted at No. 50 on the chart in early February.',
            '"Where Have You Been," her last single, followed a similar path.',
        ),
    ),
    Rule(
        "unbalanced brackets",
        Effect.NEVER,
        lambda text, lowered: text.count("(") != text.count(")"),
        ("The dam (built in 1961 held through the night.",),
        ("The dam (built in 1961) held through the night.",),
    ),
    Rule(
        "first person in the article's own voice",
        Effect.UNCLEAR,
        first_person_outside_quotes,
        ("We have now learned that the dam will hold.", "I spend 40 minutes a day on the train to work."),
        ('"We have now learned that the dam will hold," the mayor said.', "The US said the dam would hold."),
    ),
    Rule(
        "attribution alone",
        Effect.NEVER,
        pattern(
            r"^[^\"“”,;:]{0,60}\b(?:said|says|reported|reports)\.$",
            hints=("said.", "says.", "reports.", "reported."),
        ),
        ("Mike Winter of the Iowa State Patrol said.", "Officials in Merrow reported."),
        (
            "Mike Winter of the Iowa State Patrol said roads were closed.",
            "Then the army moved twenty tanks to the border, officials said.",
        ),
    ),
    Rule(
        "cut off inside a name",
        Effect.NEVER,
        # A split after initials or a title ("J.R.R.", "Dr."): the name, and the sentence, go on in the
        # next unit. Country and time abbreviations end sentences.
        pattern(
            r"(?:^|\s)(?!(?:U\.S|U\.K|D\.C|U\.N|E\.U|A\.M|P\.M)\.$)(?:[A-Z]\.){2,3}$"
            r"|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof)\.$",
            lower=False,
        ),
        ("For his various writings about Middle Earth, J.R.R.", "The award went to the surgeon Dr."),
        ("The summit was held in Washington, D.C.", "The army base is now run by the U.S."),
    ),
    Rule(
        "no finite verb",
        Effect.NEVER,
        lacks_finite_verb,
        (
            "Title page of the first edition of the Book of Mormon (1830).",
            "The cabin of a Qatar Airways plane over the Gulf.",
            "Part of the $ 25 level for the film's fan.",
            "Above, a Sprint store in San Francisco on Monday.",
            "Dinosaur skeletons ABCD 12345 and 12346.",
            "Number of captures: 2,713,676,341",
            "A dichotomy in the NIF retinohypothalamic pathways.",
            "Police scanning the submarine for clues.",
            "In English and some French with English subtitles.",
            "Rather than paying multimillion dollar bonuses.",
            "After small businesses, a proposal for veterans.",
            "A stretch of 50 kilometers to the west.",
        ),
        (
            "Taylor and Democrats on the oversight committee disagree.",
            "No, I'm not running for Congress this year.",
            "Being a woman, we talk about equal pay all the time.",
            "He later withdrew the statement on Monday night.",
            "Residents left the valley before the dam broke.",
            "Apple buys Beats.",
            "The company employs 5,000 people.",
            "The fund returns 12 percent and 3 percent.",
            "The race for 2020 starts now.",
            "At Sibley, an average of 9.2 births occur daily.",
            "Flight 370 vanishes from radar over the sea.",
            "The iPhone 6 sells for $199 with a two-year contract.",
            "The price of the shares falls.",
            "The questions boil down to what Vikki Manko of Naperville, Illinois asks.",
            "After the mayor leaves, the council votes.",
        ),
    ),
    *PAGE_NOTICE_RULES,
    *PAGE_LEFTOVER_RULES,
    *CREDIT_CAPTION_RULES,
    *FRAGMENT_RULES,
)

