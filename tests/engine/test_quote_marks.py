"""A brief shows every quote it opens closed, and every quote it closes opened, as an editor would."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.core.model import Corpus
from citebrief.engine.assemble import build_items
from citebrief.engine.features import Features, build_features
from citebrief.engine.quote_marks import balanced_texts, quote_state
from citebrief.ingest import load_folder


@pytest.mark.parametrize(
    ("text", "open_at_end", "closes_unopened", "lone"),
    [
        ('Serna said: "I sat on the bunk with him.', '"', "", False),
        ("Serna said: “I sat on the bunk with him.", "“", "", False),
        ('But let us see who they put forward," the president said.', "", '"', False),
        ("But let us see who they put forward,” the president said.", "", "”", False),
        ('"I had never been to jail before," Olivera said.', "", "", False),
        ('"We did not have a plan,\'\' his mother said.', "", "", False),  # two apostrophes close it
        ('It comes with "spicy-sweet chili sauce;" no wonder it sells.', "", "", False),
        ('"It was bad,\' " according to Britney Schmidt.', "", "", False),  # nested marks set apart
        ('"Olivera, himself a veteran, said he worried about the night.', '"', "", True),
        ("The mayor spoke to reporters on Monday.", "", "", False),
        ('The suspect is a white male, 5\'10" tall, police said.', "", "", False),  # inches
        ('Officials said 14" of snow fell on Merrow.', "", "", False),
        ('He said,"We will rebuild the dam.', '"', "", False),  # opened right after a comma
        ('The "How to Train Your Dragon 2" actress was at the premiere.', "", "", False),
        ('The Onion named him "Sexiest Man Alive for 2012".', "", "", False),
        ('"The warden stayed in the yard all night.', '"', "", False),  # a quote's next paragraph
    ],
)
def test_how_the_marks_of_a_sentence_fall(text: str, open_at_end: str, closes_unopened: str, lone: bool) -> None:
    state = quote_state(text)
    assert (state.open_at_end, state.closes_unopened, state.lone_opening_mark) == (open_at_end, closes_unopened, lone)


@pytest.mark.parametrize(
    ("texts", "previous", "follows", "shown"),
    [
        # shown alone, a quote that goes on in the article is closed where the brief stops it
        (['Serna said: "I sat on the bunk.'], [None], [False], ['Serna said: "I sat on the bunk."']),
        (["Serna said: “I sat on the bunk."], [None], [False], ["Serna said: “I sat on the bunk.”"]),
        # the rest of the quote follows in the brief: the article's marks stand
        (
            ['Serna said: "I sat on the bunk.', 'He stayed," Serna said.'],
            [None, 'Serna said: "I sat on the bunk.'],
            [False, True],
            ['Serna said: "I sat on the bunk.', 'He stayed," Serna said.'],
        ),
        # the end of a quote shown without its start is opened at its start
        (
            ['He stayed all night," Serna said.'],
            ['Serna said: "I sat on the bunk.'],
            [False],
            ['"He stayed all night," Serna said.'],
        ),
        # a closing mark printed at the start of the next paragraph closes the quote before it
        (
            ['Serna said: "He said he was staying.', '"Olivera, a veteran, said he worried.'],
            [None, 'Serna said: "He said he was staying.'],
            [False, True],
            ['Serna said: "He said he was staying."', "Olivera, a veteran, said he worried."],
        ),
        # balanced sentences are shown as they are
        (['"We will rebuild," the mayor said.'], [None], [False], ['"We will rebuild," the mayor said.']),
    ],
)
def test_a_brief_balances_its_quotes(
    texts: list[str], previous: list[str | None], follows: list[bool], shown: list[str]
) -> None:
    assert balanced_texts(texts, previous, follows) == shown


def _article(tmp_path: Path, text: str) -> tuple[Corpus, Features]:
    """A folder of one article with ``text``, read and analysed."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "article.txt").write_text(text, encoding="utf-8")
    corpus = load_folder(folder, cache=None)
    return corpus, build_features(corpus)


def _row(features: Features, start: str) -> int:
    return next(i for i, row in enumerate(features.rows) if row.text.startswith(start))


def test_a_brief_closes_a_quote_it_cuts_short_and_keeps_the_citation_exact(tmp_path: Path) -> None:
    corpus, features = _article(
        tmp_path,
        "Mayor Ines Varga said on Monday that the Merrow dam would be rebuilt by spring.\n\n"
        'Varga told reporters in Merrow: "We will rebuild the dam before the spring floods come.\n\n'
        'Nobody in this valley will lose a home again," she said.\n',
    )
    quote = _row(features, "Varga told")
    alone = build_items(features, [quote])
    assert alone[0].text == 'Varga told reporters in Merrow: "We will rebuild the dam before the spring floods come."'
    source = corpus.sources[0]
    cit = alone[0].citations[0]
    assert source.text[cit.start : cit.end] == cit.quote and cit.quote.endswith("floods come.")
    # with the rest of the quote after it, the brief shows the article's own marks
    both = build_items(features, [quote, quote + 1])
    assert [item.text for item in both] == [features.rows[quote].text, features.rows[quote + 1].text]
    # and the rest alone is opened where it starts
    tail = build_items(features, [quote + 1])
    assert tail[0].text == '"Nobody in this valley will lose a home again," she said.'


def test_a_quote_reopened_in_a_new_paragraph_keeps_its_marks(tmp_path: Path) -> None:
    # wire copy opens each paragraph of a long quote again and closes only the last
    _corpus, features = _article(
        tmp_path,
        'Guard Luis Serna said: "I sat on the bunk and waited for the warden.\n\n'
        '"The warden Tom Hale stayed in the yard of the Merrow jail all night.\n\n'
        'Dale Witt left the jail and never came back."\n',
    )
    shown = build_items(features, [_row(features, '"The warden')])[0].text
    assert shown == '"The warden Tom Hale stayed in the yard of the Merrow jail all night."'
