"""A sentence inside someone's quote is never shown as the article's own voice or as nobody's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.core.model import BriefOptions, Corpus
from citebrief.engine import summarise
from citebrief.engine.assemble import build_items
from citebrief.engine.features import Features, build_features
from citebrief.engine.quote_context import Middle, open_at_start, quote_middles
from citebrief.ingest import load_folder

# Each paragraph below: its sentences, and where each stands in a quote.
CASES = [
    # the quote's speaker named before it opens: its middle leans on the sentence before
    (
        'Mayor Ines Varga said: "We will rebuild the dam. The valley will not flood again. It will hold."',
        [Middle.NO, Middle.SPOKEN, Middle.NO],
    ),
    # narration of its own before the mark brings the quote in, with no verb of saying
    (
        "But as Ines Varga, the mayor of Merrow, pointed out, “the dam is old. It was built in 1961. "
        "Nobody has mended it since.”",
        [Middle.NO, Middle.SPOKEN, Middle.NO],
    ),
    # nobody named before the quote opens: only its end says whose words they are
    (
        "“I'm as shocked as you people. I did not think this was going to happen. So, I apologize.” "
        "— Jon Cryer, on his victory",
        [Middle.OPENS_UNSPOKEN, Middle.UNSPOKEN, Middle.NO],
    ),
    # a quote's bare start ("I'm like,") names nobody
    (
        "I'm like, “So it's my fault because I asked them to turn it down. I got attacked and I fought "
        "back. I refused to be a victim.”",
        [Middle.OPENS_UNSPOKEN, Middle.UNSPOKEN, Middle.NO],
    ),
    # a quote that closes in its own sentence leaves the next one outside it
    (
        '"We will rebuild," Varga said. The council met on Monday. It voted to pay for the work.',
        [Middle.NO, Middle.NO, Middle.NO],
    ),
    # a quote a page never closes is a mark misread, not speech to the paragraph's end
    (
        'Varga said: "We will rebuild the dam. The council met on Monday. It voted to pay for the work.',
        [Middle.NO, Middle.NO, Middle.NO],
    ),
    # a page that drops the space after a closing mark ('again."The council') opens nothing there
    (
        'Varga said the dam would hold "for years again."The council met on Monday. It voted to pay. '
        'Then "we wept," Varga said.',
        [Middle.NO, Middle.NO, Middle.NO, Middle.NO],
    ),
]


def _features(tmp_path: Path, text: str) -> tuple[Corpus, Features]:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "article.txt").write_text(
        "The Merrow dam held through the night, engineers said on Monday.\n\n" + text + "\n", encoding="utf-8"
    )
    corpus = load_folder(folder, cache=None)
    return corpus, build_features(corpus)


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_where_each_sentence_stands_in_a_quote(tmp_path: Path, paragraph: str, expected: list[Middle]) -> None:
    _corpus, features = _features(tmp_path, paragraph)
    found = quote_middles(features.rows).tolist()
    assert found[0] == Middle.NO  # the paragraph before: a new line ends any quote
    assert [Middle(v) for v in found[1:]] == expected


def test_a_new_line_ends_a_quote_left_open(tmp_path: Path) -> None:
    _corpus, features = _features(tmp_path, 'Varga said: "We will rebuild the dam.\n\nThe council met on Monday.')
    assert quote_middles(features.rows).tolist() == [Middle.NO, Middle.NO, Middle.NO]


QUOTED = (
    "The council of Merrow voted on Monday to replace the town's dam before the spring floods.\n\n"
    "“I told the council that the Merrow dam is older than anyone who lives in the valley below it. "
    "The Merrow dam was built in 1961 and nobody has mended its walls since the floods of 1987. "
    "Engineers must replace it before the spring floods reach the valley,” Mayor Ines Varga said.\n"
)
TOLD = (
    "Merrow will replace its dam before the spring floods, its council decided on Monday.\n\n"
    "Engineers say the Merrow dam, built in 1961, has not been mended since the floods of 1987.\n"
)


def test_a_quote_whose_speaker_only_its_end_names_is_shown_whole_or_not_at_all(tmp_path: Path) -> None:
    folder = tmp_path / "dam"
    folder.mkdir()
    (folder / "quoted.txt").write_text(QUOTED, encoding="utf-8")
    (folder / "told.txt").write_text(TOLD, encoding="utf-8")
    corpus = load_folder(folder, cache=None)
    features = build_features(corpus)
    deps = features.dependencies
    opener = next(i for i, r in enumerate(features.rows) if r.text.startswith("“I told"))
    middle, tail = opener + 1, opener + 2
    assert deps.unattributed[opener] and deps.unattributed[middle] and not deps.unattributed[tail]
    # the quote's end, which names the speaker, brings in all of the quote before it
    assert deps.needs(tail, ()) == [opener - 1, opener, middle]
    for length in (20, 30, 40, 60, 80):
        texts = [item.text for item in summarise(corpus, BriefOptions(length=length)).items]
        # the fact the quote's middle tells is told from the article that says who says it
        assert any(text.startswith("Engineers say the Merrow dam") for text in texts), texts
        shown = [n for n, text in enumerate(texts) if "nobody has mended its walls" in text]
        assert all(texts[n + 1].endswith("Mayor Ines Varga said.") for n in shown), texts


def test_a_quote_shown_up_to_its_middle_is_closed_there(tmp_path: Path) -> None:
    corpus, features = _features(
        tmp_path, 'Mayor Ines Varga said: "We will rebuild the dam. The valley will not flood again. It will hold."'
    )
    opener = next(i for i, r in enumerate(features.rows) if r.text.startswith("Mayor Ines Varga"))
    middle = opener + 1
    assert open_at_start(features.rows[middle]) == '"'
    assert features.dependencies.leans_on[middle] == opener
    shown = [item.text for item in build_items(features, [opener, middle])]
    assert shown == ['Mayor Ines Varga said: "We will rebuild the dam.', 'The valley will not flood again."']
    alone = build_items(features, [middle])[0]
    assert alone.text == '"The valley will not flood again."'
    cited = alone.citations[0]
    assert corpus.sources[0].text[cited.start : cited.end] == cited.quote == "The valley will not flood again."


def test_a_quote_inside_speech_the_line_before_brings_in_is_that_speakers(tmp_path: Path) -> None:
    # the paragraph is Dunn's own words, brought in by the line before it; the quote inside it is his
    _corpus, features = _features(
        tmp_path,
        "Michael Dunn said on the phone from the Merrow jail that he was the one who was attacked.\n\n"
        "I was the one that was attacked and I fought back. I'm like, “So it's my fault because I asked "
        "them to turn it down. I got attacked and I fought back. I refused to be a victim.”",
    )
    deps = features.dependencies
    quote = next(i for i, r in enumerate(features.rows) if r.text.startswith("I'm like"))
    assert quote_middles(features.rows)[quote] == Middle.OPENS_UNSPOKEN  # alone, its words are nobody's
    assert not deps.unattributed[quote] and not deps.unattributed[quote + 1]
    assert deps.needs(quote + 1, ()) == [quote - 2, quote - 1, quote]
