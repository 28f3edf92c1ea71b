"""Citebrief: one merged, cited, extractive brief from a folder of articles."""

__version__ = "0.1.0"
