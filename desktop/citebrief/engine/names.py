"""Algorithm names, importable without loading numpy, scipy or sumy (the window needs them at start-up)."""

from citebrief.core.model import Corpus, SentenceRole

DEFAULT_ALGORITHM = "citebrief"
SUMY_ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "edmundson")
ALGORITHMS: tuple[str, ...] = (DEFAULT_ALGORITHM, *SUMY_ALGORITHMS)

# What the window calls each algorithm.
LABELS: dict[str, str] = {
    "citebrief": "Citebrief (merges sources)",
    "lexrank": "LexRank",
    "textrank": "TextRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "kl": "KL-Sum",
    "sumbasic": "SumBasic",
    "reduction": "Reduction",
    "edmundson": "Edmundson",
}
# The algorithms that read the focus terms; the others rank sentences without them.
USES_FOCUS = frozenset({"citebrief", "edmundson"})

# The most body sentences each sumy algorithm ranks; beyond it a brief is refused before anything
# starts, rather than running for minutes or running out of memory. None: no limit (Citebrief's own
# method, LexRank and TextRank as sparse matrices, and Edmundson handle thousands of articles).
# Measured with `python tests/benchmarks/algorithm_limits.py` (its ranking step alone, folders of
# Multi-News validation sources, this 2-core machine, 2 December 2026): each limit is about the largest
# folder ranked in under 10 s; memory stayed under 400 MB in every run that finished.
SENTENCE_LIMITS: dict[str, int | None] = {
    "citebrief": None,
    "lexrank": None,
    "textrank": None,
    # A dense SVD, cubic: 590 sentences 2.2 s, 1,202 19 s, 2,400 over 60 s (690 articles: MemoryError).
    "lsa": 800,
    "luhn": 5_000,  # 3,171 sentences 5.5 s, 5,933 12 s (690 articles, 19,900 sentences: 42 s)
    # Re-scores every sentence for each one it ranks, cubic: 171 sentences 2.9 s, 270 9.6 s, 416 35 s.
    "kl": 250,
    "sumbasic": 4_000,  # 3,171 sentences 6.3 s, 5,933 27 s
    "reduction": 1_200,  # a pairwise graph in Python: 1,202 sentences 9.9 s, 3,171 43 s
    "edmundson": None,  # 19,900 sentences (690 articles) 1.9 s, 261 MB
}
_ANY_SIZE = [LABELS[name].split(" (")[0] for name, limit in SENTENCE_LIMITS.items() if limit is None]
_UNLIMITED = ", ".join(_ANY_SIZE[:-1]) + " and " + _ANY_SIZE[-1]


def size_refusal(algorithm: str, sentences: int) -> str:
    """Why ``algorithm`` refuses articles of ``sentences`` body sentences, or "" when it takes them."""
    limit = SENTENCE_LIMITS.get(algorithm)
    if limit is None or sentences <= limit:
        return ""
    return (
        f"{LABELS[algorithm]} handles at most {limit:,} sentences and these articles have {sentences:,}; "
        f"choose fewer articles or another algorithm ({_UNLIMITED} take any number)"
    )


def corpus_refusal(corpus: Corpus, algorithm: str) -> str:
    """`size_refusal` for the body sentences of ``corpus`` (counted in a moment, before any work)."""
    body = sum(1 for src in corpus.sources for sent in src.sentences if sent.role is SentenceRole.BODY)
    return size_refusal(algorithm, body)
