"""Catalogue rows for what a saved web page leaves inside an article: embedded posts, galleries,
link lists, archive furniture, promotions, notices, appeals and clip narration. None is ever a brief
sentence (see ``brief_rules``, which reads them after its own rows, in this order).
"""

from __future__ import annotations

import re

from citebrief.ingest.sentence_rules import Effect, Rule, either, pattern

# A word cut off by a dash glued to it, then a fresh lower-case start ("veterans-- are getting"):
# how interview transcripts print a speaker's restart. Prose sets its dashes apart or glues both sides.
_HESITATION = re.compile(r"[a-z]-- [a-z]")


def _hesitation_outside_quotes(text: str, lowered: str) -> bool:
    """A restart in the article's own voice; inside a quote it is a speaker's words, cited as said."""
    if "-- " not in text:
        return False
    for match in _HESITATION.finditer(text):
        before = text[: match.start()]
        if before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
            return True
    return False


PAGE_LEFTOVER_RULES: tuple[Rule, ...] = (
    Rule(
        "embedded post",
        Effect.NEVER,
        pattern(
            r"pic\.twitter|\btweet with a location\b|location information to your tweets"
            r"|\blocation settings\b|\blocation history\b"
            r"|\bembed(?:ded)? (?:post|tweet|video)\b|\bview this post on instagram\b",
            hints=("pic.twitter", "tweet", "location settings", "location history", "embed", "instagram"),
        ),
        (
            "You can add location information to your Tweets, such as your city.",
            "Tweet with a location now on.",
        ),
        ("The mayor's post on Twitter drew thousands of replies.",),
    ),
    Rule(
        "gallery caption",
        Effect.NEVER,
        # Searched apart: " of " is in half the sentences, and only the count at the start needs it.
        either(
            pattern(
                r"\bfull screen\b|\bautoplay\b|\b(?:next|previous) slide\b|\b(?:view|photo) gallery\b"
                r"|\bslideshow\b",
                hints=("full screen", "autoplay", "slide", "gallery"),
            ),
            pattern(r"\d+ of \d+\b", hints=(" of ",), start=True),
            pattern(
                r"(?:enlarge|expand|close) (?:image|photo|this)\b",
                hints=("enlarge", "expand", "close "),
                start=True,
            ),
        ),
        (
            "1 of 109 Full Screen Autoplay Close Skip Ad The dam held.",
            "Enlarge Image Close Bloomberg News Sprint, said.",
        ),
        ("One of the 109 residents said the dam held through the night.",),
    ),
    Rule(
        "link headlines",
        Effect.NEVER,
        pattern(r"\(MORE:|\bMORE:|\S MORE [a-z]|\bRELATED:", hints=("more", "related"), lower=False),
        (
            "Donald Trump Donald John Trump Jr. gets ok to speak at UNT MORE panned the chair.",
            "The dam held. (MORE: Floods in the valley).",
        ),
        ("More residents left the town on Monday than on Sunday.",),
    ),
    Rule(
        "bracketed link text",
        Effect.NEVER,
        pattern(
            r"\[(?:via|reuters|ap|afp|photos?|video|watch|read|more|related|see|click|link|source)\b[^\]]*\]"
            # brackets the page emptied of their link: "the black leopard ()"
            r"|\(\s*\)|\[\s*\]",
            hints=("[", "("),
        ),
        (
            "The company made 100% edible cups. [Via MerlinFTP Drop].",
            "Protesters were shot [Reuters] in Tripoli.",
            "The only black panther recorded in Merrow so far has been the black leopard ().",
        ),
        ('"Julie [Bowen] keeps winning all my awards," she said.',),
    ),
    Rule(
        "transcript speaker line",
        Effect.NEVER,
        pattern(r"^(?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]*:\s", lower=False),
        (
            "PRESIDENT OBAMA: Great to be here with all of you today.",
            "SMITH: We will rebuild the dam this year.",
        ),
        ("UN officials: a report said the dam would hold.", "Mayor Ines Varga: the dam will hold this year."),
    ),
    Rule(
        "transcript hesitation",
        Effect.NEVER,
        _hesitation_outside_quotes,
        (
            "It makes sure that veterans-- are getting a break this year.",
            "The answer, I think, is-- is that the dam will hold.",
        ),
        (
            "The dam -- built in 1961 -- held through the night.",
            "It was no royal wedding--though there have been comparisons.",
            'He said the dam held. "We were lucky-- so lucky," she said.',
        ),
    ),
    Rule(
        "spoken opener",
        Effect.NEVER,
        pattern(r"^(?:well|okay|ok|yeah|um|uh|oh), ", hints=(", ",), start=True),
        (
            "Well, Republicans have a convenient sound bite for the election.",
            "Okay, so the dam held after all.",
            "Oh, and let me just mention the mayor is 91 years old.",
        ),
        (
            "Wells, the mayor, said the dam held through the night.",
            '"Well, we were lucky," the mayor said of the dam.',
            "Well water was tested after the dam broke, officials said.",
        ),
    ),
    Rule(
        "interviewer's thanks",
        Effect.NEVER,
        # A transcript's sign-off to its guest ("Mr. President, thanks for your time."): what was said
        # on air, not news.
        pattern(
            r"^(?:[\w.' ]{1,30}, )?thanks?(?: you)? (?:so much )?for (?:your time|joining us|having me"
            r"|being (?:here|with us)|coming (?:in|on))\b",
            hints=("thank",),
            start=True,
        ),
        (
            "Mr. President, thanks for your time.",
            "Thank you for joining us.",
            "Senator, thank you so much for being here.",
        ),
        (
            "The mayor thanked the engineers for their time.",
            '"Thanks for your time," the mayor told the engineers.',
        ),
    ),
    Rule(
        "congratulations line",
        Effect.NEVER,
        # "Congratulations to Tom Hart on his newly earned PhD.": the page's own good wishes.
        pattern(r"^congratulations\b", hints=("congratulations",), start=True),
        ("Congratulations to Tom Hart on his newly earned PhD.", "Congratulations, Merrow!"),
        ("The mayor sent her congratulations to the engineers.", '"Congratulations," the mayor said.'),
    ),
    Rule(
        "programme promo line",
        Effect.NEVER,
        # A reporter's name, then what their clip or show has: the line beside a video, not news.
        pattern(
            r"^(?:[A-Z][\w.'’-]* ){1,3}(?:has|have) (?:more |the latest |the story |details |a report )"
            r"(?:on |from )(?:the )?[A-Z]"
            # "NBC10's Lu Ann Cahn has the details.": the clip's reporter, nothing after
            r"|^(?:[A-Z][\w.'’-]* ){1,4}(?:has|have) (?:the )?(?:details|story|latest|report|more)\.$",
            hints=(" has ", " have "),
            lower=False,
        ),
        (
            "Spencer Ante has details on The News Hub.",
            "Kelly Evans has more on the News Hub.",
            "Jane Doe has the latest from Merrow.",
            "NBC10's Lu Ann Cahn has the details.",
        ),
        (
            "Mayor Ines Varga has more on her plate than the dam.",
            "The council has details on the plan for the dam.",
            "Apple has details on the new phone in its filing.",
            "Samsung has the latest Galaxy phones in its shops.",
        ),
    ),
    Rule(
        "shouted opening",
        Effect.NEVER,
        pattern(r"^(?:[A-Z][A-Z'’-]+\s+){3,}", lower=False),
        ("BREAKING NEWS UPDATE The dam broke on Monday night.",),
        ("US and UN officials said the dam held on Monday.", "NATO said the talks would go on."),
    ),
    Rule(
        "archive page furniture",
        Effect.NEVER,
        pattern(
            r"\balexa internet\b|\binternet archive\b|\bwayback machine\b|\bcrawl data\b|\bweb crawl"
            r"|\bcrawls? of\b|\bno more 404\b|\blive blog\b|\b(?:for|properties of) this collection\b"
            r"|\bdifferent wikis\b|\boutlinks\b|\barchived? (?:the )?pages\b|\btaken from the web\b"
            r"|\bwas live when the page\b",
            hints=(
                "alexa",
                "archive",
                "wayback",
                "crawl",
                "404",
                "live blog",
                "collection",
                "wikis",
                "outlink",
                "pages",
                "from the web",
                "was live",
            ),
        ),
        (
            "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
            'Crawls of supported "No More 404" sites.',
            "For the first time, did all the different wikis.",
            "These crawls are part of an effort to archive pages as they are created.",
            "That way, as the pages that are referenced are changed or taken from the web, a link to the "
            "version that was live when the page was written will be preserved.",
        ),
        (
            "The city archive holds the plans of the dam from 1961.",
            "The council archived the old dam plans in 1990 and took them from the website.",
        ),
    ),
    Rule(
        "dated or handout caption",
        Effect.NEVER,
        pattern(
            r"^(?:january|february|march|april|may|june|july|august|september|october|november"
            r"|december) \d{1,2}, \d{4} |\bthis (?:handout )?(?:photo|image|picture)\b"
            r"|\b(?:photo|image|handout) (?:released|provided|taken) by\b"
            r"|, (?:left|right|centre|center|front|back|top|bottom), |^in this\b.{0,40}\bphoto\b"
            r"|^an? (?:photo|picture|image|video) (?:from|of|shows)\b|\(\d{1,2}:\d\d\)",
            hints=(
                "photo",
                "image",
                "picture",
                "handout",
                ", left",
                ", right",
                ", cent",
                ", front",
                ", back",
                ", top",
                ", bottom",
                "(",
                "video",
                ", 1",
                ", 2",
            ),
        ),
        (
            "March 22, 2014 Armed men take cover behind an armored vehicle.",
            "A photo from the scene shows the collapsed bridge on Monday.",
            "Residents describe the night the dam broke (3:40).",
            "Damage to the ship is seen, this photo released by the coast guard shows.",
        ),
        ("On March 22, 2014, armed men took over the base.", "The mayor, left in charge, closed the road."),
    ),
    Rule(
        "broadcaster's clip caption",
        Effect.NEVER,
        # "KARE-TV video shows ...": a station's call sign (K or W and three letters, or a "-TV" name or
        # a channel number) before "video" captions the clip its page embedded.
        pattern(
            r"^(?:[KW][A-Z]{3}|[KW][A-Z]{2,3}(?:-(?:TV|DT))|[A-Z]{2,5}-TV|[KW][A-Z]{2,3} ?\d{1,2})(?: News)?"
            r" (?:video|footage|photos?|images?|clip|screenshot|screengrab)\b",
            lower=False,
        ),
        (
            "KARE-TV video shows the water pouring over the Merrow dam.",
            "WSVN video of residents leaving the valley on Sunday.",
            "KARE 11 footage shows rescuers at the dam.",
        ),
        (
            "KFC video ads showed the new cups last year.",
            "CNN reported that the dam held through the night.",
            "Video of the flood was shared widely on Sunday.",
        ),
    ),
    Rule(
        "dated photo caption inside a line",
        Effect.NEVER,
        # "... the fifth state with... (Associated Press) In this Saturday, July 1, 2017, photo, people
        # line up ...": a teaser cut short and the caption of the photo after it, run into one line.
        pattern(
            r"\bin this [^.\"“]{0,40}\d{4},? (?:file |handout )?(?:photo|image|picture)\b"
            r"|(?:\.\.\.|…) ?\((?:associated press|ap|reuters|afp)\)",
            hints=("in this", "(a", "(r"),
        ),
        (
            "Sales rose since Saturday, when the state became the fifth with... (Associated Press) In this "
            "Saturday, July 1, 2017, photo, people line up at a dispensary.",
            "In this Sunday, June 17, 2025 photo, residents leave the valley below the dam.",
        ),
        (
            "In this town, 2,400 residents left their homes on Sunday.",
            "In this year's report, the council said the dam held in 2017.",
        ),
    ),
    Rule(
        "glued section label",
        Effect.NEVER,
        pattern(
            r"^(?:Analysis|Opinion|Comment|Exclusive|Video|Photos|Gallery|Live|Breaking) [A-Z]", lower=False
        ),
        (
            "Analysis There had been intense speculation about the meeting.",
            "Video Rescuers reach the dam on Monday.",
        ),
        ("Analysis of the data took three weeks, engineers said.", "Video footage showed the dam breaking."),
    ),
    Rule(
        "shop and account notice",
        Effect.NEVER,
        pattern(
            r"\blog (?:in|into|on)\b|\byour account\b|\bsign in\b|\bthe choice to shop\b",
            hints=("log ", "account", "sign in", "shop"),
        ),
        ("Shop or log into your account to skip the month and you won't be charged.",),
        (
            "Residents logged the water levels every hour.",
            "The council's account of the night was published.",
        ),
    ),
    Rule(
        "programme promotion",
        Effect.NEVER,
        pattern(
            r"^watch\b|\bweeknights at\b|\bonly on [a-z]{2,5}\.$|\bget the [\w&' ]{0,30}\bapp\b"
            r"|\bon this (?:dedicated )?(?:page|site|website)\b"
            r"|^(?:read|see|watch|listen to|click)\b.{0,60}\bhere\.$"
            r"|\bwebinar\b.*\byour? |\byour? .*\bwebinar\b"
            r"|\b(?:download|order) (?:a|the|your) (?:free )?copy\b|\bprint-on-demand\b",
            hints=(
                "copy",
                "print-on-demand",
                "watch",
                "weeknights",
                "only on",
                " app",
                "this page",
                "this site",
                "this website",
                "dedicated",
                "here.",
                "webinar",
            ),
        ),
        (
            "Watch The Late Show with Stephen Colbert weeknights at 11:35 PM ET.",
            "Get the CBS app for iPhone & iPad!",
            "Please continue showing your support for Jack on this dedicated page.",
            "Read Hockley's letter to herself here.",
            "On Tuesday at 2 p.m. our editors will take your questions in a free webinar.",
            "This print-on-demand booklet is free and you may download a copy here.",
        ),
        (
            "Residents watched the water rise all night.",
            "The council's new app shows flood levels.",
            "The council held a webinar on the dam on Monday.",
        ),
    ),
    Rule(
        "list number or developing-story notice",
        Effect.NEVER,
        # Searched apart: nearly every sentence holds a full stop, which only the list number needs.
        either(
            pattern(r"[:,] ?\d{1,2}\.$", hints=(".",)),
            pattern(
                r"\bcheck back\b|\b(?:this|the) story (?:is developing|will be updated)\b"
                r"|\byou'll (?:also )?find\b|\bweb exclusives?\b|\bwe've (?:collected|rounded up|gathered)\b",
                hints=("check back", "story", "find", "exclusive", "we've"),
            ),
        ),
        (
            "For this collection, several things were done: 1.",
            "Check back for details as they develop.",
            "You'll also find behind the scenes videos and other great web exclusives.",
            "To celebrate her birthday, we've collected her funniest moments.",
        ),
        ("The vote was 7 to 1.", "Police will check the backs of the trucks, the mayor said."),
    ),
    Rule(
        "social profile caption",
        Effect.NEVER,
        pattern(
            r"^[^.]{0,80}['’]s (?:facebook|twitter|instagram|linkedin|myspace)"
            r" (?:profile|page|photo|account)\.$",
            hints=("facebook", "twitter", "instagram", "linkedin", "myspace"),
        ),
        ("Sergio Daniel Valencia del Toro's Facebook profile.",),
        ("Police read Valencia del Toro's Facebook profile after the shooting.",),
    ),
    Rule(
        "request for comment",
        Effect.NEVER,
        pattern(
            r"\b(?:did not|didn't|does not|doesn't|could not|couldn't)(?: immediately)?"
            r" (?:respond|reply|answer|be reached|return (?:\w+ )?(?:calls?|messages?|emails?))\b"
            r"|\bleft (?:a )?messages?\b|\b(?:not|un)(?: immediately)? ?available for comment\b"
            r"|\brequests? (?:for|seeking) (?:comment|information)\b",
            hints=("respond", "reply", "return", "answer", "reached", "message", "request", "for comment"),
        ),
        (
            "The Associated Press left a message seeking information from Houston police.",
            "The club did not immediately respond to a request for comment on Monday.",
            "Lawyers for the mayor could not be reached on Monday evening.",
            "Judicial officials were not immediately available for comment.",
        ),
        (
            "The mayor returned to the town hall on Monday.",
            "Residents did not return to their homes until the water fell.",
        ),
    ),
    Rule(
        "tip line appeal",
        Effect.NEVER,
        # Searched apart: nearly every sentence holds a full stop, which only the telephone number needs;
        # the number is found from its first digit, the look-behind after it (a word boundary before
        # it), and a bracket before it may be there or not: any number the bracketed form finds.
        either(
            pattern(
                r"\banyone with (?:any )?information\b|\btip ?line\b|\bcrime ?stoppers\b",
                hints=("anyone with", "tip", "stoppers"),
            ),
            pattern(r"\d(?<!\w\d)\d\d\)?[ .-]\d{3}[.-]\d{4}\b", hints=("-", ".")),
        ),
        (
            "Anyone with information about the missing girl should call the sheriff's office.",
            "Police asked witnesses to call the tip line at 844-459-5786.",
        ),
        (
            "Police said the girl was last seen at a mall on Monday.",
            "The tip from a neighbour led to his arrest.",
        ),
    ),
    Rule(
        "clip narration",
        Effect.NEVER,
        pattern(
            r"^(?:someone|somebody)(?: else)? (?:shouts|yells|screams|says|asks|cries)\b"
            r"|^the (?:audio|sound|video|camera|screen|footage|clip|recording)\b(?: [a-z]+){0,4}"
            r" (?:then )?(?:goes|cuts|fades|pans|turns|ends)\b",
            hints=(
                "someone",
                "somebody",
                "audio",
                "sound",
                "video",
                "camera",
                "screen",
                "footage",
                "clip",
                "record",
            ),
            start=True,
        ),
        ("Someone else shouts at the officers to stop.", "The audio on the video then goes silent."),
        ("Someone shot the officer twice, police said.", "The video shows officers entering the house."),
    ),
)
