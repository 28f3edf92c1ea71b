"""Plain-dict forms of briefs and corpora, shared by the JSON export and brief files."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from citebrief.core.model import (
    Brief,
    BriefItem,
    BriefOptions,
    Citation,
    Corpus,
    DateOrigin,
    Disagreement,
    LengthUnit,
    SourceRef,
    StatedValue,
    Story,
)
from citebrief.core.paths import path_fields, path_from, paths_fields

BRIEF_FILE_FORMAT = "citebrief"
BRIEF_FILE_VERSION = 2
"""The brief file format written now. Version 1 had no "new" mark on items (before brief updates);
``store_schema.migrate`` opens every older version as this one."""


def options_to_dict(options: BriefOptions) -> dict[str, Any]:
    return {
        "algorithm": options.algorithm,
        "unit": options.unit.value,
        "length": options.length,
        "focus": list(options.focus),
        "language": options.language,
        "sections": options.sections,
        "stories": options.stories,
        "story_moves": [[source_id, story_id] for source_id, story_id in options.story_moves],
    }


def options_from_dict(data: dict[str, Any]) -> BriefOptions:
    return BriefOptions(
        algorithm=str(data.get("algorithm", "citebrief")),
        unit=LengthUnit(data.get("unit", "words")),
        length=int(data.get("length", 150)),
        focus=tuple(str(t) for t in data.get("focus", ())),
        language=str(data.get("language", "auto")),
        sections=str(data.get("sections", "auto")),
        stories=str(data.get("stories", "auto")),
        story_moves=tuple((str(move[0]), str(move[1])) for move in data.get("story_moves", ())),
    )


def citation_to_dict(cit: Citation) -> dict[str, Any]:
    return {
        "source_id": cit.source_id,
        "sentence_index": cit.sentence_index,
        "start": cit.start,
        "end": cit.end,
        "quote": cit.quote,
    }


def citation_from_dict(data: dict[str, Any]) -> Citation:
    return Citation(
        source_id=str(data["source_id"]),
        sentence_index=int(data["sentence_index"]),
        start=int(data["start"]),
        end=int(data["end"]),
        quote=str(data["quote"]),
    )


def value_to_dict(value: StatedValue) -> dict[str, Any]:
    citations = [citation_to_dict(c) for c in value.citations]
    dated = {"date": value.date, "date_from": value.date_from.value}
    return {"text": value.text, **dated, "citations": citations}


def disagreement_to_dict(found: Disagreement) -> dict[str, Any]:
    return {
        "kind": found.kind,
        "about": found.about,
        "update": found.update,
        "dismissed": found.dismissed,
        "values": [value_to_dict(v) for v in found.values],
    }


def _date_origin(raw: object) -> DateOrigin:
    """Where a saved date came from; a file from a later version may name a kind this one does not know."""
    try:
        return DateOrigin(str(raw))
    except ValueError:
        return DateOrigin.NONE


def disagreement_from_dict(data: dict[str, Any]) -> Disagreement:
    return Disagreement(
        kind=str(data.get("kind", "")),
        about=str(data.get("about", "")),
        update=bool(data.get("update", False)),
        dismissed=bool(data.get("dismissed", False)),
        values=tuple(
            StatedValue(
                text=str(v.get("text", "")),
                date=str(v.get("date", "")),
                date_from=_date_origin(v.get("date_from", "")),
                citations=tuple(citation_from_dict(c) for c in v.get("citations", ())),
            )
            for v in data.get("values", ())
        ),
    )


def item_to_dict(item: BriefItem) -> dict[str, Any]:
    data = {
        "text": item.text,
        "edited": item.edited,
        "section": item.section,
        "story": item.story,
        "citations": [citation_to_dict(c) for c in item.citations],
        "new": item.new,
    }
    if item.disagreements:
        data["disagreements"] = [disagreement_to_dict(d) for d in item.disagreements]
    return data


def item_from_dict(data: dict[str, Any]) -> BriefItem:
    return BriefItem(
        text=str(data["text"]),
        citations=tuple(citation_from_dict(c) for c in data.get("citations", ())),
        edited=bool(data.get("edited", False)),
        section=str(data.get("section", "")),
        new=bool(data.get("new", False)),
        disagreements=tuple(disagreement_from_dict(d) for d in data.get("disagreements", ())),
        story=str(data.get("story", "")),
    )


def source_ref_to_dict(ref: SourceRef) -> dict[str, Any]:
    return {
        "id": ref.id,
        **path_fields("path", ref.path),
        "relpath": ref.relpath,
        "title": ref.title,
        "sha256": ref.sha256,
        "date": ref.date,
    }


def source_ref_from_dict(data: dict[str, Any]) -> SourceRef:
    return SourceRef(
        id=str(data["id"]),
        path=path_from(data, "path"),
        title=str(data.get("title", "")),
        sha256=str(data.get("sha256", "")),
        relpath=str(data.get("relpath", "")),
        date=str(data.get("date", "")),
    )


def story_to_dict(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "heading": story.heading,
        "documents": list(story.documents),
        "date": story.date,
        "shown": story.shown,
    }


def story_from_dict(data: dict[str, Any]) -> Story:
    return Story(
        id=str(data["id"]),
        heading=str(data.get("heading", "")),
        documents=tuple(str(d) for d in data.get("documents", ())),
        date=str(data.get("date", "")),
        shown=bool(data.get("shown", True)),
    )


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    return {
        "title": brief.title,
        "created": brief.created,
        **path_fields("root", brief.root),
        "options": options_to_dict(brief.options),
        "sources": [source_ref_to_dict(r) for r in brief.sources],
        "stories": [story_to_dict(s) for s in brief.stories],
        "ungrouped": list(brief.ungrouped),
        "items": [item_to_dict(i) for i in brief.items],
    } | ({"dismissed": [disagreement_to_dict(d) for d in brief.dismissed]} if brief.dismissed else {})


def brief_from_dict(data: dict[str, Any]) -> Brief:
    return Brief(
        title=str(data.get("title", "")),
        items=tuple(item_from_dict(i) for i in data.get("items", ())),
        options=options_from_dict(data.get("options", {})),
        sources=tuple(source_ref_from_dict(r) for r in data.get("sources", ())),
        created=str(data.get("created", "")),
        root=path_from(data, "root"),
        stories=tuple(story_from_dict(s) for s in data.get("stories", ())),
        ungrouped=tuple(str(u) for u in data.get("ungrouped", ())),
        dismissed=tuple(disagreement_from_dict(d) for d in data.get("dismissed", ())),
    )


def corpus_refs(corpus: Corpus) -> tuple[SourceRef, ...]:
    return tuple(
        SourceRef(id=s.id, path=s.path, title=s.title, sha256=s.sha256, relpath=s.relpath, date=s.own_date)
        for s in corpus.sources
    )


def brief_file_dict(
    brief: Brief,
    *,
    paths: Sequence[str],
    excluded: Iterable[str] = (),
    relative_paths: Sequence[str | None] | None = None,
    saved_as: str = "",
) -> dict[str, Any]:
    """The contents of a ``.citebrief`` file (``store`` reads and writes them; export renders one)."""
    data: dict[str, Any] = {
        "format": BRIEF_FILE_FORMAT,
        "version": BRIEF_FILE_VERSION,
        **path_fields("folder", brief.root or (paths[0] if paths else "")),
        **paths_fields("paths", paths),
        "excluded": sorted(excluded),
        "options": options_to_dict(brief.options),
        "sources": [
            {"id": r.id, **path_fields("path", r.path), "relpath": r.relpath, "sha256": r.sha256}
            for r in brief.sources
        ],
        "brief": brief_to_dict(brief),
    }
    if relative_paths is not None:
        # Lets a brief and its folder move together (e.g. to another machine) and still reopen.
        data |= paths_fields("relative_paths", relative_paths)
    if saved_as:
        data |= path_fields("saved_as", saved_as)
    return data
