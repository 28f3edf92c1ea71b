"""Corpus + BriefOptions -> Brief (no Qt)."""

from citebrief.engine.summarise import ALGORITHMS, DEFAULT_ALGORITHM, summarise

__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "summarise"]
