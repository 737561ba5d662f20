"""What the window shows at start when the database is damaged: what was found, where the
damaged file was moved (kept, unchanged), and a button to restore the latest good backup."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aliassist import APP_NAME
from aliassist.i18n import translate
from aliassist.services.safety import DatabaseDamagedError


class DamagedDatabaseDialog(QDialog):
    """`exec()` returns RESTORE, START_EMPTY, or Rejected (quit)."""

    RESTORE = 2
    START_EMPTY = 3

    def __init__(self, error: DatabaseDamagedError, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(translate("DamagedDatabaseDialog", "{app}: the database is "
                                                               "damaged").format(app=APP_NAME))
        self.setMinimumWidth(580)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(translate("DamagedDatabaseDialog", "<b>Your AliAssist database cannot be "
                                                          "used: it is damaged.</b>"))
        title.setWordWrap(True)
        found = QLabel(translate("DamagedDatabaseDialog", "What was found: {problem}.")
                       .format(problem=html.escape(error.problem)))
        found.setWordWrap(True)
        kept = QLabel(
            translate("DamagedDatabaseDialog", "Nothing was deleted. The damaged file was moved "
                                               "aside and is kept "
                                               "unchanged:<br><code>{file}</code>")
                      .format(file=html.escape(str(error.moved_to))))
        kept.setWordWrap(True)
        kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if error.backup is not None:
            made = html.escape(error.backup.describe())
            offer = QLabel(
                translate("DamagedDatabaseDialog", "The latest good backup is from "
                                                   "<b>{made}</b>. Restore it to carry on where "
                                                   "it left off; anything entered after it was "
                                                   "made has to be entered again.")
                           .format(made=made))
        else:
            offer = QLabel(
                translate("DamagedDatabaseDialog", "There is no good backup to restore. You can "
                                                   "start with an empty database and import a "
                                                   "data file you exported earlier."))
        offer.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.restore_button = None
        if error.backup is not None:
            self.restore_button = buttons.addButton(
                translate("DamagedDatabaseDialog", "Restore the latest good backup"),
                QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        self.empty_button = buttons.addButton(translate("DamagedDatabaseDialog", "Start with an "
                                                                                 "empty database"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.empty_button.clicked.connect(lambda: self.done(self.START_EMPTY))
        self.quit_button = buttons.addButton(translate("DamagedDatabaseDialog", "Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)

        words = QVBoxLayout()
        for label in (title, found, kept, offer):
            words.addWidget(label)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        # wrapped labels: size for the real width, not for Qt's narrow first guess
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))

