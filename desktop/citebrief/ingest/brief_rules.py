"""Catalogue rows read by the engine: sentences never shown in a brief, and sentences that lean on
the one before (see ``sentence_rules``).

They see a body sentence as the brief would show it: whitespace folded, dateline dropped.
"""

from __future__ import annotations

from citebrief.ingest.credit_caption_rules import CREDIT_CAPTION_RULES
from citebrief.ingest.finite_verbs import lacks_finite_verb
from citebrief.ingest.fragment_rules import FRAGMENT_RULES
from citebrief.ingest.page_leftover_rules import PAGE_LEFTOVER_RULES
from citebrief.ingest.page_notice_rules import PAGE_NOTICE_RULES
from citebrief.ingest.rule_tests import (
    FALSE_STARTS,
    MAX_WORDS,
    MIN_WORDS,
    OPENERS,
    ROLE_SPEAKER,
    after_opening,
    continues_a_quote,
    first_person_outside_quotes,
    first_word,
    group_outside_quotes,
    person_named_nowhere,
    plain_words,
    quote_without_speaker,
    role_without_name,
    speaker_only_inside_quote,
    speaker_outside_quotes,
    unlike_a_sentence_end,
    unlike_a_sentence_start,
)
from citebrief.ingest.sentence_rules import Effect, Rule, pattern

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
            r"|\bemail\s+(?:us|address)\b",
            hints=(
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
        ("This site uses cookies to measure traffic.", "Please keep the comments section civil."),
        ("The council's terms were accepted on Monday evening.",),
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
        "page furniture label",
        Effect.NEVER,
        pattern(r"\W*(?:updated?|editor['’]?s\s+note|correction|raw|more\s+information)\s*:", start=True),
        (
            "Update: the dam held through the night, engineers said.",
            "Editor's note: this story has been changed.",
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
        ('"The water came so fast," the mayor said.', "The dam held through the night, engineers said."),
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
            "The price of the shares falls.",
            "The questions boil down to what Vikki Manko of Naperville, Illinois asks.",
        ),
    ),
    *PAGE_NOTICE_RULES,
    *PAGE_LEFTOVER_RULES,
    *CREDIT_CAPTION_RULES,
    *FRAGMENT_RULES,
)

LEANS_RULES: tuple[Rule, ...] = (
    Rule(
        "pronoun or connective opener",
        Effect.LEANS,
        lambda text, lowered: first_word(lowered) in OPENERS,
        (
            "He said the dam would hold.",
            "However, the water kept rising.",
            "That's when the wall broke.",
            "It's a sign the dam will not hold.",
        ),
        ("Heavy rain fell all night.", "Rivers rose all night.", "Thousands left their homes."),
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
            r"|that same day|(?:a day|days|hours|weeks|months) later)(?=[,\s])(?!\s(?:to|of)\b)"
        ),
        (
            "In addition, Rezko has stated to the government that he met the official.",
            "As a result, the town flooded.",
            "Once again, hunger had no effect on how much people liked the clips.",
            "Days later, the dam broke.",
        ),
        (
            "In addition to the dam, the town lost its bridge.",
            "As a resultant flood spread, the town emptied.",
            "On Monday the dam broke.",
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
        "partitive opener",
        Effect.LEANS,
        after_opening(
            r"(?:(?:many|some|most|all|none|both|each|several|few|one|two|three) of (?:them|these|those)"
            r"|the (?:rest|others|remainder)|the other (?:two|three|four|five|six)"
            r"|the other (?!day\b|night\b|week\b|side\b|hand\b|way\b|end\b)[a-z]+\b"
            r"|the ones(?! of\b)|the one (?:who|that|which|he|she|they|we|i|you|in|on|at|with))\b"
        ),
        (
            "Many of them slept in the school gym.",
            "Two of those were children.",
            "The rest were taken to the school gym.",
            "The others stayed behind to guard the dam.",
            "The ones we have with our environment, and the people closest to us.",
            "The one he built in 1961 still stands.",
            "The other boy, 8-year-old Tom Hart, died after being rushed to a hospital.",
        ),
        (
            "Many residents slept in the school gym.",
            "Two of the engineers stayed.",
            "The restaurant closed.",
            "The one-day strike closed the dam.",
            "The onesie sold out in a day.",
            "The one thing the mayor wanted was a new dam.",
            "The other side of the dam held.",
        ),
    ),
    Rule(
        "demonstrative or here in the first clause",
        Effect.LEANS,
        # "this group", "these areas", "right here": they point at what the sentence before named. Time
        # words ("this week") point at the day of the article, which a brief keeps.
        pattern(
            r"^[^,;:\"“”]{0,80}?\b(?:(?:this|these|those) (?!(?:year|week|month|morning|afternoon|evening"
            r"|night|weekend|summer|winter|spring|fall|autumn|season|decade|century|is|was|are|were|has|have"
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
            r"|father|wife|husband|daughter|son|brothers?|sisters?|attorney|lawyer|founder)\b(?! of\b)"
        ),
        (
            "The province is home to about 3 million people.",
            "The company denied any wrongdoing.",
            "The rapper posted an apology on Monday.",
        ),
        (
            "The province of Idlib is home to 3 million people.",
            "The companies' shares fell on Monday.",
            "The actor Tom Hart owns a brewery in Ardley.",
            "The rapper Lil Merrow posted an apology on Monday.",
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
        ('We told them so," the minister said.', "We will rebuild,” she said."),
        ('"We will rebuild," she said.', "The minister said the town would be rebuilt."),
    ),
)
