"""The order pane's Evidence section: the dispute's checklist at a glance, and the way to the
full checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from aliassist.gui.evidence.evidence_dialog import EvidenceDialog
from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext
from tests.gui.conftest import when_dialog_opens


def evidence_box(window: MainWindow):  # type: ignore[no-untyped-def]
    return next(b for b in window.pane._boxes if b.title() == "Evidence")


def test_the_pane_shows_the_disputes_checklist_and_opens_it(
        qtbot, ctx: AppContext, dispute_order: int) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_orders([dispute_order])
    assert "Evidence" in window.pane.section_titles()
    box = window.pane.section("Evidence")
    assert box is not None
    text = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "Damaged" in text and "Photos of the damage" in text and "3 files" in text
    opened: list[QDialog] = []

    def close(dialog: QDialog) -> None:
        opened.append(dialog)
        dialog.reject()

    when_dialog_opens(close)
    box.findChild(QPushButton).click()
    assert opened and isinstance(opened[0], EvidenceDialog)
