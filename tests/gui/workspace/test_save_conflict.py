"""No lost updates in the window: the order editor saves with the version it opened; when
someone else saved the order meanwhile, the conflict dialog shows both sides (who saved theirs,
when, each field yours and theirs) and each of its three choices ends as it says, read back from
the real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from aliassist.domain import records as rec
from aliassist.gui.main_window import MainWindow
from aliassist.gui.workspace.order_dialog import OrderDialog
from aliassist.gui.workspace.save_conflict import SaveConflictDialog, differences
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.services.orders import OrderChangedError
from tests.conftest import NOW
from tests.gui.conftest import when_dialog_opens

NUMBER = "8187000000000001"


@pytest.fixture
def order_id(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    order = rec.Order(number=NUMBER, placed_at=NOW - timedelta(days=20), store="Gadget Shop",
                      amount=2000, currency="USD", note="blue case",
                      items=(rec.Item("Phone case", quantity=1, price=2000),))
    return order_service.save_order_record(ctx, order)


@pytest.fixture
def window(qtbot, ctx: AppContext, order_id: int) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def ben_saves(ctx: AppContext, order_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another person (Ben) changes the order underneath the open editor."""
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    opened = order_service.get_order_for_edit(ctx, order_id)
    order_service.save_edited_order(
        ctx, replace(opened.order, store="Ben's Gadgets", note="Ben: the seller answered"),
        order_id, expected_version=opened.version)
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")


def edit_with_conflict(window: MainWindow, order_id: int, monkeypatch: pytest.MonkeyPatch,
                       choose: int, shown: dict[str, object],
                       then: object = None) -> None:
    """Anna opens the editor, types, Ben saves meanwhile, Anna saves: the conflict dialog
    opens; `shown` gets what it shows, then `choose` is clicked."""

    def in_conflict(dialog: QDialog) -> None:
        assert isinstance(dialog, SaveConflictDialog)
        shown["title"] = dialog.windowTitle()
        shown["summary"] = dialog.summary.text()
        shown["header"] = dialog.table.horizontalHeaderItem(2).text()
        shown["rows"] = [tuple(dialog.table.item(r, c).text() for c in range(3))
                         for r in range(dialog.table.rowCount())]
        if callable(then):
            then()
        dialog.button(choose).click()

    def in_editor(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        assert not dialog.notice.isVisible()
        dialog.note.setPlainText("Anna: asked for a refund")
        dialog.tracking_number.set_value("LP00123456789CN")
        ben_saves(window.ctx, order_id, monkeypatch)
        when_dialog_opens(in_conflict, SaveConflictDialog)
        dialog.accept()

    when_dialog_opens(in_editor, OrderDialog)
    window.edit_order(order_id)


def version_of(ctx: AppContext, order_id: int) -> int:
    return order_service.get_order_for_edit(ctx, order_id).version


def assert_both_sides_shown(shown: dict[str, object], before: int) -> None:
    assert shown["title"] == f"Order {NUMBER} was changed meanwhile"
    summary = str(shown["summary"])
    # NOW is 12:00 UTC: 13:00 in the tests' zone (Europe/Berlin)
    assert summary.startswith(f"Ben saved it on 21 Nov 2026, 13:00 (version {before + 1}); "
                              f"you opened version {before}. Your changes are not saved yet.")
    assert "differ in 3 fields" in summary
    assert shown["header"] == "Ben’s (saved)"
    assert shown["rows"] == [
        ("Store", "Gadget Shop", "Ben's Gadgets"),
        ("Tracking number", "LP00123456789CN", "(empty)"),
        ("Note", "Anna: asked for a refund", "Ben: the seller answered"),
    ]


def test_keep_theirs_drops_mine(window: MainWindow, ctx: AppContext, order_id: int,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    before = version_of(ctx, order_id)
    shown: dict[str, object] = {}
    edit_with_conflict(window, order_id, monkeypatch, SaveConflictDialog.KEEP_THEIRS, shown)
    assert_both_sides_shown(shown, before)
    stored = order_service.get_order(ctx, order_id)
    assert (stored.store, stored.note, stored.tracking_number) == (
        "Ben's Gadgets", "Ben: the seller answered", None)
    assert version_of(ctx, order_id) == before + 1  # nothing saved over Ben's
    assert "Kept Ben’s save" in window.statusBar().currentMessage()
    assert window.selected_ids() == [order_id]
    assert window.pane.view is not None and window.pane.view.order_id == order_id
    assert not window.history.stack.canUndo()  # the refused save recorded nothing


def test_save_mine_over_theirs(window: MainWindow, ctx: AppContext, order_id: int,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = version_of(ctx, order_id)
    shown: dict[str, object] = {}
    edit_with_conflict(window, order_id, monkeypatch, SaveConflictDialog.SAVE_MINE, shown)
    assert_both_sides_shown(shown, before)
    stored = order_service.get_order(ctx, order_id)
    assert (stored.store, stored.note, stored.tracking_number) == (
        "Gadget Shop", "Anna: asked for a refund", "LP00123456789CN")
    assert version_of(ctx, order_id) == before + 2
    # the save is Anna's: a save from Ben's version is refused, naming her
    with pytest.raises(OrderChangedError) as refused:
        order_service.save_edited_order(ctx, replace(stored, note="Ben again"), order_id,
                                        expected_version=before + 1)
    assert refused.value.saved_by == "Anna"
    assert window.statusBar().currentMessage() == f"Saved order {NUMBER}"
    # the save is undoable as any edit: the undo brings Ben's version back
    assert window.history.stack.undoText() == f"Edit order {NUMBER}"
    window.history.undo_action.trigger()
    assert order_service.get_order(ctx, order_id).note == "Ben: the seller answered"


def test_edit_again_keeps_what_was_typed(window: MainWindow, ctx: AppContext, order_id: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    before = version_of(ctx, order_id)
    shown: dict[str, object] = {}
    reopened: dict[str, object] = {}

    def in_reopened(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        reopened["visible"] = dialog.notice.isVisible()
        reopened["notice"] = dialog.notice.text()
        reopened["values"] = (dialog.store.value(), dialog.note.toPlainText(),
                              dialog.tracking_number.value())
        dialog.store.set_value("Ben's Gadgets")  # takes over Ben's store name
        dialog.accept()

    edit_with_conflict(window, order_id, monkeypatch, SaveConflictDialog.EDIT_AGAIN, shown,
                       then=lambda: when_dialog_opens(in_reopened, OrderDialog))
    assert_both_sides_shown(shown, before)
    assert reopened["visible"] is True
    assert reopened["values"] == ("Gadget Shop", "Anna: asked for a refund", "LP00123456789CN")
    notice = str(reopened["notice"])
    assert notice.startswith("These are your values, not saved yet. Ben saved this order on "
                             "21 Nov 2026, 13:00 while you were editing it")
    assert "Store, Tracking number, Note" in notice
    stored = order_service.get_order(ctx, order_id)
    assert (stored.store, stored.note, stored.tracking_number) == (
        "Ben's Gadgets", "Anna: asked for a refund", "LP00123456789CN")
    assert version_of(ctx, order_id) == before + 2


def test_closing_the_conflict_dialog_loses_nothing(qtbot, ctx: AppContext, order_id: int,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    opened = order_service.get_order_for_edit(ctx, order_id)
    ben_saves(ctx, order_id, monkeypatch)
    mine = replace(opened.order, items=(rec.Item("Phone case", quantity=2, price=2000),))
    with pytest.raises(OrderChangedError) as refused:
        order_service.save_edited_order(ctx, mine, order_id, expected_version=opened.version)
    dialog = SaveConflictDialog(refused.value, ctx.policy)
    qtbot.addWidget(dialog)
    assert differences(refused.value, ctx.policy)[0] == (
        "Store", "Gadget Shop", "Ben's Gadgets")
    assert ("Items", "1. 2 × Phone case, 20.00 USD", "1. 1 × Phone case, 20.00 USD") in \
        differences(refused.value, ctx.policy)
    dialog.show()
    dialog.reject()  # Esc
    assert dialog.result() == SaveConflictDialog.EDIT_AGAIN
