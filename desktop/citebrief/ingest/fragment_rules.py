"""Lines that read as sentences but lean on what a brief never shows: the list, table or video their
article points at, the main clause a lone "Because ..." answers, the reader or interviewee a "you"
speaks to (which reads unclear rather than never), or the photo a caption describes. Part of
``brief_rules.NEVER_RULES``.
"""

from __future__ import annotations

import re

from citebrief.ingest.calendar_words import WEEKDAY
from citebrief.ingest.finite_verbs import lacks_finite_verb, relative_clause_only
from citebrief.ingest.rule_tests import asks, unquoted
from citebrief.ingest.sentence_rules import Effect, Rule, pattern

# "You may have seen ...", "Your favorite tracker ...", "If your customers ...": the page speaking to
# its reader, or an interviewer to a guest, in its own voice (a quote's "you" is the speaker's).
_ADDRESS = re.compile(
    r"^(?:(?:and|but|so|if|when|now|well|then|of course|again),? )?"
    r"(?:you|your|yours|yourself|you'(?:ll|re|ve|d)|you’(?:ll|re|ve|d))\b"
)
_QUOTE_MARKS = ("\"", "“", "‘")
# "should" or "must" in the main clause, before any word that opens a clause inside it ("a principle
# that the court should follow", "why bears should be listed" are someone's reasoning, not the writer's).
_VERDICT = re.compile(
    r"^(?:(?!\b(?:that|who|whom|which|why|whether|if|how|when|where|while|because)\b)[^;:])*?"
    r"\b(?:should|shouldn't|must|ought to|surely)\b(?!-)"
)
# What a law, ruling or deal requires ("Under the new law, employers must ...") and a conditional
# "Should the measure pass, ..." are no one's advice.
_REQUIRED = re.compile(r"^(?:under|according to|by law|should)\b")
# Said by someone the sentence names: their view, reported.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|told|tells|according to|argued|argues|countered|wrote|writes|urged|urges"
    r"|insisted|insists|added|asked|warned|warns|believes?|thinks?|claims?|contends?|ruled|rules|ordered"
    r"|orders|announced|predicted|required|requires)\b"
)


def _writers_verdict(own: str) -> bool:
    """A verdict in the main clause of the sentence's own words (``own``) that no one is said to give."""
    return _VERDICT.search(own) is not None and _ATTRIBUTED.search(own) is None


# What only a research paper says of itself (quoted, it is a researcher speaking).
_PAPER_VOICE = re.compile(
    r"\bhere,? we (?:show|report|present|demonstrate|describe|provide|propose|find)\b"
    r"|\bin (?:this|the present) (?:study|paper|article|work|report),? we\b"
    r"|\bour (?:results|findings|data|study|analysis) (?:suggest|show|indicate|demonstrate|reveal)"
    r"|\bto (?:the best of )?our knowledge\b|\bwe conclude\b"
    r"|\bet al\.|\(n ?= ?\d|\bp ?[<=] ?0?\.\d|\b95 ?% ?ci\b"
)
# Each alternative of `_PAPER_VOICE` holds one of these, which hold no space and no quote mark, so a
# text without them has none outside its quotes either: the rule, which searches the pattern on every
# sentence a brief weighs, searches it on a third of the body sentences of the speed benchmark's 690
# articles (their rule took 0.29 s, now 0.13 s).
_PAPER_HINTS = ("we", "our", "al.", "<", "=", "95")


def paper_voice(text: str, lowered: str) -> bool:
    return any(map(lowered.__contains__, _PAPER_HINTS)) and _PAPER_VOICE.search(unquoted(lowered)) is not None

# "King Features, was directed by ...": a verb after the first comma, with no verb before it, belongs
# to a subject the split left in the sentence before ("The cartoon, a collaboration with Blow Me Down!
# King Features, was directed ...").
# "In the end, was it worth it?" asks: a pronoun after the verb is its subject.
_SUBJECT_CUT = re.compile(
    r"^([^,;:]{1,60}), (?:was|were|is|are|has|have|had|will|would|can|could)\b"
    r"(?! (?:it|he|she|they|we|you|i|there|this|that)\b)"
)


def _cut_before_its_verb(text: str, lowered: str) -> bool:
    found = _SUBJECT_CUT.match(text)
    if found is None or asks(text):
        return False  # a question asks with its verb first
    return lacks_finite_verb(found.group(1), found.group(1).lower())

# A photo caption in the present tense, dated at its end in full or as days past ("Conway speaks in
# support of Webber at an event in Wayne, N.J., on Oct. 22, 2018.", "Pelosi speaks during a news
# conference at the Capitol last week."): news is told in the past, and a plan is not "last week".
_PRESENT_CAPTION = re.compile(
    r"\b(?:speaks|arrives|attends|gestures|waves|poses|looks on|listens|walks|stands|sits|smiles|talks"
    r"|greets|reacts|leaves|departs|takes cover|take cover|participates|delivers remarks|addresses|exits"
    r"|shakes hands"
    r"|enters|accepts|performs|embraces|hugs|celebrates"
    # what a picture shows held up; a meeting or a vote a body "holds" on a date is news
    r"|holds?(?: up)? [^.]{0,40}?\b"
    r"(?:sign|sticker|flag|banner|poster|placard|photo(?:graph)?|picture|candle)s?)\b"
    r".*\b(?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? "
    r"\d{1,2}(?:, \d{4}|st|nd|rd|th)"
    r"|last (?:week|month|year|night|weekend)|yesterday|earlier this (?:week|month|year))"
    # the place may follow the date: "... on Sunday, Feb. 26, 2017, at the Dolby Theatre in Los Angeles."
    r"(?:,? (?:at|in|on) [^.;]*)?\.$"
)
# A speech verb and, after it, only where or when it was said ("Colbert said on The Colbert Report
# Thursday night.", "Francis told Benedict in a gesture of humility."): the quote it introduced was cut.
_SPEECH_THEN_PLACE = re.compile(
    r"^[^\"“”‘’,;:—–]{2,60}?\b(?:said|says|told|tells|added|adds|wrote)"
    r"(?: (?:reporters|the [a-z]+|him|her|them"
    rf"|(?!{WEEKDAY}\b)"
    r"(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,2}))?"
    r"( (?:on|in|at|during|before|after|from|while|late|early|earlier|later|via|through|over)\b"
    r"[^\"“”,;:]*)\.$"
)


def _speech_without_its_words(text: str, lowered: str) -> bool:
    found = _SPEECH_THEN_PLACE.match(text)
    if found is None or " that " in found.group(1):
        return False
    tail = found.group(1).strip()
    return lacks_finite_verb(tail, tail.lower())


# "these questions", "those additional layers" past the first clause (the catalogue's first-clause rule
# has the rest), and "that's" right after an opening phrase: what they point at the sentence before
# named. Time words point at the article's day, and "those who" is introduced by what follows.
_LATER_DEMONSTRATIVE = re.compile(
    r"\b(?:these|those) (?!(?:days?|year|years|weeks?|months?|times?|who|whose|which|that|are|were|is|was"
    r"|have|had|will|would|could|can|may|might|and|or|to|in|of|on|at|for|from|with|responsible|involved"
    r"|present|close|familiar|eligible|under|over|aged|less|more|they|we|you|he|she|i|[a-z]+ed|[a-z]+ing"
    r"|[a-z]+en|found|held|hurt|left|caught|shot|lost|sent|kept|built|brought|made|hit|led|paid|sold|put|set)\b)"
    r"(?<!one of those )[a-z]"
    r"|^[^,;:]{3,60}, (?:[a-z ]{3,20}, )?(?:that|this)(?:'s|’s| is| was)\b"
)


def _demonstrative_later(text: str, lowered: str) -> bool:
    if not any(map(lowered.__contains__, ("these ", "those ", "that", "this"))):
        return False
    return _LATER_DEMONSTRATIVE.search(unquoted(lowered)) is not None


_CUT_OFF = re.compile(r"(?:\.\.\.|…)$")
# Words a sentence never ends on: a clause was cut after them.
_CUT_AFTER = re.compile(
    r"\b(?:whether|that|to|and|or|but|the|a|an|of|in|on|for|with|if|as|by|at|from|which|who|is|was|are"
    r"|were|will|would|because|when|while|than)\s*(?:\.\.\.|…)$"
    # an ellipsis set off by a space, or after an opened quote: a link's text cut to fit ("a new study ...")
    r"|\w \s*(?:\.\.\.|…)$|['‘\"“]\w[^'’\"”]*(?:\.\.\.|…)$"
)

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
            r"|\bthe (?:[a-z-]+ ){0,2}(?:list|chart|table|map|video|clip|footage|photos?|images?|pictures?"
            r"|pics?|graphic|slideshow|gallery|tweet|post) (?:below|above)\b"
            r"|\b(?:see|seen|watch|pictured|featured|embedded) (?:below|above)\b"
            r"|^(?:below|above)(?: is| are|,)? (?:an?|the|some|more) "
            r"|\bhere are (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|some)\b"
            r"|\bcompiled a list of\b",
            hints=("following", "below", "above", "here are", "compiled a list"),
        ),
        (
            "Warning: The following video contains graphic footage.",
            "The plaintiffs say the conduct caused the following injuries and losses.",
            "Looking at the list below can tell you whether something may raise your risk.",
            "All of it will go directly to the costs listed above.",
            "Nobody could resist the cuddly image below of the rescued cat.",
            "Below is a video of the water pouring over the dam.",
            "The mayor's speech can be seen below.",
            "Our reporter was there, and here are ten of the most memorable things he heard.",
            "The Merrow Times has compiled a list of the best moments from Sunday.",
        ),
        (
            "On the following Monday, the girl found several letters.",
            "Obama spoke following a decree by Putin.",
            "The baby landed on the elevator car six stories below.",
            "Prices rose above $100 a barrel.",
            "Temperatures stayed below freezing all week in the valley.",
        ),
    ),
    Rule(
        "points at a paper's figure or reference",
        Effect.NEVER,
        # "(Fig. 6)", "(ref. 20)", "[12, 14]": a line of a paper that leans on its figures and its
        # reference list, neither of which a brief shows.
        pattern(
            r"\((?:see )?(?:fig|figs|figure|figures|table|tables|ref|refs|supplementary)\b\.? ?[\dS]"
            r"|\b(?:fig|figs|figure|table|ref)\.? ?\d+[a-z]?\)|\[\d+(?:[,–-] ?\d+)*\]",
            hints=("fig", "table", "ref", "suppl", "["),
        ),
        (
            "A hot mantle wedge beneath the volcano is at odds with a cold mantle just west of it (Fig. 6).",
            "Cold mantle (<700 °C (ref. 20)) lies west of the volcano.",
            "Earlier studies found the same [12, 14].",
            "A cluster of earthquakes lies southeast of the volcano (23–44 km depth, Fig. 6).",
        ),
        (
            "The volcano erupted in 1980, killing 57 people.",
            "The figure of 57 dead was given by the state (a figure disputed since).",
            "The table was set for 12 [guests].",
        ),
    ),
    Rule(
        "a paper's own voice",
        Effect.NEVER,
        # "Here we show evidence that ...", "(n = 40)", "p < 0.05", "et al.": a research paper's abstract
        # speaks to its field; the news reports of the same study tell it to the brief's reader.
        paper_voice,
        (
            "Here we show evidence that an extended nap helps infants retain their memories.",
            "In this study, we compared 83 alcohol education advertisements.",
            "Our results suggest that hunger increases the intention to acquire objects.",
            "Patients given the drug improved more (n = 40, p < 0.05).",
            "Smith et al. found the same in 2012.",
            "To our knowledge, such an analysis has not been reported in the literature.",
            "This is the first evidence to our knowledge that sleep helps infants remember.",
            "We conclude that a basic motivation can affect what people want.",
        ),
        (
            "Researchers say an extended nap helps infants retain their memories.",
            '"Our results suggest hunger matters," said Dr. Ines Varga.',
            "Here we are again, the mayor said of the flood.",
            '"To our knowledge, this is the first such study," said Dr. Ines Varga.',
        ),
    ),
    Rule(
        "speech verb whose words were cut",
        Effect.NEVER,
        # What "said" introduced stood in a quote the page set apart (a video, a pull quote) and the
        # sentence keeps only when and where.
        _speech_without_its_words,
        (
            "Colbert said on The Colbert Report Thursday night.",
            "Francis told Benedict in a gesture of humility.",
            "The mayor told reporters at the dam on Monday evening.",
            "Engineer Tom Hart said in a statement.",
        ),
        (
            "The mayor said on Monday the dam would hold.",
            "Colbert said on Thursday that the show would end.",
            "Hart told the council in March the repairs would take three weeks.",
            "The dam held through the night, the mayor said on Monday.",
            "The mayor said in a statement.\" And then she left.",
            "Officials told the man to leave the dam before the night.",
            "The ministry is ready to help — or so it says on April Fools' Day.",
        ),
    ),
    Rule(
        "demonstrative later in the sentence",
        Effect.LEANS,
        _demonstrative_later,
        (
            "Journalists, who have a range of assignments, will not always agree on these questions either.",
            "Engineers then poured concrete over those additional layers of the spillway.",
            "In Ohio, for example, that's another 6 percent.",
        ),
        (
            "Residents left the valley, and many of them said they would stay away these days.",
            "Engineers praised those who stayed behind to guard the dam.",
            "The Red Cross set up beds for those evacuated from the valley.",
            "Video showed two cars matching the descriptions of those driven by the mayor and her aide.",
            '"These cracks are new," the engineer said on Monday.',
            "The mayor said that the dam would hold this year.",
        ),
    ),
    Rule(
        "the same as what came before",
        Effect.LEANS,
        # "Black and Hispanic young people are in the same situation.", "Prodigy responded with 'Burn' the
        # same year.": ending on "the same ..." with nothing to compare it with, the line points at the
        # one before it; "the same amount as a cup of coffee" says what it is the same as.
        pattern(r"\bthe same (?:[a-z-]+ )?[a-z-]+[.!?][\"”’']?$", hints=("the same ",)),
        (
            "Black and Hispanic young people are in the same situation.",
            "The rapper responded with a song of his own the same year.",
        ),
        (
            "The dose delivers the same amount of caffeine as a cup of coffee.",
            "46 percent say the same about the Democratic Party.",
            "It happened on the same day that the mayor resigned.",
        ),
    ),
    Rule(
        "subordinate clause alone",
        Effect.NEVER,
        # "Because ..." answers a question the brief does not ask; "At least when ..." qualifies a
        # sentence it does not show. Without a comma no main clause follows.
        pattern(
            r"^[\"“]?(?:because|if|unless|although|though|whereas|in case|at least (?:when|if|for)"
            r"|only (?:when|if)|not (?:when|if))\b[^,;:]*$",
            hints=("because", "if", "unless", "though", "whereas", "in case", "at least", "only", "not "),
        ),
        (
            "At least when it comes to housing.",
            "Because $6000 is a colossal amount that very few travellers can afford.",
            "Because I’m better than I was before.",
            "If your customers – are being mistreated.",
            "Although the dam held through the night.",
            "In case you were not already aware that the mayor and the engineer are best friends.",
        ),
        (
            "Because of the storm, the match was called off.",
            "Because the dam broke, residents fled.",
            "The match was called off because of the storm.",
            "At least 40 people died when the dam broke.",
            "If the dam breaks, the town floods.",
            "Though small, the dam held.",
        ),
    ),
    Rule(
        "verb only in a relative clause",
        Effect.NEVER,
        relative_clause_only,
        (
            "Words that should be required reading for men and women of all ages.",
            "A bloody footprint on a bathmat that more closely corresponds with Tom Hart's footprints.",
            "Residents who live below the Merrow dam.",
            "All except for Mount Hood, which stands apart about 50 kilometers to the west.",
        ),
        (
            "The man who shot him was arrested.",
            "Residents that day fled the valley.",
            "Now that industry is endangering the town and paying for its move.",
            "At least that has barbecue sauce.",
            "In 2010, residents who fled returned.",
            "Those who survived say the water came fast.",
            "The mayor, who spoke on Monday, said the dam would hold.",
        ),
    ),
    Rule(
        "participle phrase alone",
        Effect.NEVER,
        # "Charged with eight counts of ...": a list item whose subject is in the line above it; with a
        # comma the phrase opens a sentence that names its subject ("Founded in 1900, Kiruna ...").
        pattern(r"^[A-Z][a-z]+ed (?:with|by|for|in|as|of|on|at|to|from)\b[^,;:]*$", lower=False),
        (
            "Charged with eight counts permitting a minor to illegally possess alcohol.",
            "Based in Merrow since 1961.",
        ),
        (
            "Founded in 1900 and run by a mining company, Kiruna has been an industry town for a century.",
            "Charged with fraud, Ines Varga resigned on Monday.",
            "Residents fled to the hills.",
        ),
    ),
    Rule(
        "entry of a list of people",
        Effect.NEVER,
        # "Matthew Moll, 21, Mansfield, CT. Charged with eight counts ...": one line of a list of the
        # charged, its subject in the list's heading.
        pattern(
            r"^(?:[A-Z][\w'’.-]* ){1,3}[A-Z][\w'’-]+, \d{1,3}, (?:of )?[A-Z][\w .'’-]*, [A-Z]{2}\.(?: |$)",
            hints=(", ",),
            lower=False,
        ),
        (
            "Matthew Moll, 21, Mansfield, CT. Charged with eight counts of permitting a minor to drink.",
            "Jo Lee, 20, of Merrow, OR.",
        ),
        (
            "Tom Hart, 21, of Merrow, was charged with arson.",
            "Tom Hart, 21, Merrow, Ore., was charged with arson.",
        ),
    ),
    Rule(
        "subject cut off before its verb",
        Effect.NEVER,
        _cut_before_its_verb,
        (
            "King Features, was directed by designer Darren Romanelli.",
            "Hart Brewing of Ardley, has closed its doors.",
        ),
        (
            "The cartoon, a collaboration with King Features, was directed by Darren Romanelli.",
            "In the end, was it worth it?",
            "Ines Varga said, was the dam safe?",
            "However, the dam held.",
        ),
    ),
    Rule(
        "cut off by an ellipsis",
        Effect.NEVER,
        # "investigating whether..." or a quote left open in "...": the page cut the sentence short, and
        # a brief would show half a thought. A closed quote ending in "..." trails off on purpose, and
        # taking those out too cost ROUGE.
        lambda text, lowered: (
            _CUT_OFF.search(lowered) is not None
            and (
                _CUT_AFTER.search(lowered) is not None
                or text.count('"') % 2 == 1
                or "“" in text[text.rfind("”") + 1 :]
            )
        ),
        (
            "Pink said her daughter recently told her that \"I'm the ugliest girl I know ...",
            "Police are now investigating whether...",
            "The mayor said the dam would hold and …",
            "A dam older than any in Europe held the flood back, a new study ...",
            "Researchers found evidence for the much theorized 'hot ...",
        ),
        (
            "The mayor said ... the dam would hold.",
            "Police are now investigating whether the dam held.",
            '"The dam will hold, and then we will see ..." the mayor said.',
            "The mayor said the water kept on rising...",
        ),
    ),
    Rule(
        "speaks to the reader",
        # Unclear rather than never: ledes such as "Your tracker may not be accurate, a study says"
        # carry news (left out altogether they cost 0.05 ROUGE-1 at 250 words; lowered, nothing).
        Effect.UNCLEAR,
        lambda text, lowered: not lowered.startswith(_QUOTE_MARKS) and _ADDRESS.match(lowered) is not None,
        (
            "You may have seen some of the articles popping up on Facebook about the dam.",
            "Your favorite fitness tracker may not be totally accurate, a study says.",
            "If your customers are being mistreated, the bank should pay.",
            "You’ll have to wonder awhile longer about the escort.",
        ),
        (
            '"You can\'t build here," the mayor told the engineers.',
            "Young residents left the valley on Sunday.",
            "The more tickets you buy, the better your odds of winning.",
        ),
    ),
    Rule(
        "the writer's own advice or verdict",
        # Unclear like the writer's "we": a column's "Belanger should have little trouble", "They should
        # not be missed", "Surely whoever wins should be hoping ..." is a view no one in the story holds.
        Effect.UNCLEAR,
        lambda text, lowered: any(map(lowered.__contains__, ("should", "must", "surely", "ought to")))
        and _REQUIRED.match(lowered) is None
        and _writers_verdict(unquoted(lowered)),
        (
            "The Merrow council must ensure the dam is repaired before the spring.",
            "With the vote won, Varga should have little trouble finally repairing the dam.",
            "They are on tour now, and should not be missed.",
            "Surely whoever wins the election should be hoping to repair the dam.",
        ),
        (
            "The council should decide by Friday, the mayor said.",
            "Engineers argued the dam must be repaired before spring.",
            "The plan is that the council should meet on Friday.",
            "Varga asked why the council should pay for the dam.",
            '"The council must act," Varga said.',
            "Congress passed a must-pass defense bill on Friday.",
            "Under the new law, employers must provide paid leave.",
            "The utility must pay 3 million euros, a Merrow judge ruled Friday.",
            "Should the measure pass, the dam would be rebuilt.",
        ),
    ),
    Rule(
        "present-tense photo caption",
        Effect.NEVER,
        lambda text, lowered: lowered.endswith(".") and _PRESENT_CAPTION.search(lowered) is not None,
        (
            "White House counselor Kellyanne Conway speaks in support of a candidate in Wayne, N.J., "
            "on Oct. 22, 2018.",
            "Mayor Ines Varga waves to residents at the Merrow dam on June 17, 2017.",
            "House Minority Leader Ines Varga speaks during a news conference at the Capitol last week.",
            "Tom Hart exits the stage after the award on Sunday, Feb. 26, 2017, at the Merrow Theatre.",
            "Ines Varga shakes hands with a supporter after a rally Thursday, Oct. 3, 2013, in Merrow.",
            "Tom Hart speaks to police shortly after his rescue on August 11th.",
            'A supporter holds a "Varga for Mayor" sticker during a watch party, Thursday, Oct. 3, 2013, '
            "in Merrow.",
            "Protesters hold up signs outside the Merrow dam on June 17, 2017.",
        ),
        (
            "Mayor Ines Varga spoke to residents at the Merrow dam on June 17, 2017.",
            "Mayor Ines Varga spoke during a news conference at the Capitol last week.",
            "Mayor Ines Varga speaks at the Merrow dam on Monday.",
            "The new law takes effect on Jan. 1, 2019.",
            "The mayor waves away the engineers' warnings, residents said.",
            "The mayor holds office until Jan. 1, 2019, in Merrow.",
            "The council holds a vote on the dam on June 17, 2019.",
        ),
    ),
)
