"""A folder the size of a real news collection is read and split in seconds, not minutes."""

from __future__ import annotations

import random
import time
from pathlib import Path

from citebrief.ingest import load_folder

_WORDS = (
    "river town mayor water bridge residents officials said flood council rain valley homes "
    "engineers volunteers government money report night morning people school road police "
    "damage insurance repair review wall year week families streets level rose fell closed"
).split()


def _article(rng: random.Random, words: int) -> str:
    paragraphs, count = [f"Report {rng.randrange(10**6)} on the {rng.choice(_WORDS)}"], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            n = rng.randint(8, 28)
            sentences.append(" ".join(rng.choice(_WORDS) for _ in range(n)).capitalize() + ".")
            count += n
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def test_seven_hundred_articles_of_six_hundred_words(tmp_path: Path) -> None:
    rng = random.Random(7)
    for number in range(700):
        (tmp_path / f"{number:03d}.txt").write_text(_article(rng, 600), encoding="utf-8")
    started = time.monotonic()
    corpus = load_folder(tmp_path)
    elapsed = time.monotonic() - started
    assert len(corpus.sources) == 700
    assert sum(len(s.text.split()) for s in corpus.sources) >= 420_000
    # a few seconds on a 2-core machine; the bound leaves room for a busy CI runner
    assert elapsed < 30, f"{elapsed:.1f} s"
