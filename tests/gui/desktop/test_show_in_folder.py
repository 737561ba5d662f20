"""After an export the status bar offers "Show in folder", which opens the folder holding the
written file through the desktop (QDesktopServices)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from aliassist.gui.desktop.show_in_folder import ShowInFolder
from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext


class Opened(QObject):
    """Takes the file URLs the desktop is asked to open, in place of the file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_exporting_the_data_file_offers_its_folder(qtbot, ctx: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "exports" / "aliassist-data.json"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "AliAssist data (*.json)")))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.export_data_file()
    qtbot.waitUntil(lambda: window.findChild(ShowInFolder) is not None
                    and window.findChild(ShowInFolder).isVisible(), timeout=20_000)
    link = window.findChild(ShowInFolder)
    assert out.exists() and str(out) in window.statusBar().currentMessage()
    assert link.accessibleName() and link.focusPolicy()  # named and reachable by keyboard
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        link.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [out.parent.resolve()]
