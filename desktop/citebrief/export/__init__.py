"""Brief -> files a reader can check: Markdown, HTML, DOCX (no Qt), PDF (QtGui only), JSON and text.

Importing this package is cheap and never imports Qt: the PDF and DOCX writers load on first use.
Every format renders the same `citebrief.export.model.ExportDocument`; see that module for how
citations are numbered.
"""

from citebrief.export.api import (
    FORMATS,
    REGISTRY,
    ExportFormat,
    export_format,
    format_for_output,
    format_for_path,
    render,
    write,
)

__all__ = [
    "FORMATS",
    "REGISTRY",
    "ExportFormat",
    "export_format",
    "format_for_output",
    "format_for_path",
    "render",
    "write",
]
