"""A folder the size of a real news collection is read whole, every sentence's span exact.

How fast it is read is measured by tests/benchmarks/speed.py ("read and split only"), beside the
fastest read-and-split the installed packages give.
"""

from __future__ import annotations

import random
from pathlib import Path

from ingest_fixtures import assert_offsets

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
    corpus = load_folder(tmp_path)
    assert [s.id for s in corpus.sources] == [f"{number:03d}.txt" for number in range(700)]
    assert not corpus.notices
    assert sum(len(s.text.split()) for s in corpus.sources) >= 420_000
    assert all(len(s.sentences) >= 20 for s in corpus.sources)  # 600 words in sentences of 8 to 28
    assert_offsets(corpus)
