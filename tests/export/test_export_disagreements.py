"""Every export says where sources differ: a note at the sentence and a "Where sources differ" section.

The brief is made by the engine from a folder on disk whose sources give the death toll differently;
each format is read back the way a reader's tool reads it (pypdf, python-docx, an HTML parser, json).
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import docx
import pypdf
import pytest

from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.engine.summariser import summarise
from citebrief.export.api import render
from citebrief.ingest import load_folder
from disagreement_folder import write_disagreeing_folder

NOTE = "Updated: killing 12 people [3] (2026-05-28, file's day) → killing 15 people [1, 2] (2026-05-29, file's day)."


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Brief]:
    corpus = load_folder(write_disagreeing_folder(tmp_path_factory.mktemp("kabul")))
    return corpus, summarise(corpus, BriefOptions())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.hrefs.append(str(found["href"]))

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _text_of(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        return "".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    if fmt == "docx":
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    if fmt == "html":
        parser = _Text()
        parser.feed(data.decode("utf-8"))
        return "".join(parser.parts)
    return data.decode("utf-8").replace("\\[", "[").replace("\\]", "]")


@pytest.mark.parametrize("fmt", ["markdown", "html", "pdf", "docx"])
def test_each_format_notes_the_sentence_and_lists_the_versions(made: tuple[Corpus, Brief], fmt: str) -> None:
    text = _squeeze(_text_of(fmt, render(made[1], fmt)))
    sentence = _squeeze("killing 15 people, officials said.")
    assert _squeeze(NOTE) in text
    assert text.index(sentence) < text.index(_squeeze(NOTE)) < text.index("Wheresourcesdiffer")
    assert text.index("Wheresourcesdiffer") < text.rindex("Sources")
    assert _squeeze("Sentence 1: updated on deaths") in text
    assert _squeeze("killing 12 people [3]") in re.sub(r"\]\(#[^)]*\)", "]", text).replace("[[", "[")


def test_plain_text_names_the_sources_of_each_version(made: tuple[Corpus, Brief]) -> None:
    text = render(made[1], "text").decode("utf-8")
    assert "(Sources differ on deaths: see Where sources differ below.)" in text
    assert "- killing 12 people (Kabul market bombing), 2026-05-28, file's day" in text
    assert "- killing 15 people (Deadly blast in Kabul, kabul evening), 2026-05-29, file's day" in text


def test_html_version_numbers_link_to_their_quotes(made: tuple[Corpus, Brief]) -> None:
    parser = _Text()
    page = render(made[1], "html").decode("utf-8")
    parser.feed(page)
    section = page[page.index('id="differences"') : page.index('id="sources"')]
    links = re.findall(r'href="#([^"]+)"', section)
    assert len(links) == 3  # [3] for 12 killed, [1, 2] for 15 killed
    assert set(links) <= parser.ids


def test_json_lists_disagreements_with_each_versions_exact_citations(made: tuple[Corpus, Brief]) -> None:
    corpus, brief = made
    data = json.loads(render(brief, "json"))
    (entry,) = data["disagreements"]
    assert (entry["sentence"], entry["about"], entry["update"]) == (1, "deaths", True)
    assert [v["text"] for v in entry["values"]] == ["killing 12 people", "killing 15 people"]
    assert [v["sources"] for v in entry["values"]] == [[3], [1, 2]]
    sources = corpus.by_id()
    for value in entry["values"]:
        for cit in value["citations"]:
            assert sources[cit["source_id"]].text[cit["start"] : cit["end"]] == cit["quote"]


def test_a_dismissed_disagreement_leaves_every_export(made: tuple[Corpus, Brief]) -> None:
    _corpus, brief = made
    items = tuple(
        replace(item, disagreements=tuple(replace(d, dismissed=True) for d in item.disagreements))
        for item in brief.items
    )
    dismissed = replace(brief, items=items)
    assert json.loads(render(dismissed, "json"))["disagreements"] == []
    for fmt in ("markdown", "html", "text", "docx"):
        text = _text_of(fmt, render(dismissed, fmt))
        assert "Where sources differ" not in text
        assert "killing 12" not in text  # the wire story is no longer cited at all
