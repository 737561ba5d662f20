"""The "Message to seller" editor runs the message checks while the buyer types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from aliassist.domain.policy import Policy
from aliassist.gui.dispute.message_editor import MessageEditor
from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext
from tests.domain.test_precheck import CLEAN
from tests.gui.conftest import when_dialog_opens
from tests.gui.dispute.test_dispute_wizard import store


def rules(editor: MessageEditor) -> list[str]:
    return [f.rule for f in editor.findings]


def test_the_checks_follow_the_typing(qtbot, policy: Policy) -> None:
    editor = MessageEditor(policy, CLEAN)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.text() == f"Hello, about order {CLEAN.number}: "
    assert rules(editor) == [] and editor.ok
    qtbot.keyClicks(editor.editor, "the dress is size S, not M. ")
    qtbot.keyClicks(editor.editor, "I will change my review to 5 stars if you refund me.")
    qtbot.waitUntil(lambda: rules(editor) == ["fake_review"], timeout=2000)
    assert not editor.ok and not editor.copy_button.isEnabled()
    assert "Do not send this" in editor.verdict.text()
    underlined = [u.cursor.selectedText() for u in editor.editor.extraSelections()]
    assert underlined == ["change my review", "5 stars", "refund"]
    assert [editor.text()[a:b] for a, b in editor.findings[0].spans] == underlined
    assert editor.findings_view.card_texts()[0].startswith("Asking for or offering a review")
    card = editor.findings_view.cards.itemAt(1).widget()
    assert card.fix.text().startswith("<b>Instead:</b> Take out")

    editor.editor.setPlainText("Hello, the dress is size S, not M. Photos: imgur.com/a/x1")
    qtbot.waitUntil(lambda: rules(editor) == ["external_link"], timeout=2000)
    assert editor.ok and editor.copy_button.isEnabled()
    assert "Read the warnings" in editor.verdict.text()

    editor.editor.setPlainText("Hello, the dress is size S, not M. Could you help?")
    qtbot.waitUntil(lambda: rules(editor) == [], timeout=2000)
    assert "Fine to send" in editor.verdict.text()
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == editor.text()


def test_the_editor_opens_from_the_main_window(qtbot, ctx: AppContext) -> None:
    store(ctx, CLEAN)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.select_orders([window.model.order_id(0)])
    seen: list[str] = []

    def look(dialog: MessageEditor) -> None:
        seen.append(dialog.windowTitle())
        dialog.accept()

    when_dialog_opens(look)  # type: ignore[arg-type]
    window.message_action.trigger()
    assert seen == [f"Message to seller — order {CLEAN.number}"]
