"""Per-language word tools: tokens, stems (Snowball in C through PyStemmer) and stop words (sumy's lists).

PyStemmer runs the Snowball project's own algorithms, so its stems are the reference ones; sumy's
stemmers, used only for the languages Snowball lacks (Slovak, Ukrainian), load nltk and are pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from citebrief.ingest.language import stop_words as _stop_words
from citebrief.ingest.nltk_import import import_nltk

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)

SUMY_LANGUAGES = frozenset(
    {
        "english",
        "german",
        "french",
        "spanish",
        "italian",
        "portuguese",
        "dutch",
        "czech",
        "slovak",
        "russian",
        "greek",
        "turkish",
        "polish",
        "swedish",
        "danish",
        "norwegian",
        "finnish",
        "hungarian",
        "romanian",
        "ukrainian",
    }
)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; hyphenated words and contractions stay whole."""
    return _TOKEN.findall(text.lower())  # type: ignore[no-any-return]


@dataclass
class WordTools:
    """Stemming with a per-word cache (stemming every token is the costliest step otherwise)."""

    language: str
    stop_words: frozenset[str]
    _stem: Callable[[str], str]
    _cache: dict[str, str] = field(default_factory=dict)

    def stem(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is None:
            # Numbers and mixed tokens are kept as they are (some stemmers warn about them).
            cached = self._stem(word) if word.isalpha() and word.islower() else word
            self._cache[word] = cached
        return cached

    def analyse(self, text: str) -> tuple[list[str], list[str]]:
        """All lower-cased tokens, and the stems of those that carry meaning."""
        tokens = tokenize(text)
        stops, cache, stem = self.stop_words, self._cache, self.stem
        # The cache is read inline: a method call per token cost a third of this function's time.
        kept = [w for w in tokens if w not in stops and (len(w) > 1 or w.isdigit())]
        return tokens, [cache[w] if w in cache else stem(w) for w in kept]

    def content_stems(self, text: str) -> list[str]:
        """Stems of the words that carry meaning, in order (stop words and one-letter words dropped)."""
        stops = self.stop_words
        return [self.stem(w) for w in tokenize(text) if w not in stops and (len(w) > 1 or w.isdigit())]


# Languages Snowball has no algorithm for, stemmed as sumy does: Slovak with its Czech stemmer.
_SNOWBALL_STAND_INS = {"slovak": "czech"}


def _stemmer(language: str) -> Callable[[str], str]:
    import Stemmer

    snowball = _SNOWBALL_STAND_INS.get(language, language)
    if snowball in Stemmer.algorithms():
        # WordTools keeps the one cache per language; PyStemmer's own would hold every word twice.
        return Stemmer.Stemmer(snowball, 0).stemWord  # type: ignore[no-any-return]
    import_nltk()
    from sumy.nlp.stemmers import Stemmer as SumyStemmer

    try:
        stemmer: Callable[[str], str] = SumyStemmer(language)
        stemmer("test")  # some stemmers need an optional package only when first used
    except Exception:  # any failure means: no stemmer for this language
        return str.lower
    return stemmer


@cache
def word_tools(language: str) -> WordTools:
    lang = language if language in SUMY_LANGUAGES else "english"
    return WordTools(language=lang, stop_words=_stop_words(lang), _stem=_stemmer(lang))
