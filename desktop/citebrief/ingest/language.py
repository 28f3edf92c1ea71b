"""Which language a document is in, as the lowercase English name Punkt and sumy use ("german").

py3langid classifies offline and deterministically from a model shipped in the package (no pickle).
Its model takes about half a second to load and a millisecond per document, so English, the common
case, is first recognised from the density of its function words, then from its share of stop words
against every other language's; only the texts neither settles go to the model.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

DEFAULT_LANGUAGE = "english"

# ISO 639-1 codes of the languages Punkt, sumy or the Snowball stemmers know by name.
NAMES: dict[str, str] = {
    "ar": "arabic",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "he": "hebrew",
    "hu": "hungarian",
    "it": "italian",
    "ja": "japanese",
    "ko": "korean",
    "ml": "malayalam",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sk": "slovak",
    "sl": "slovene",
    "sv": "swedish",
    "th": "thai",
    "tr": "turkish",
    "uk": "ukrainian",
    "zh": "chinese",
}
_SAMPLE = 1000
_MIN_LETTERS = 40
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the",
        "and",
        "of",
        "that",
        "was",
        "with",
        "said",
        "for",
        "is",
        "to",
        "has",
        "have",
        "were",
        "which",
        "in",
        "a",
        "on",
        "by",
        "at",
        "from",
        "it",
        "he",
        "she",
        "his",
        "her",
        "are",
        "be",
        "been",
        "this",
        "their",
        "they",
        "we",
        "an",
        "as",
        "not",
        "but",
        "or",
        "will",
        "would",
        "who",
        "i",
        "you",
        "our",
    }
)
# Shares of tokens in running English text: "the" alone is usually 5-7 %, the whole set 35-50 %;
# no other language reaches both (a stray English quote in a German text does not).
_THE_SHARE = 0.02
_SET_SHARE = 0.25
# A text neither test above settles is English when at least a fifth of its words (names and
# addresses left out) are English stop words, and the words only English's list has (not those
# another list has too) are at least 2.5 times those only the other language's list has, for every
# list: running English text gives 40-90 % and leads by 10 times or more; texts in other languages
# give at most 0.33 (Polish), then lead by at most 0.8 times (Swedish), and give about a tenth where
# sumy has no list of theirs (Dutch, Danish, Norwegian: 0.12 at most); see test_ingest_languages.py.
_STOP_SHARE = 0.2
_STOP_MARGIN = 2.5
_MIN_WORDS = 10  # fewer words than this say too little to tell by shares
# The languages of sumy's stop-word lists written in the Latin alphabet (the only ones an English
# text could be confused with word for word).
_LISTED = ("czech", "french", "german", "italian", "polish", "portuguese", "slovak", "spanish", "swedish")
_WORD = re.compile(r"[^\W\d_]+")
# Web and mail addresses are in no language: "www" is even on sumy's Polish list.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S*|\S+@\S+\.\w+", re.IGNORECASE)
_lock = threading.Lock()


@cache
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list for the language, read as a file (importing sumy would load nltk)."""
    try:
        data = files("sumy").joinpath("data", "stopwords", f"{language}.txt").read_bytes()
    except OSError:
        return frozenset()
    return frozenset(w.rstrip().lower() for w in data.decode("utf-8").splitlines() if w)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    # Only languages with a name here may win: a Catalan-looking text is better read as Spanish than
    # split and stemmed as English.
    identifier.set_languages(sorted(set(NAMES) & set(identifier.labels)))
    return identifier


_problem: list[str] = []  # why the model could not be loaded, once it failed


def _model() -> Any | None:
    """The identifier, or None when its model cannot be loaded (py3langid unpacks it through a
    temporary file, which fails on a full or missing temporary folder)."""
    with _lock:
        if _problem:
            return None
        try:
            return _identifier()
        except (OSError, ValueError, EOFError, MemoryError) as exc:
            why = getattr(exc, "strerror", None)  # the system's words; a library's own name nothing
            _problem.append("the language model could not be loaded" + (f": {why}" if why else ""))
            return None


def model_problem() -> str:
    """Why the language model could not be loaded ("" when it could, or was not needed yet)."""
    return _problem[0] if _problem else ""


def _load() -> None:
    _model()


def warm_up() -> threading.Thread:
    """Load the model in the background; the first `detect_language` call waits for it."""
    thread = threading.Thread(target=_load, name="language-model", daemon=True)
    thread.start()
    return thread


def _clearly_english(sample: str) -> bool:
    words = _ASCII_WORD.findall(sample.lower())
    if len(words) < 20:
        return False
    the = words.count("the")
    common = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words))
    return the >= _THE_SHARE * len(words) and common >= _SET_SHARE * len(words)


@cache
def _own_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words only English's list has against the language's, and only the language's has."""
    english, other = stop_words(DEFAULT_LANGUAGE), stop_words(language)
    return english - other, other - english


@cache
def _any_list() -> frozenset[str]:
    return frozenset().union(*(stop_words(lang) for lang in (DEFAULT_LANGUAGE, *_LISTED)))


def _counted_words(words: list[str]) -> list[str]:
    """The words in lowercase, but for capitalised words on no stop-word list: names and title-case
    headings are in no language, and a video page's credits ("Director - Ryan Anthony Martin") would
    otherwise drown its English. (German nouns dropped so leave German's own stop words, which the
    margin counts.)"""
    listed = _any_list()
    return [w.lower() for w in words if not w[0].isupper() or w.lower() in listed]


def _mostly_english_stop_words(sample: str) -> bool:
    found = _WORD.findall(_ADDRESS.sub(" ", sample))
    if len(found) < _MIN_WORDS:
        return False
    words = _counted_words(found)
    share = sum(map(stop_words(DEFAULT_LANGUAGE).__contains__, words))
    if share < _STOP_SHARE * len(words):
        return False
    return all(_ahead_of(words, lang) for lang in _LISTED)


def _ahead_of(words: list[str], language: str) -> bool:
    """Whether the words are English rather than the language by the stop words the two lists do not
    share: "a", "i", "on" or "man" are in Polish, Portuguese or Swedish lists too, and tell nothing."""
    english_only, other_only = _own_words(language)
    ours = sum(map(english_only.__contains__, words))
    return ours > 0 and ours >= _STOP_MARGIN * sum(map(other_only.__contains__, words))


def settled_language(text: str) -> str | None:
    """The document's language when it is told without the model (English, or too short to tell),
    else None."""
    return _settled(text[:_SAMPLE])


# A reader asks first whether the model is needed, then for the language: the answer is kept for the
# few samples seen last instead of counting their words twice.
@lru_cache(maxsize=8)
def _settled(sample: str) -> str | None:
    if _clearly_english(sample) or len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE if _mostly_english_stop_words(sample) else None


def identify_language(text: str) -> tuple[str, str]:
    """The document's language name and, when it is only a fallback because the model could not be
    loaded, why ("" otherwise). Short texts are English: too short to tell."""
    if settled_language(text) is not None:
        return DEFAULT_LANGUAGE, ""
    sample = text[:_SAMPLE]
    identifier = _model()
    if identifier is None:
        return DEFAULT_LANGUAGE, model_problem()
    code, _score = identifier.classify(sample)
    return NAMES.get(str(code), DEFAULT_LANGUAGE), ""


def detect_language(text: str) -> str:
    """The document's language name (see `identify_language`)."""
    return identify_language(text)[0]
