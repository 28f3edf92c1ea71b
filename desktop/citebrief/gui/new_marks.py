"""How the brief's text says a sentence is new (an update added it and the user has not accepted it).

The mark is part of the sentence's character format (``NEW``, with a tint and a tool tip), like its
item id: it travels with the text through typing, undo and redo, and accepting a sentence is an
ordinary edit the user can undo.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument, QTextFormat

from citebrief.gui.brief_marks import ITEM, item_format

# Far from the other brief properties (UserProperty + 1...), so marks added elsewhere cannot collide.
NEW = int(QTextFormat.Property.UserProperty) + 40
# Amber at a third of its strength: readable under dark and light text alike.
TINT = QColor(255, 193, 7, 80)
TIP = "New since the brief was last updated: right-click to accept it"


def new_format(item_id: int) -> QTextCharFormat:
    fmt = item_format(item_id)
    fmt.setProperty(NEW, True)
    fmt.setBackground(TINT)
    fmt.setToolTip(TIP)
    return fmt


def new_item_ids(document: QTextDocument) -> set[int]:
    """Ids of the items whose text is marked new."""
    found: set[int] = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.boolProperty(NEW) and fmt.hasProperty(ITEM):
                found.add(int(fmt.property(ITEM)))
            it += 1
        block = block.next()
    return found
