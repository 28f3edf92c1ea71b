"""A news agency's dateline is a unit of its own: the sentence after it starts after it, so a brief
shows exactly the span it cites."""

from __future__ import annotations

import pytest

from citebrief.core.model import SentenceRole
from citebrief.ingest.dateline import dateline_end
from citebrief.ingest.sentences import split_sentences

_STORY = "Police arrested a man near the harbour on Sunday night."


@pytest.mark.parametrize(
    "dateline",
    [
        "PARIS (AP) — ",
        "WASHINGTON (Reuters) - ",
        "LONDON, May 3 (AP) — ",
        "(HealthDay) -- ",
        "(CNN) -- ",
        "PALO ALTO (CBS SF) — ",
        "PORTLAND, Ore. (KOIN) — ",
        "FT LAUDERDALE (CBSMiami) – ",
        "ANKARA, February 21. /TASS/. ",
        "WASHINGTON — ",
        "MARTIN: ",
        "EXCLUSIVE: BANKERS RIP THE PLAN - ",
    ],
)
def test_the_sentence_after_a_dateline_starts_after_it(dateline: str) -> None:
    text = f"Harbour arrest\n\n{dateline}{_STORY}\n\nThe man was released on Monday morning.\n"
    sentences = split_sentences(text, "doc")
    body = [s for s in sentences if s.role is SentenceRole.BODY]
    assert body[0].text == _STORY
    assert text[body[0].start : body[0].end] == _STORY
    assert all(dateline.strip() not in s.text or s.role is not SentenceRole.BODY for s in sentences)


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("(HealthDay) -- Police arrested a man near the harbour.", len("(HealthDay) -- ")),
        ("MILLIS (CBS) – Police arrested a man near the harbour.", len("MILLIS (CBS) – ")),
        ("(CNN)The storm moved east on Friday night, bringing snow.", len("(CNN)")),
        ("U.S.-Russian tensions spilled over into nuclear talks with Iran.", 0),
        ("Mia (Jane Levy) - a young woman trying to go cold turkey - is in pain.", 0),
        ("Millis (CBS) said the officer was fired after the hoax shootout.", 0),
        ("NEWTOWN, Conn. Parents of the children took steps toward a lawsuit.", len("NEWTOWN, Conn. ")),
        ("ALBANY, N.Y. The governor signed the dam bill on Monday night.", len("ALBANY, N.Y. ")),
        ("Newtown, Conn. Parents of the children took steps toward a lawsuit.", 0),
        ("NASA, the space agency, said on Monday it would fly again.", 0),
        ("Miami (AP) — The Heat won the title on Friday night in Miami.", len("Miami (AP) — ")),
        ("San Antonio, Texas (Reuters) - The Spurs won the title on Friday.", len("San Antonio, Texas (Reuters) - ")),
        ("Flint — Sixteen months after the outbreak, the water still has not been tested.", len("Flint — ")),
        ("New Orleans, La. -- The levees held through the night, officials said.", len("New Orleans, La. -- ")),
        ("Mobb Deep – “Shook Ones” was remixed by DJ Premier that year.", 0),
        ("Obama — and only Obama — can sign the order, the aide said.", 0),
        ("Sanders—Warren ties are closer than they look, the poll found.", 0),
        ("Police (AP) said the Heat won the title on Friday night in Miami.", 0),
        ("WASHINGTON—The chairman of the committee promised a review of the dam.", len("WASHINGTON—")),
        ("HIROSHIMA--A stray dog helped the rescue efforts after the landslides.", len("HIROSHIMA--")),
        ("NASA—the space agency—said on Monday it would fly again.", 0),
        # a lower-case second letter: only a bracket or a slash can still open or close a dateline
        ("(dpa) - Police arrested a man near the harbour on Sunday.", len("(dpa) - ")),
        ("Moscow /TASS/ - Police arrested a man near the harbour.", len("Moscow /TASS/ - ")),
        ("Police arrested a man near the harbour on Sunday night.", 0),
    ],
)
def test_what_counts_as_a_dateline(sentence: str, end: int) -> None:
    assert dateline_end(sentence) == end
