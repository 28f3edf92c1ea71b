"""Which Multi-News validation clusters are held out of all tuning, fixed once with a seeded draw.

The reader study uses ``READER_STUDY_CLUSTERS`` (30 clusters of 2 to 6 articles); ``HELD_OUT`` adds
20 more clusters of any size kept for a final check. Everything else is ``tuning_clusters``: the only
clusters whose briefs are read while the engine's rules and numbers are adjusted.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_DATA = HERE.parents[3] / "shared" / "eval" / "multinews-val"
SEED = 20261202  # the day the list was drawn; never changed afterwards
STUDY_SIZE = 30
STUDY_SOURCES = (2, 6)
EXTRA_HELD_OUT = 20


def _sources(cluster: Path) -> int:
    return len(list((cluster / "sources").glob("*.txt")))


def all_clusters(data: Path = DEFAULT_DATA) -> list[Path]:
    return sorted(p for p in data.iterdir() if (p / "reference.txt").is_file())


def reader_study_clusters(data: Path = DEFAULT_DATA) -> list[Path]:
    """30 clusters of 2 to 6 articles, drawn with the fixed seed."""
    low, high = STUDY_SOURCES
    fitting = [c for c in all_clusters(data) if low <= _sources(c) <= high]
    return sorted(random.Random(SEED).sample(fitting, STUDY_SIZE))


def held_out_clusters(data: Path = DEFAULT_DATA) -> list[Path]:
    """The reader study's clusters and 20 more, never read while tuning."""
    study = reader_study_clusters(data)
    rest = [c for c in all_clusters(data) if c not in study]
    extra = random.Random(SEED + 1).sample(rest, EXTRA_HELD_OUT)
    return sorted([*study, *extra])


def tuning_clusters(data: Path = DEFAULT_DATA) -> list[Path]:
    held = set(held_out_clusters(data))
    return [c for c in all_clusters(data) if c not in held]


def tuning_study_clusters(data: Path = DEFAULT_DATA) -> list[Path]:
    """30 tuning clusters of 2 to 6 articles, drawn like the study's: a study whose briefs may be read
    while tuning, to see where and why readers prefer another system."""
    low, high = STUDY_SOURCES
    fitting = [c for c in tuning_clusters(data) if low <= _sources(c) <= high]
    return sorted(random.Random(SEED + 2).sample(fitting, STUDY_SIZE))

