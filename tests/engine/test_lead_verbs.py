"""A brief opens with what happened, not with what something is or may be; a term in quotation marks
does not keep a news lead from opening it."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.core.model import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.lead_verbs import tells_a_state
from citebrief.ingest import load_folder


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Caffeine is America's favorite drug, bar none.", True),
        ("A Varga run for governor may be just what the party needs before the election.", True),
        ("Even at 88, Ines Varga has the ambition of a 20-something!", True),
        ("The Good Country Index doesn't measure what countries do at home.", True),
        ("Katharine Brown was one of the studio's most trusted employees.", True),
        ("Rocky Mountain Spotted Fever is a disease caused by bacteria.", True),  # "Spotted" is a name's
        ("The index has crowned Sweden the world's best country.", False),
        ("A 6-week-old baby died Thursday when her stroller plunged down an elevator shaft.", False),
        ("Members of Congress are decrying the contract.", False),
        ("Jurors in Merrow are apparently refusing to serve.", False),
        ("A measure that would require helmets on the dam was approved by voters.", False),
        ("Some consular staff would be sacked after officials shut down a fake embassy.", False),
        ("Americans ages 18-34 are more likely to live with their parents, according to a new analysis.", False),
        ("The mayor will announce the dam's repair on Monday.", False),
        ("If the mayor's plans have had a flaw, it is the belief that the dam can wait.", True),
        ("Ever since engineers found the crack, the dam's future has been the subject of debate.", True),
        ("Mayor Ines Varga has been criticised for the delay.", False),
        ("At least 40 people are dead after a tornado tore through Merrow.", False),
        ("A gunman is in custody after a shooting on Monday.", False),
        ("Ines Varga has become the first woman to run the Merrow dam.", False),
        ("Ines Varga was sworn in as mayor.", False),
        ("In a twist, Thursday's win didn't look like the usual circus.", True),
        ("The Merrow utility had a record quarter.", False),
        ("Mayor Ines Varga is to resign.", False),
        ("The council is ready for talks, its spokesman told reporters.", False),
        ("Whoever buys the mill next had better not mind the tourists it attracts.", True),
    ],
)
def test_what_a_main_clause_tells(text: str, state: bool) -> None:
    assert tells_a_state(text) is state


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_brief_opens_with_the_happening_not_the_view(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "articles",
        {
            "column.txt": "A 40 million euro repair of the Merrow dam may be just what the Alder valley and Mayor "
            "Ines Varga need.\n\n"
            "Farmers in the Alder valley have waited years for the Merrow dam repair.\n",
            "report.txt": "Mayor Ines Varga announced a repair of the Merrow dam in the Alder valley that will cost "
            "40 million euros over two years.\n\n"
            "The Merrow dam repair will take two years, Varga said.\n",
            "news.txt": "Farmers welcomed the news from the town hall.\n\nThe Merrow dam cracked in the winter floods.\n",
        },
    )
    brief = summarise(load_folder(folder, cache=None), BriefOptions(length=60))
    assert brief.items[0].text.startswith("Mayor Ines Varga announced"), [i.text for i in brief.items]


@pytest.mark.parametrize("quoted", ["comfort women", "Gone with the Wind"])
def test_a_lead_naming_a_term_or_title_in_quotation_marks_can_open_the_brief(tmp_path: Path, quoted: str) -> None:
    folder = _write(
        tmp_path / "articles",
        {
            "a.txt": f'The Merrow archive released on Monday the first known footage of "{quoted}" shot at the '
            "Alder camp in 1944.\n\n"
            "Archivists at the Merrow archive found the Alder camp reels in a basement last year.\n",
            "b.txt": f'The Merrow archive on Monday released footage of "{quoted}" filmed at the Alder camp in '
            "1944.\n\n"
            "The Alder camp reels show the people standing by a wall, the Merrow archive said.\n",
        },
    )
    brief = summarise(load_folder(folder, cache=None), BriefOptions(length=50))
    assert quoted in brief.items[0].text, [i.text for i in brief.items]


def test_without_a_news_lead_the_brief_opens_with_a_happening_before_a_state(tmp_path: Path) -> None:
    # every line is too short to be a news lead: the brief opens with its earliest line that tells what
    # happened, not with the line that says what caffeine is
    folder = _write(
        tmp_path / "articles",
        {
            "a.txt": "Caffeine is the Alder valley's favorite drug.\n\n"
            "Ines Varga launched a caffeine spray in Merrow on Monday.\n",
            "b.txt": "Ines Varga sold her caffeine spray in Merrow on Monday.\n\n"
            "The caffeine spray costs five euros in Merrow.\n",
        },
    )
    brief = summarise(load_folder(folder, cache=None), BriefOptions(length=40))
    texts = [item.text for item in brief.items]
    assert any(t.startswith("Caffeine is") for t in texts), texts  # the state line is in the brief ...
    assert not texts[0].startswith("Caffeine is"), texts  # ... but does not open it
