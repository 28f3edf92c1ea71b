"""Brief files keep each item's disagreements, dismissals included, and pass the file schema."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from citebrief.core.model import BriefOptions
from citebrief.engine.summariser import summarise
from citebrief.ingest import load_folder
from citebrief.store import BriefFile, open_brief, reconcile, save_brief
from citebrief.store_schema import first_problem
from disagreement_folder import write_disagreeing_folder


def test_disagreements_and_a_dismissal_survive_save_and_open(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    brief = summarise(load_folder(folder), BriefOptions())
    items = tuple(
        replace(item, disagreements=tuple(replace(d, dismissed=True) for d in item.disagreements))
        for item in brief.items
    )
    doc = BriefFile(brief=replace(brief, items=items), paths=(str(folder),))
    path = tmp_path / "kabul.citebrief"
    save_brief(path, doc)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert first_problem(data) is None
    again = open_brief(path)
    assert again.brief == doc.brief
    assert [d.dismissed for item in again.brief.items for d in item.disagreements] == [True]


def test_a_brief_file_without_disagreements_still_opens(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    brief = summarise(load_folder(folder), BriefOptions())
    path = tmp_path / "plain.citebrief"
    save_brief(path, BriefFile(brief=brief, paths=(str(folder),)))
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["brief"]["items"]:
        item.pop("disagreements", None)  # a file written before disagreements were kept
    path.write_text(json.dumps(data), encoding="utf-8")
    assert not any(item.disagreements for item in open_brief(path).brief.items)


def test_reopened_against_changed_sources_every_version_still_quotes_its_source_exactly(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    brief = summarise(load_folder(folder), BriefOptions())
    # The evening report gains a paragraph at its top: its quote moves and must follow.
    evening = folder / "kabul-evening.txt"
    evening.write_text("Updated at 9 pm.\n\n" + evening.read_text(encoding="utf-8"), encoding="utf-8")
    corpus = load_folder(folder)
    moved, _report = reconcile(brief, corpus)
    sources = corpus.by_id()
    (found,) = [d for item in moved.items for d in item.disagreements]
    assert [len(v.citations) for v in found.values] == [1, 2]
    for cit in found.citations():
        assert sources[cit.source_id].text[cit.start : cit.end] == cit.quote
    # The wire story drops its toll: the other version is gone, and with it the disagreement.
    wire = folder / "kabul-wire.txt"
    wire.write_text(wire.read_text(encoding="utf-8").replace("killing 12 people and ", ""), encoding="utf-8")
    again, _report = reconcile(brief, load_folder(folder))
    assert not any(item.disagreements for item in again.items)


def test_dismissals_of_facts_the_brief_does_not_hold_now_survive_save_and_open(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    brief = summarise(load_folder(folder), BriefOptions())
    (found,) = [d for item in brief.items for d in item.disagreements]
    items = tuple(replace(item, disagreements=()) for item in brief.items)  # the fact left the brief
    doc = BriefFile(
        brief=replace(brief, items=items, dismissed=(replace(found, dismissed=True),)), paths=(str(folder),)
    )
    path = tmp_path / "kabul.citebrief"
    save_brief(path, doc)
    assert first_problem(json.loads(path.read_text(encoding="utf-8"))) is None
    again = open_brief(path)
    assert again.brief == doc.brief
    assert [d.values for d in again.brief.dismissed] == [found.values]
