"""Every sumy summariser, fed Citebrief's own sentences, its choices mapped back to exact offsets.

sumy sees the folder as one document (a paragraph per source), as a user running sumy on the folder
would. Its rating of every sentence is captured, so the brief takes sentences best-first under
Citebrief's own word or sentence budget and redundancy rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from citebrief.core.errors import UnknownAlgorithmError
from citebrief.core.progress import CancelToken, check
from citebrief.engine.features import Features
from citebrief.engine.language import tokenize
from citebrief.ingest.nltk_import import import_nltk


class _WordTokenizer:
    """The tokenizer interface sumy expects; Citebrief has split the sentences already."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(tokenize(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return (text,)


def _summarizer_class(name: str) -> type[Any]:
    import_nltk()
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes: dict[str, type[Any]] = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
        "reduction": ReductionSummarizer,
        "edmundson": EdmundsonSummarizer,
    }
    try:
        return classes[name]
    except KeyError:
        raise UnknownAlgorithmError(f"unknown algorithm {name!r}") from None


def _edmundson_words(features: Features, focus: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Bonus words: the focus terms, else the folder's most frequent content words."""
    if focus:
        bonus = [w for term in focus for w in tokenize(term)]
    else:
        counts: dict[str, int] = {}
        for row in features.rows:
            for w in tokenize(row.text):
                if w not in features.tools.stop_words and len(w) > 2:
                    counts[w] = counts.get(w, 0) + 1
        bonus = sorted(counts, key=lambda w: (-counts[w], w))[:10]
    stigma = ["reportedly", "allegedly", "rumoured", "rumored", "unconfirmed"]
    return bonus or ["news"], stigma


def rank_with_sumy(
    features: Features,
    algorithm: str,
    *,
    focus: tuple[str, ...] = (),
    cancel: CancelToken | None = None,
    vectorised: bool = True,
) -> list[int]:
    """All body rows, best first, as rated by the named sumy summariser.

    LexRank and TextRank run as Citebrief's sparse-matrix versions of sumy's formulas unless
    ``vectorised`` is False (sumy's own code is quadratic in pure Python).
    """
    if vectorised and algorithm in ("lexrank", "textrank"):
        from citebrief.engine.graph_rank import lexrank_scores, textrank_scores

        scores = (lexrank_scores if algorithm == "lexrank" else textrank_scores)(features, cancel=cancel)
        return sorted(range(len(scores)), key=lambda r: (-float(scores[r]), r))
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    cls = _summarizer_class(algorithm)
    tokenizer = _WordTokenizer(features.tools.language)
    sentences = [SumySentence(row.text, tokenizer) for row in features.rows]
    if not sentences:
        return []
    by_source: dict[str, list[Any]] = {}
    for row, sent in zip(features.rows, sentences, strict=True):
        by_source.setdefault(row.source.id, []).append(sent)
    document = ObjectDocumentModel([Paragraph(group) for group in by_source.values()])
    row_of = {id(s): i for i, s in enumerate(sentences)}

    summarizer = cls(features.tools.stem)
    summarizer.stop_words = features.tools.stop_words
    if algorithm == "edmundson":
        bonus, stigma = _edmundson_words(features, focus)
        summarizer.bonus_words = bonus
        summarizer.stigma_words = stigma
        summarizer.null_words = features.tools.stop_words
    ratings: dict[int, float] = {}

    def capture(found: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        rate: Callable[[Any], float]
        rate = (lambda s: rating(s, *args, **kwargs)) if callable(rating) else (lambda s: rating[s])
        for sent in found:
            ratings[row_of[id(sent)]] = float(rate(sent))
        return ()

    check(cancel)
    summarizer._get_best_sentences = capture
    summarizer(document, len(sentences))
    check(cancel)
    # Ties keep document order, as sumy's own sort does.
    return sorted(ratings, key=lambda r: (-ratings[r], r))
