"""Keeping typed words when a window closes: the question asked (Keep draft / Discard / Cancel)
and the note shown when a kept draft comes back. The drafts themselves: services.drafts."""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from aliassist.domain.formatting import local_minute
from aliassist.i18n import LANGUAGES, translate
from aliassist.i18n_draft import DEFAULT_DRAFT_LANGUAGE
from aliassist.services.drafts import Draft

Answer = Literal["keep", "discard", "cancel"]


def ask_keep_draft(parent: QWidget, question: str) -> Answer:
    """Ask what to do with typed words as the window closes: keep them as a draft (Enter),
    throw them away, or stay (Esc). `question`: "Keep … as a draft?", in the caller's words."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("drafts", "Keep a draft?"), question,
                      parent=parent)
    box.setInformativeText(translate("drafts", "A draft is kept for this order until you file it "
                                               "or discard it; it comes back when you open this "
                                               "window again."))
    keep = box.addButton(translate("drafts", "&Keep draft"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("drafts", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "keep" if clicked is keep else "discard" if clicked is discard else "cancel"


def restored_text(draft: Draft) -> str:
    """The note shown when a draft comes back."""
    if draft.saved_at:
        return translate("drafts", "Your draft from {time} is back. Close the window and choose "
                                   "Discard to throw it away.").format(
            time=local_minute(draft.saved_at))
    return translate("drafts", "Your draft is back. Close the window and choose Discard to throw "
                               "it away.")


class KeepsDrafts(QDialog):
    """A dialog whose typed words are kept as a draft when it closes: `leave` decides (asking
    when the person closes it) and returns False to stay open. A close the person did not ask
    for (the app quitting) keeps the words without asking."""

    _quiet = False

    def leave(self, *, ask: bool) -> bool:
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:
        self._quiet = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._quiet = False

    def done(self, result: int) -> None:
        if self.leave(ask=not self._quiet):
            super().done(result)


def draft_language_box(language: str | None = None) -> QComboBox:
    """The choice of the language a draft is written in, each language by its own name, set to
    `language` (default: English, what sellers read best)."""
    box = QComboBox()
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(language or DEFAULT_DRAFT_LANGUAGE), 0))
    return box
