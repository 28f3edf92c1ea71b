"""Plain text files: decoded as they are."""

from __future__ import annotations

from citebrief.ingest.decode import decode_bytes
from citebrief.ingest.formats import Extracted
from citebrief.ingest.limits import Budget


def read(data: bytes, budget: Budget, *, complete: bool = True) -> Extracted:
    text, _encoding = decode_bytes(data, complete=complete)
    return Extracted(text)
