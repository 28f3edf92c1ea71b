"""Where sources differ: the mark at a sentence, its hover text, dismissal, the panel and the comparison.

The engine attaches each disagreement to the brief item whose fact it concerns; the document keeps
them with the item (`ItemRecord.disagreements`), so they follow the sentence through edits and are
saved with the brief, dismissals included.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from citebrief.core.model import Disagreement
from citebrief.export.model import DIFFER_TITLE, isolate
from citebrief.gui.brief_document import BriefDocument

MARK_COLOUR = QColor("#b9770e")  # amber: a reason to look, not an error (stale citations are red)
ROLE_KEY = int(Qt.ItemDataRole.UserRole) + 1


def open_differences(doc: BriefDocument) -> list[tuple[int, int, Disagreement]]:
    """(item id, index among the item's disagreements, disagreement) not dismissed, in reading order."""
    found = []
    for item_id in doc.item_spans():
        record = doc.record(item_id)
        if record is None:
            continue
        found += [(item_id, k, d) for k, d in enumerate(record.disagreements) if not d.dismissed]
    return found


def differ_text(doc: BriefDocument, found: Disagreement) -> str:
    """What the mark says, with the citation numbers the window shows: "killing 15 people [1, 2]; …"."""
    what = "Updated" if found.update else "Sources differ"
    said = found.describe(doc.numbering()).removeprefix("Updated: ")
    return f"{what} on {found.about}: {said}"


def differ_tooltip(doc: BriefDocument, item_id: int) -> str:
    """The hover text of a sentence's "sources differ" mark ("" when it has none)."""
    lines = [html.escape(differ_text(doc, d)) for i, k, d in open_differences(doc) if i == item_id]
    if not lines:
        return ""
    hint = "<i>Right-click the sentence to dismiss.</i>"
    return "<p>⚠ " + "<br/>⚠ ".join(lines) + f"</p><p>{hint}</p>"


def dismiss(doc: BriefDocument, item_id: int, index: int) -> None:
    """Dismiss one disagreement of an item; the brief file keeps the dismissal."""
    record = doc.record(item_id)
    if record is None or index >= len(record.disagreements):
        return
    found = list(record.disagreements)
    found[index] = replace(found[index], dismissed=True)
    doc.set_disagreements(item_id, tuple(found))


class ComparisonDialog(QDialog):
    """The sentences of one disagreement side by side, one column per version."""

    def __init__(self, doc: BriefDocument, found: Disagreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{DIFFER_TITLE}: {found.about}")
        self.setAccessibleName("Versions side by side")
        numbers = doc.numbering()
        titles = {ref.id: ref.title for ref in doc.base.sources}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(html.escape(differ_text(doc, found))))
        columns = QHBoxLayout()
        self.columns: list[QTextBrowser] = []
        for value in found.values:
            view = QTextBrowser()
            view.setOpenLinks(False)
            parts = [f"<h3>{html.escape(value.text)}</h3>"]
            if found.when(value):
                parts.append(f"<p><i>{html.escape(found.when(value))}</i></p>")
            for cit in value.citations:
                number = numbers.get(cit.source_id)
                label = f"[{number}] " if number else ""
                shown = html.escape(value.text)
                quote = html.escape(cit.quote).replace(shown, f"<b>{shown}</b>")
                title = html.escape(titles.get(cit.source_id, ""))
                parts.append(f"<p>“{isolate(quote)}”<br/><small>{label}{title}</small></p>")
            view.setHtml("".join(parts))
            columns.addWidget(view)
            self.columns.append(view)
        layout.addLayout(columns, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(320 * max(2, len(found.values)), 320)


class DifferencesPanel(QWidget):
    """Lists every disagreement of the brief; a click selects its sentence and shows the versions."""

    difference_chosen = Signal(int)  # item id

    def __init__(
        self,
        doc: BriefDocument,
        *,
        chosen: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        if chosen is not None:
            self.difference_chosen.connect(chosen)
        self.comparison: ComparisonDialog | None = None
        header = QLabel(DIFFER_TITLE)
        header.setObjectName("panelHeader")
        self.list = QListWidget()
        self.list.setAccessibleName(DIFFER_TITLE)
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self.show_versions)
        self.list.itemActivated.connect(self.show_versions)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setToolTip("Not a disagreement: remove the mark (saved with the brief)")
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.empty = QLabel("The sources agree on every fact in the brief.")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (header, self.list, self.empty, self.dismiss_button):
            layout.addWidget(widget)
        doc.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        positions = {item_id: n for n, item_id in enumerate(self.doc.item_spans(), start=1)}
        for item_id, index, found in open_differences(self.doc):
            row = QListWidgetItem(f"Sentence {positions[item_id]}: {differ_text(self.doc, found)}")
            row.setData(ROLE_KEY, (item_id, index))
            self.list.addItem(row)
        has_any = self.list.count() > 0
        self.list.setVisible(has_any)
        self.dismiss_button.setEnabled(has_any)
        self.empty.setVisible(not has_any)

    def _chosen(self, row: QListWidgetItem | None) -> tuple[int, Disagreement] | None:
        if row is None:
            return None
        item_id, index = row.data(ROLE_KEY)
        record = self.doc.record(item_id)
        if record is None or index >= len(record.disagreements):
            return None
        return item_id, record.disagreements[index]

    def show_versions(self, row: QListWidgetItem) -> None:
        chosen = self._chosen(row)
        if chosen is None:
            return
        self.difference_chosen.emit(chosen[0])
        if self.comparison is not None:
            self.comparison.close()
        self.comparison = ComparisonDialog(self.doc, chosen[1], self.window())
        self.comparison.show()

    def dismiss_current(self) -> None:
        row = self.list.currentItem() or self.list.item(0)
        if row is not None:
            dismiss(self.doc, *row.data(ROLE_KEY))
