"""Rich Text Format through striprtf (the control words are dropped, the text kept)."""

from __future__ import annotations

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest.formats import Extracted
from citebrief.ingest.limits import Budget, cut_markup


def read(data: bytes, budget: Budget, *, complete: bool = True) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise UnreadableFileError("not an RTF file (damaged or misnamed)")
    # RTF is 7-bit text with escapes for everything else; cp1252 maps every byte that may appear.
    markup, partial = cut_markup(data.decode("cp1252", errors="replace"))
    text: str = rtf_to_text(markup, errors="replace")  # type: ignore[no-untyped-call]
    lines = [line.strip() for line in text.split("\n")]
    return Extracted("\n\n".join(line for line in lines if line), partial=partial)
