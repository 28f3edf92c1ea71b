"""Catalogue rows for the lines a page sets around its pictures and its reporters: photo captions,
credits and sign-offs, never brief sentences (see ``sentence_rules``)."""

from __future__ import annotations

from citebrief.ingest.rule_tests import CAPTION_DATE, told_the_writer
from citebrief.ingest.sentence_rules import Effect, Rule, pattern

CREDIT_CAPTION_RULES: tuple[Rule, ...] = (
    Rule(
        "photo caption",
        Effect.NEVER,
        pattern(
            r"\bphoto(?:graph)?\s*(?:by|:|credit)|\bimage\s*(?:by|:)|\bgetty\b|\bshutterstock\b|\bfile\s+photo\b"
            r"|\(photo\b|\bcaption\b"
            r"|\((?:l|r|c|left|right|centre|center|top|bottom|front|back)\)|\bpictured\b"
            # "Catherine Ashton, left, and Mohamad Javad Zarif, right, address the media ..."
            r"|\w, (?:left|right|center|centre|(?:second |third )?from (?:left|right)), "
            r"(?:and|with|[a-z]+s|was|is)\b"
            r"|\bin this (?:file )?photo\b"
            r"|(?:reuters|ap|afp|getty)/|\bis (?:seen|pictured|shown|greeted)\b.*\b\d{4}\.$"
            r"|^(?:photo(?:graph)?|image|picture) (?:from|taken|shows)\b"
            r"|^(?:an? |this )?(?:file|handout|undated) (?:photo(?:graph)?|image|picture)\b",
            hints=(
                "photo",
                "image",
                "picture",
                "getty",
                "shutterstock",
                "caption",
                "(l)",
                "(r)",
                "(c)",
                "(left)",
                "(right)",
                "(cent",
                "(top)",
                "(bottom)",
                "(front)",
                "(back)",
                "reuters/",
                "ap/",
                "afp/",
                "pictured",
                " is seen",
                " is shown",
                " is greeted",
                ", left,",
                ", right,",
                ", center,",
                ", centre,",
                "from left,",
                "from right,",
            ),
        ),
        (
            "Mayor Ines Varga (L) and Tom Hart visit the dam on Monday.",
            "A resident is seen near the dam, 2014.",
            "Photograph from the excavations in 1998, with the foot bones below a tail.",
            "A file image from the Galileo spacecraft shows the Conemara region of Europa.",
            "Mayor Ines Varga, left, and engineer Tom Hart, right, address the media after the vote.",
            "Police Chief Tom Hart, right, speaks during a press conference at the hospital.",
            "Olivia, center, was killed.",
        ),
        (
            "The mayor visited the dam on Monday with engineers.",
            "Pictures of the broken dam spread quickly on social media, police said.",
            "The file image the police released shows the dam before it broke.",
            "He turned right, left the town and never came back.",
            "The mayor, right or wrong, speaks for the town.",
        ),
    ),
    Rule(
        "portrait caption",
        Effect.NEVER,
        # "Brock Turner as he appeared on the night of his arrest.": a name and how a photo shows them.
        pattern(
            r"^(?:[A-Z][\w.'’-]+ ){1,3}as (?:he|she|they) (?:appeared|appears|looked|looks)\b",
            hints=(" as he ", " as she ", " as they "),
            lower=False,
        ),
        ("Tom Hart as he appeared in court on Monday.", "Mayor Ines Varga as she appeared at the hearing."),
        (
            "He was calm as he appeared in court on Monday.",
            "Tom Hart smiled as he appeared in court on Monday.",
        ),
    ),
    Rule(
        "caption of what people do on a weekday",
        Effect.NEVER,
        # "Senate Minority Leader Chuck Schumer and Majority Leader Mitch McConnell walk to the Senate floor
        # Wednesday.": a picture's caption tells what it shows in the present tense and ends on the bare
        # weekday; a report tells it in the past ("walked ... on Wednesday"), a preview with a verb of
        # doing ("votes Tuesday"), not of being seen.
        pattern(
            r"^(?!.*\b(?:said|says|told)\b)[^;:!?]*(?<!\bwill )(?<!\bwould )(?<!\bto )(?<!\bcan )"
            r"(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bmust )(?<!\bshould )"
            r"\b(?:walk|stand|wave|gesture|smile|pose|listen|react|embrace|hug|kneel|sit|pray|cheer|wipe|greet)"
            r"(?:s|es)?\b[^;:!?]{0,120}?(?<!\bon)(?<!\bevery)(?<!\beach)(?<!\blast)(?<!\bnext)(?<!\bthis)"
            r"(?<!\bby)(?<!\buntil)(?<!\bsince) (?:mon|tues|wednes|thurs|fri|satur|sun)day\.$",
            hints=("day.",),
        ),
        (
            "Senate Minority Leader Chuck Schumer and Majority Leader Mitch McConnell walk to the Senate "
            "floor Wednesday.",
            "Mayor Ines Varga and engineer Tom Hart stand on the dam Sunday.",
            "Residents of Merrow pray outside the church Saturday.",
        ),
        (
            "Mayor Ines Varga and engineer Tom Hart walked to the dam on Sunday.",
            "The two leaders will stand together Sunday.",
            "Residents of Merrow pray outside the church every Saturday.",
            "The council votes on the dam Tuesday.",
            "The mayor said residents should stand clear of the dam until Monday.",
        ),
    ),
    Rule(
        "agency caption date",
        Effect.NEVER,
        lambda text, lowered: lowered[-2:-1].isdigit() and CAPTION_DATE.search(lowered) is not None,
        ("Residents wait near the dam in Merrow, Saturday, June 17, 2017.",),
        ("Residents waited near the dam in Merrow on June 17, 2017.",),
    ),
    Rule(
        "staff credit",
        Effect.NEVER,
        pattern(
            r"\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b"
            r"|^\W*(?:additional\s+|with\s+)?(?:reporting|editing|writing)\s+by\b",
            hints=("contributed", "reporting by", "editing by", "writing by"),
        ),
        ("Jo Lee in Merrow contributed to this report.", "(Reporting by Jo Lee; Editing by Al Roy)."),
        ("Volunteers contributed food and blankets to the shelter.",),
    ),
    Rule(
        "byline glued to a sentence",
        Effect.NEVER,
        # "By Carmen D. Siering and Katherine Spillar Sure, the film ...": the writers' names run into the
        # first sentence, which no brief can show without them.
        pattern(
            r"^By (?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w'’-]+(?: and (?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w'’-]+)? [A-Z]",
            hints=("by ",),
            lower=False,
        ),
        (
            "By Carmen D. Siering and Katherine Spillar Sure, the film is breaking box office records.",
            "By Ines Varga The dam held through the night.",
        ),
        (
            "By Monday, the dam had held for a week.",
            "By Christmas Day the town was dry again.",
            "By then Ines Varga had left the town.",
        ),
    ),
    Rule(
        "reporter's beat",
        Effect.NEVER,
        # "Lisa P. White covers Concord and Pleasant Hill.": the line under a local story about its writer.
        pattern(
            r"^(?:[A-Z][\w'’-]*\.? ){1,2}[A-Z][\w'’-]+ (?:covers|reports on|writes about) [A-Z][^,;:]*\.$",
            hints=(" covers ", " reports on ", " writes about "),
            lower=False,
        ),
        ("Lisa P. White covers Concord and Pleasant Hill.", "Jo Lee reports on Merrow and the dam."),
        (
            "Ines Varga covers her face as she leaves the court.",
            "The report covers Merrow, Ardley and the dam.",
            "Insurance covers Merrow residents, the mayor said.",
        ),
    ),
    Rule(
        "station credit glued to a caption",
        Effect.NEVER,
        # "KARE-TV A video shows the suspect ...": the station's credit line run into its clip's caption.
        pattern(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))? (?:A|An|The) ", lower=False),
        ("KARE-TV A video shows the suspect running from the store.", "WXYZ The scene on Monday night."),
        ("WNBC reported on Monday that the dam held.", "KARE reporters were at the dam on Monday."),
    ),
    Rule(
        "writer's bio",
        Effect.NEVER,
        # "Katherine Spillar is executive editor of Ms. magazine.": the line under a column about its
        # writer, not part of the story.
        pattern(
            r"^(?:[A-Z][\w'’-]*\.? ){1,2}[A-Z][\w'’-]+ is (?:an? |the )?(?:[a-z-]+ ){0,2}"
            r"(?:editor|columnist|writer|contributor|blogger)(?: (?:of|for|at) [A-Z][^;:]*)?\.$",
            hints=(" editor", " columnist", " writer", " contributor", " blogger"),
            lower=False,
        ),
        (
            "Katherine Spillar is executive editor of Ms. magazine.",
            "Jo Lee is a contributing writer for The Merrow Times.",
            "Tom Hart is a columnist.",
        ),
        (
            "Ines Varga is the editor who broke the dam story in 2012.",
            "The mayor is a former editor of The Merrow Times, the council said.",
            "Tom Hart is a columnist who was fired on Monday.",
        ),
    ),
    Rule(
        "reporter's sign-off",
        Effect.NEVER,
        # A wire story's last line names where its reporters were: about the story, not in it.
        pattern(
            r"^(?:[A-Z][\w.'’-]+ ){2,3}reported from [A-Z][^.]*\.?$", hints=("reported from",), lower=False
        ),
        (
            "Ben Finley reported from Norfolk, Virginia.",
            "Jo Lee reported from Merrow and Al Roy from London.",
        ),
        (
            "Police reported from the scene that two men were hurt.",
            "Residents of Merrow reported from their roofs that the water was rising.",
        ),
    ),
    Rule(
        "the writer's own source",
        Effect.NEVER,
        told_the_writer,
        (
            "Now sources tell me that Kendra wants a cut of the profits.",
            '"She is no dumb blonde," a friend of Kendra tells me.',
            "The mayor told us the dam would hold through the night.",
        ),
        (
            '"They told me to leave the house," Varga said.',
            "The mayor told reporters the dam would hold.",
            "Sources told the Merrow Gazette that the dam would hold.",
        ),
    ),
    Rule(
        "a quote's attribution set apart",
        Effect.NEVER,
        # "— Julie Bowen, asked where she's going to put her statuette.": the line under a quote, naming
        # who said it and when; its quote stands apart, and the line has no verb of its own.
        pattern(
            r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}, (?:when )?asked (?:if|whether|where|what|how|why"
            r"|about|when|who)\b[^,;:]*$",
            hints=("asked",),
            lower=False,
        ),
        (
            "Julie Bowen, asked where she’ going to put her statuette.",
            "Aaron Paul, asked if he’d be disappointed if the show wrapped with a happy ending",
        ),
        (
            "On Wednesday, when asked about the police cars, Crump described the deployment as routine.",
            "Varga, asked about the dam, said it would hold.",
            "Mayor Ines Varga asked whether the dam would hold.",
        ),
    ),
)
