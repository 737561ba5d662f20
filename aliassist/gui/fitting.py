"""Dialogs as tall as their texts: a dialog whose wrapped texts need more height at its width
than Qt gave it (a translation longer than English, a large font) grows when it is shown, up to
the screen, instead of drawing its labels over each other or cutting them off.

Qt sizes a window from its layout's size hint, which does not count the extra lines a wrapped
label takes at the width the window really gets; the layout knows them (height for width)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog


class _FitDialogs(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_height(watched)
        return False


def fit_height(dialog: QDialog) -> None:
    """Make `dialog` as tall as its layout needs at its width (at most the screen's height)."""
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(dialog.width())
    screen = dialog.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


#: the filter of each application it was installed in (kept alive here)
_installed: dict[int, _FitDialogs] = {}


def install_fitting(app: QApplication) -> None:
    """Fit every dialog `app` shows (installed once)."""
    if id(app) in _installed:
        return
    fitter = _FitDialogs(app)
    app.installEventFilter(fitter)
    _installed[id(app)] = fitter
