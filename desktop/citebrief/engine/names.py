"""Algorithm names, importable without loading numpy, scipy or sumy (the window needs them at start-up)."""

DEFAULT_ALGORITHM = "citebrief"
SUMY_ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "edmundson")
ALGORITHMS: tuple[str, ...] = (DEFAULT_ALGORITHM, *SUMY_ALGORITHMS)
