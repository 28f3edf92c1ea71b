"""Algorithm names, importable without loading numpy, scipy or sumy (the window needs them at start-up)."""

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
