"""The brief controls: length, algorithm, focus terms, language, sections and stories."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.engine.language import SUMY_LANGUAGES
from citebrief.engine.names import LABELS, USES_FOCUS

LANGUAGES = ("auto", "english", *sorted(SUMY_LANGUAGES - {"english"}))
FOCUS_TIP = "Prefer sentences about these terms (comma separated)"
_RANGES = {LengthUnit.WORDS: (20, 2000, 10), LengthUnit.SENTENCES: (1, 100, 1)}


class ControlsPanel(QWidget):
    """Emits ``options_changed`` whenever the user changes any control (the window debounces)."""

    options_changed = Signal(object)  # BriefOptions

    def __init__(self, algorithms: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.unit = QComboBox()
        self.unit.addItem("words", LengthUnit.WORDS.value)
        self.unit.addItem("sentences", LengthUnit.SENTENCES.value)
        self.unit.setAccessibleName("Length unit")
        self.unit.setToolTip("Measure the brief's length in words or in sentences")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName("Brief length")
        self.slider.setToolTip("How long the brief should be")
        self.spin = QSpinBox()
        self.spin.setAccessibleName("Brief length")
        self.spin.setToolTip("How long the brief should be")
        self.algorithm = QComboBox()
        for name in algorithms:
            self.algorithm.addItem(LABELS.get(name, name), name)
        self.algorithm.setAccessibleName("Algorithm")
        self.algorithm.setToolTip(
            "How sentences are chosen: citebrief merges sources; the others are classic "
            "single-summary methods"
        )
        self.focus = QLineEdit()
        self.focus.setPlaceholderText("e.g. bridge, evacuation")
        self.focus.setClearButtonEnabled(True)
        self.focus.setAccessibleName("Focus terms")
        self.focus.setToolTip(FOCUS_TIP)
        self.focus_note = QLabel()
        self.focus_note.setObjectName("focusNote")
        self.focus_note.setWordWrap(True)
        self.language = QComboBox()
        for name in LANGUAGES:
            self.language.addItem(name, name)
        self.language.setAccessibleName("Language")
        self.language.setToolTip("The articles' language; auto detects it per document")
        self.sections = QCheckBox("Group into sections")
        self.sections.setAccessibleName("Sections")
        self.sections.setToolTip("Group the brief under headings when the sources cover several topics")
        self.stories = QCheckBox("Brief each story apart")
        self.stories.setAccessibleName("Stories")
        self.stories.setToolTip(
            "In a folder of several stories, give each story its own part of the brief under its heading; "
            "off: one brief of the whole folder"
        )

        self._form = self._lay_out()
        self._apply_range(LengthUnit.WORDS)
        self._show_focus_use()
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self._on_spin)
        self.unit.currentIndexChanged.connect(self._on_unit)
        self.algorithm.currentIndexChanged.connect(self._on_algorithm)
        self.focus.editingFinished.connect(self._on_focus)
        self.language.currentIndexChanged.connect(self._emit)
        self.sections.toggled.connect(self._emit)
        self.stories.toggled.connect(self._emit)
        self._last_focus = ""

    def _lay_out(self) -> QFormLayout:
        # The slider has a row of its own, so it keeps a usable width in a narrow panel.
        length_row = QHBoxLayout()
        length_row.setContentsMargins(0, 0, 0, 0)
        length_row.addWidget(self.spin)
        length_row.addWidget(self.unit)
        length_row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(10, 8, 10, 8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, buddy in (
            ("&Length", length_row, self.spin),
            ("", self.slider, None),
            ("&Algorithm", self.algorithm, self.algorithm),
            ("&Focus", self.focus, self.focus),
            ("", self.focus_note, None),
            ("Lan&guage", self.language, self.language),
        ):
            label = QLabel(text)
            if buddy is not None:
                label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow("", self.sections)
        form.addRow("", self.stories)
        return form

    def _apply_range(self, unit: LengthUnit) -> None:
        lo, hi, step = _RANGES[unit]
        for w in (self.slider, self.spin):
            w.blockSignals(True)
            w.setRange(lo, hi)
            w.setSingleStep(step)
            w.blockSignals(False)
        self.slider.setPageStep(step * 5)

    def options(self) -> BriefOptions:
        focus = tuple(t.strip() for t in self.focus.text().split(",") if t.strip())
        return BriefOptions(
            algorithm=str(self.algorithm.currentData()),
            unit=LengthUnit(self.unit.currentData()),
            length=self.spin.value(),
            focus=focus,
            language=str(self.language.currentData()),
            sections="auto" if self.sections.isChecked() else "off",
            stories="auto" if self.stories.isChecked() else "off",
        )

    def set_options(self, options: BriefOptions) -> None:
        self._updating = True
        self.unit.setCurrentIndex(max(0, self.unit.findData(options.unit.value)))
        self._apply_range(options.unit)
        self.spin.setValue(options.length)
        self.slider.setValue(options.length)
        idx = self.algorithm.findData(options.algorithm)
        self.algorithm.setCurrentIndex(max(0, idx))
        self._show_focus_use()
        self.focus.setText(", ".join(options.focus))
        self._last_focus = self.focus.text()
        self.language.setCurrentIndex(max(0, self.language.findData(options.language)))
        self.sections.setChecked(options.sections == "auto")
        self.stories.setChecked(options.stories == "auto")
        self._updating = False

    def _on_spin(self, value: int) -> None:
        if self.slider.value() != value:
            self.slider.blockSignals(True)
            self.slider.setValue(value)
            self.slider.blockSignals(False)
        self._emit()

    def _on_unit(self) -> None:
        unit = LengthUnit(self.unit.currentData())
        self._updating = True
        self._apply_range(unit)
        # Keep roughly the same brief: about 22 words per sentence in news prose.
        value = self.spin.value()
        value = max(1, round(value / 22)) if unit is LengthUnit.SENTENCES else value * 22
        self.spin.setValue(value)
        self.slider.setValue(value)
        self._updating = False
        self._emit()

    def _on_algorithm(self) -> None:
        self._show_focus_use()
        self._emit()

    def _show_focus_use(self) -> None:
        """Focus terms only matter to some algorithms; the field says so instead of doing nothing."""
        name = str(self.algorithm.currentData())
        used = name in USES_FOCUS
        self.focus.setEnabled(used)
        self.focus.setToolTip(FOCUS_TIP if used else f"{LABELS.get(name, name)} does not use focus terms")
        self.focus_note.setText("" if used else f"{LABELS.get(name, name)} does not use focus terms.")
        self._form.setRowVisible(self.focus_note, not used)

    def _on_focus(self) -> None:
        if self.focus.text() != self._last_focus:
            self._last_focus = self.focus.text()
            self._emit()

    def _emit(self, *_args: object) -> None:
        if not self._updating:
            self.options_changed.emit(self.options())
