"""Writing article folders for tests: every fixture folder is made on disk by the test that uses it."""

from __future__ import annotations

from pathlib import Path


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


_NOUNS = "ferry council harbour union island school market hospital bridge road railway storm".split()
_VERBS = "delayed reopened inspected closed funded repaired counted visited".split()


def write_sentences(folder: Path, count: int, *, per_file: int = 40) -> Path:
    """A folder of plain-text articles holding ``count`` distinct body sentences in all."""
    folder.mkdir(parents=True, exist_ok=True)
    for first in range(0, count, per_file):
        numbers = range(first, min(count, first + per_file))
        text = " ".join(
            f"The {_NOUNS[n % len(_NOUNS)]} crew {_VERBS[n % len(_VERBS)]} {n + 2} boats near pier {n // 3}."
            for n in numbers
        )
        (folder / f"report-{first // per_file:04d}.txt").write_text(text + "\n", encoding="utf-8")
    return folder
