"""What a keystroke costs in the brief editor, in a long brief of right-to-left sentences, beside the same
brief in plain English: the right-to-left brief may cost a key no more than one frame more.

Each right-to-left sentence stands between invisible isolate marks that must stay right around it as it
is edited; this measures the bookkeeping that keeps them there (the check before each key, and the
renumbering and re-isolating after it) through the real editor on Qt's offscreen platform: a key press,
then the event loop run until the editor is idle, as after each key a user types. CPU time of the
process, not wall time: the figure should not move with whatever else the machine runs.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/editor_keystroke.py [--sentences 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation
from citebrief.core.serial import corpus_refs
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_editor import BriefEditor
from citebrief.ingest import load_folder

FRAME_MS = 1000 / 60  # a 60 Hz screen: a key that costs more than a frame makes typing lag
KEYS = 120

RTL = "Sentence {n} quotes the sign שלום לכולם and the words \u202eegdirb lessek on the bridge."
PLAIN = "Sentence {n} quotes the sign at the bridge and the words written under it on the pier."


def brief_of(folder: Path, template: str, count: int) -> Brief:
    folder.mkdir(parents=True)
    per_file = 20
    for f in range(0, count, per_file):
        lines = " ".join(template.format(n=n) for n in range(f, min(count, f + per_file)))
        (folder / f"article-{f:04d}.txt").write_text(f"Article {f}\n\n{lines}\n", encoding="utf-8")
    corpus = load_folder(folder)
    items = tuple(
        BriefItem(s.text, (Citation(src.id, s.index, s.start, s.end, s.text),))
        for src in corpus.sources
        for s in src.sentences
        if s.text.startswith("Sentence")
    )
    return Brief(title="Keys", items=items, options=BriefOptions(), sources=corpus_refs(corpus))


def per_key_ms(app: QApplication, brief: Brief) -> tuple[float, int]:
    document = BriefDocument()
    editor = BriefEditor(document)
    editor.resize(900, 700)
    editor.show()
    document.set_brief(brief)
    app.processEvents()
    middle = brief.items[len(brief.items) // 2].text
    start = document.item_spans()[list(document.item_spans())[len(brief.items) // 2]][0][0]
    cursor = editor.textCursor()
    cursor.setPosition(start + 1 + middle.index("quotes"))
    editor.setTextCursor(cursor)
    editor.setFocus()
    times = []
    for k in range(KEYS):
        began = time.process_time()
        QTest.keyClick(editor, "abcdefgh "[k % 9])
        for _ in range(3):
            app.processEvents()
        times.append((time.process_time() - began) * 1000)
    assert document.brief().items[len(brief.items) // 2].citations == brief.items[len(brief.items) // 2].citations
    editor.close()
    return statistics.median(times), len(document.brief().items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=300)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        rtl, count = per_key_ms(app, brief_of(Path(tmp) / "rtl", RTL, args.sentences))
        plain, _ = per_key_ms(app, brief_of(Path(tmp) / "plain", PLAIN, args.sentences))
    added = rtl - plain
    print(f"Brief of {count} sentences, {KEYS} keys typed into the middle one; median CPU time per key:\n")
    print("| measure | value | target or baseline | |")
    print("|---|---|---|---|")
    print(f"| the brief in plain English (no marks) | {plain:.1f} ms | baseline | |")
    print(f"| the same brief, every sentence right-to-left and isolated | {rtl:.1f} ms | | |")
    verdict = "ok" if added < FRAME_MS else "SLOW"
    print(f"| added by right-to-left sentences | {added:.1f} ms | < {FRAME_MS:.1f} ms (one frame) | {verdict} |")
    return 0 if added < FRAME_MS else 1

if __name__ == "__main__":
    raise SystemExit(main())
