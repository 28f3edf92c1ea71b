"""The Help menu's texts: a short guide, the keyboard shortcuts (read from the actions), and About."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence

from citebrief.gui.actions import ActionId

GUIDE_HTML = """
<h3>Citebrief in five steps</h3>
<ol>
<li><b>Open</b> a folder of articles (File &gt; Open Folder), some files, or drop them onto the window.
Untick a source on the left to leave it out. A folder of several stories lists its sources under their
stories: click a story to find it in the brief, untick it to leave it out, drag a source onto another
story to move it there (Edit &gt; Undo moves it back).</li>
<li><b>Read</b> the brief in the middle. Hover a marker such as [2] to read the sentence it cites; click it
to see that sentence in its article on the right.</li>
<li><b>Tune</b> the length, algorithm and focus terms under Options; the brief is rebuilt in the
background.</li>
<li><b>Edit</b> the brief freely: citations stay with their sentences. Right-click a sentence of an
article to add it to the brief or take it out.</li>
<li><b>Save</b> the brief (Ctrl+S) to come back to it, and <b>export</b> it (Ctrl+E) as Markdown, PDF, HTML
or Word, with numbered citations and the quoted sentences.</li>
<li><b>Update</b> a saved brief when its folder gains articles: reopen it and click Update Brief. Your
edits stay; what the new articles add is tinted as new until you accept it (right-click).</li>
</ol>
"""


def _label(action: QAction) -> str:
    return action.text().replace("&", "").rstrip("…")


def shortcuts_html(
    menus: Sequence[tuple[str, Sequence[ActionId | None]]], commands: dict[ActionId, QAction]
) -> str:
    """A table of every command with keys, menu by menu, in the menus' order."""
    rows: list[str] = []
    for title, ids in menus:
        keyed = [commands[i] for i in ids if i is not None and not commands[i].shortcut().isEmpty()]
        if not keyed:
            continue
        rows.append(f"<tr><th colspan='2' align='left'>{html.escape(title.replace('&', ''))}</th></tr>")
        for action in keyed:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            rows.append(f"<tr><td>{html.escape(_label(action))}</td><td>{html.escape(keys)}</td></tr>")
    return "<table cellspacing='4'>" + "".join(rows) + "</table>"


def about_html() -> str:
    from citebrief import __version__

    return (
        f"<h3>Citebrief {__version__}</h3><p>One merged brief from a folder of articles, "
        "where every sentence cites the sentences it came from.</p>"
    )
