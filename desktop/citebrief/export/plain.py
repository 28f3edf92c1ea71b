"""The two machine-facing forms: JSON with full provenance, and the bare sentences as text."""

from __future__ import annotations

import json

from citebrief.core.model import Brief
from citebrief.core.serial import brief_to_dict
from citebrief.export.model import NEW_LABEL, isolate


def render_json(brief: Brief) -> str:
    """The whole brief with provenance: sources (id, path, title, sha256), items and citations, options."""
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def render_text(brief: Brief) -> str:
    """The brief's sentences, one a line, without title or citation markers.

    A brief with sections puts each heading on a line of its own before its sentences, and a blank
    line between sections.
    """
    out: list[str] = []
    heading: str | None = None
    for item in brief.items:
        line = " ".join(item.text.split())
        if not line:
            continue
        section = " ".join(item.section.split())
        if section and section != heading:
            out.append(f"\n{section}\n" if out else f"{section}\n")
        heading = section
        out.append(f"{NEW_LABEL}: {isolate(line)}\n" if item.new else f"{isolate(line)}\n")
    return "".join(out)
