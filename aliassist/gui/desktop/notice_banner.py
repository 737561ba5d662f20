"""The in-app banner: where a notice goes when the desktop has neither a notification server nor
a tray. Shows the title and text with "Open order", "Snooze 1 day" and "Dismiss"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aliassist.gui.theme import graphic, tint
from aliassist.i18n import translate
from aliassist.services.delivery import Message


class NoticeBanner(QFrame):
    open_requested = Signal(object)
    snooze_requested = Signal(object)
    dismissed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice-banner")
        colours = tint("alert")
        self.setStyleSheet(f"#notice-banner {{ background: {colours.back}; border-bottom: 1px "
                           f"solid {graphic('block').name()}; }} "
                           f"#notice-banner QLabel {{ color: {colours.ink}; }}")
        self.message: Message | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(translate("NoticeBanner", "Open order"))
        self.snooze_button = QPushButton(translate("NoticeBanner", "Snooze 1 day"))
        self.dismiss_button = QPushButton(translate("NoticeBanner", "Dismiss"))
        self.open_button.clicked.connect(lambda: self._done(self.open_requested))
        self.snooze_button.clicked.connect(lambda: self._done(self.snooze_requested))
        self.dismiss_button.clicked.connect(lambda: self._done(self.dismissed))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.body)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(b)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_message(self, message: Message) -> bool:
        self.message = message
        self.title.setText(message.title)
        self.body.setText(message.body)
        self.open_button.setText(translate("NoticeBanner", "Open AliAssist") if message.is_summary
                                 else translate("NoticeBanner", "Open order"))
        self.open_button.setVisible(not message.is_summary)
        self.snooze_button.setText(translate("NoticeBanner", "Snooze all 1 day")
                                   if message.is_summary
                                   else translate("NoticeBanner", "Snooze 1 day"))
        self.setVisible(True)
        return True

    def _done(self, signal: SignalInstance) -> None:
        message, self.message = self.message, None
        self.setVisible(False)
        if message is not None:
            signal.emit(message)
