"""The "New dispute" wizard, driven as a buyer would: choose the item and the reason, type the
description and watch the pre-check, pick the remedy, copy the draft, mark it as filed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from aliassist.domain import records as rec
from aliassist.gui.dispute.dispute_wizard import DisputeWizard
from aliassist.gui.main_window import MainWindow
from aliassist.gui.workspace.orders_model import COLUMN
from aliassist.services.context import AppContext
from aliassist.services.disputes import find_order
from aliassist.store.repository import ensure_file, save_order
from tests.conftest import NOW
from tests.domain.test_precheck import CLEAN
from tests.gui.conftest import when_dialog_opens

WORDS = "The dress is orange, not red as in the listing; the label says S, I ordered M."
LISTING_ONLY = replace(CLEAN, evidence=(CLEAN.evidence[1],))


def store(ctx: AppContext, order: rec.Order) -> int:
    with ctx.session() as session, session.begin():
        for ev in order.evidence:
            ensure_file(session, ev.sha256, ev.size, ev.mime, NOW)
        save_order(session, order, now=NOW)
    return find_order(ctx, order.number)[0]


def open_wizard(qtbot, ctx: AppContext, order: rec.Order = LISTING_ONLY) -> DisputeWizard:  # type: ignore[no-untyped-def]
    wizard = DisputeWizard(ctx, store(ctx, order))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def rules(wizard: DisputeWizard) -> list[str]:
    return [f.rule for f in wizard.check.findings]  # type: ignore[union-attr]


def type_words(qtbot, wizard: DisputeWizard, text: str) -> None:  # type: ignore[no-untyped-def]
    wizard.words.setFocus()
    qtbot.keyClicks(wizard.words, text)
    qtbot.waitUntil(lambda: wizard.check.planned.description == wizard.words.toPlainText(),
                    timeout=2000)


def test_a_walk_through_the_wizard(qtbot, ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, ctx)
    ready_signals: list[bool] = []
    wizard.readyChanged.connect(ready_signals.append)

    # 0. nothing chosen yet: not ready, filing disabled and saying what to do first; no red
    # "BLOCKS" before anything is typed
    assert wizard.reason() is None
    assert rules(wizard) == ["no_grounds"]
    assert not wizard.ready and not wizard.file_button.isEnabled()
    assert wizard.why_not.text().startswith("Choose a reason and describe what happened")
    assert "Not ready" not in wizard.verdict.text()
    assert wizard.findings_view.card_texts() == [] and wizard.findings_view.isHidden()
    assert "Open a dispute by" in wizard.deadline.text() and "67 days left" in \
        wizard.deadline.text()

    # 1. the reasons come in two groups whose headers cannot be chosen
    model = wizard.reason_box.model()
    headers = [model.item(r).text() for r in range(model.rowCount())
               if not model.item(r).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert headers == ["Not received", "Received, but something is wrong"]
    wizard.set_reason("not_as_described")
    assert wizard.reason_help.text() == wizard.policy.reasons["not_as_described"].help
    assert rules(wizard)[:2] == ["unsupported_claim", "no_grounds"]

    # 2. typing the description updates the check live; blocking findings stay first
    type_words(qtbot, wizard, WORDS)
    assert rules(wizard) == ["unsupported_claim", "checklist_incomplete"]
    cards = wizard.findings_view.card_texts()
    assert cards[0].startswith("A claim about the item you received needs")
    type_words(qtbot, wizard, " I do this out of revenge.")
    assert rules(wizard) == ["unsupported_claim", "checklist_incomplete", "retaliation"]
    [underline] = wizard.words.extraSelections()
    assert underline.cursor.selectedText() == "revenge"
    assert "Not ready" in wizard.verdict.text()
    for _ in " I do this out of revenge.":
        qtbot.keyClick(wizard.words, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: "retaliation" not in rules(wizard), timeout=2000)
    assert wizard.words.extraSelections() == []

    # 3. the remedy: a partial refund needs a readable amount within what was paid
    wizard.set_remedy("partial_refund")
    assert wizard.amount.isEnabled() and "at most 20.00 USD" in wizard.amount_hint.text()
    assert wizard.not_ready_reason() == "Enter the amount of the partial refund you ask for."
    qtbot.keyClicks(wizard.amount, "abc")
    qtbot.waitUntil(lambda: "is not an amount" in wizard.not_ready_reason(), timeout=2000)
    assert "Check your input" in wizard.verdict.text()
    wizard.amount.setText("25.00")
    qtbot.waitUntil(lambda: "refund_exceeds_paid" in rules(wizard), timeout=2000)
    wizard.amount.setText("7.50")
    qtbot.waitUntil(lambda: "refund_exceeds_paid" not in rules(wizard), timeout=2000)

    # 4. the draft: the order's facts and the buyer's words, within the limit, ready to copy
    draft = wizard.draft.toPlainText()
    assert draft.startswith(f"Order {CLEAN.number}, placed on")
    assert WORDS in draft and draft.endswith("I ask for a partial refund of 7.50 USD.")
    assert f"{len(draft)} / 512 characters" in wizard.draft_count.text()
    qtbot.mouseClick(wizard.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == draft

    # 5. the evidence arrives (the checklist panel would do this): now it is ready
    assert not wizard.ready and ready_signals == []
    store(ctx, replace(LISTING_ONLY, evidence=CLEAN.evidence))
    wizard.reload_order()
    assert wizard.ready and ready_signals == [True]
    assert rules(wizard) == []
    draft = wizard.draft.toPlainText()
    assert "Attached: 1 photo of the item and 1 capture of the listing." in draft
    assert "Ready to file" in wizard.verdict.text()
    # ...but "Mark as filed" waits for the platform's dispute id
    assert not wizard.file_button.isEnabled()
    assert "enter the dispute id" in wizard.why_not.text()
    qtbot.keyClicks(wizard.platform_id, "8123456789")
    assert wizard.file_button.isEnabled()

    # 6. mark as filed: recorded as opened, with the drafted description
    qtbot.mouseClick(wizard.file_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == DisputeWizard.DialogCode.Accepted
    _, order = find_order(ctx, CLEAN.number)
    [dispute] = order.disputes
    assert (dispute.reason, dispute.status, dispute.item) == ("not_as_described", "open", 0)
    assert dispute.platform_id == "8123456789" and dispute.refund_amount == 750
    assert dispute.description == draft and dispute.opened_at == NOW
    assert wizard.filed is not None and wizard.filed.clock[0] == "seller_response"


def test_a_blocked_dispute_cannot_be_filed_whatever_is_typed(qtbot, ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, ctx, CLEAN)
    wizard.set_reason("not_as_described")
    type_words(qtbot, wizard, WORDS + " Also send me a coupon for my next order.")
    assert rules(wizard) == ["extortion"]
    qtbot.keyClicks(wizard.platform_id, "8123456789")
    assert not wizard.file_button.isEnabled()
    assert wizard.not_ready_reason() == "Blocked by the pre-check: Demands beyond the listing."
    assert wizard.file_button.toolTip() == wizard.not_ready_reason()
    wizard.mark_filed()
    assert find_order(ctx, CLEAN.number)[1].disputes == ()


def test_not_received_on_a_confirmed_order_is_refused(qtbot, ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, ctx, replace(CLEAN, confirmed_at=NOW - timedelta(days=1)))
    wizard.set_reason("not_received")
    type_words(qtbot, wizard, "Tracking has not moved since 12 October; nothing arrived.")
    assert rules(wizard) == ["false_not_received"]
    assert not wizard.ready


def test_a_closed_window_shows_in_the_header(qtbot, ctx: AppContext) -> None:
    late = replace(CLEAN, placed_at=NOW - timedelta(days=200), shipped_at=None)
    wizard = open_wizard(qtbot, ctx, late)
    assert "Dispute window closed on" in wizard.deadline.text()
    assert rules(wizard)[0] == "window_closed"


def test_the_checklist_beside_the_check_follows_the_reason_and_the_files(
        qtbot, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    wizard = open_wizard(qtbot, ctx)
    assert wizard.checklist is None and wizard.evidence_area.isHidden()
    wizard.set_reason("damaged")
    panel = wizard.checklist
    assert panel is not None and wizard.evidence_area.isVisible()
    assert panel.reason == "damaged"
    type_words(qtbot, wizard, "The lamp shade arrived broken into pieces; the box was crushed.")
    wizard.recheck()
    assert "unsupported_claim" in rules(wizard)
    photo = tmp_path / "broken.jpg"
    Image.new("RGB", (640, 480), (120, 40, 40)).save(photo)
    with qtbot.waitSignal(panel.evidence_changed, timeout=20_000):
        panel.add_files("damage_photos", [photo])
    assert "unsupported_claim" not in rules(wizard)  # the wizard re-read the order
    wizard.set_reason("wrong_item")
    assert wizard.checklist is panel and panel.reason == "wrong_item"
    button = QPushButton("Export packet…")
    wizard.action_buttons.addWidget(button)
    wizard.readyChanged.connect(button.setEnabled)
    button.setEnabled(wizard.ready)


def test_new_dispute_from_the_main_window(qtbot, ctx: AppContext) -> None:
    store(ctx, CLEAN)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.dispute_action.isEnabled()
    window.select_orders([window.model.order_id(0)])
    assert window.dispute_action.isEnabled()
    state = window.model.index(0, COLUMN["state"])
    assert state.data(Qt.ItemDataRole.DecorationRole) is None

    def fill(dialog: DisputeWizard) -> None:
        assert isinstance(dialog, DisputeWizard)
        dialog.set_reason("damaged")
        dialog.words.setPlainText("The lamp shade arrived broken into pieces; box crushed.")
        dialog.recheck()
        dialog.platform_id.setText("8000001")
        dialog.mark_filed()

    when_dialog_opens(fill)  # type: ignore[arg-type]
    window.dispute_action.trigger()
    state = window.model.index(0, COLUMN["state"])
    assert state.data() == "In dispute · ⚑ 1 dispute"
    assert state.data(Qt.ItemDataRole.DecorationRole) is not None
    tip = state.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 dispute recorded" in tip and "Next dispute clock:" in tip
    assert "Dispute recorded on order" in window.statusBar().currentMessage()
