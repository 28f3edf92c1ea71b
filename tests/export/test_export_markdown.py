"""Markdown export, read back through a real CommonMark parser (markdown-it-py with GFM extensions)."""

from __future__ import annotations

import lxml.html
from export_fixtures import Library
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, SourceRef
from citebrief.export import render
from citebrief.export.markdown import escape
from citebrief.export.model import isolate


def to_html(markdown: str) -> lxml.html.HtmlElement:
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin)
    return lxml.html.fromstring(f"<div>{parser.render(markdown)}</div>")


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_structure_text_and_links_survive_a_real_parser(brief: Brief, library: Library) -> None:
    page = to_html(render(brief, "markdown").decode("utf-8"))

    assert [text_of(h) for h in page.findall("h1")] == [brief.title]
    assert [text_of(h) for h in page.findall("h2")] == ["What happened", "Damage & cost", "Sources"]
    meta = text_of(page.find("p"))
    assert "5 March 2026" in meta and "Draws on 4 sources" in meta

    ids = {el.get("id"): el for el in page.iter() if el.get("id")}
    order = brief.cited_source_ids()
    sentences = [p for p in page.findall("p") if p.find("a") is not None]
    assert len(sentences) == len(brief.items)
    for item, para in zip(brief.items, sentences, strict=True):
        numbers = sorted({order.index(c.source_id) + 1 for c in item.citations})
        assert text_of(para) == f"{item.text} [{', '.join(map(str, numbers))}]"
        links = para.findall("a")
        assert [int(a.text) for a in links] == numbers
        for link in links:
            target = ids[link.get("href").removeprefix("#")]
            number = int(link.text)
            cited = next(c for c in item.citations if order.index(c.source_id) + 1 == number)
            # the link lands on the very sentence quoted, inside its source's entry
            assert cited.quote in text_of(target.getparent())
            source_entry = target.getparent().getparent().getparent()
            assert source_entry.get("id") is None or source_entry.tag == "li"
            title = library.refs[cited.source_id].title
            assert title in text_of(page.xpath("//ol/li")[number - 1])


def test_sources_list_each_source_once_with_path_date_and_quotes(brief: Brief, library: Library) -> None:
    page = to_html(render(brief, "markdown").decode("utf-8"))
    entries = page.xpath("//ol/li")
    assert len(entries) == 4
    by_number = [library.refs[sid] for sid in brief.cited_source_ids()]
    for entry, ref in zip(entries, by_number, strict=True):
        text = text_of(entry)
        assert text.startswith(ref.title)
        assert ref.relpath in text
        quotes = [text_of(li) for li in entry.xpath("./ul/li")]
        expected = {
            one_line(c.quote) for item in brief.items for c in item.citations if c.source_id == ref.id
        }
        assert {q.split("”")[0].lstrip("“") for q in quotes} == expected
    courier = text_of(entries[0])
    assert "3 March 2026" in courier
    haber = text_of(entries[[ref.relpath for ref in by_number].index("03-haber.txt")])
    assert "03-haber.txt" in haber and "2026" not in haber
    # Numbers follow the folder's order, so a rebuild that cites the same sources keeps them.
    assert by_number == sorted(by_number, key=list(library.refs.values()).index)


def test_edited_sentence_shows_the_original_quote_in_its_note(brief: Brief) -> None:
    page = to_html(render(brief, "markdown").decode("utf-8"))
    notes = [text_of(li) for li in page.xpath("//ol/li/ul/li") if "edited" in text_of(li)]
    assert len(notes) == 2  # sentence 3 cites two sources
    assert notes[0].startswith("“1. About 1,200 residents were evacuated overnight & the town hall")
    assert "Sentence 3 of the brief was edited" in notes[0]
    assert not any("edited" in text_of(li) for li in page.xpath("//ol/li[1]/ul/li"))


# Text a source may well contain, heavy on what Markdown and HTML give meaning to.
_HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("*_#[]()<>|`\\!&;:~-+=.)0123456789 \t\nabcXYZğşıİΩλЖю\u00a0\"'/^$%{}@")),
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
    ),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


def _brief_from(title: str, section: str, sentence: str, quote: str, source_title: str) -> Brief:
    text = f"Before. {quote} After."
    start = text.index(quote)
    cit = Citation("s1", 1, start, start + len(quote), text[start : start + len(quote)])
    ref = SourceRef(id="s1", path="/tmp/a.txt", title=source_title, sha256="", relpath="a.txt")
    return Brief(
        title, (BriefItem(sentence, (cit,), section=section),), BriefOptions(), (ref,), created="2026-01-02"
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_HOSTILE, section=_HOSTILE, sentence=_HOSTILE, quote=_HOSTILE, source_title=_HOSTILE)
def test_any_text_comes_out_intact_and_in_its_place(
    title: str, section: str, sentence: str, quote: str, source_title: str
) -> None:
    page = to_html(render(_brief_from(title, section, sentence, quote, source_title), "markdown").decode())

    assert [text_of(h) for h in page.findall("h1")] == [one_line(title)]
    assert [text_of(h) for h in page.findall("h2")] == [one_line(section), "Sources"]
    paragraphs = page.findall("p")
    assert len(paragraphs) == 2  # the date line and the one sentence
    # Right-to-left text comes out whole, set apart in bidi isolates (test_export_bidi.py checks those).
    assert text_of(paragraphs[1]) == f"{isolate(one_line(sentence))} [1]".strip()
    assert [a.get("href") for a in paragraphs[1].findall("a")] == ["#source-1-quote-1"]
    entries = page.xpath("//ol/li")
    assert len(entries) == 1
    assert text_of(entries[0]).startswith(f"{one_line(source_title)} a.txt")
    assert [text_of(li) for li in entries[0].xpath("./ul/li")] == [f"“{isolate(one_line(quote))}”"]
    # the only markup is ours: the italic date line and the bold source title
    assert len(page.xpath("//em")) == 1 and len(page.xpath("//ol/li//strong")) == 1
    assert not page.xpath("//code|//img|//table|//blockquote|//pre|//hr|//del|//h3|//script")


@settings(max_examples=200, deadline=None)
@given(text=_HOSTILE)
def test_escaped_text_is_one_plain_paragraph(text: str) -> None:
    page = to_html(escape(text))
    assert [el.tag for el in page] == ["p"]
    assert list(page[0]) == []  # no markup inside: no links, emphasis, code or HTML
    assert text_of(page[0]) == one_line(text)
