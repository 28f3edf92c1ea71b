"""A source's title: its headline, found below page furniture, else the file's metadata, else its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.ingest import load_folder

BODY = "Ferry crews in Oskarhaven walked out on Monday morning, leaving about 900 islanders stranded.\n"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ferry strike strands islanders\n\n" + BODY, "Ferry strike strands islanders"),
        ("All news\n\nFerry strike strands islanders\n\n" + BODY, "Ferry strike strands islanders"),
        ("By Jane Doe\n\nFerry strike strands islanders\n\n" + BODY, "Ferry strike strands islanders"),
        ("# Ferry strike strands islanders\n\n" + BODY, "Ferry strike strands islanders"),
        (BODY, "003 strike"),  # no headline: the file's name
        ("All news\n\n" + BODY + "\nFerry strike strands islanders\n", "003 strike"),  # not below the body
    ],
)
def test_title(tmp_path: Path, text: str, title: str) -> None:
    (tmp_path / "003_strike.txt").write_text(text, encoding="utf-8")
    corpus = load_folder(tmp_path)
    assert corpus.sources[0].title == title
