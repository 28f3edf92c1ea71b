"""Writing article folders for tests: every fixture folder is made on disk by the test that uses it."""

from __future__ import annotations

from pathlib import Path


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
