"""How the brief reads to a busy editor, one table per rule: background told by how long ago it was
reads after the news; another article's lead telling the brief's lead with the same people in other
words is not shown again; a line the folder's outcome has outdated ("police are searching for him" when
another article says he was found) is not shown. Each case is a folder of short articles."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from article_folders import write_articles
from brief_rows import brief_order, folder_features, row_starting
from citebrief.core.model import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.facts import retells_the_lead
from citebrief.engine.order import reading_order
from citebrief.engine.stand_ins import stand_in
from citebrief.ingest import load_folder


def _diary(background: str) -> dict[str, str]:
    return {
        "a_wire.txt": "Ripper diary\n\n"
        "Researchers at Kelso University said on Tuesday that a disputed diary of the Whitechapel murderer "
        "is genuine after tests of its ink and paper.\n\n"
        f"{background}\n\n"
        "The researchers tested the ink of the diary in their laboratory for two years.\n\n"
        "They will publish their findings in a journal next month.\n",
        "b_daily.txt": "Diary is real, say researchers\n\n"
        "A diary said to be the Whitechapel murderer's is genuine, Kelso University researchers said.\n\n"
        "The ink of the diary matches inks sold in Liverpool in 1888, the Kelso team found.\n\n"
        "The paper of the diary was made in the same mill as other Liverpool papers.\n\n"
        "The diary is kept at a museum in Liverpool.\n",
    }


@pytest.mark.parametrize(
    "background",
    [
        "Doubt had been cast on the diary, published 25 years ago by a cotton merchant's grandson.",
        "The diary first turned up decades ago in a house in Liverpool, where a cotton merchant lived.",
        "The mill that made the paper of the diary was built in the 18th century near Liverpool.",
    ],
)
def test_background_told_by_how_long_ago_reads_after_the_news(tmp_path: Path, background: str) -> None:
    features = folder_features(tmp_path, _diary(background))
    start = background[:25]
    order = brief_order(features, ["Researchers at Kelso", start, "The ink of the diary matches"])
    assert order == ["Researchers at Kelso", "The ink of the diary matches", start]


_CLEMENCY = {
    "a_wire.txt": "Clemency plea released\n\n"
    "The war criminal Anton Vesk asked Varnia's president Ilan Dor for a pardon two days before he was "
    "hanged, documents released in Tessel on Wednesday showed.\n\n"
    "The documents were shown at a ceremony in the presence of survivors.\n\n"
    "Dor rejected the request in a short letter.\n",
    "b_daily.txt": "Vesk's plea\n\n"
    "Varnia has made public a handwritten plea for mercy to Ilan Dor from Anton Vesk, written "
    "just before his execution.\n\n"
    "Vesk wrote that the court had overstated his role.\n\n"
    "His wife and brothers also asked for clemency, the documents show.\n",
}


@pytest.mark.parametrize(
    ("other", "retells"),
    [
        # The same people and places in other words, in no more words and with no number of its own.
        ("Varnia has made public a handwritten plea", True),
        # One of the lead's people only: another thing he did, not the lead's news.
        ("Vesk wrote that the court", False),
    ],
)
def test_another_lead_telling_the_same_people_in_other_words_retells_the_lead(
    tmp_path: Path, other: str, retells: bool
) -> None:
    features = folder_features(tmp_path, _CLEMENCY)
    lead, row = row_starting(features, "The war criminal Anton Vesk"), row_starting(features, other)
    cosine = float(features.similarities(lead)[row])
    assert retells_the_lead(features, lead, row, cosine) is retells


_RESCUE = {
    "a_wire.txt": "Hiker found alive\n\n"
    "Rescuers found the missing hiker Tomas Ruel alive on Sunday on a ledge above the Varn valley after a "
    "night in the cold.\n\n"
    "Ruel, 34, was flown to the hospital in Ostrel with a broken leg.\n\n"
    "Doctors in Ostrel said Ruel was in good condition.\n",
    "b_daily.txt": "Hiker missing in the Varn valley\n\n"
    "A hiker from Ostrel went out alone on Saturday morning on a trail above the Varn valley.\n\n"
    "Forty mountain rescuers with dogs and a helicopter are searching the slopes of the Varn valley for "
    "Tomas Ruel, a teacher from Ostrel who did not come home.\n\n"
    "The weather in the Varn valley turned cold on Saturday night.\n",
}


def test_a_line_the_outcome_has_outdated_is_not_shown(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "folder", _RESCUE)
    brief = summarise(load_folder(folder), BriefOptions(length=150))
    texts = [item.text for item in brief.items]
    assert texts[0].startswith("Rescuers found the missing hiker")
    assert not any("are searching" in t for t in texts)


def _appeal(closing: str) -> dict[str, str]:
    return {
        "a_wire.txt": "Tick bite\n\n"
        "A woman from Shawnee lost parts of both legs to an infection from a tick bite, her husband Keith "
        "Rogers said on Friday.\n\n"
        "Jo Rogers is being treated in the intensive care unit of the Baptist Medical Center.\n\n"
        f"{closing}\n",
        "b_daily.txt": "Infection after a tick bite\n\n"
        "Doctors at the Baptist Medical Center amputated parts of the legs of Jo Rogers of Shawnee after an "
        "infection from a tick bite.\n\n"
        "Keith Rogers said his wife had not noticed the tick bite after a vacation.\n",
    }


@pytest.mark.parametrize(
    ("closing", "shown"),
    [
        # A short closing remark that names no one and states no number or time: left out.
        ("Any help offered would be so appreciated!", False),
        # A short line with a name or a time tells a fact: it may fill the brief.
        ("The Rogers family set up a fund on Monday.", True),
    ],
)
def test_a_short_closing_remark_does_not_fill_the_brief(tmp_path: Path, closing: str, shown: bool) -> None:
    folder = write_articles(tmp_path / "folder", _appeal(closing))
    brief = summarise(load_folder(folder), BriefOptions(length=150))
    assert any(item.text == closing for item in brief.items) is shown


_SUBPOENA = {
    "a_court.txt": "Subpoena sought\n\n"
    "Former governor Rod Blagojevich's defense team asked on Thursday to subpoena the president of the "
    "United States in his corruption trial.\n\n"
    "Obama said that Rezko never relayed a request from a lobbyist to hold a fundraiser.\n\n"
    "The team filed the request in a federal court in Chicago.\n\n"
    "The trial is set to begin on June 3.\n",
    "b_paper.txt": "Defense names Obama\n\n"
    "Blagojevich's lawyers allege that Tony Rezko admitted giving \"a large sum of cash\" to a public "
    "official's campaign, which the defense says was Obama's.\n\n"
    "A footnote says the defense believes the public official is Barack Obama.\n\n"
    "The filing was made public in Chicago on Thursday.\n\n"
    "Prosecutors did not comment on the filing.\n\n"
    "The judge will rule on the request next week.\n",
}


def test_a_person_is_named_in_full_before_the_surname_alone(tmp_path: Path) -> None:
    """The full names read first even when an article's own order would put the surname first: the
    line naming Barack Obama comes before the line that uses "Obama" alone, though its article tells it
    later."""
    features = folder_features(tmp_path, _SUBPOENA)
    shown = ["Former governor", "Obama said that Rezko", "Blagojevich's lawyers", "A footnote says"]
    order = brief_order(features, shown)
    assert order[0] == "Former governor"
    assert order.index("A footnote says") < order.index("Obama said that Rezko")
    assert order.index("Blagojevich's lawyers") < order.index("Obama said that Rezko")


_FEVER = {
    "a_wire.txt": "Woman loses limbs to tick fever\n\n"
    "A 40-year-old woman from Merrow recently had to have major parts of both arms and both legs amputated "
    "due to a serious infection from an unnoticed tick bite after a short vacation near the Tessel river, "
    "according to her husband and the staff of the hospital.\n\n"
    "The patient, Ines Varga, is in intensive care at Merrow General Hospital with Tessel Spotted Fever, "
    "her husband, Tom Varga, told reporters on Friday.\n\n"
    "Tom Varga visits his wife at the hospital every day.\n",
    "b_health.txt": "Tessel spotted fever\n\n"
    "Tessel Spotted Fever is reported in Merrow every summer.\n\n"
    "Tessel Spotted Fever (TSF) is a disease caused by the bacteria of a tick bite near the Tessel river.\n\n"
    "The symptoms of TSF begin days after the tick bite.\n",
    "c_daily.txt": "Tick bite costs Merrow mother her legs\n\n"
    "Ines Varga went for a hike near the Tessel river and came home with a tick bite and Tessel Spotted "
    "Fever, "
    "her family said.\n\n"
    "Doctors at Merrow General Hospital amputated both her legs, her husband said.\n",
}


def test_what_something_is_never_opens_a_brief_that_tells_what_happened(tmp_path: Path) -> None:
    features = folder_features(tmp_path, _FEVER)
    shown = ["A 40-year-old woman", "The patient, Ines Varga", "Tessel Spotted Fever (TSF) is"]
    order = brief_order(features, shown)
    assert order[0] == "A 40-year-old woman"
    assert order.index("A 40-year-old woman") < order.index("Tessel Spotted Fever (TSF) is")


_LIFT = {
    "a_wire.txt": "Baby dies in lift shaft\n\n"
    "A six-week-old baby died on Thursday when her stroller rolled into an empty lift shaft in a tower in "
    "Merrow, police said.\n\n"
    "The baby's mother was waiting with the stroller on the 23rd floor of the tower at noon.\n\n"
    "The stroller fell six floors onto the roof of the lift car below.\n\n"
    "The lift had failed an inspection of its telephone in August, city records show.\n",
    "b_daily.txt": "Lift death in Merrow tower\n\n"
    "Police in Merrow are looking into the death of a baby in a lift shaft of a residential tower.\n\n"
    "Ines Varga, 21, told police that she did not see that the lift car was missing when the doors "
    "opened on the 23rd floor.\n\n"
    "Neighbours said the lift in the tower had broken down many times.\n\n"
    "The tower has 30 floors and two lifts.\n\n"
    "Its owner, Tessel Homes, said it was working with the police.\n\n"
    "The city sent inspectors to the tower on Friday.\n\n"
    "A vigil for the baby was held outside the tower.\n\n"
    "Residents left flowers at the door.\n",
}


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        # The writer's next line reads right after the lead: the mother is there before her name.
        (
            ["A six-week-old baby", "Ines Varga, 21", "The baby's mother"],
            ["A six-week-old baby", "The baby's mother", "Ines Varga, 21"],
        ),
        # Lines in a row of one article stay together, where another article's line would part them.
        (
            ["A six-week-old baby", "Ines Varga, 21", "The baby's mother", "The stroller fell"],
            ["A six-week-old baby", "The baby's mother", "The stroller fell", "Ines Varga, 21"],
        ),
        # Background ("in August") still reads after the news, not right after the line before it.
        (
            ["A six-week-old baby", "The lift had failed", "The baby's mother", "The stroller fell", "Ines Varga, 21"],
            ["A six-week-old baby", "The baby's mother", "The stroller fell", "Ines Varga, 21", "The lift had failed"],
        ),
    ],
)
def test_the_writers_next_line_reads_right_after_it(tmp_path: Path, shown: list[str], expected: list[str]) -> None:
    features = folder_features(tmp_path, _LIFT)
    assert brief_order(features, shown) == expected




_DAM = {
    "a_wire.txt": "Dam bursts\n\n"
    "The Merrow dam burst on Monday night, flooding 200 homes in the valley below it, officials said.\n\n"
    "Rescuers pulled 40 residents from the roofs of flooded homes in Lower Merrow on Tuesday.\n\n"
    "The army sent boats and two helicopters to the valley on Tuesday morning.\n\n"
    "Schools in the valley were closed until further notice.\n",
    "b_daily.txt": "Warnings ignored\n\n"
    "Families from Lower Merrow whose homes flooded when the dam burst on Monday night slept in a sports "
    "hall.\n\n"
    "Cracks in the concrete spillway of the Merrow dam were found by engineers in a survey.\n\n"
    "The council said the repairs would have cost 3 million euros.\n",
    "c_local.txt": "Inspectors at the dam\n\n"
    "Inspectors from the ministry arrived at the Merrow dam on Tuesday.\n\n"
    "The reservoir behind the dam is now empty.\n\n"
    "Engineers had reported cracks in the dam's concrete spillway to the council twice.\n",
}


def test_a_line_that_tells_more_of_the_line_just_read_reads_next(tmp_path: Path) -> None:
    """After the spillway's cracks, another article's line on the same cracks reads next, before the
    army's boats, which their article tells a little earlier."""
    features = folder_features(tmp_path, _DAM)
    shown = ["The Merrow dam burst", "Families from", "Cracks in the concrete", "The army sent", "Engineers had"]
    assert brief_order(features, shown) == [
        "The Merrow dam burst",
        "Families from",
        "Cracks in the concrete",
        "Engineers had",
        "The army sent",
    ]


def test_two_lines_that_each_stand_in_for_what_the_other_leans_on_read_once_each(tmp_path: Path) -> None:
    # Each "It ..." line leans on its article's first line, which the other article's "It ..." line
    # retells: each stands in for the other's predecessor. The order still ends, with both lines once.
    features = folder_features(
        tmp_path,
        {
            "a.txt": "Dam\n\nThe Merrow dam burst on Monday after days of heavy rain, officials said.\n\n"
            "It flooded forty homes in the valley below the Merrow dam on Monday, officials said.\n",
            "b.txt": "Flood\n\nThe Merrow dam flooded forty homes in the valley below it on Monday, officials said.\n\n"
            "It burst on Monday after days of heavy rain, officials said.\n",
        },
    )
    flooded, burst = row_starting(features, "It flooded"), row_starting(features, "It burst")
    assert stand_in(features, flooded, [flooded, burst]) == burst
    assert stand_in(features, burst, [flooded, burst]) == flooded
    found: list[list[int]] = []
    reader = threading.Thread(target=lambda: found.append(reading_order(features, [flooded, burst])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert found and sorted(found[0]) == sorted([flooded, burst])
