"""Settings ▸ Backups (list, back up now, restore), Settings ▸ Your data ▸ Delete all my data
(typed confirmation), and the start-up dialog for a damaged database, driven as a person would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from aliassist.cli import build_parser
from aliassist.gui.launch import open_or_recover
from aliassist.gui.main_window import MainWindow
from aliassist.gui.settings.recovery_dialog import DamagedDatabaseDialog
from aliassist.gui.settings.safety_settings import DeleteAllDialog
from aliassist.gui.settings.settings_dialog import SettingsDialog
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.store.backups import backup_database, list_backups
from aliassist.store.integrity import damaged_copies
from tests.damage import checkpoint, fill, garbled
from tests.gui.conftest import when_dialog_opens


def when_opens(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run `act` once a modal dialog of `kind` is showing."""
    when_dialog_opens(act, kind)


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_backups_are_listed_newest_first_and_made_on_request(
        qtbot, filled_ctx: AppContext, messages: list) -> None:  # type: ignore[no-untyped-def]
    backup_database(filled_ctx.store, reason="daily")
    dialog = SettingsDialog(filled_ctx)
    qtbot.addWidget(dialog)
    table = dialog.backups_group.table
    assert table.topLevelItemCount() == 1
    assert table.topLevelItem(0).text(1) == "daily"
    assert table.topLevelItem(0).text(2) == "20"
    dialog.backups_group.backup_button.click()
    assert table.topLevelItemCount() == 2
    assert table.topLevelItem(0).text(1) == "made by you"
    assert messages[-1][0] == "Backup made" and "20 orders" in messages[-1][1]


def test_restoring_a_backup_brings_the_orders_back_in_the_window(
        qtbot, filled_ctx: AppContext, messages: list,  # type: ignore[no-untyped-def]
        answer_yes: list) -> None:
    backup_database(filled_ctx.store, reason="manual")
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    order_service.delete_orders(filled_ctx, window.model.table.columns.ids.tolist()[:15])
    window.reload()
    assert window.model.rowCount() == 5

    def restore(dialog: QDialog) -> None:
        group = dialog.backups_group
        group.table.setCurrentItem(group.table.topLevelItem(0))
        group.restore_button.click()

    when_dialog_opens(restore)
    window.open_settings()
    assert "Your current data is saved as a backup first" in answer_yes[0]
    assert window.model.rowCount() == 20
    title, text = messages[-1]
    assert title == "Backup restored" and "20 orders" in text and "saved as backup" in text
    assert sorted(b.reason for b in list_backups(filled_ctx.store.path)) == [
        "before-restore", "manual"]


def test_delete_all_needs_the_typed_word_then_removes_everything(
        qtbot, filled_ctx: AppContext, messages: list,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    backup_database(filled_ctx.store)
    db = filled_ctx.store.path
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, object] = {}

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, DeleteAllDialog)
        seen["labels"] = "\n".join(w.text() for w in dialog.findChildren(QLabel))
        assert not dialog.delete_button.isEnabled()
        dialog.confirm.setText("delete")
        seen["lowercase"] = dialog.delete_button.isEnabled()
        dialog.confirm.setText("DELETE")
        dialog.delete_button.click()

    def settings(dialog: QDialog) -> None:
        when_opens(DeleteAllDialog, confirm)
        dialog.data_group.delete_button.click()

    when_dialog_opens(settings)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(quits), timeout=3000)
    assert seen["lowercase"] is False
    assert "20 orders" in str(seen["labels"])
    assert not db.exists() and not list(db.parent.iterdir())
    assert not window.isVisible()
    assert messages[-1][0] == "All your data was deleted"


def test_cancelling_delete_all_keeps_everything(
        qtbot, filled_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(filled_ctx)
    qtbot.addWidget(dialog)
    when_opens(DeleteAllDialog, lambda d: d.reject())
    dialog.data_group.delete_button.click()
    assert len(order_service.order_table(filled_ctx)) == 20


def _damaged(db_path: Path, *, backup: bool = True) -> list[str]:
    fill(db_path, 60)
    if backup:
        open_store_and_back_up(db_path)
    checkpoint(db_path)
    garbled(db_path)
    return ["--db", str(db_path)]


def open_store_and_back_up(db_path: Path) -> None:
    from aliassist.store.opening import open_store

    store = open_store(db_path)
    store.close()
    assert list_backups(db_path)


@pytest.mark.parametrize("button", ["restore", "empty", "quit"])
def test_the_damaged_database_dialog_offers_the_latest_good_backup(
        qtbot, db_path: Path, messages: list, button: str) -> None:  # type: ignore[no-untyped-def]
    args = build_parser().parse_args(_damaged(db_path))
    seen: dict[str, str] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, DamagedDatabaseDialog)
        seen["labels"] = "\n".join(w.text() for w in dialog.findChildren(QLabel))
        {"restore": dialog.restore_button, "empty": dialog.empty_button,
         "quit": dialog.quit_button}[button].click()

    when_opens(DamagedDatabaseDialog, act)
    ctx = open_or_recover(args)
    (moved,) = damaged_copies(db_path)
    labels = seen["labels"]
    assert "cannot be used" in labels and "malformed" in labels
    assert str(moved) in labels and "60 orders" in labels
    if button == "quit":
        assert ctx is None
        return
    try:
        count = len(order_service.order_table(ctx))
        assert count == (60 if button == "restore" else 0)
        if button == "restore":
            assert messages[-1][0].endswith("backup restored")
    finally:
        ctx.close()


def test_without_a_backup_the_dialog_only_offers_to_start_empty(
        qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = build_parser().parse_args(_damaged(db_path, backup=False))
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        seen["restore"] = dialog.restore_button
        seen["labels"] = "\n".join(w.text() for w in dialog.findChildren(QLabel))
        dialog.empty_button.click()

    when_opens(DamagedDatabaseDialog, act)
    ctx = open_or_recover(args)
    assert seen["restore"] is None and "no good backup" in str(seen["labels"])
    ctx.close()



def test_a_busy_database_gives_the_window_a_clear_message(
        qtbot, db_path: Path, messages: list,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sqlite3

    from aliassist.services.context import open_context
    from aliassist.store import database
    from tests.conftest import NOW
    from tests.importers.test_datafile import full_order, write_data

    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    ctx = open_context(db_path, now=NOW)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        holder = sqlite3.connect(db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # a command in the middle of a long write
        try:
            window.import_data_file(str(write_data(tmp_path / "in", [full_order()])))
            qtbot.waitUntil(lambda: bool(messages), timeout=15000)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        title, text = messages[-1]
        assert title == "Nothing was imported"
        assert "the database is busy" in text and "try again" in text
        assert window.model.rowCount() == 0
    finally:
        ctx.close()
