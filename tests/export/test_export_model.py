"""The shared export model: numbering, quotes and sections for any brief (property-based)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, SourceRef
from citebrief.export.model import build_document, display_date

_WORDS = st.text(alphabet=st.sampled_from(list("abcdeğİΩЖ *_#[]. ")), min_size=1, max_size=12)


@st.composite
def briefs(draw: st.DrawFn) -> tuple[Brief, dict[str, str]]:
    """A brief over 1-5 sources whose citations are real slices of the source texts."""
    count = draw(st.integers(1, 5))
    texts = {
        f"s{n}": " ".join([*draw(st.lists(_WORDS, min_size=3, max_size=8)), "end."]) for n in range(count)
    }
    items = []
    for _ in range(draw(st.integers(0, 8))):
        citations = []
        for _ in range(draw(st.integers(0, 3))):
            source_id = draw(st.sampled_from(sorted(texts)))
            text = texts[source_id]
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            citations.append(Citation(source_id, 0, start, end, text[start:end]))
        section = draw(st.sampled_from(["", "First", "Second"]))
        items.append(BriefItem(draw(_WORDS), tuple(citations), edited=draw(st.booleans()), section=section))
    refs = tuple(SourceRef(id=sid, path=f"/data/{sid}.txt", title=f"Title {sid}", sha256="") for sid in texts)
    return Brief("T", tuple(items), BriefOptions(), refs, created="2026-02-03"), texts


@settings(max_examples=200, deadline=None)
@given(case=briefs())
def test_every_citation_reaches_its_quote_under_its_numbered_source(
    case: tuple[Brief, dict[str, str]],
) -> None:
    brief, texts = case
    doc = build_document(brief)
    order = brief.cited_source_ids()

    assert [entry.number for entry in doc.sources] == list(range(1, len(order) + 1))
    assert [entry.title for entry in doc.sources] == [f"Title {sid}" for sid in order]
    assert [entry.location for entry in doc.sources] == [f"{sid}.txt" for sid in order]
    anchors = {q.anchor: (entry, q) for entry in doc.sources for q in entry.quotes}
    assert len(anchors) == sum(len(entry.quotes) for entry in doc.sources)  # anchors are unique

    assert [s.text for s in doc.sentences] == [" ".join(i.text.split()) for i in brief.items]
    for item, sentence in zip(brief.items, doc.sentences, strict=True):
        numbers = sorted({order.index(c.source_id) + 1 for c in item.citations})
        assert [mark.number for mark in sentence.marks] == numbers
        for mark in sentence.marks:
            entry, quote = anchors[mark.anchor]
            assert entry.number == mark.number
            source_id = order[mark.number - 1]
            first = next(c for c in item.citations if c.source_id == source_id)
            assert texts[source_id][first.start : first.end] == first.quote
            assert quote.text == " ".join(first.quote.split())
            assert (sentence.number in quote.edited_in) == item.edited

    # every quoted wording is listed once under its own source, even when the source prints it twice
    for entry in doc.sources:
        source_id = order[entry.number - 1]
        cited = {
            " ".join(c.quote.split()) for i in brief.items for c in i.citations if c.source_id == source_id
        }
        assert sorted(q.text for q in entry.quotes) == sorted(cited)

    # consecutive items with the same heading share a section
    headings = [" ".join(i.section.split()) for i in brief.items]
    runs = [h for n, h in enumerate(headings) if n == 0 or headings[n - 1] != h]
    assert [section.heading for section in doc.sections] == runs


def test_a_sentence_printed_twice_in_a_source_is_quoted_once() -> None:
    text = "Cracks were found. Cracks were found. Repairs take weeks."
    first, second = Citation("s", 0, 0, 18, text[0:18]), Citation("s", 1, 19, 37, text[19:37])
    assert first.quote == second.quote
    items = (BriefItem("Cracks were found.", (first, second)), BriefItem("Again.", (second,), edited=True))
    ref = SourceRef(id="s", path="/data/s.txt", title="S", sha256="")
    doc = build_document(Brief("T", items, BriefOptions(), (ref,), created="2026-02-03"))
    [entry] = doc.sources
    [quote] = entry.quotes
    assert quote.text == "Cracks were found."
    assert [m.anchor for s in doc.sentences for m in s.marks] == [quote.anchor, quote.anchor]
    assert quote.edited_in == (2,)


def test_dates_and_source_line() -> None:
    assert display_date("2026-03-05") == ("5 March 2026", "2026-03-05")
    assert display_date("2026-11-22T10:00:00") == ("22 November 2026", "2026-11-22")
    assert display_date("spring 2026") == ("spring 2026", "")
    ref = SourceRef(id="a", path="C:\\news\\a.txt", title="", sha256="")
    other = SourceRef(id="b", path="/news/b.txt", title="B", sha256="", date="2026-01-09")
    cit = Citation("a", 0, 0, 3, "abc")
    doc = build_document(
        Brief("", (BriefItem("x", (cit,)),), BriefOptions(), (ref, other), created="2026-01-10")
    )
    assert doc.title == "Brief"
    assert doc.source_line == "Draws on 1 of the 2 sources read."
    assert doc.sources[0].title == "a.txt" and doc.sources[0].location == "a.txt"
