"""Catalogue rows read by the engine: sentences that lean on the one before them in their article
("He said ...", "However, ...", "The monitor said ...", the tail of a quote), so that a brief shows
them only after it (see ``sentence_rules`` and ``engine.dependencies``).

They see a body sentence as the brief would show it: whitespace folded, dateline dropped.
"""

from __future__ import annotations

import re

from citebrief.ingest.pointing_words import POINTING_RULES
from citebrief.ingest.rule_tests import (
    ROLE_SPEAKER,
    TIME_WORDS,
    after_opening,
    continues_a_quote,
    group_outside_quotes,
    opens_with_reference,
    person_named_nowhere,
    role_without_name,
    speaker_only_inside_quote,
    speaker_outside_quotes,
    unquoted,
)
from citebrief.ingest.sentence_rules import Effect, Rule, pattern
from citebrief.ingest.verb_words import AUXILIARIES, IRREGULAR_PASTS

# A finite verb right after "the two": they are the subject, two people the line before named.
_VERBS = "|".join(sorted(AUXILIARIES | IRREGULAR_PASTS))
# "instead" inside a sentence, neither "instead of" nor after a comma (the contrast told just before).
_INSTEAD = re.compile(r"(?<![,;:—–] )(?<=\w )instead\b(?! of\b)")
# What the sentence itself sets "instead" against: "did not surrender but instead fled", "vetoed the bill
# and instead issued an order", "canceled the parade and will hold a service instead".
_CONTRAST = re.compile(
    r"\b(?:and|but|not|never|no|refused|declined|rejected|vetoed|canceled|cancelled|scrapped|dropped)\b|n't"
)


def _instead_alone(lowered: str) -> bool:
    """An "instead" in the sentence's own words with nothing before it that it is set against."""
    own = unquoted(lowered)
    found = _INSTEAD.search(own)
    return found is not None and _CONTRAST.search(own, 0, found.start()) is None


LEANS_RULES: tuple[Rule, ...] = (
    Rule(
        "pronoun or connective opener",
        Effect.LEANS,
        lambda text, lowered: opens_with_reference(lowered),
        (
            "He said the dam would hold.",
            "However, the water kept rising.",
            "That's when the wall broke.",
            "It's a sign the dam will not hold.",
            "Plus, the engineers huddled together to keep warm.",
            "That night, residents fled the valley.",
            "Accordingly, the deletion is present at the time of conception.",
            "Again, it's all very labyrinthine.",
        ),
        (
            "This July, nine months after the council failed to pass a budget, the dam was shut.",
            "This week the council voted to close the dam.",
            "Heavy rain fell all night.",
            "Rivers rose all night.",
            "Thousands left their homes.",
            "Plus-size models walked in Merrow.",
            "Regardless of the vote, the dam will open.",
            "Against the odds, the dam held.",
        ),
    ),
    Rule(
        "counted group opener",
        Effect.LEANS,
        # "All three — a male and two females — live in Kenya.": which three the sentence before said.
        pattern(
            r"^(?:all|each|none|neither|either)(?: of)?(?: (?:the|them|these|those))? "
            r"(?:two|three|four|five|six|seven|eight|nine|ten)\b(?![-‑])",
            hints=("all ", "each ", "none ", "neither ", "either "),
            start=True,
        ),
        (
            "All three — a male and two females — live on a conservancy in Kenya.",
            "All four of them were taken to hospital.",
            "Each of the two boats carried 40 people.",
            "None of the five has been charged.",
        ),
        (
            "All flights were cancelled on Monday.",
            "All 40 passengers survived the crash.",
            "Each year thousands visit the dam.",
            "All three-year-olds get a place.",
        ),
    ),
    Rule(
        "gerund on what came before",
        Effect.LEANS,
        # "Losing it leaves the president more vulnerable.": what "it" is was said the line before.
        pattern(
            r"^(?!(?:during|nothing|something|everything|anything|morning|evening|spring|king|according"
            r"|beijing|sterling|wedding|building|ceiling|thing)\b)"
            r"[a-z]+ing (?:it|them|this|that|these|those)\b",
            hints=("ing ",),
            start=True,
        ),
        ("Losing it leaves the president more vulnerable.", "Fixing them will cost $2 million."),
        (
            "Losing the vote leaves the president more vulnerable.",
            "During that time the dam held.",
            "Nothing that the mayor said was new.",
            "According to them, the dam held.",
        ),
    ),
    Rule(
        "connective phrase opener",
        Effect.LEANS,
        # Several words that carry on from the sentence before: what is added to, the result of, the
        # example of, or the day after it.
        after_opening(
            r"(?:in addition|as a result|for (?:example|instance)|on the other hand|by contrast|in contrast"
            r"|once again|even so|in other words|at the same time|in turn|in response|to that end|after that"
            r"|in fact|as such|that said|in the meantime|since then|by then|the (?:next|following|same) day"
            r"|that same day|(?:just |only )?(?:a day|(?:a few )?(?:days|hours|weeks|months)) later"
            # what is added to what the sentence before told ("Beyond that, Google also licenses data.")
            r"|(?:beyond|besides|on top of|apart from|aside from|other than) (?:that|this),"
            # the second or last point of a list whose first the brief may not show
            r"|(?:second|third|fourth|fifth|finally|lastly),)(?=[,\s])(?!\s(?:to|of)\b)"
        ),
        (
            "In addition, Rezko has stated to the government that he met the official.",
            "As a result, the town flooded.",
            "Once again, hunger had no effect on how much people liked the clips.",
            "Days later, the dam broke.",
            "Third, weeks later the mayor fired the engineer.",
            "Just days later, the army announced that part of a missile system had arrived.",
            "Beyond that, Google also licenses data from others.",
            "On top of that, the bridge was closed.",
        ),
        (
            "In addition to the dam, the town lost its bridge.",
            "As a resultant flood spread, the town emptied.",
            "On Monday the dam broke.",
            "Third Avenue was closed after the dam broke.",
            "Beyond that point, the river was closed to boats.",
        ),
    ),
    Rule(
        "connective after the subject",
        Effect.LEANS,
        after_opening(
            r"[^,;:\"“”]{2,50}, (?:however|though|meanwhile|instead|therefore|nevertheless|nonetheless"
            r"|in turn|in contrast|by contrast|for (?:its|his|her|their) part),"
        ),
        (
            "The timing, however, suggests the phone will come late.",
            "Apple, for its part, declined to comment on the launch.",
        ),
        (
            "The timing of the launch suggests the phone will come late.",
            "However late it comes, the phone will sell well.",
        ),
    ),
    Rule(
        "connective adverb after the subject",
        Effect.LEANS,
        # "Kimble thus sued Marvel.": the reason, or the turn, is the sentence before.
        after_opening(
            r"(?:[\w'’.-]+ ){1,4}(?:thus|therefore|hence|consequently|accordingly|likewise|similarly"
            r"|in turn) (?!far\b)"
        ),
        (
            "Kimble thus sued Marvel, and brought the case to the Supreme Court.",
            "Mount St Helens therefore presents a thermal paradox.",
            "Carrie Russell in turn shipped the pills to Japan.",
            "The court will therefore hear the case again.",
        ),
        (
            "The dam has thus far held.",
            "Thus far, the dam has held.",
            "The ruling means players are employees under federal law and therefore can unionize.",
        ),
    ),
    Rule(
        "instead of what the sentence before said",
        Effect.LEANS,
        # "Investigators are instead examining his meetings.": instead of what the line before told. A
        # sentence that names both ("instead of", "rather than", "refused, instead ...") stands alone.
        lambda text, lowered: "instead" in lowered
        and "rather than" not in lowered
        and _instead_alone(lowered),
        (
            "Investigators are instead examining his meetings with the ambassador.",
            "The new device instead alerts the caregiver by a wireless signal.",
            "Lawmakers instead ought to pass a short-term budget, the spokesman said.",
        ),
        (
            "The council chose a dam instead of a levee.",
            "But the judge refused, instead abiding by the earlier ruling.",
            "Rather than fly, she drove to Merrow instead.",
            "Instead of waiting, the council acted.",
            '"Why not eat the cup instead!" the manager said.',
            "The suspect did not surrender but instead fled into the woods, police said.",
            "The governor vetoed the bill and instead issued an executive order.",
            "Officials canceled the parade and will hold a memorial service instead.",
        ),
    ),
    Rule(
        "connective at the end",
        Effect.LEANS,
        # "Not all buildings will be moved, however.": the sentence answers the one before it.
        pattern(
            r"(?:, (?:however|though|instead|nevertheless|nonetheless|meanwhile)"
            r"|,? (?:too|as well|either))[.!]$",
            hints=(" too", " as well", " either", ", "),
        ),
        (
            "Not all buildings will be relocated, however.",
            "The mayor was there, too.",
            "Other ratings of the president's performance have tumbled as well.",
        ),
        (
            "The council will decide, the mayor said.",
            "The dam held; the town did not flood.",
            "The water rose too fast.",
        ),
    ),
    Rule(
        "partitive opener",
        Effect.LEANS,
        after_opening(
            r"(?:(?:many|some|most|all|none|both|each|several|few|one|two|three) of (?:them|these|those)"
            r"|the (?:rest|others|remainder)|the other (?:two|three|four|five|six)"
            r"|the other (?!day\b|night\b|week\b|side\b|hand\b|way\b|end\b)[a-z]+\b"
            r"|the ones(?! of\b)|the one (?:who|that|which|he|she|they|we|i|you|in|on|at|with)"
            # "Other documents ...", "The pair teamed up ...": others than those, the two just named;
            # "Another man, Tom Hart, was killed ...", "another of them": one more than those ("Another
            # powerful earthquake struck ..." may open an article: its news is its own)
            r"|other (?!than\b|times?\b)[a-z]+|another (?:[a-z-]+ ){0,2}[a-z-]+(?=,)|another (?:of|one)\b"
            r"|the (?:pair|couple|duo|trio)"
            # "The latter was charged ...", "The remaining two ...": which ones, the line before says
            rf"|the (?:latter|former)(?=,| (?:{_VERBS}|[a-z]+ed|said|says)\b)"
            r"|the remaining (?:two|three|four|five)"
            rf"|the (?:two|three|four|five|six)"
            rf"(?=,| (?:{_VERBS}|[a-z]+ed|each|both|also|then)\b| of (?:them|us)\b))\b"
        ),
        (
            "Many of them slept in the school gym.",
            "Two of those were children.",
            "The rest were taken to the school gym.",
            "The others stayed behind to guard the dam.",
            "The ones we have with our environment, and the people closest to us.",
            "The one he built in 1961 still stands.",
            "The other boy, 8-year-old Tom Hart, died after being rushed to a hospital.",
            "Other documents shown on Wednesday included letters from his wife.",
            "Another man, Tom Hart, 31, was also killed in the attack.",
            "Another of them was found on Monday.",
            "The pair teamed up with a drummer in 1965.",
            "The two grew up a few miles apart.",
            "The three were arrested on Monday.",
            "The two each thought they were alone, then found each other.",
            "The two of them left at dawn.",
            "The latter was charged with murder on Monday.",
            "The remaining two were found in the river.",
        ),
        (
            "Many residents slept in the school gym.",
            "Two of the engineers stayed.",
            "The restaurant closed.",
            "The one-day strike closed the dam.",
            "The onesie sold out in a day.",
            "The one thing the mayor wanted was a new dam.",
            "The other side of the dam held.",
            "The former mayor was charged with fraud on Monday.",
            "Other than the mayor, no one came.",
            "The two-year-old was found safe.",
            "Two men were arrested.",
            "The two ships collided off the cape.",
            "Another powerful earthquake struck central Italy on Wednesday.",
        ),
    ),
    Rule(
        "demonstrative or here in the first clause",
        Effect.LEANS,
        # "this group", "these areas", "right here": they point at what the sentence before named. Time
        # words ("this week") point at the day of the article, which a brief keeps.
        pattern(
            rf"^[^,;:\"“”]{{0,80}}?\b(?:(?:this|these|those) (?!(?:{TIME_WORDS}|is|was|are|were|has|have"
            r"|had|will|would|could|can|may|might|must|and|or|to|in|of|on|at|for|from|with|who|which|that)\b)[a-z]"
            r"|here\b)",
            hints=("this ", "these ", "those ", "here"),
        ),
        (
            "While this group backed Obama by 44 points, it now supports him by 22.",
            "There's a lot to unpack here.",
            "What's important right here is a playoff match.",
            "Residents of these areas were told to leave.",
        ),
        (
            "Residents left the town this morning.",
            "This July, nine months after the council failed to pass a budget, the dam was shut.",
            "Police said there were no injuries.",
            "The mayor said the dam would hold, and that this was the last warning.",
            "Sheriff Dale Ames said, 'This group is dangerous.'",
            "Republicans faced resistance from those who represent the tea party.",
        ),
    ),
    Rule(
        "person named nowhere",
        Effect.LEANS,
        person_named_nowhere,
        (
            "Search-and-rescue teams later found her body.",
            "When she and friends checked the cabin, the door was open.",
            "Rescuers pulled him from the rubble after two days.",
        ),
        (
            "Rescuers found Maria Lind's body near the river.",
            "A man was killed when his car hit a tree.",
            "Rescuers said the storm had passed.",
            "Vecchio said she views the anthem as a tradition.",
        ),
    ),
    Rule(
        "speaker named by role",
        Effect.LEANS,
        ROLE_SPEAKER,
        ("The monitor said 40 people died.", "The UK-based group added that talks failed."),
        ("The Syrian Observatory said 40 people died.", "The group of residents left at dawn."),
    ),
    Rule(
        "pronoun after an opening phrase",
        Effect.LEANS,
        after_opening(r"[^,;:\"“”]{3,60}, (?:he|she|they|his|her|their) "),
        ("Shortly after being moved to hospital, she went into shock.", "On Monday, they left the town."),
        ("On Monday, residents left the town.", "Shortly after, the mayor arrived."),
    ),
    Rule(
        "subject named by a role noun",
        Effect.LEANS,
        role_without_name(
            r"the (?:province|company|firm|city|town|country|region|agency|group|organi[sz]ation|ministry"
            r"|department|court|carrier|network|site|school|university|team|club|star|actor|actress|singer"
            r"|host|suspect|victim|woman|man|boy|girl|couple|pair|duo|prime minister|president|minister"
            r"|mayor|governor|senator|spokes(?:man|woman|person)|judge|pilot|driver|officer|rapper|comedian"
            r"|teen|teenager|gunman|shooter|lawmaker|congress(?:man|woman)|candidate|billionaire|mother"
            r"|father|wife|husband|daughter|son|brothers?|sisters?|attorney|lawyer|founder|philanthropist"
            r"|entrepreneur|businessman|businesswoman|tycoon|magnate|mogul|activist|filmmaker|director|producer"
            r"|novelist|author|designer|chef|musician|artist|athlete|coach|quarterback|pitcher|golfer|scientist"
            r"|researcher|professor|surgeon|doctor|nurse|patient|teacher|student|soldier|veteran|pope|bishop"
            r"|priest|cardinal|archbishop|prince|princess|king|queen|widow|widower|reporter|journalist"
            r"|correspondent|photographer)\b(?! of\b)(?! who\b)"
            # a role told by a work or a prize: "The "Almost Famous" actress", "The Oscar winner's line"
            r"|the (?:\"[^\"]{1,40}\"|“[^”]{1,40}”) (?:star|actor|actress|singer|director|host|author)\b"
            r"|the (?:oscar|grammy|emmy|tony|pulitzer|nobel)[- ](?:winner|nominee|laureate"
            r"|winning (?:actor|actress|singer|director|star|author))\b"
        ),
        (
            "The province is home to about 3 million people.",
            "The company denied any wrongdoing.",
            "The rapper posted an apology on Monday.",
            'The "Almost Famous" actress has a line of workout gear called Fabletics.',
            "The Oscar winner's line of $7 panties went on sale at Target stores last year.",
            "The Grammy-winning singer cancelled her tour.",
            "The philanthropist posted images on Twitter that appeared to show the wreck.",
            "The veteran shooting guard is suffering from a serious back injury.",
        ),
        (
            "The province of Idlib is home to 3 million people.",
            "The companies' shares fell on Monday.",
            "The actor Tom Hart owns a brewery in Ardley.",
            "The rapper Lil Merrow posted an apology on Monday.",
            "The gunman, identified as Richard Plotts, had come to the unit with his caseworker.",
            "The boy, Jordan Belliveau, died on Tuesday.",
            "The Oscar-winning actress Halle Berry sells lingerie at Target.",
            "The Oscar ceremony was held on Sunday.",
            "The producer who worked alongside the mayor quit in protest on Monday.",
            "The director, Fede Alvarez, approaches the material with a straight face.",
        ),
    ),
    Rule(
        "subject named by age or number",
        Effect.LEANS,
        after_opening(
            r"the (?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b"
            r"|the (?:two|three|four|five|six|seven|eight|nine|ten) (?:tracks|songs|albums|films|shows|books"
            r"|brothers|sisters|siblings|sons|daughters|friends|teens|teenagers|boys|girls|women|men)\b"
        ),
        (
            "The 24-year-old was arrested at his home on Monday.",
            "The two tracks will be released next month.",
            "The three men were charged with murder.",
        ),
        (
            "A 24-year-old man was arrested at his home on Monday.",
            "The two of them left at dawn.",
            "The 2019 floods hit the valley hard.",
        ),
    ),
    Rule(
        "quote by a pronoun or a role",
        Effect.LEANS,
        pattern(
            r"[\"”],? (?:he|she|they|it|the (?:[a-z-]+ ){0,2}[a-z]+) "
            r"(?:said|says|added|adds|wrote|told|explained|continued|insisted|informs|informed|stressed)\b",
            hints=('"', "”"),
        ),
        ('"For a decade it operated unhindered," the statement said.', "“We will rebuild,” she said."),
        ('"We will rebuild," Mayor Ines Varga said.', "The mayor said the town would be rebuilt."),
    ),
    Rule(
        "quote the speaker adds to",
        Effect.LEANS,
        # '"Of course, there's not much intelligence to counter," Colbert added.': "added" and "went on"
        # carry on from the speaker's words before, which the brief must give first.
        pattern(
            r"[\"”],? [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2} "
            r"(?:added|adds|continued|continues|went on)\.[\"”]?$",
            hints=("added", "adds", "continue", "went on"),
            lower=False,
        ),
        ('"There is not much left to save," Varga added.', "“We will rebuild,” Mayor Ines Varga continued."),
        (
            '"We will rebuild," Varga said.',
            "Varga added a new wing to the dam.",
            '"We will rebuild," Varga added, "and the dam will hold."',
        ),
    ),
    Rule(
        "first person without quote marks",
        Effect.LEANS,
        speaker_outside_quotes,
        (
            "I was the one being preyed upon and I fought back.",
            "Overall, the response to my stand has been good.",
        ),
        (
            '"I fought back," Dunn said in a call from jail.',
            "World War I ended in 1918, the museum's guide said.",
        ),
    ),
    Rule(
        "we or our as the subject without quote marks",
        Effect.LEANS,
        group_outside_quotes,
        (
            "Our research shows the storms will become even more intense.",
            "We were just trying things out.",
        ),
        (
            '"We were just trying things out," Lind said.',
            "Researchers said our storms would become more intense.",
            "The 10 women on our list earned $94 million.",
        ),
    ),
    Rule(
        "quote whose speech word is quoted",
        Effect.LEANS,
        speaker_only_inside_quote,
        (
            "“I don’t expect the mayor to say the dam is safe.",
            '"We told them to say nothing," and then the wall broke.',
        ),
        ('"We told them to say nothing," the mayor said.', "She said: “I don’t expect the dam to hold."),
    ),
    Rule(
        "tail of a quote",
        Effect.LEANS,
        lambda text, lowered: continues_a_quote(text),
        (
            'We told them so," the minister said.',
            "We will rebuild,” she said.",
            "Any plans for the future don't include the dam very much.'",
            "We will rebuild it by July,’ she said.",
        ),
        (
            '"We will rebuild," she said.',
            "The minister said the town would be rebuilt.",
            "The mayor may have already hired a 'top divorce lawyer'.",
            "'We will rebuild,' she said.",
            "The Smiths' house was rebuilt by July.",
        ),
    ),
    *POINTING_RULES,
)
