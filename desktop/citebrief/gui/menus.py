"""The window's menus and toolbar, declared as lists of `ActionId` (None: a separator)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from citebrief.gui.actions import ActionId

MENUS: list[tuple[str, list[ActionId | None]]] = [
    (
        "&File",
        [
            ActionId.OPEN_FOLDER,
            ActionId.OPEN_FILES,
            ActionId.OPEN_BRIEF,
            ActionId.OPEN_SAMPLES,
            None,
            ActionId.FOLLOW_LINKS,
            None,
            ActionId.SAVE,
            ActionId.SAVE_AS,
            ActionId.EXPORT,
            ActionId.COPY_MARKDOWN,
            None,
            ActionId.CLOSE,
            ActionId.QUIT,
        ],
    ),
    (
        "&Edit",
        [
            ActionId.UNDO,
            ActionId.REDO,
            None,
            ActionId.CUT,
            ActionId.COPY,
            ActionId.PASTE,
            ActionId.SELECT_ALL,
            None,
            ActionId.FOLLOW_CITATION,
        ],
    ),
    (
        "&Brief",
        [
            ActionId.SUMMARISE,
            ActionId.UPDATE_CITATIONS,
            ActionId.UPDATE_BRIEF,
            ActionId.ACCEPT_ALL_NEW,
            ActionId.CANCEL,
            None,
            ActionId.BRIEF_STORIES,
        ],
    ),
    (
        "&View",
        [
            ActionId.FIND,
            None,
            ActionId.ZOOM_IN,
            ActionId.ZOOM_OUT,
            ActionId.ZOOM_RESET,
            None,
            ActionId.FOCUS_BRIEF,
            ActionId.FOCUS_SOURCES,
            ActionId.FOCUS_VIEWER,
            ActionId.FOCUS_CONTROLS,
        ],
    ),
    ("&Help", [ActionId.GUIDE, ActionId.SHORTCUTS, None, ActionId.ABOUT]),
]
TOOLBAR: list[ActionId | None] = [
    ActionId.OPEN_FOLDER,
    ActionId.OPEN_BRIEF,
    ActionId.SAVE,
    ActionId.EXPORT,
    ActionId.COPY_MARKDOWN,
    None,
    ActionId.UNDO,
    ActionId.REDO,
    None,
    ActionId.SUMMARISE,
]


def build_menus(bar: QMenuBar, toolbar: QToolBar, commands: dict[ActionId, QAction]) -> QMenu:
    """Fill the menu bar and the toolbar; returns the (empty) Open Recent menu."""
    recent = QMenu("Open &Recent", bar)
    for title, ids in MENUS:
        menu = bar.addMenu(title)
        for action_id in ids:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(commands[action_id])
            if action_id is ActionId.OPEN_SAMPLES:
                menu.addMenu(recent)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action_id in TOOLBAR:
        if action_id is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(commands[action_id])
    return recent
