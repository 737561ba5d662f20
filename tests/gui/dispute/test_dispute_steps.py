"""The dispute steps dialog records what happens to a dispute, offering only the steps that
can follow, and records refunds and claims; the orders table follows."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from aliassist.gui.dispute.dispute_steps import DisputeStepsDialog
from aliassist.gui.main_window import MainWindow
from aliassist.gui.workspace.orders_model import STATE_ROLE
from aliassist.services import disputes as svc
from aliassist.services.context import AppContext
from tests.conftest import NOW
from tests.domain.test_precheck import CLEAN, HONEST
from tests.gui.conftest import when_dialog_opens
from tests.gui.dispute.test_dispute_wizard import store


def open_dispute(ctx: AppContext) -> None:
    order_id = store(ctx, CLEAN)
    _, order = svc.find_order(ctx, CLEAN.number)
    planned = svc.planned_dispute(ctx.policy, order, reason="not_as_described", item=0,
                                  remedy="return_and_refund", text=HONEST)
    svc.file_dispute(ctx, order_id, planned, platform_id="8123", at=NOW - timedelta(days=4))


def offered(dialog: DisputeStepsDialog) -> list[str]:
    return [dialog.step.itemData(i) for i in range(dialog.step.count())]


def test_recording_steps_until_the_dispute_is_settled(qtbot, ctx: AppContext) -> None:
    open_dispute(ctx)
    dialog = DisputeStepsDialog(ctx, CLEAN.number)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and "Dispute 1 (8123)" in dialog.list.item(0).text()
    assert offered(dialog) == ["seller_responded", "escalated", "return_requested",
                               "refunded", "rejected", "cancelled", "closed"]
    assert "Seller must respond" in dialog.clocks.text() and "(running)" in dialog.clocks.text()

    dialog.step.setCurrentIndex(offered(dialog).index("return_requested"))
    assert dialog.tracking.isEnabled() and not dialog.amount.isEnabled()
    qtbot.keyClicks(dialog.tracking, "RR123456789CN")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Recorded: the platform asked for the item back."
    assert "Ship the return" in dialog.clocks.text()
    assert offered(dialog) == ["return_shipped", "refunded", "rejected", "cancelled", "closed"]

    dialog.step.setCurrentIndex(offered(dialog).index("refunded"))
    qtbot.keyClicks(dialog.amount, "99.00")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "more than was paid" in dialog.message.text()
    assert dialog.history.rowCount() == 2  # nothing recorded
    dialog.amount.setText("20.00")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ("Recorded: the money came back. Full refund of 20.00 USD "
                                     "recorded.")
    assert [dialog.history.item(r, 1).text() for r in range(3)] == [
        "opened", "return requested", "refunded"]
    assert offered(dialog) == ["closed"]
    dialog.step.setCurrentIndex(0)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert offered(dialog) == [] and not dialog.record_button.isEnabled()
    assert "settled" in dialog.record_button.toolTip()
    assert dialog.changed


def test_recording_a_chargeback_outside_a_dispute(qtbot, ctx: AppContext) -> None:
    store(ctx, CLEAN)
    dialog = DisputeStepsDialog(ctx, CLEAN.number)
    qtbot.addWidget(dialog)
    assert "no disputes yet" in dialog.summary.text()
    dialog.pay_kind.setCurrentIndex(dialog.pay_kind.findData("chargeback"))
    qtbot.keyClicks(dialog.pay_amount, "20.00")
    qtbot.keyClicks(dialog.pay_provider, "Visa")
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Recorded: card chargeback of 20.00 USD."
    result = svc.check_dispute(ctx, CLEAN.number, reason="damaged", text=HONEST)
    assert "prior_chargeback" in [f.rule for f in result.blocking]


def test_the_main_window_reloads_after_steps(qtbot, ctx: AppContext) -> None:
    open_dispute(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.select_orders([window.model.order_id(0)])
    assert window.model.index(0, 0).data(STATE_ROLE) == "in_dispute"

    def close_it(dialog: DisputeStepsDialog) -> None:
        dialog.step.setCurrentIndex(dialog.step.findData("cancelled"))
        dialog.record_step()
        dialog.accept()

    when_dialog_opens(close_it)  # type: ignore[arg-type]
    window.steps_action.trigger()
    state = window.model.index(0, 0).data(STATE_ROLE)
    assert state != "in_dispute"


def test_enter_records_what_the_focused_form_is_about(qtbot, ctx: AppContext) -> None:
    """Typing a payment and pressing Enter records the payment (not the step, not Close);
    outside both forms, Enter closes."""
    store(ctx, CLEAN)
    dialog = DisputeStepsDialog(ctx, CLEAN.number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close_button.isDefault()
    dialog.pay_kind.setCurrentIndex(dialog.pay_kind.findData("chargeback"))
    dialog.pay_amount.setFocus()
    qtbot.waitUntil(dialog.pay_amount.hasFocus)
    assert dialog.pay_button.isDefault() and not dialog.record_button.isDefault()
    qtbot.keyClicks(dialog.pay_amount, "20.00")
    qtbot.keyClick(dialog.pay_amount, Qt.Key.Key_Return)
    assert dialog.message.text() == "Recorded: card chargeback of 20.00 USD."
    assert dialog.isVisible()
    dialog.note.setFocus()
    qtbot.waitUntil(dialog.note.hasFocus)
    assert dialog.record_button.isDefault()
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus)
    assert dialog.close_button.isDefault()


def test_the_pane_shows_the_next_clock_of_an_open_dispute_with_advice(qtbot, ctx: AppContext
                                                                      ) -> None:
    from PySide6.QtWidgets import QLabel

    from aliassist.gui.workspace.orders_model import COLUMN

    open_dispute(ctx)
    svc.record_step(ctx, CLEAN.number, None, "seller_responded", at=NOW - timedelta(days=1))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_orders([window.model.order_id(0)])
    assert window.model.index(0, COLUMN["days_left"]).data() == "4"
    box = window.pane.section("Disputes")
    assert box is not None
    text = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "Next: Answer the seller or escalate</b> by " in text and "(4 days left)" in text
    assert "Accept the proposal, reply with your evidence, or escalate" in text
