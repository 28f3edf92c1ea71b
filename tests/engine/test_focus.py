"""A focused brief is about its focus: sentences holding the focus terms come in while any remain."""

from __future__ import annotations

from pathlib import Path

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.ingest import load_folder

# Four reports of one flood; two of them also follow a side story, a ferry strike, each in sentences of
# its own, as the seeds follow Libya beside Idlib.
_FLOOD = (
    "The Ashby River burst its banks in Lindmoor on Tuesday night, flooding more than 300 homes. "
    "About 1,200 residents were evacuated to the town's two schools before dawn. "
)
# Every report tells the same flood details (facts the sources share weigh most in a plain brief).
_SHARED = (
    "The fire service said the water rose faster than at any time since the 1998 flood. "
    "Mayor Ruth Hale said the town would need weeks to clear the streets. "
    "The railway line to Ashby was closed after the embankment slipped. "
    "The river peaked at 4.2 metres, the Environment Agency said. "
)
_DETAILS = {
    "north": _SHARED,
    "valley": _SHARED.replace("Mayor Ruth Hale said", "Mayor Ruth Hale told reporters"),
    "river": _SHARED.replace("the 1998 flood", "the great flood of 1998"),
    "county": _SHARED.replace("was closed", "stayed closed"),
}
_STRIKE = {
    "north": [
        "Ferry crews at Lindmoor harbour also walked out on Wednesday in a strike over pay.",
        "Islanders who rely on the ferry to reach the mainland hospital were told to use a temporary bus.",
        "Talks between the ferry union and the operator are due to resume on Friday.",
    ],
    "valley": [
        "The ferry union said the strike would last until the operator raised wages by eight percent.",
        "The operator called the strike unlawful and said it would go to court.",
        "Shops on the island said deliveries had stopped since the strike began.",
    ],
}
ARTICLES = {
    "north-news.txt": "Flood hits Lindmoor\n\n" + _FLOOD + _DETAILS["north"] + " ".join(_STRIKE["north"]),
    "valley-post.md": "# Lindmoor under water\n\n" + _FLOOD + _DETAILS["valley"] + " ".join(_STRIKE["valley"]),
    "river-daily.txt": "Lindmoor flood\n\n" + _FLOOD + _DETAILS["river"],
    "county-wire.txt": "Evacuations in Lindmoor\n\n" + _FLOOD + _DETAILS["county"],
}
FOCUS = ("ferry", "strike")


def _about_focus(texts: list[str]) -> list[str]:
    return [text for text in texts if any(term in text.lower() for term in FOCUS)]


def test_a_focused_brief_spends_its_length_on_the_focus(tmp_path: Path) -> None:
    corpus = load_folder(write_articles(tmp_path / "folder", ARTICLES))
    plain = [i.text for i in summarise(corpus, BriefOptions(length=120)).items]
    focused = [i.text for i in summarise(corpus, BriefOptions(length=120, focus=FOCUS)).items]
    strike = [sentence for sentences in _STRIKE.values() for sentence in sentences]
    assert len(_about_focus(focused)) > len(_about_focus(plain)), (plain, focused)
    # Every strike sentence comes in; what is left of the length opens with the news.
    assert [s for s in strike if s not in focused] == [], focused
