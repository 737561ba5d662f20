"""The first window, driven as a person would: empty state, the coloured orders, add, edit,
delete and undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from aliassist.domain.clocks import STATES
from aliassist.gui.accessibility import plain
from aliassist.gui.main_window import MainWindow
from aliassist.gui.theme import STATE_LOOKS, state_tint, tint
from aliassist.gui.workspace.order_dialog import OrderDialog
from aliassist.gui.workspace.orders_model import COLUMN, ORDER_ID_ROLE, STATE_ROLE
from aliassist.services.context import AppContext
from aliassist.services.orders import get_order
from aliassist.store.repository import load_orders
from tests.gui.conftest import sort_key, when_dialog_opens


def test_an_empty_database_shows_how_to_start(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.empty
    assert window.empty.isVisible()
    assert plain(window.empty.add_button.text()) == "Add an order…"
    assert not window.edit_action.isEnabled()


def test_orders_show_their_clocks_coloured_by_urgency(qtbot, filled_ctx: AppContext) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    model = window.model
    assert window.stack.currentWidget() is window.workspace
    assert model.rowCount() == 20
    seen = set()
    for row in range(model.rowCount()):
        state = model.index(row, 0).data(STATE_ROLE)
        seen.add(state)
        shown = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).name()
        days = model.index(row, COLUMN["days_left"]).data()
        urgent = days not in ("", None) and (days == "< 1" or 0 <= int(days) <= 3)
        expected = (tint("urgent") if urgent else state_tint(state)).back
        assert shown == expected.lower()
        text = model.index(row, COLUMN["state"]).data()
        assert text.startswith(STATE_LOOKS[state].label)
        assert ("urgent" in text) == urgent
    assert seen == set(STATES)
    assert "20 orders" in window.counts.text()
    # Default sort: deadlines ahead first, soonest first.
    days = [model.index(r, COLUMN["days_left"]).data() for r in range(model.rowCount())]
    ahead = [int(d.replace("< 1", "0")) for d in days if d and not d.startswith("-")]
    assert ahead == sorted(ahead)


def test_sorting_by_any_column(qtbot, filled_ctx: AppContext) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    for key in ("number", "store", "placed", "dispute_deadline"):
        window.table.sortByColumn(COLUMN[key], Qt.SortOrder.AscendingOrder)
        values = [window.model.index(r, COLUMN[key]).data() for r in range(20)]
        assert values == sorted(values, key=lambda v: sort_key(key, v)), key
        window.table.sortByColumn(COLUMN[key], Qt.SortOrder.DescendingOrder)
        values = [window.model.index(r, COLUMN[key]).data() for r in range(20)]
        assert values == sorted(values, key=lambda v: sort_key(key, v), reverse=True), key


def test_adding_an_order_through_the_dialog(qtbot, window: MainWindow, ctx: AppContext) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        dialog.number.setText("8187000000000777")
        dialog.store.setText("Lamp World")
        dialog.placed.date.setDate(date(2026, 11, 1))
        dialog.amount.setText("12.50")
        dialog.currency.setText("EUR")
        dialog.tabs.setCurrentIndex(1)
        dialog.shipped.enabled_box.setChecked(True)
        dialog.shipped.date.setDate(date(2026, 11, 3))
        dialog.extensions.add()
        assert "Protection ends" in dialog.clock_view.text()
        dialog.accept()

    when_dialog_opens(fill)
    window.new_order()
    assert window.stack.currentWidget() is window.workspace
    with ctx.session() as session:
        (order,) = load_orders(session)
    assert order.number == "8187000000000777"
    assert order.store == "Lamp World"
    assert order.amount == 1250 and order.currency == "EUR"
    assert order.placed_at.isoformat() == "2026-10-31T16:00:00+00:00"  # date-only rule
    assert order.extensions[0].days == 15
    assert order.protection_days is None  # the policy's default
    assert window.selected_ids() == [window.model.order_id(0)]


def test_the_dialog_refuses_a_mangled_order_number(qtbot, window: MainWindow, messages) -> None:
    dialog = OrderDialog(window.ctx.policy, now=window.ctx.now)
    qtbot.addWidget(dialog)
    dialog.number.setText("8.18700E+15")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert messages and "scientific notation" in messages[0][1]


def test_editing_keeps_every_field(qtbot, filled_ctx: AppContext) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    for row in range(window.model.rowCount()):
        order_id = window.model.index(row, 0).data(ORDER_ID_ROLE)
        original = get_order(filled_ctx, order_id)
        dialog = OrderDialog(filled_ctx.policy, order=original, now=filled_ctx.now)
        qtbot.addWidget(dialog)
        assert dialog.collect() == original


def test_confirming_receipt_in_the_dialog_changes_the_state(qtbot, filled_ctx: AppContext,
                                                            ) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    row = next(r for r in range(20) if window.model.index(r, 0).data(STATE_ROLE) == "protected")
    order_id = window.model.order_id(row)

    def confirm(dialog: QDialog) -> None:
        dialog.confirmed.enabled_box.setChecked(True)
        dialog.confirmed.date.setDate(date(2026, 11, 20))
        assert "Last days to dispute" in dialog.clock_view.text()
        dialog.accept()

    when_dialog_opens(confirm)
    window.edit_order(order_id)
    new_row = window.model.row_of(order_id)
    assert window.model.index(new_row, 0).data(STATE_ROLE) == "grace"


def test_delete_and_undo(qtbot, filled_ctx: AppContext) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.select_orders([window.model.order_id(0), window.model.order_id(1)])
    numbers = {get_order(filled_ctx, i).number for i in window.selected_ids()}
    window.delete_action.trigger()
    assert window.model.rowCount() == 18
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert window.model.rowCount() == 20
    with filled_ctx.session() as session:
        assert numbers <= {o.number for o in load_orders(session)}
    assert len(window.selected_ids()) == 2


def test_the_evidence_tab_names_the_button_it_has(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = OrderDialog(window.ctx.policy, now=window.ctx.now)
    qtbot.addWidget(dialog)
    assert plain(dialog.add_files_button.text()) == "Add files…"
    assert dialog.evidence.empty.text() == "No files. Use “Add files…”."
