"""The two machine-facing forms: JSON with full provenance, and the bare sentences as text."""

from __future__ import annotations

import json

from citebrief.core.model import Brief
from citebrief.core.serial import brief_to_dict
from citebrief.export.model import build_document, isolate


def render_json(brief: Brief) -> str:
    """The whole brief with provenance: sources (id, path, title, sha256), items and citations, options."""
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def render_text(brief: Brief) -> str:
    """The brief's sentences, one a line, without title or citation markers.

    A brief with sections puts each heading on a line of its own before its sentences, and a blank
    line between sections. A brief of several stories puts each story's heading in capitals above
    its sections, and ends with the stories it had no room for and the files in no story.
    """
    out: list[str] = []
    heading: str | None = None
    story: str | None = None
    headings = {s.id: " ".join(s.heading.split()) for s in brief.stories}
    for item in brief.items:
        line = " ".join(item.text.split())
        if not line:
            continue
        if brief.stories and item.story != story:
            story, heading = item.story, None
            out.append(
                f"\n{headings.get(story, '').upper()}\n" if out else f"{headings.get(story, '').upper()}\n"
            )
        section = " ".join(item.section.split())
        if section and section != heading:
            out.append(f"\n{section}\n" if out else f"{section}\n")
        heading = section
        out.append(f"{isolate(line)}\n")
    if brief.stories or brief.ungrouped:
        for title, entries in build_document(brief).end_lists:
            out.append(f"\n{title}:\n" + "".join(f"- {isolate(entry)}\n" for entry in entries))
    return "".join(out)
