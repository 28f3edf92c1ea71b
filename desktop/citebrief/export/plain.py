"""The two machine-facing forms: JSON with full provenance, and the bare sentences as text."""

from __future__ import annotations

import json

from citebrief.core.model import Brief
from citebrief.core.serial import brief_to_dict, citation_to_dict
from citebrief.export.model import DIFFER_TITLE, NEW_LABEL, build_document, differs_heading, isolate


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
        out.append(f"{NEW_LABEL}: {isolate(line)}\n" if item.new else f"{isolate(line)}\n")
        abouts = " and ".join(d.about for d in item.open_disagreements())
        if abouts:
            out.append(f"  (Sources differ on {abouts}: see {DIFFER_TITLE} below.)\n")
    out += _differences(brief)
    if brief.stories or brief.ungrouped:
        for title, entries in build_document(brief).end_lists:
            lines = "".join(f"- {isolate(entry)}\n" for entry in entries)
            out.append(("\n" if out else "") + f"{title}:\n{lines}")
    return "".join(out)


def _differences(brief: Brief) -> list[str]:
    """A note under each sentence whose sources differ would need citation numbers this format has not;
    the versions are listed at the end with their sources' titles instead."""
    doc = build_document(brief)
    if not doc.differences:
        return []
    out = [f"\n{DIFFER_TITLE}\n"]
    for entry in doc.differences:
        out.append(f"\n{differs_heading(entry)}: {isolate(entry.sentence_text)}\n")
        out += [f"- {isolate(value.line(update=entry.update, titles=True))}\n" for value in entry.values]
    return out


def render_json(brief: Brief) -> str:
    """The whole brief with provenance, and a top-level "disagreements" list: per disagreement the
    brief sentence, what differs and each version with its citations."""
    data = brief_to_dict(brief)
    data["disagreements"] = [
        {
            "sentence": entry.sentence,
            "kind": entry.kind,
            "about": entry.about,
            "update": entry.update,
            "note": entry.note,
            "values": [
                {
                    "text": value.text,
                    "date": value.date,
                    "date_from": value.date_from.value,
                    "sources": [mark.number for mark in value.marks],
                    "citations": [citation_to_dict(c) for c in value.citations],
                }
                for value in entry.values
            ],
        }
        for entry in build_document(brief).differences
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
