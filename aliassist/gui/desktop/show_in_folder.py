"""After an export, a "Show in folder" link in the status bar opens the folder that holds the
written file with the desktop's file manager (QDesktopServices.openUrl)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton

from aliassist.gui.accessibility import announce
from aliassist.gui.theme import tone
from aliassist.i18n import translate

#: how long the message and the link stay in the status bar
SHOWN_MS = 15000


def folder_url(path: Path) -> QUrl:
    """The folder holding `path`, as a file URL."""
    return QUrl.fromLocalFile(str(path.resolve().parent))


class ShowInFolder(QPushButton):
    """A flat, keyboard-reachable link button in the window's status bar, one per window."""

    def __init__(self, window: QMainWindow):
        super().__init__(translate("ShowInFolder", "Show in folder"), window)
        self.setObjectName("showInFolder")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(translate("ShowInFolder", "Show the exported file in its folder"))
        self.path: Path | None = None
        self.hide()
        window.statusBar().addPermanentWidget(self)
        self.clicked.connect(self.open_folder)
        self.timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self.timer.timeout.connect(self.hide)

    def offer(self, path: Path) -> None:
        self.path = path
        # Reads as a link in either palette (coloured when shown, so a palette change follows).
        self.setStyleSheet(f"QPushButton#showInFolder {{ color: {tone('link')}; border: none; "
                           "text-decoration: underline; padding: 0 6px; }")
        self.setToolTip(translate("ShowInFolder", "Open {parent} in the file manager")
                        .format(parent=path.resolve().parent))
        self.show()
        self.timer.start()

    def open_folder(self) -> bool:
        """Open the folder of the last export; False when the desktop could not open it."""
        if self.path is None:
            return False
        return QDesktopServices.openUrl(folder_url(self.path))


def exported(window: QMainWindow, path: Path, message: str) -> None:
    """Say in the status bar that `path` was written, with a "Show in folder" link beside it."""
    link = window.findChild(ShowInFolder, "showInFolder") or ShowInFolder(window)
    window.statusBar().showMessage(message, SHOWN_MS)
    announce(window.statusBar(), message)
    link.offer(path)
