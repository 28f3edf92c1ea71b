"""Citations are exact for any text: every quote is the source text at its offsets."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citebrief.core import BriefOptions, LengthUnit
from citebrief.engine import summarise
from citebrief.ingest import load_folder

words = st.text(alphabet=st.characters(categories=("Ll", "Lu", "Nd")), min_size=1, max_size=9)
sentence = st.builds(
    lambda ws, end: " ".join(ws).capitalize() + end,
    st.lists(words, min_size=1, max_size=14),
    st.sampled_from([".", "!", "?", "", "...", '."']),
)
separator = st.sampled_from([" ", "  ", "\n", "\n\n", "\r\n", "\t", " \n"])
document = st.builds(
    lambda parts: "".join(s + sep for s, sep in parts),
    st.lists(st.tuples(sentence, separator), min_size=1, max_size=12),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(document, min_size=1, max_size=4), length=st.integers(1, 80), by_words=st.booleans())
def test_every_citation_quotes_its_source_exactly(tmp_path_factory, docs, length, by_words) -> None:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("docs")
    for number, text in enumerate(docs):
        (folder / f"doc{number}.txt").write_text(text, encoding="utf-8")
    corpus = load_folder(folder)
    for src in corpus.sources:
        for sent in src.sentences:
            assert src.text[sent.start : sent.end] == sent.text
    if not corpus.sources:
        return
    unit = LengthUnit.WORDS if by_words else LengthUnit.SENTENCES
    brief = summarise(corpus, BriefOptions(unit=unit, length=length))
    assert brief.items
    for item in brief.items:
        for cit in item.citations:
            assert corpus.source(cit.source_id).text[cit.start : cit.end] == cit.quote
