"""A list of small records beside a form for the selected one: items, extensions, disputes,
payments and evidence in the order dialog all edit this way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aliassist.gui.accessibility import scrolling
from aliassist.gui.fields import ChoiceBox, InstantEdit, TextLine
from aliassist.i18n import translate

Choices = list[tuple[Any, str]]


@dataclass
class Field:
    """One input of a record form. kind: text, multiline, int, money, instant, choice, label."""

    name: str
    label: str
    kind: str = "text"
    choices: Callable[[], Choices] | None = None
    minimum: int = 0
    maximum: int = 10_000_000
    tip: str = ""
    placeholder: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class RecordListEditor(QWidget):
    """Edits a list of dicts (field name -> value). Money is kept as the text typed, so the
    dialog can check it against the order's currency when it is saved. `texts`: the list's
    name, the add button's text and what an empty list says ("Items", "Add item", "No items.
    Use “Add item”.")."""

    changed = Signal()

    def __init__(self, fields: list[Field], *, platform_tz: tzinfo, texts: tuple[str, str, str],
                 summary: Callable[[dict[str, Any]], str], new_record: Callable[[], dict] | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = fields
        self.summary = summary
        self.new_record = new_record
        self.records: list[dict[str, Any]] = []
        self._loading = False

        self.list = QListWidget()
        self.list.setMinimumWidth(self.list.fontMetrics().averageCharWidth() * 28)
        name, add_text, empty_text = texts
        self.list.setAccessibleName(name)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(translate("RecordListEditor", "Remove"))
        self.button_row = buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.inputs: dict[str, Any] = {}
        for f in fields:
            widget = self._make_input(f, platform_tz)
            if f.tip:
                widget.setToolTip(f.tip)
            self.inputs[f.name] = widget
            self.form.addRow(f.label, widget)
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet("color: palette(mid);")

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(self.empty)
        right.addWidget(scrolling(self.form_widget), 1)  # large fonts: the fields scroll
        layout.addLayout(right, 3)

        self.add_button.setVisible(new_record is not None)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(self._show)
        self._show(-1)

    # -- inputs ----------------------------------------------------------------------------

    def _make_input(self, f: Field, tz: tzinfo) -> QWidget:
        w: QWidget
        if f.kind == "multiline":
            w = text = QPlainTextEdit()
            text.setMaximumHeight(110)
            text.textChanged.connect(lambda: self._store(f.name))
        elif f.kind == "int":
            w = spin = QSpinBox()
            spin.setRange(f.minimum, f.maximum)
            spin.valueChanged.connect(lambda _v: self._store(f.name))
        elif f.kind == "instant":
            w = instant = InstantEdit(tz, optional=f.extra.get("optional", True))
            instant.changed.connect(lambda: self._store(f.name))
        elif f.kind == "choice":
            w = choice = ChoiceBox(f.choices() if f.choices else [])
            choice.currentIndexChanged.connect(lambda _i: self._store(f.name))
        elif f.kind == "label":
            w = label = QLabel()
            label.setWordWrap(True)
        else:
            w = TextLine()
            if f.placeholder:
                w.setPlaceholderText(f.placeholder)
            w.textChanged.connect(lambda _t: self._store(f.name))
        return w

    def refresh_choices(self) -> None:
        """Re-read choice lists that depend on other tabs (items, disputes)."""
        self._loading = True
        try:
            for f in self.fields:
                if f.kind == "choice" and f.choices:
                    box: ChoiceBox = self.inputs[f.name]
                    box.clear()
                    for value, label in f.choices():
                        box.addItem(label, value)
            self._show(self.list.currentRow())
        finally:
            self._loading = False

    def _read(self, name: str) -> Any:
        w = self.inputs[name]
        kind = next(f.kind for f in self.fields if f.name == name)
        if kind == "multiline":
            return w.toPlainText().strip() or None
        if kind == "int":
            return w.value()
        if kind == "label":
            return None
        return w.value()

    def _write(self, name: str, value: Any) -> None:
        w = self.inputs[name]
        kind = next(f.kind for f in self.fields if f.name == name)
        if kind == "multiline":
            w.setPlainText(value or "")
        elif kind == "int":
            w.setValue(int(value or 0))
        elif kind == "label":
            w.setText("" if value is None else str(value))
        else:
            w.set_value(value)

    def _store(self, name: str) -> None:
        row = self.list.currentRow()
        if self._loading or row < 0:
            return
        self.records[row][name] = self._read(name)
        self.list.item(row).setText(self.summary(self.records[row]))
        self.changed.emit()

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.records)
        self.form_widget.setVisible(has)
        self.empty.setVisible(not self.records)
        self.remove_button.setEnabled(has)
        if not has:
            return
        was = self._loading
        self._loading = True
        try:
            for f in self.fields:
                self._write(f.name, self.records[row].get(f.name))
        finally:
            self._loading = was

    # -- records ---------------------------------------------------------------------------

    def set_records(self, records: list[dict[str, Any]]) -> None:
        self.records = [dict(r) for r in records]
        self.list.clear()
        for r in self.records:
            self.list.addItem(self.summary(r))
        self.list.setCurrentRow(0 if self.records else -1)
        self._show(self.list.currentRow())

    def append(self, record: dict[str, Any]) -> None:
        self.records.append(dict(record))
        self.list.addItem(self.summary(record))
        self.list.setCurrentRow(len(self.records) - 1)
        self.changed.emit()

    def add(self) -> None:
        if self.new_record is not None:
            self.append(self.new_record())

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.records[row]
        self.list.takeItem(row)
        self._show(self.list.currentRow())
        self.changed.emit()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)
