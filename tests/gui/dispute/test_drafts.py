"""Typed words are never thrown away without asking: the New dispute window and the message
editor keep them as the order's draft (Keep draft / Discard / Cancel) and bring them back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from aliassist.gui.dispute.dispute_wizard import DisputeWizard
from aliassist.gui.dispute.message_editor import MessageEditor
from aliassist.services.context import AppContext
from aliassist.services.drafts import load_draft
from aliassist.services.orders import get_order
from tests.domain.test_precheck import CLEAN
from tests.gui.conftest import when_dialog_opens
from tests.gui.dispute.test_dispute_wizard import store

WORDS = "The lamp arrived with a cracked base; photo of the crack attached."


def answer(choice: str, asked: list[str]) -> None:
    """Answer the next "Keep a draft?" question with the button whose text is `choice`."""
    def click(box: QMessageBox) -> None:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == choice)
        button.click()

    when_dialog_opens(click, QMessageBox)  # type: ignore[arg-type]


def test_closing_the_dispute_window_keeps_the_typed_description_as_a_draft(
        qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    order_id = store(ctx, CLEAN)
    wizard = DisputeWizard(ctx, order_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_reason("damaged")
    wizard.set_remedy("partial_refund")
    wizard.amount.setText("5.00")
    wizard.words.setPlainText(WORDS)
    asked: list[str] = []
    answer("Cancel", asked)
    wizard.reject()  # Esc and Close land here
    assert asked == ["Keep the description you typed as a draft?"] and wizard.isVisible()
    answer("Keep draft", asked)
    wizard.reject()
    assert not wizard.isVisible()
    draft = load_draft(ctx, "dispute", CLEAN.number)
    assert draft is not None and draft.text == WORDS
    assert draft.choices["reason"] == "damaged" and draft.choices["amount"] == "5.00"

    again = DisputeWizard(ctx, order_id)
    qtbot.addWidget(again)
    again.show()
    assert again.words.toPlainText() == WORDS
    assert (again.reason(), again.remedy(), again.amount.text()) == (
        "damaged", "partial_refund", "5.00")
    assert again.draft_note.isVisible() and "Your draft from" in again.draft_note.text()
    again.reject()  # nothing changed since: closes without asking, the draft stays
    assert len(asked) == 2 and load_draft(ctx, "dispute", CLEAN.number) is not None

    third = DisputeWizard(ctx, order_id)
    qtbot.addWidget(third)
    third.show()
    third.words.setPlainText(WORDS + " It wobbles.")
    answer("Discard", asked)
    third.reject()
    assert load_draft(ctx, "dispute", CLEAN.number) is None


def test_an_untouched_window_closes_without_asking(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    wizard = DisputeWizard(ctx, store(ctx, CLEAN))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.reject()
    assert not wizard.isVisible() and load_draft(ctx, "dispute", CLEAN.number) is None


def test_a_message_is_kept_per_order_until_copied_or_discarded(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    order = get_order(ctx, store(ctx, CLEAN))
    editor = MessageEditor(ctx.policy, order, ctx=ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.editor.setPlainText("Hello, the base of the lamp is cracked. Could you refund 5 USD?")
    asked: list[str] = []
    answer("Keep draft", asked)
    editor.accept()  # the Close button
    assert asked == ["Keep your message as a draft?"]

    again = MessageEditor(ctx.policy, order, ctx=ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.text().startswith("Hello, the base of the lamp is cracked.")
    assert again.draft_note.isVisible()
    again.copy_text()  # copied to send it: the draft has done its work
    again.accept()
    assert len(asked) == 1 and load_draft(ctx, "message", order.number) is None
    fresh = MessageEditor(ctx.policy, order, ctx=ctx)
    qtbot.addWidget(fresh)
    assert fresh.text() == f"Hello, about order {order.number}: "
    assert not fresh.draft_note.isVisible()
