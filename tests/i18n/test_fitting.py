"""A dialog whose wrapped texts run longer than Qt planned for (here the damaged-database
dialog, in the pseudo-language) grows to show them whole when it is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from aliassist.gui.fitting import fit_height
from aliassist.gui.settings.recovery_dialog import DamagedDatabaseDialog
from aliassist.services.safety import DatabaseDamagedError
from tests.i18n.screens import lengthen, pseudo


def _overlapping(dialog: DamagedDatabaseDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1]


def test_a_dialog_grows_to_its_wrapped_texts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "orders.db"
    dialog = DamagedDatabaseDialog(DatabaseDamagedError(
        db, "file is not a database", moved_to=db.with_name("orders.db.damaged")))
    qtbot.addWidget(dialog)
    lengthen(dialog)
    dialog.show()
    QApplication.processEvents()
    assert _overlapping(dialog)  # what Qt does alone
    fit_height(dialog)
    QApplication.processEvents()
    assert not _overlapping(dialog)
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_a_page_with_long_words_widens_its_scroll_area_instead_of_scrolling_sideways(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

    from aliassist.gui.accessibility import scrolling

    page = QWidget()
    column = QVBoxLayout(page)
    column.addWidget(QLabel(pseudo("Rückerstattungsanspruchsfrist Käuferschutzverlängerung")))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = scrolling(page)
    QVBoxLayout(dialog).addWidget(area)
    dialog.show()
    QApplication.processEvents()
    assert not area.horizontalScrollBar().isVisible()
    assert area.viewport().width() >= page.minimumSizeHint().width()
    # beside another page (share), it asks for at most its share of the screen
    narrow = scrolling(QLabel("x" * 2000), share=0.3)
    assert narrow.minimumSizeHint().width() <= 0.3 * narrow.screen().availableGeometry().width()
