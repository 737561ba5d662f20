"""Assign… : whom an order (or the selected orders) is assigned to: "Me", a name already in
use, or a name typed in; or nobody."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain.records import assignee_problem
from aliassist.i18n import translate
from aliassist.services.assignment import ME


class AssignDialog(QDialog):
    """`value()` after Accepted: the name to assign ("me" for the current user), or None for
    nobody."""

    def __init__(self, what: str, current: str | None, names: list[str], me: str | None,
                 parent: QWidget | None = None, *, mixed: bool = False):
        super().__init__(parent)
        self.setWindowTitle(translate("AssignDialog", "Assign"))
        self._nobody = False
        layout = QVBoxLayout(self)
        now = (translate("AssignDialog", "several people") if mixed
               else translate("AssignDialog", "nobody") if current is None else current)
        intro = QLabel(translate("AssignDialog", "Assign {what} to a person (now: {now}). "
                                                 "Deadline notices of an assigned order go to "
                                                 "that person only; an order assigned to nobody "
                                                 "warns everyone.").format(what=what, now=now))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setAccessibleName(translate("AssignDialog", "Assign to"))
        self.name.setMinimumContentsLength(24)
        if me is not None:
            self.name.addItem(translate("AssignDialog", "Me ({me})").format(me=me), ME)
        for name in names:
            if name != me:
                self.name.addItem(name, name)
        line = self.name.lineEdit()
        assert line is not None
        line.setPlaceholderText(translate("AssignDialog", "a name"))
        index = self.name.findData(current) if current is not None and current != me else (
            self.name.findData(ME) if current is not None else -1)
        self.name.setCurrentIndex(index)
        if index < 0:
            self.name.setEditText("" if current is None else current)
        layout.addWidget(self.name)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.assign_button = buttons.addButton(translate("AssignDialog", "&Assign"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.nobody_button: QPushButton = buttons.addButton(
            translate("AssignDialog", "Assign to &nobody"), QDialogButtonBox.ButtonRole.ActionRole)
        self.nobody_button.clicked.connect(self._to_nobody)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _to_nobody(self) -> None:
        self._nobody = True
        super().accept()

    def accept(self) -> None:
        text = self.name.currentText().strip()
        problem = translate("AssignDialog", "type a name, or choose one") if not text else None
        if problem is None and self._chosen() is None:
            problem = assignee_problem(text)
        if problem is not None:
            self.problem.setText(problem[:1].upper() + problem[1:] + ".")
            self.problem.setVisible(True)
            return
        super().accept()

    def _chosen(self) -> str | None:
        """The listed entry whose text is in the box (its data), else None."""
        index = self.name.findText(self.name.currentText().strip())
        return None if index < 0 else self.name.itemData(index)

    def value(self) -> str | None:
        if self._nobody:
            return None
        return self._chosen() or self.name.currentText().strip()
