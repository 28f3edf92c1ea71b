"""A folder whose sources give one fact different values, written for the tests that need one."""

from __future__ import annotations

import os
from pathlib import Path

from article_folders import write_articles

ARTICLES = {
    "kabul-wire.txt": (
        "Kabul market bombing\n\n"
        "A bomb exploded at a crowded market in central Kabul on Monday, killing 12 people and wounding "
        "dozens more, police said. The blast went off near the flower stalls at midday. "
        "No group has claimed the attack on the market. The interior ministry said it had opened an "
        "inquiry into how the bomber reached the market.\n"
    ),
    "kabul-daily.txt": (
        "Deadly blast in Kabul\n\n"
        "A bomb exploded at a crowded market in central Kabul on Monday, killing 15 people, hospital "
        "officials said. Shopkeepers described a loud bang and clouds of smoke over the stalls. "
        "The interior ministry said it had opened an inquiry into the attack on the market.\n"
    ),
    "kabul-evening.txt": (
        "Market attack\n\n"
        "A bomb exploded at a crowded market in central Kabul on Monday, killing 15 people, officials said. "
        "Traders said the market would stay shut for three days of mourning. "
        "Police sealed off the streets around the market after the blast.\n"
    ),
}
# The wire story came out first; the later reports give the higher toll.
DAYS = {"kabul-wire.txt": 1_780_000_000, "kabul-daily.txt": 1_780_090_000, "kabul-evening.txt": 1_780_100_000}


def write_disagreeing_folder(folder: Path) -> Path:
    write_articles(folder, ARTICLES)
    for name, when in DAYS.items():
        os.utime(folder / name, (when, when))
    return folder
