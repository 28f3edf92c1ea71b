"""Data model and contracts shared by every layer (standard library only)."""

from citebrief.core.errors import (
    Cancelled,
    CitebriefError,
    ExportError,
    NoDocumentsError,
    UnknownAlgorithmError,
    UnreadableFileError,
)
from citebrief.core.model import (
    Brief,
    BriefItem,
    BriefOptions,
    Citation,
    Corpus,
    LengthUnit,
    Notice,
    Sentence,
    SentenceRole,
    Source,
    SourceRef,
    Story,
)
from citebrief.core.progress import CancelToken, ProgressCallback, report

__all__ = [
    "Brief",
    "BriefItem",
    "BriefOptions",
    "CancelToken",
    "Cancelled",
    "Citation",
    "CitebriefError",
    "Corpus",
    "ExportError",
    "LengthUnit",
    "NoDocumentsError",
    "Notice",
    "ProgressCallback",
    "Sentence",
    "SentenceRole",
    "Source",
    "SourceRef",
    "Story",
    "UnknownAlgorithmError",
    "UnreadableFileError",
    "report",
]
