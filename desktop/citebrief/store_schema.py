"""The JSON Schema of a ``.citebrief`` file: what `store.open_brief` accepts before reading any field.

A brief file may come from anywhere (a download, a colleague, a damaged disk), so every value is
checked for its type and a sane size by a maintained validator before the data model is built; the
first problem found becomes the one message the user sees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from citebrief.core.serial import BRIEF_FILE_VERSION as FORMAT_VERSION
from citebrief.engine.names import ALGORITHMS

MAX_BRIEF_FILE_BYTES = 32 * 1024 * 1024
"""Brief files above this are refused before parsing. A brief of 1,000 sources and 200 items, each
citing ten sentences, takes about 2 MB."""

_TEXT = 1_000_000  # characters in one text field: a quote or edited item is a sentence or a paragraph
_NAME = 4096  # characters in one path (PATH_MAX on Linux)
_MANY = 100_000  # entries in one list
_MAX_LENGTH = 100_000  # words or sentences a brief may be asked for (far above a whole folder's brief)

_STRING = {"type": "string", "maxLength": _TEXT}
_PATH = {"type": "string", "maxLength": _NAME, "pattern": "^[^\\u0000]*$"}  # NUL ends a path
_BYTES = {"type": "string", "maxLength": 2 * _NAME, "pattern": "^[A-Za-z0-9+/=]*$"}  # base64


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "maxItems": _MANY, "items": items}


def _with_bytes(key: str, schema: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    """``key`` and ``key_bytes`` (see `citebrief.core.paths`)."""
    return {key: schema, f"{key}_bytes": raw}


_COUNT = {"type": "integer", "minimum": 0, "maximum": 2**53}
_OPTIONS = {
    "type": "object",
    "properties": {
        "algorithm": {"enum": list(ALGORITHMS)},
        "unit": {"enum": ["words", "sentences"]},
        "length": {"type": "integer", "minimum": 1, "maximum": _MAX_LENGTH},
        "focus": _array({"type": "string", "maxLength": 200}),
        "language": {"type": "string", "maxLength": 40},
        "sections": {"enum": ["auto", "off"]},
        "stories": {"enum": ["auto", "off"]},
        "story_moves": _array(
            {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "string", "maxLength": _NAME}}
        ),
    },
}
_CITATION = {
    "type": "object",
    "required": ["source_id", "sentence_index", "start", "end", "quote"],
    "properties": {
        "source_id": _STRING,
        "sentence_index": _COUNT,
        "start": _COUNT,
        "end": _COUNT,
        "quote": _STRING,
    },
}
_VALUE = {
    "type": "object",
    "properties": {
        "text": _STRING,
        "date": {"type": "string", "maxLength": 100},
        "date_from": {"type": "string", "maxLength": 40},
        "citations": _array(_CITATION),
    },
}
_DISAGREEMENT = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "maxLength": 40},
        "about": _STRING,
        "update": {"type": "boolean"},
        "dismissed": {"type": "boolean"},
        "values": _array(_VALUE),
    },
}
_ITEM = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": _STRING,
        "edited": {"type": "boolean"},
        "section": _STRING,
        "story": {"type": "string", "maxLength": 200},
        "citations": _array(_CITATION),
        "new": {"type": "boolean"},
        "disagreements": _array(_DISAGREEMENT),
    },
}
_SOURCE_REF = {
    "type": "object",
    "required": ["id", "path"],
    "properties": {
        "id": _STRING,
        **_with_bytes("path", _PATH, _BYTES),
        "relpath": _STRING,
        "title": _STRING,
        "sha256": {"type": "string", "maxLength": 64},
        "date": {"type": "string", "maxLength": 100},
    },
}
_STORY = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "string", "maxLength": 200},
        "heading": _STRING,
        "documents": _array(_STRING),
        "date": {"type": "string", "maxLength": 100},
        "shown": {"type": "boolean"},
    },
}
_BRIEF = {
    "type": "object",
    "properties": {
        "title": _STRING,
        "created": {"type": "string", "maxLength": 100},
        **_with_bytes("root", _PATH, _BYTES),
        "options": _OPTIONS,
        "sources": _array(_SOURCE_REF),
        "items": _array(_ITEM),
        "stories": _array(_STORY),
        "ungrouped": _array(_STRING),
        "dismissed": _array(_DISAGREEMENT),
    },
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format", "version", "brief"],
    "properties": {
        "format": {"const": "citebrief"},
        "version": {"type": "integer", "minimum": 1},
        **_with_bytes("folder", _PATH, _BYTES),
        **_with_bytes("paths", _array(_PATH), _array({"anyOf": [_BYTES, {"type": "null"}]})),
        **_with_bytes(
            "relative_paths",
            _array({"anyOf": [_PATH, {"type": "null"}]}),
            _array({"anyOf": [_BYTES, {"type": "null"}]}),
        ),
        "excluded": _array(_STRING),
        "options": _OPTIONS,
        "sources": _array(_SOURCE_REF),
        "brief": _BRIEF,
        **_with_bytes("saved_as", _PATH, _BYTES),
    },
}


def first_problem(data: Any) -> str | None:
    """The most relevant reason ``data`` is not a valid brief file, in a line; None if it is valid."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    error = best_match(Draft202012Validator(SCHEMA).iter_errors(data))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "the top level"
    message = error.message if len(error.message) <= 120 else error.message[:117] + "..."
    return f"{where}: {message}"


def _items_of(data: dict[str, Any]) -> list[Any]:
    brief = data.get("brief")
    items = brief.get("items") if isinstance(brief, dict) else None
    return items if isinstance(items, list) else []


def _to_version_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 knew no brief updates: nothing in it is new."""
    for item in _items_of(data):
        if isinstance(item, dict):
            item.setdefault("new", False)
    return data


# Version n -> version n + 1; each step takes data as the older Citebrief wrote it.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _to_version_2}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """The data of a brief file of any earlier version as the current version has it (a new dict;
    data of the current version, or of one this function cannot read, comes back unchanged)."""
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version >= FORMAT_VERSION:
        return data
    import copy

    data = copy.deepcopy(data)
    while isinstance(version, int) and version < FORMAT_VERSION:
        step = _MIGRATIONS.get(version)
        if step is None:  # an unknown old version (never written): the schema check says what is wrong
            return data
        data = step(data)
        version += 1
        data["version"] = version
    return data
