"""Three short articles on one invented story (the Merrow dam breaking), for tests that add a fourth
article with a line to judge: does the line belong to the folder's story?"""

from __future__ import annotations

MERROW_ARTICLES = {
    "b.txt": (
        "Four thousand residents of Merrow left their homes after floodwater broke through the dam. "
        "Mayor Ines Varga said the town would rebuild once the floodwater went down. "
        "Engineers blamed three days of heavy rain for the crack in the dam.\n"
    ),
    "c.txt": (
        "The Merrow dam broke on Monday night after heavy rain, and floodwater filled the town. "
        "Residents of Merrow spent the night in the school gym, the mayor said. "
        "Engineers will inspect the broken dam once the rain stops.\n"
    ),
    "d.txt": (
        "Heavy rain broke the Merrow dam, and floodwater forced residents of Merrow from their homes. "
        "The mayor said floodwater reached the town hall on Monday night. "
        "Engineers said the dam cracked after days of heavy rain.\n"
    ),
}
