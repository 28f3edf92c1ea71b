"""Sentences an update added and the user has not accepted carry a "New" label in every format."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import docx
import lxml.html
import pypdf

from citebrief.core.model import Brief
from citebrief.export import render


def _one_new(brief: Brief) -> Brief:
    items = list(brief.items)
    items[1] = replace(items[1], new=True)
    return replace(brief, items=tuple(items))


def test_markdown_labels_only_new_sentences(brief: Brief) -> None:
    lines = render(_one_new(brief), "markdown").decode("utf-8").splitlines()
    labelled = [line for line in lines if line.startswith("**New** ")]
    assert len(labelled) == 1
    assert "](#source-" in labelled[0]  # with its citations
    assert not any(
        line.startswith("**New**") for line in render(brief, "markdown").decode("utf-8").splitlines()
    )


def test_json_says_new_true_on_the_item_only(brief: Brief) -> None:
    items = json.loads(render(_one_new(brief), "json"))["items"]
    assert [item["new"] for item in items] == [k == 1 for k in range(len(items))]


def test_html_docx_pdf_and_text_show_the_label(brief: Brief) -> None:
    marked = _one_new(brief)
    shown = marked.items[1].text.split()[0]
    page = lxml.html.fromstring(render(marked, "html"))
    assert [el.text for el in page.xpath("//strong[@class='new']")] == ["New"]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render(marked, "docx"))).paragraphs]
    assert sum(p.startswith("New ") for p in paragraphs) == 1
    pdf_text = "".join(
        page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(render(marked, "pdf"))).pages
    )
    assert f"New {shown}" in " ".join(pdf_text.split())
    text = render(marked, "text").decode("utf-8")
    assert sum(line.startswith("New: ") for line in text.splitlines()) == 1
