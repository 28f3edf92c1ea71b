"""The first page a new user sees: open a folder, try the samples, or pick a recent item."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citebrief.core.paths import display


class WelcomePage(QWidget):
    open_folder_requested = Signal()
    samples_requested = Signal()
    recent_requested = Signal(object)  # str: a path (a Qt string would drop non-UTF-8 bytes)

    def __init__(
        self, parent: QWidget | None = None, *, logo: QIcon | None = None, folder_icon: QIcon | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # lets the style sheet paint it
        column = QWidget(self)
        column.setMinimumWidth(420)
        column.setMaximumWidth(520)
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        if logo is not None:
            art = QLabel()
            art.setPixmap(logo.pixmap(QSize(72, 72), self.devicePixelRatioF()))
            art.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(art)
        title = QLabel("Citebrief")
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        blurb = QLabel(
            "Open a folder of articles and get one brief in which every sentence "
            "cites the sentences it came from."
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        blurb.setObjectName("welcomeBlurb")
        self.open_button = QPushButton("Open folder…")
        self.open_button.setIcon(folder_icon or QIcon())
        self.open_button.setDefault(True)
        self.open_button.setMinimumHeight(36)
        self.open_button.setAccessibleName("Open folder")
        self.samples_button = QPushButton("Try the sample articles")
        self.samples_button.setMinimumHeight(36)
        self.samples_button.setAccessibleName("Try the sample articles")
        self.samples_button.setToolTip("Four short articles about a flood in the town of Lindmoor")
        hint = QLabel("You can also drop a folder or files onto this window.")
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint.setObjectName("welcomeHint")
        self.recent_label = QLabel("Recent")
        self.recent_label.setObjectName("welcomeSection")
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent folders and briefs")
        self.recent.setMaximumHeight(170)
        self._recent_paths: list[str] = []
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(self._recent_paths[self.recent.row(item)])
        )
        for w in (title, blurb, self.open_button, self.samples_button, hint, self.recent_label, self.recent):
            layout.addWidget(w)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.open_button.clicked.connect(self.open_folder_requested)
        self.samples_button.clicked.connect(self.samples_requested)
        self.set_recent([])

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        self._recent_paths = list(paths)
        for path in paths:
            item = QListWidgetItem(f"{display(Path(path).name)}  —  {display(Path(path).parent)}")
            item.setToolTip(display(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
