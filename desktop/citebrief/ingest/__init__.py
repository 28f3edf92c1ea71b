"""Files on disk -> `Corpus`: reading, decoding, cleaning and sentence splitting (no Qt)."""

from citebrief.ingest.folder import SUPPORTED_SUFFIXES, load_folder

__all__ = ["SUPPORTED_SUFFIXES", "load_folder"]
