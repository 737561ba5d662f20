"""The wizard's "Draft language": the description in English by default, in the chosen language
from the drafts' own translator (the window's language stays as it is)."""

from __future__ import annotations

from aliassist.services.context import AppContext
from tests.cli.test_draft_language import german  # noqa: F401  (the fixture)
from tests.gui.dispute.test_dispute_wizard import open_wizard


def test_the_draft_follows_the_language_chosen(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                german) -> None:  # noqa: F811
    wizard = open_wizard(qtbot, ctx)
    wizard.set_reason("not_as_described")
    wizard.recheck()
    assert wizard.drafted_in() == "en"
    assert wizard.draft.toPlainText().startswith("Order ")
    assert "language" not in wizard.draft_choices()
    wizard.draft_language.setCurrentIndex(wizard.draft_language.findData("de"))
    qtbot.waitUntil(lambda: wizard.draft.toPlainText().startswith("Bestellung "), timeout=2000)
    assert "Problem: nicht wie beschrieben." in wizard.draft.toPlainText()
    assert wizard.planned().description == wizard.draft.toPlainText()
    assert wizard.draft_choices()["language"] == "de"
    assert wizard.windowTitle() and "Bestellung" not in wizard.windowTitle()


def test_the_message_greeting_follows_the_language_chosen(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    from aliassist.gui.dispute import message_editor
    from aliassist.gui.dispute.message_editor import MessageEditor
    from tests.gui.dispute.test_drafts import CLEAN, get_order, store

    def words(code: str | None):  # type: ignore[no-untyped-def]
        greeting = "Hallo, zur Bestellung {number}: " if code == "de" else None
        return lambda context, text: greeting or text
    monkeypatch.setattr(message_editor, "draft_words", words)
    order = get_order(ctx, store(ctx, CLEAN))
    editor = MessageEditor(ctx.policy, order)
    qtbot.addWidget(editor)
    assert editor.drafted_in() == "en"
    assert editor.text() == f"Hello, about order {order.number}: "
    editor.editor.setPlainText(editor.text() + "the lamp is cracked.")
    editor.draft_language.setCurrentIndex(editor.draft_language.findData("de"))
    assert editor.text() == f"Hallo, zur Bestellung {order.number}: the lamp is cracked."
    editor.editor.setPlainText("My own words.")
    editor.draft_language.setCurrentIndex(editor.draft_language.findData("en"))
    assert editor.text() == "My own words."
