"""Every command of the window as an `ActionId`, declared once with its text, shortcut and icon."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QWidget

from citebrief.gui.icons import icon


class ActionId(StrEnum):
    OPEN_FOLDER = "open_folder"
    OPEN_FILES = "open_files"
    OPEN_BRIEF = "open_brief"
    OPEN_SAMPLES = "open_samples"
    FOLLOW_LINKS = "follow_links"
    SAVE = "save"
    SAVE_AS = "save_as"
    EXPORT = "export"
    COPY_MARKDOWN = "copy_markdown"
    CLOSE = "close"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    SELECT_ALL = "select_all"
    FOLLOW_CITATION = "follow_citation"
    SUMMARISE = "summarise"
    UPDATE_CITATIONS = "update_citations"
    UPDATE_BRIEF = "update_brief"
    ACCEPT_ALL_NEW = "accept_all_new"
    BRIEF_STORIES = "brief_stories"
    CANCEL = "cancel"
    FOCUS_BRIEF = "focus_brief"
    FOCUS_SOURCES = "focus_sources"
    FOCUS_VIEWER = "focus_viewer"
    FOCUS_CONTROLS = "focus_controls"
    FIND = "find"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    GUIDE = "guide"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    shortcut: Shortcut = None
    icon: str = ""
    tip: str = ""
    also: tuple[str, ...] = ()  # keys that work too, after the platform's own
    checkable: bool = False  # a setting the menu shows ticked or not


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.OPEN_FOLDER: ActionSpec(
        "&Open Folder…", QKeySequence.StandardKey.Open, "open-folder", "Open a folder of articles"
    ),
    ActionId.OPEN_FILES: ActionSpec(
        "Open &Files…", "Ctrl+Shift+O", "open-files", "Open one or more articles"
    ),
    ActionId.OPEN_BRIEF: ActionSpec(
        "Open &Brief…", "Ctrl+Alt+O", "open-brief", "Open a saved .citebrief file"
    ),
    ActionId.OPEN_SAMPLES: ActionSpec(
        "Open Sample &Articles", None, "samples", "Four articles about a flood"
    ),
    ActionId.FOLLOW_LINKS: ActionSpec(
        "Read &Links Leading Out of a Folder",
        None,
        "",
        "Also read files that links inside an opened folder point to elsewhere (off: skipped and listed)",
        checkable=True,
    ),
    ActionId.BRIEF_STORIES: ActionSpec(
        "Brief Each &Story Apart",
        None,
        "",
        "In a folder of several stories, a part of the brief per story (off: one brief of the folder)",
        checkable=True,
    ),
    ActionId.SAVE: ActionSpec("&Save Brief", QKeySequence.StandardKey.Save, "save", "Save the brief"),
    ActionId.SAVE_AS: ActionSpec(
        "Save Brief &As…", QKeySequence.StandardKey.SaveAs, "", "Save under a new name"
    ),
    ActionId.EXPORT: ActionSpec(
        "&Export…", "Ctrl+E", "export", "Export the brief as Markdown, PDF, HTML or Word (DOCX)"
    ),
    ActionId.COPY_MARKDOWN: ActionSpec(
        "Copy as &Markdown", "Ctrl+Shift+C", "copy", "Copy the brief with its sources as Markdown"
    ),
    ActionId.CLOSE: ActionSpec(
        "&Close Brief", QKeySequence.StandardKey.Close, "", "Close the brief and its articles"
    ),
    # Qt knows no Quit binding on some Linux desktops; Ctrl+Q is the convention there and elsewhere.
    ActionId.QUIT: ActionSpec("&Quit", "Ctrl+Q"),
    ActionId.UNDO: ActionSpec("&Undo", QKeySequence.StandardKey.Undo, "undo", "Undo the last change"),
    ActionId.REDO: ActionSpec("&Redo", QKeySequence.StandardKey.Redo, "redo", "Redo"),
    ActionId.CUT: ActionSpec("Cu&t", QKeySequence.StandardKey.Cut),
    ActionId.COPY: ActionSpec("&Copy", QKeySequence.StandardKey.Copy),
    ActionId.PASTE: ActionSpec("&Paste", QKeySequence.StandardKey.Paste),
    ActionId.SELECT_ALL: ActionSpec("Select &All", QKeySequence.StandardKey.SelectAll),
    ActionId.FOLLOW_CITATION: ActionSpec(
        "&Follow Citation", "Ctrl+Return", "", "Show the source of the citation at the cursor"
    ),
    ActionId.SUMMARISE: ActionSpec(
        "&Rebuild Brief",
        QKeySequence.StandardKey.Refresh,
        "summarise",
        "Summarise the sources again with the current options",
    ),
    ActionId.UPDATE_CITATIONS: ActionSpec(
        "&Update Citations",
        None,
        "",
        "Point stale citations at the sentences of their changed sources that now say the same",
    ),
    ActionId.UPDATE_BRIEF: ActionSpec(
        "Update &Brief with New Articles",
        None,
        "",
        "Add what the folder's added or changed articles report, marked new; your edits stay",
    ),
    ActionId.ACCEPT_ALL_NEW: ActionSpec(
        "&Accept All New Sentences", None, "", "Keep every sentence the update added, without its new mark"
    ),
    ActionId.CANCEL: ActionSpec("&Cancel", "Esc", "cancel", "Stop the running job"),
    ActionId.FOCUS_BRIEF: ActionSpec("&Brief", "Ctrl+1"),
    ActionId.FOCUS_SOURCES: ActionSpec("&Sources", "Ctrl+2"),
    ActionId.FOCUS_VIEWER: ActionSpec("Source &Text", "Ctrl+3"),
    ActionId.FOCUS_CONTROLS: ActionSpec("&Options", "Ctrl+4"),
    ActionId.FIND: ActionSpec(
        "&Find…", QKeySequence.StandardKey.Find, "", "Find text in the brief or in the source shown"
    ),
    # Ctrl+= is Ctrl++ without Shift on most layouts, as browsers accept it.
    ActionId.ZOOM_IN: ActionSpec("Zoom &In", QKeySequence.StandardKey.ZoomIn, "", "Larger text", ("Ctrl+=",)),
    ActionId.ZOOM_OUT: ActionSpec("Zoom &Out", QKeySequence.StandardKey.ZoomOut, "", "Smaller text"),
    ActionId.ZOOM_RESET: ActionSpec("&Actual Size", "Ctrl+0", "", "Text at its normal size"),
    ActionId.GUIDE: ActionSpec(
        "Quick &Guide", QKeySequence.StandardKey.HelpContents, "", "How Citebrief works"
    ),
    ActionId.SHORTCUTS: ActionSpec("&Keyboard Shortcuts", None, "", "Every command's keys"),
    ActionId.ABOUT: ActionSpec("&About Citebrief"),
}


def build_actions(parent: QWidget, icon_color: QColor) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in SPECS.items():
        action = QAction(spec.text, parent)
        action.setObjectName(action_id.value)
        action.setCheckable(spec.checkable)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            # Every binding the platform knows ("Ctrl+W" and "Ctrl+F4" for Close), not just the first.
            keys = QKeySequence.keyBindings(spec.shortcut)
        else:
            keys = [QKeySequence(spec.shortcut)] if spec.shortcut is not None else []
        action.setShortcuts([*keys, *(QKeySequence(k) for k in spec.also)])
        if spec.icon:
            action.setIcon(icon(spec.icon, icon_color))
        if spec.tip:
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{spec.tip} ({shortcut})" if shortcut else spec.tip)
            action.setStatusTip(spec.tip)
        actions[action_id] = action
    return actions


def connect(actions: dict[ActionId, QAction], handlers: dict[ActionId, Callable[[], object]]) -> None:
    for action_id, handler in handlers.items():
        actions[action_id].triggered.connect(lambda _checked=False, h=handler: h())
