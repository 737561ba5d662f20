"""One undo history for the window and its dialogs: Edit ▸ Undo names what it undoes, Ctrl+Z
and Ctrl+Shift+Z go back and forth, and the database holds exactly what was there."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from aliassist.gui.accessibility import plain
from aliassist.gui.dispute.dispute_steps import DisputeStepsDialog
from aliassist.gui.evidence.evidence_dialog import EvidenceDialog
from aliassist.gui.main_window import MainWindow
from aliassist.services import disputes as svc
from aliassist.services import evidence as evidence_service
from aliassist.services.context import AppContext
from aliassist.services.orders import get_order
from tests.domain.test_precheck import CLEAN
from tests.gui.dispute.test_dispute_steps import open_dispute
from tests.gui.dispute.test_dispute_wizard import store
from tests.photos import save_photo
from tests.services.test_undo import everything


def press(qtbot, widget: QWidget, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    """Z with `modifiers` in the active window `widget` belongs to, as a person presses it."""
    window = widget.window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def rows(ctx: AppContext, order_id: int) -> object:
    return everything(ctx, order_id)


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))


def test_edit_menu_names_the_edit_and_undo_redo_restore_the_database(
        qtbot, filled_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    order_id = window.model.order_id(0)
    order = get_order(filled_ctx, order_id)
    before = rows(filled_ctx, order_id)
    assert not window.undo_action.isEnabled()

    window._save(replace(order, note="Seller promised a refund"), order_id)
    after = rows(filled_ctx, order_id)
    assert plain(window.undo_action.text()) == f"Undo Edit order {order.number}"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    assert window.undo_action in window.edit_menu.actions()

    press(qtbot, window, CTRL)
    assert rows(filled_ctx, order_id) == before
    assert window.pane.view is not None and window.pane.view.order.note == order.note
    assert window.statusBar().currentMessage() == f"Undone: Edit order {order.number}"
    assert plain(window.redo_action.text()) == f"Redo Edit order {order.number}"
    press(qtbot, window, CTRL | SHIFT)
    assert rows(filled_ctx, order_id) == after


def test_deleting_orders_is_on_the_same_history(qtbot, filled_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    first = window.model.order_id(0)
    order = get_order(filled_ctx, first)
    window._save(replace(order, note="first change"), first)
    window.select_orders([first, window.model.order_id(1)])
    before = {i: rows(filled_ctx, i) for i in window.selected_ids()}
    window.delete_action.trigger()
    assert plain(window.undo_action.text()) == "Undo Delete 2 orders"
    window.undo_action.trigger()
    assert {i: rows(filled_ctx, i) for i in before} == before
    assert sorted(window.selected_ids()) == sorted(before)
    window.undo_action.trigger()  # then the edit before it
    assert get_order(filled_ctx, first).note == order.note


def test_a_step_recorded_by_mistake_is_removed_and_the_removal_undone(
        qtbot, ctx: AppContext, yes: None) -> None:  # type: ignore[no-untyped-def]
    open_dispute(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    order_id = window.model.order_id(0)
    dialog = DisputeStepsDialog(ctx, CLEAN.number, window)
    qtbot.addWidget(dialog)
    assert not dialog.remove_button.isEnabled()  # only the filing is recorded
    opened = rows(ctx, order_id)
    dialog.step.setCurrentIndex(dialog.step.findData("escalated"))
    dialog.record_step()
    escalated = rows(ctx, order_id)
    assert dialog.remove_button.isEnabled()

    dialog.remove_last_step()
    assert svc.dispute_views(ctx, CLEAN.number)[1][0].dispute.status == "open"
    assert dialog.list.currentItem().text().endswith("Open")
    assert plain(window.undo_action.text()).startswith("Undo Remove step “escalated”")
    press(qtbot, dialog, CTRL)  # in the dialog
    assert rows(ctx, order_id) == escalated
    assert dialog.list.currentItem().text().endswith("Escalated")
    window.undo_action.trigger()  # the step itself
    assert rows(ctx, order_id) == opened
    assert dialog.changed


def test_removed_evidence_comes_back_and_its_file_is_kept_until_the_window_closes(
        qtbot, ctx: AppContext, tmp_path: Path, yes: None) -> None:  # type: ignore[no-untyped-def]
    order_id = store(ctx, replace(CLEAN, evidence=()))
    evidence_service.attach_files(ctx, order_id, [save_photo(tmp_path / "IMG_1.jpg", 1)],
                                  kind="own_photo")
    sha = get_order(ctx, order_id).evidence[0].sha256
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.select_orders([order_id])
    dialog = EvidenceDialog(ctx, order_id, window)
    qtbot.addWidget(dialog)
    before = rows(ctx, order_id)
    dialog.panel.remove(0)
    assert "Ctrl+Z brings it back" in dialog.panel.notice.text()
    assert get_order(ctx, order_id).evidence == () and ctx.vault.exists(sha)
    press(qtbot, dialog, CTRL)
    assert rows(ctx, order_id) == before and ctx.vault.verify(sha)
    assert dialog.panel.files_shown("item_photos") == ["IMG_1.jpg"]
    dialog.close()
    window.redo_action.trigger()
    window.close()  # nothing refers to the file any more: it goes
    assert not ctx.vault.exists(sha)
