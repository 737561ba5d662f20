"""The "Message to seller" editor: write a message (or a review) and see the message checks
as you type, with the phrases that raise them underlined; copy it when it is clean."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain import records as rec
from aliassist.domain.findings import Finding, any_blocks
from aliassist.domain.policy import Policy
from aliassist.domain.precheck import check_message
from aliassist.gui.accessibility import announce, make_accessible, plain
from aliassist.gui.dispute.drafts import (
    KeepsDrafts,
    ask_keep_draft,
    draft_language_box,
    restored_text,
)
from aliassist.gui.dispute.findings_view import FindingsView, underline_findings
from aliassist.gui.theme import tone
from aliassist.i18n import translate
from aliassist.i18n_draft import DEFAULT_DRAFT_LANGUAGE, draft_words
from aliassist.services.context import AppContext
from aliassist.services.drafts import discard_draft, keep_draft, load_draft

RECHECK_DELAY_MS = 120


class MessageEditor(KeepsDrafts):
    """Checks a message or review with the policy's message rules while it is typed."""

    def __init__(self, policy: Policy, order: rec.Order | None = None, text: str = "",
                 parent: QWidget | None = None, ctx: AppContext | None = None,
                 language: str | None = None):
        """`language`: the language the message is started in (the drafts' own: English by
        default, as sellers read it best; aliassist.i18n_draft)."""
        super().__init__(parent)
        self.policy = policy
        self.order = order
        #: with an order and a context, typed words are kept as the order's draft
        self.ctx = ctx if order is not None else None
        self._saved_draft = (load_draft(ctx, "message", order.number)
                             if ctx is not None and order is not None else None)
        self._copied: str | None = None
        self.findings: list[Finding] = []
        self.setWindowTitle(translate("MessageEditor", "Message to seller — order {number}")
                            .format(number=order.number) if order
                            else translate("MessageEditor", "Message to seller"))
        self.resize(900, 560)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            translate("MessageEditor", "Say what is wrong and what you ask for, politely and "
                                       "with facts. No links to other sites, no deals outside "
                                       "the platform, no review in exchange for anything. A "
                                       "review is checked the same way."))
        self.start_text = self._greeting(language)
        if not text and self._saved_draft is not None:
            text = self._saved_draft.text
        self.editor.setPlainText(text or self.start_text)
        self.draft_note = QLabel(restored_text(self._saved_draft)
                                 if self._saved_draft is not None and text == self._saved_draft.text
                                 else "")
        self.draft_note.setWordWrap(True)
        self.draft_note.setVisible(bool(self.draft_note.text()))
        self.count = QLabel()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        heading = QLabel(translate("MessageEditor", "&Your message to the seller (or your "
                                                    "review)"))
        heading.setBuddy(self.editor)
        self.editor.setTabChangesFocus(True)
        lv.addWidget(heading)
        lv.addWidget(self.draft_note)
        lv.addWidget(self.editor, 1)
        lv.addWidget(self.count)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        self.findings_view = FindingsView(
            translate("MessageEditor", "Nothing found: the message breaks none of the platform's "
                                       "message rules the app knows."))
        title = QLabel(translate("MessageEditor", "<b>Message checks</b> — as you type"))
        title.setTextFormat(Qt.TextFormat.RichText)
        rv.addWidget(title)
        rv.addWidget(self.verdict)
        rv.addWidget(self.findings_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 380])
        splitter.setChildrenCollapsible(False)

        self.copy_button = QPushButton(translate("MessageEditor", "Copy"))
        self.copy_button.clicked.connect(self.copy_text)
        self.copy_button.setAutoDefault(False)  # Enter closes, never copies by surprise
        close = QPushButton(translate("MessageEditor", "Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        #: the language the greeting is written in (as the wizard's "Draft language"), apart
        #: from the window's: English by default, as sellers read it best
        self.draft_language = draft_language_box(language)
        self.draft_language.setToolTip(translate(
            "MessageEditor", "The language the greeting is written in. English is what sellers "
                             "read best."))
        self.draft_language.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel(translate("MessageEditor", "Draft &language:"))
        language_label.setBuddy(self.draft_language)
        bar = QHBoxLayout()
        bar.addWidget(language_label)
        bar.addWidget(self.draft_language)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)
        self.editor.textChanged.connect(self._timer.start)
        self.recheck()
        make_accessible(self)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def _greeting(self, language: str | None) -> str:
        """The message's start in `language` (the drafts' own translator)."""
        if self.order is None:
            return ""
        words = draft_words(language)
        return words("draft", "Hello, about order {number}: ").format(number=self.order.number)

    def drafted_in(self) -> str:
        """The language chosen for the greeting (a code of aliassist.i18n.LANGUAGES)."""
        return str(self.draft_language.currentData() or DEFAULT_DRAFT_LANGUAGE)

    def _language_changed(self) -> None:
        """A greeting not yet written over is written again in the chosen language."""
        greeting = self._greeting(self.drafted_in())
        current = self.text()
        if current == self.start_text or not current.strip():
            self.editor.setPlainText(greeting)
        elif current.startswith(self.start_text) and self.start_text:
            self.editor.setPlainText(greeting + current[len(self.start_text):])
        else:
            self.start_text = greeting
            return
        self.start_text = greeting
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def ok(self) -> bool:
        """Nothing blocks the message."""
        return not any_blocks(self.findings)

    def recheck(self) -> None:
        self._timer.stop()
        text = self.text()
        self.findings = check_message(self.policy, text)
        self.findings_view.set_findings(self.findings)
        underline_findings(self.editor, self.findings)
        self.count.setText(translate("MessageEditor", "%n character(s)", None, len(text)))
        blocks = sum(f.blocks for f in self.findings)
        warns = len(self.findings) - blocks
        said = self.verdict.text()
        if blocks:
            self.verdict.setText(
                translate("MessageEditor", "<span style='color:{color}'><b>Do not send "
                                           "this.</b></span> Take out what blocks it.")
                .format(color=tone('error')))
        elif warns:
            self.verdict.setText(
                translate("MessageEditor", "<span style='color:{color}'><b>Read the "
                                           "warnings</b></span> before you send it.")
                .format(color=tone('warn')))
        else:
            self.verdict.setText(translate("MessageEditor", "<span style='color:{color}'><b>Fine "
                                                            "to send.</b></span>")
                                 .format(color=tone('ok')))
        if self.verdict.text() != said:  # a new verdict is said once, not at every keystroke
            announce(self.verdict, plain(self.verdict.text()))
        self.copy_button.setEnabled(bool(text.strip()) and not blocks)
        self.copy_button.setToolTip(translate("MessageEditor", "Copy the text") if not blocks else
                                    translate("MessageEditor", "Take out what blocks it first"))

    def leave(self, *, ask: bool) -> bool:
        """On closing with words typed (other than what was copied, which counts as sent):
        keep them as the order's draft or discard them as the person answers (False: stay)."""
        if self.ctx is None or self.order is None:
            return True
        number, text, saved = self.order.number, self.text(), self._saved_draft
        if not text.strip() or text == self.start_text or text == self._copied:
            if saved is not None:
                discard_draft(self.ctx, "message", number)
        elif saved is None or saved.text != text:
            answer = (ask_keep_draft(self, translate("MessageEditor", "Keep your message as a "
                                                                      "draft?"))
                      if ask else "keep")
            if answer == "cancel":
                return False
            if answer == "keep":
                self._saved_draft = keep_draft(self.ctx, "message", number, text)
            else:
                discard_draft(self.ctx, "message", number)
        return True

    def copy_text(self) -> None:
        self._copied = self.text()
        QGuiApplication.clipboard().setText(self.text())
        before = self.copy_button.text()
        self.copy_button.setText(translate("MessageEditor", "Copied"))
        # the button owns the timer: it cannot fire after the dialog is gone
        QTimer.singleShot(1500, self.copy_button, lambda: self.copy_button.setText(before))
