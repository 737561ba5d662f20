"""Settings > Language: the language of the window, the notices, the command line's messages
and the dispute packet, kept on this computer and applied from the next start (the window's
texts are made once, when it opens)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from aliassist import i18n
from aliassist.gui.theme import tone
from aliassist.i18n import translate
from aliassist.services.language import choose_in_settings, chosen_language


class LanguageGroup(QGroupBox):
    """`save()` on the dialog's OK; `changed()` says whether a restart is needed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("LanguageGroup", "Language"), parent)
        self.saved = chosen_language()
        self.choice = QComboBox()
        self.choice.setObjectName("language")
        self.choice.setAccessibleName(translate("LanguageGroup", "Language"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.choice.addItem(translate("LanguageGroup", "The system's language (%1)")
                            .replace("%1", system), None)
        for code, name in i18n.LANGUAGES.items():
            self.choice.addItem(name, code)  # each language in its own words: never translated
        self.choice.setCurrentIndex(max(0, self.choice.findData(self.saved)))
        self.note = QLabel(translate(
            "LanguageGroup", "Applies after a restart of AliAssist: close it (also from the "
                             "tray) and start it again."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {tone('muted')};")
        box = QVBoxLayout(self)
        box.addWidget(self.choice)
        box.addWidget(self.note)

    def selected(self) -> str | None:
        data = self.choice.currentData()
        return data if isinstance(data, str) else None

    def changed(self) -> bool:
        return self.selected() != self.saved

    def save(self) -> bool:
        """Keep a changed choice; True when it changed (the dialog then says: after a
        restart)."""
        if not self.changed():
            return False
        choose_in_settings(self.selected())
        self.saved = self.selected()
        return True


def restart_notice() -> tuple[str, str]:
    """The title and text said when the language was changed."""
    return (translate("LanguageGroup", "Language from the next start"),
            translate("LanguageGroup", "AliAssist speaks the language you chose from its next "
                                       "start. Close it (also from the tray) and start it "
                                       "again."))
