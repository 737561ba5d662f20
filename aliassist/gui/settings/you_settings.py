"""Settings > You: the name that marks the changes you make and the orders assigned to you
("Mine", and whose deadline notices), kept on this computer (not in the shared database)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from aliassist.domain.records import assignee_problem
from aliassist.errors import UserError
from aliassist.gui.theme import tone
from aliassist.i18n import translate
from aliassist.services import assignment
from aliassist.services.context import AppContext


class YouGroup(QGroupBox):
    """`check()` then `save()` on the dialog's OK."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(translate("YouGroup", "You"), parent)
        self.saved = assignment.settings_name()
        intro = QLabel(translate("YouGroup", "Your name marks the changes you make (the order "
                                             "pane's History) and the orders assigned to you: "
                                             "Mine shows them, and their deadline notices come "
                                             "to you only."))
        intro.setWordWrap(True)
        self.name = QLineEdit(self.saved or "")
        self.name.setAccessibleName(translate("YouGroup", "Your name"))
        self.name.setPlaceholderText(translate("YouGroup", "your name"))
        self.name.setMaxLength(100)
        self.name.setClearButtonEnabled(True)
        try:
            now = assignment.current_user(ctx)
        except UserError:
            now = None
        over = assignment.name_source()
        if over is not None:
            said = translate("YouGroup", "The environment variable {variable} sets it now: "
                                         "<b>{name}</b>.").format(
                variable=over, name=html.escape(now or ""))
        elif self.saved is None:
            said = (translate("YouGroup", "Empty: the database role, <b>{name}</b>.").format(
                name=html.escape(now)) if now
                else translate("YouGroup", "Empty: your changes are not named, and Mine is off."))
        else:
            said = translate("YouGroup", "Empty: the database role on a team database; on this "
                                         "computer's file, none.")
        self.note = QLabel(said)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setStyleSheet(f"color: {tone('muted')};")
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.name)
        box.addWidget(self.note)

    def entered(self) -> str | None:
        return self.name.text().strip() or None

    def check(self) -> None:
        name = self.entered()
        problem = assignee_problem(name) if name is not None else None
        if problem is not None:
            raise UserError(problem, where=translate("YouGroup", "your name"))

    def save(self) -> bool:
        """Keep a changed name; True when it changed."""
        if self.entered() == self.saved:
            return False
        assignment.set_settings_name(self.entered())
        self.saved = self.entered()
        return True
