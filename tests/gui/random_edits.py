"""One random edit of a brief document, as hypothesis tests of the editor apply them."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from citebrief.gui.brief_document import BriefDocument


def apply_edit(document: BriefDocument, op: str, where: float, length: int, text: str) -> None:
    """Undo, or insert ``text`` / delete ``length`` characters at ``where`` (a share of the text) the way
    the editor wraps every edit that can touch a marker (one undo step), then normalise."""
    size = document.document.characterCount() - 1
    pos = int(where * size)
    if op == "undo":
        document.document.undo()
    else:
        with document.edit() as cursor:
            cursor.setPosition(pos)
            if op == "insert":
                cursor.insertText(text)
            else:
                cursor.setPosition(min(size, pos + length), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
    document.normalise()
