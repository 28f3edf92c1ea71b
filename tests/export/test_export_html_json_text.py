"""HTML, JSON and plain-text exports, written to disk through the public API and read back."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import lxml.html
from export_fixtures import Library

from citebrief.core.model import Brief
from citebrief.core.serial import brief_from_dict
from citebrief.export import FORMATS, format_for_path, render, write


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_html_is_one_self_contained_file(brief: Brief, tmp_path: Path) -> None:
    target = tmp_path / "brief.html"
    write(brief, target)
    raw = target.read_text(encoding="utf-8")
    page = lxml.html.fromstring(raw)

    assert not page.xpath("//script|//link|//iframe|//img|//object|//embed")
    assert not page.xpath("//@src") and not page.xpath("//@*[starts-with(name(), 'on')]")
    assert all(href.startswith("#") for href in page.xpath("//a/@href"))
    css = "".join(page.xpath("//style/text()"))
    assert css and "url(" not in css and "@import" not in css
    assert page.findtext(".//title") == brief.title


def test_html_citations_link_to_quotes_and_show_them_as_tooltips(brief: Brief, library: Library) -> None:
    page = lxml.html.fromstring(render(brief, "html").decode("utf-8"))
    order = brief.cited_source_ids()

    assert text_of(page.find(".//h1")) == brief.title
    assert [text_of(h) for h in page.findall(".//h2")] == ["What happened", "Damage & cost", "Sources"]
    paragraphs = page.xpath("//p[@class='sentence']")
    assert len(paragraphs) == len(brief.items)
    for item, para in zip(brief.items, paragraphs, strict=True):
        numbers = sorted({order.index(c.source_id) + 1 for c in item.citations})
        assert text_of(para) == f"{item.text}[{', '.join(map(str, numbers))}]"
        for link in para.xpath(".//sup/a"):
            number = int(link.text)
            quotes = [c.quote for c in item.citations if order.index(c.source_id) + 1 == number]
            assert link.get("title") == " / ".join(quotes)
            target = page.get_element_by_id(link.get("href")[1:])
            assert quotes[0] in text_of(target)
            assert target.getparent().getparent().get("id") == f"source-{number}"

    entries = page.xpath("//ol[@class='sources']/li")
    assert [int(li.get("value")) for li in entries] == [1, 2, 3, 4]
    for entry, source_id in zip(entries, order, strict=True):
        ref = library.refs[source_id]
        assert text_of(entry.find("strong")) == ref.title
        assert ref.relpath in text_of(entry)
    edited = page.xpath("//span[@class='note']/..")
    assert len(edited) == 2 and all("Sentence 3 of the brief was edited" in text_of(li) for li in edited)
    assert text_of(edited[0]).startswith("“1. About 1,200 residents were evacuated overnight")


def test_html_escapes_markup_in_source_text(brief: Brief) -> None:
    page = lxml.html.fromstring(render(brief, "html").decode("utf-8"))
    title = page.xpath("//ol[@class='sources']/li[2]/strong")[0]
    assert text_of(title) == "Lindmoor [update]: rescue crews work <through> the night"
    assert not page.xpath("//through")


def test_json_carries_the_whole_brief_with_provenance(brief: Brief, tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    write(brief, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert brief_from_dict(data) == brief
    assert "İnönü" in target.read_text(encoding="utf-8")  # readable, not \u-escaped
    cit = data["items"][2]["citations"][1]
    assert cit["quote"].startswith("Жители") and cit["end"] - cit["start"] == len(cit["quote"])
    assert {s["id"] for s in data["sources"]} == {"courier", "post", "turkish", "greek_cyrillic"}
    assert all(len(s["sha256"]) == 64 for s in data["sources"])


def test_text_is_the_sentences_one_a_line_under_their_headings(brief: Brief, tmp_path: Path) -> None:
    target = tmp_path / "brief.txt"
    write(brief, target)
    blocks = target.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    assert [block.splitlines()[0] for block in blocks] == ["What happened", "Damage & cost"]
    sentences = [line for block in blocks for line in block.splitlines()[1:]]
    assert sentences == [" ".join(item.text.split()) for item in brief.items]

    flat = replace(brief, items=tuple(replace(item, section="") for item in brief.items))
    assert render(flat, "text").decode("utf-8").splitlines() == sentences


def test_formats_and_suffixes() -> None:
    assert FORMATS == ("markdown", "html", "pdf", "docx", "json", "text", "citebrief")
    expected = {
        "a.md": "markdown",
        "a.MARKDOWN": "markdown",
        "a.html": "html",
        "a.htm": "html",
        "dir.v2/a.PDF": "pdf",
        "a.docx": "docx",
        "a.json": "json",
        "a.txt": "text",
        "a.doc": None,
        "brief": None,
    }
    assert {name: format_for_path(name) for name in expected} == expected
