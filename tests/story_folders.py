"""Folders of invented news stories, written by the tests: three stories of two to four articles each."""

from __future__ import annotations

from pathlib import Path

DAM = {
    "merrow-dam-1.txt": (
        "Merrow Dam gives way after a week of rain\n\n"
        "The Merrow Dam in the Calder Valley gave way on Tuesday night after a week of heavy rain, "
        "flooding the villages of Eskby and Thornwick. Governor Alana Reyes declared an emergency and "
        "sent the National Guard to the Calder Valley. About 2,000 people left their homes before the "
        "water reached Eskby. Engineers had warned in March that the Merrow Dam spillway was cracked. "
        "Reyes said the state would pay for the repairs and for temporary housing in Thornwick."
    ),
    "merrow-dam-2.txt": (
        "Calder Valley floods: Reyes promises inquiry\n\n"
        "Governor Alana Reyes promised an inquiry into the collapse of the Merrow Dam, which flooded "
        "Eskby and Thornwick in the Calder Valley. Rescue boats from the National Guard carried 300 "
        "residents to shelters in Thornwick on Wednesday. An engineers' report from March had found "
        "cracks in the spillway of the Merrow Dam. Reyes told reporters the inquiry would ask why the "
        "repairs were delayed. Water levels in Eskby began to fall on Thursday morning."
    ),
    "merrow-dam-3.txt": (
        "Eskby residents return after Merrow Dam flood\n\n"
        "Residents of Eskby began returning home on Friday, three days after the Merrow Dam collapse "
        "flooded the Calder Valley. The National Guard cleared roads between Eskby and Thornwick. "
        "Governor Alana Reyes visited the shelters and repeated her promise of an inquiry into the "
        "cracked spillway. Insurance assessors from Calder County said about 400 houses were damaged. "
        "The Merrow Dam reservoir is now empty, and engineers are inspecting what is left of the wall."
    ),
}
STRIKE = {
    "rovers-strike-1.txt": (
        "Northgate Rovers players vote to strike\n\n"
        "Players at Northgate Rovers voted on Monday to strike over unpaid wages, the Professional "
        "Footballers' Union said. Captain Idris Mbeki said the squad had not been paid for two months. "
        "The club's owner, Harlan Voss, blamed a delayed television payment. The strike would begin "
        "before Saturday's league match against Sefton Athletic unless the wages are paid. The union "
        "asked the league to step in and guarantee the players' wages at Northgate Rovers."
    ),
    "rovers-strike-2.txt": (
        "League steps in as Rovers strike looms\n\n"
        "The league said on Wednesday it would pay the wages of Northgate Rovers players for one month "
        "to avert a strike before the match against Sefton Athletic. Harlan Voss, the owner of Northgate "
        "Rovers, said the television money would arrive within weeks. Idris Mbeki, the Rovers captain, "
        "said the players welcomed the offer but wanted a written guarantee. The Professional "
        "Footballers' Union called the league's offer a first step and kept the strike vote in force."
    ),
}
THEFT = {
    "halvard-theft-1.txt": (
        "Vermeer stolen from Halvard Museum\n\n"
        "Thieves stole a painting by Johannes Vermeer from the Halvard Museum in Ostrava on Sunday "
        "night, police said. The painting, a small portrait of a lace maker, was insured for 40 million "
        "euros. Director Katja Lindqvist said the alarm system had been switched off for maintenance. "
        "Inspector Pavel Dvorak said two men in workers' overalls were seen leaving the Halvard Museum "
        "with a crate. Interpol has been told of the theft and border checks have been increased."
    ),
    "halvard-theft-2.txt": (
        "Police question guards over Halvard Museum theft\n\n"
        "Inspector Pavel Dvorak questioned four guards of the Halvard Museum on Tuesday over the theft "
        "of the Vermeer portrait. Katja Lindqvist, the museum's director, said the maintenance firm had "
        "asked for the alarm to be switched off. Police in Ostrava found a white van used by the thieves "
        "near the railway station. Dvorak said the Vermeer had probably left the country. The Halvard "
        "Museum offered a reward of 500,000 euros for information leading to the painting."
    ),
    "halvard-theft-3.txt": (
        "Van found, Vermeer still missing\n\n"
        "The white van found near Ostrava station held traces of the crate used to carry the stolen "
        "Vermeer, Inspector Pavel Dvorak said on Thursday. The Halvard Museum reopened to visitors with "
        "an empty frame where the lace maker portrait hung. Director Katja Lindqvist said the museum "
        "would review its contract with the maintenance firm. Interpol circulated pictures of the "
        "painting to dealers and auction houses across Europe."
    ),
    "halvard-theft-4.txt": (
        "Maintenance firm denies role in Halvard theft\n\n"
        "The firm that switched off the alarms at the Halvard Museum denied any part in the theft of "
        "the Vermeer. Its manager said the request came in writing from the museum. Katja Lindqvist "
        "said no such letter was sent. Inspector Pavel Dvorak said police were checking the letter for "
        "fingerprints. The painting has not been seen since the night of the theft in Ostrava."
    ),
}
SCRAPED_PAGE = "Please enable cookies to continue. This site uses cookies to give you the best experience."
STORIES = {"dam": DAM, "strike": STRIKE, "theft": THEFT}


def write_stories(folder: Path, *names: str, scraped: bool = False) -> Path:
    """Write the named stories (all three by default) into ``folder``; optionally a scraped page too."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or tuple(STORIES):
        for file, text in STORIES[name].items():
            (folder / file).write_text(text, encoding="utf-8")
    if scraped:
        (folder / "cookies.txt").write_text(SCRAPED_PAGE, encoding="utf-8")
    return folder


def story_of_file(file: str) -> str:
    return next(name for name, files in STORIES.items() if file in files)
