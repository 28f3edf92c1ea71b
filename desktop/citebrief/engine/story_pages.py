"""Which documents of a folder can tell a story: articles, not a site's pages saved with them.

A cookie notice, an archive's crawl note or a tweet embed sits in many saved folders beside the
articles; it is listed under "Not grouped" rather than made a story of its own.
"""

from __future__ import annotations

from citebrief.core.model import Source
from citebrief.engine.story_terms import story_sentences
from citebrief.engine.tuning import TUNING
from citebrief.ingest.sentence_rules import Effect, first_match, rules_with

# A page with fewer body words than this is not an article (a cookie notice, an archive's crawl note,
# a tweet embed): the Multi-News validation folders hold 47 such files, none a story of its own.
MIN_ARTICLE_WORDS = 60
# The same text in this many files or more, and short, is a site's page saved again and again, not an
# article: the evaluation clusters hold an archive notice (112 words) in ten files and a tweet page in
# seven; an article saved twice stays an article.
SITE_PAGE_COPIES = 3
SITE_PAGE_WORDS = 150
CHECKED_WORDS = 300  # pages with fewer body words are checked sentence by sentence for the site's text
_ARCHIVE_RULE = "archive page furniture"

_SITE_RULES = frozenset(
    {
        _ARCHIVE_RULE,
        "legal and site notice",
        "page furniture label",
        "shop and account notice",
        "call to action",
        "embedded post",
        "web address or handle",
    }
)
_SITE_TEXT = tuple(rule for rule in rules_with(Effect.NEVER) if rule.name in _SITE_RULES)


def body_words(source: Source) -> int:
    return sum(s.word_count for s in story_sentences(source))


def is_article(source: Source, copies: int, words: int | None = None) -> bool:
    """Whether a document can tell a story: enough body text, and not a short page saved many times.
    ``words``: its `body_words` when already counted."""
    words = body_words(source) if words is None else words
    if words < MIN_ARTICLE_WORDS:
        return False
    if copies >= SITE_PAGE_COPIES and words < SITE_PAGE_WORDS:
        return False
    # A short page is judged by its text less what is the site's own: an archive's crawl notes, site
    # notices, page furniture (the sentence catalogue's rules for them).
    if words >= CHECKED_WORDS:
        return True
    article, archive = _article_words(source)
    return article >= MIN_ARTICLE_WORDS and archive < TUNING.story_archive_notes


def _article_words(source: Source) -> tuple[int, int]:
    """The words of the page not the site's own, and its sentences of an archive's crawl notes."""
    words = archive = 0
    for s in story_sentences(source):
        rule = first_match(_SITE_TEXT, s.text, s.text.lower())
        if rule is None:
            words += s.word_count
        archive += rule is not None and rule.name == _ARCHIVE_RULE
    return words, archive
