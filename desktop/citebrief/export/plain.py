"""The two machine-facing forms: JSON with full provenance, and the bare sentences as text."""

from __future__ import annotations

import json

from citebrief.core.model import Brief
from citebrief.core.serial import brief_to_dict


def render_json(brief: Brief) -> str:
    """The whole brief with provenance: sources (id, path, title, sha256), items and citations, options."""
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def render_text(brief: Brief) -> str:
    """Only the brief's sentences, one a line: no title, headings or citation markers."""
    lines = (" ".join(item.text.split()) for item in brief.items)
    return "".join(f"{line}\n" for line in lines if line)
