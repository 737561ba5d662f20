"""The "New dispute" wizard, opened from an order: the item and the reason, the buyer's own words
with the pre-check updating live, the remedy, the drafted description ready to copy, and "Mark
as filed" once nothing blocks.

Hooks for the other parts of the app:

- `evidence_area`: under the pre-check, the evidence checklist of the chosen reason
  (`checklist`, a ChecklistPanel, made when a reason is first chosen); it follows
  `reasonChanged(reason id or None)`, and when files change the wizard re-reads the order and
  re-runs the check.
- `action_buttons`: the QHBoxLayout of the bottom bar, left of "Mark as filed": "Export packet…"
  (enabled while nothing blocks the dispute) and room for more buttons.
- `ready` (property) and `readyChanged(bool)`: whether nothing blocks the dispute;
  `not_ready_reason()` says why not, for a disabled button's tooltip.
- `planned()` and `check`: the dispute as planned (with the drafted description) and the last
  pre-check result.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain import records as rec
from aliassist.domain.dates import deadline_text
from aliassist.domain.instants import days_left
from aliassist.domain.money import display_amount
from aliassist.domain.precheck import PlannedDispute, refund_limit
from aliassist.errors import UserError
from aliassist.gui.accessibility import announce, make_accessible, plain, scrolling
from aliassist.gui.dispute.drafts import (
    KeepsDrafts,
    ask_keep_draft,
    draft_language_box,
    restored_text,
)
from aliassist.gui.dispute.findings_view import FindingsView, underline_findings
from aliassist.gui.dispute.packet_export import PacketExporter
from aliassist.gui.evidence.checklist_panel import ChecklistPanel
from aliassist.gui.theme import tone
from aliassist.gui.undo import history_of, undoable
from aliassist.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from aliassist.i18n_draft import DEFAULT_DRAFT_LANGUAGE
from aliassist.i18n_policy import finding_title, policy_text
from aliassist.services import disputes as service
from aliassist.services.context import AppContext
from aliassist.services.drafts import Draft, discard_draft, keep_draft, load_draft
from aliassist.services.packet import PacketContent, content_of_check

#: How long typing pauses before the pre-check runs again (ms).
RECHECK_DELAY_MS = 150
#: the finding an empty form always raises; not shown as a problem before anything is entered
UNTOUCHED_RULE = "no_grounds"
START_TEXT = QT_TRANSLATE_NOOP("DisputeWizard", "Choose a reason and describe what happened: the "
                                                "pre-check reads it as you type.")
WHOLE_ORDER = -1


class DisputeWizard(KeepsDrafts):
    """Plan a dispute on order `order_id` and record it as filed. `filed` holds the result
    of "Mark as filed" once the dialog is accepted."""

    readyChanged = Signal(bool)
    #: the chosen reason id, or None (the evidence checklist follows it)
    reasonChanged = Signal(object)

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.policy = ctx.policy
        self.order_id = order_id
        self.inputs = service.load_check_inputs(ctx, order_id)
        self.order: rec.Order = self.inputs.order
        self.check: service.DisputeCheck | None = None
        self.untouched = True
        self.input_error: str | None = None
        self.filed: service.StepResult | None = None
        self._ready = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)

        self.setWindowTitle(translate("DisputeWizard", "New dispute — order {number}")
                            .format(number=self.order.number))
        self.resize(1180, 760)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scrolling(self._form(), share=0.45))  # large fonts: scroll, never cut
        splitter.addWidget(scrolling(self._side(), share=0.45))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 480])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        layout.addWidget(splitter, 1)
        layout.addLayout(self._bottom_bar())
        self._saved_draft = load_draft(ctx, "dispute", self.order.number)
        if self._saved_draft is not None:
            self._restore_draft(self._saved_draft)
        self._update_remedy()
        self.recheck()
        history = history_of(parent)
        if history is not None:  # Ctrl+Z here undoes evidence removed in its checklist too
            history.offer_in(self, self._undone)
        make_accessible(self)

    # -- building --------------------------------------------------------------------------

    def _header(self) -> QWidget:
        o = self.order
        parts = ["<b>{}</b>".format(translate("DisputeWizard", "Order {number}").format(
            number=escape(o.number)))]
        if o.store:
            parts.append(escape(o.store))
        if o.amount is not None:
            parts.append(translate("DisputeWizard", "paid {amount}").format(
                amount=escape(display_amount(o.amount, o.currency))))
        self.header = QLabel(" · ".join(parts))
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.deadline = QLabel()
        self.deadline.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.header, self.deadline):
            label.setWordWrap(True)  # large fonts: wrap rather than widen the window
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.header, 1)
        row.addWidget(self.deadline)
        return box

    def _form(self) -> QWidget:
        form = QWidget()
        col = QVBoxLayout(form)
        col.setContentsMargins(0, 0, 6, 0)

        what = QGroupBox(translate("DisputeWizard", "1  What is wrong"))
        grid = QFormLayout(what)
        self.item_box = QComboBox()
        if len(self.order.items) != 1:
            self.item_box.addItem(translate("DisputeWizard", "The whole order"), WHOLE_ORDER)
        for i, item in enumerate(self.order.items):
            label = item.title or translate("DisputeWizard", "Item {index}").format(index=i + 1)
            if item.sku:
                label += f" ({item.sku})"
            if item.quantity != 1:
                label += f" × {item.quantity}"
            self.item_box.addItem(label, i)
        self.reason_box = QComboBox()
        self.reason_box.setModel(self._reason_model())
        self.reason_box.setCurrentIndex(0)
        self.reason_help = QLabel()
        self.reason_help.setWordWrap(True)
        self.reason_help.setStyleSheet("color: palette(dark);")
        grid.addRow(translate("DisputeWizard", "Item:"), self.item_box)
        grid.addRow(translate("DisputeWizard", "Reason:"), self.reason_box)
        grid.addRow("", self.reason_help)
        col.addWidget(what)

        words = QGroupBox(translate("DisputeWizard", "2  Describe it in your own words"))
        wl = QVBoxLayout(words)
        self.words = QPlainTextEdit()
        self.words.setPlaceholderText(
            translate("DisputeWizard", "Facts only: what you ordered, what arrived or what "
                                       "tracking shows, and when. For example: “I ordered size M "
                                       "in red; the dress is orange and the label says S.”"))
        self.words.setTabChangesFocus(True)
        self.words.setAccessibleName(translate("DisputeWizard", "Describe it in your own words"))
        self.words_count = QLabel()
        self.words_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        #: says a kept draft came back (hidden otherwise)
        self.draft_note = QLabel()
        self.draft_note.setWordWrap(True)
        self.draft_note.setVisible(False)
        wl.addWidget(self.draft_note)
        wl.addWidget(self.words, 1)
        wl.addWidget(self.words_count)
        col.addWidget(words, 3)

        remedy = QGroupBox(translate("DisputeWizard", "3  What you ask for"))
        rl = QVBoxLayout(remedy)
        self.remedy_group = QButtonGroup(self)
        self.remedy_buttons: dict[str, QRadioButton] = {}
        for n, r in enumerate(self.policy.remedies.values()):
            button = QRadioButton(policy_text(r.label))
            if r.help:
                button.setToolTip(policy_text(r.help))
            self.remedy_buttons[r.id] = button
            self.remedy_group.addButton(button, n)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("5.00")
        self.amount.setMaximumWidth(self.amount.fontMetrics().averageCharWidth() * 12)
        self.amount.setAccessibleName(translate("DisputeWizard", "Partial refund amount"))
        self.amount_hint = QLabel()
        for r_id, button in self.remedy_buttons.items():
            row = QHBoxLayout()  # a remedy a line: long translations fit the page's width
            row.addWidget(button)
            if r_id == "partial_refund":
                row.addWidget(self.amount)
                row.addWidget(QLabel(self.order.currency or ""))
                row.addWidget(self.amount_hint)
            row.addStretch(1)
            rl.addLayout(row)
        self.remedy_help = QLabel()
        self.remedy_help.setWordWrap(True)
        self.remedy_help.setStyleSheet(f"color: {tone('muted')};")
        rl.addWidget(self.remedy_help)
        first = next(iter(self.remedy_buttons.values()))
        first.setChecked(True)
        col.addWidget(remedy)

        draft = QGroupBox(translate("DisputeWizard", "4  Description to file (from the order's "
                                                     "facts and your words)"))
        dl = QVBoxLayout(draft)
        self.draft = QPlainTextEdit()
        self.draft.setReadOnly(True)
        self.draft.setAccessibleName(translate("DisputeWizard", "Description to file"))
        self.draft.setStyleSheet("QPlainTextEdit { background: palette(alternate-base); }")
        bar = QHBoxLayout()
        self.draft_count = QLabel()
        #: the language the description is written in: English (sellers read it best) or the
        #: buyer's, apart from the window's language
        self.draft_language = draft_language_box()
        self.draft_language.setToolTip(translate(
            "DisputeWizard", "The language the description is written in. English is what "
                             "sellers read best."))
        self.draft_language.currentIndexChanged.connect(self.recheck)
        language_label = QLabel(translate("DisputeWizard", "Draft &language:"))
        language_label.setBuddy(self.draft_language)
        self.copy_button = QPushButton(translate("DisputeWizard", "Copy"))
        self.copy_button.setToolTip(translate("DisputeWizard", "Copy the description, to paste "
                                                               "into the dispute form"))
        self.copy_button.clicked.connect(self.copy_draft)
        self.copy_button.setAutoDefault(False)  # Enter never copies by surprise
        bar.addWidget(self.draft_count, 1)
        bar.addWidget(language_label)
        bar.addWidget(self.draft_language)
        bar.addWidget(self.copy_button)
        dl.addWidget(self.draft, 1)
        dl.addLayout(bar)
        col.addWidget(draft, 3)

        self.item_box.currentIndexChanged.connect(self._update_remedy)
        self.reason_box.currentIndexChanged.connect(self.recheck)
        self.reason_box.currentIndexChanged.connect(lambda: self.reasonChanged.emit(self.reason()))
        self.remedy_group.buttonToggled.connect(self._update_remedy)
        self.amount.textChanged.connect(self._schedule)
        self.words.textChanged.connect(self._schedule)
        return form

    def _reason_model(self) -> QStandardItemModel:
        """Reasons grouped under "Not received" and "Received" headers (not selectable)."""
        model = QStandardItemModel(self)
        placeholder = QStandardItem(translate("DisputeWizard", "Choose a reason…"))
        placeholder.setData(None, Qt.ItemDataRole.UserRole)
        model.appendRow(placeholder)
        groups = (("not_received", translate("DisputeWizard", "Not received")),
                  ("received", translate("DisputeWizard", "Received, but something is wrong")))
        for group, title in groups:
            header = QStandardItem(title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for reason in self.policy.reasons.values():
                if reason.group == group:
                    item = QStandardItem(policy_text(reason.label))
                    item.setData(reason.id, Qt.ItemDataRole.UserRole)
                    item.setToolTip(policy_text(reason.help))
                    model.appendRow(item)
        return model

    def _side(self) -> QWidget:
        side = QWidget()
        col = QVBoxLayout(side)
        col.setContentsMargins(6, 0, 0, 0)
        title = QLabel(translate("DisputeWizard", "<b>Pre-check</b> — the platform's rules, "
                                                  "checked as you type"))
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)  # long translations wrap instead of widening the wizard
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.findings_view = FindingsView(
            translate("DisputeWizard", "Nothing found: this dispute breaks none of the "
                                       "platform's rules the app knows."))
        col.addWidget(title)
        col.addWidget(self.verdict)
        col.addWidget(self.findings_view, 3)
        #: The evidence checklist panel goes here (see the module docstring).
        self.evidence_area = QWidget()
        self.evidence_area.setObjectName("evidence-area")
        area = QVBoxLayout(self.evidence_area)
        area.setContentsMargins(0, 6, 0, 0)
        self.evidence_area.setVisible(False)
        col.addWidget(self.evidence_area, 2)
        col.addStretch(0)  # takes the room only while both are hidden: no gap above them
        self.checklist: ChecklistPanel | None = None
        self.reasonChanged.connect(self._show_checklist)
        return side

    def _show_checklist(self, reason: str | None) -> None:
        """The evidence checklist of the chosen reason, beside the pre-check."""
        if reason is None:
            return
        if self.checklist is None:
            self.checklist = ChecklistPanel(self.ctx, self.order_id, reason)
            self.checklist.evidence_changed.connect(self.reload_order)
            self.evidence_layout().addWidget(self.checklist)
            self.evidence_area.show()
        else:
            self.checklist.set_reason(reason)

    def evidence_layout(self) -> QLayout:
        layout = self.evidence_area.layout()
        assert layout is not None  # made with the area
        return layout

    def _bottom_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        #: More buttons for the dispute go here (see the module docstring).
        self.action_buttons = QHBoxLayout()
        self.packet_button = QPushButton(translate("DisputeWizard", "Export packet…"))
        self.packet_button.setToolTip(translate("DisputeWizard", "Not checked yet."))
        self.packet_button.setEnabled(False)
        # clicked(bool) must not land in export_packet's `out`
        self.packet_button.clicked.connect(lambda: self.export_packet())
        self.action_buttons.addWidget(self.packet_button)
        bar.addLayout(self.action_buttons)
        bar.addStretch(1)
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet(f"color: {tone('error')};")
        self.why_not.setMaximumWidth(self.why_not.fontMetrics().averageCharWidth() * 60)
        platform_label = QLabel(translate("DisputeWizard", "Platform dispute id:"))
        bar.addWidget(self.why_not)
        bar.addWidget(platform_label)
        self.platform_id = QLineEdit()
        self.platform_id.setPlaceholderText(translate("DisputeWizard", "after you file it"))
        self.platform_id.setMaximumWidth(self.platform_id.fontMetrics().averageCharWidth() * 22)
        platform_label.setBuddy(self.platform_id)
        self.platform_id.textChanged.connect(self._update_buttons)
        bar.addWidget(self.platform_id)
        self.file_button = QPushButton(translate("DisputeWizard", "Mark as filed"))
        self.file_button.clicked.connect(self.mark_filed)
        self.file_button.setDefault(True)
        bar.addWidget(self.file_button)
        close = QPushButton(translate("DisputeWizard", "Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bar.addWidget(close)
        self.packet_button.setAutoDefault(False)
        return bar

    # -- drafts ----------------------------------------------------------------------------

    def draft_choices(self) -> dict[str, object]:
        """The choices kept with a draft of the description."""
        choices: dict[str, object] = {
            "reason": self.reason(), "item": self.item(), "remedy": self.remedy(),
            "amount": self.amount.text().strip() or None}
        if self.drafted_in() != DEFAULT_DRAFT_LANGUAGE:
            choices["language"] = self.drafted_in()
        return choices

    def drafted_in(self) -> str:
        """The language chosen for the description (a code of aliassist.i18n.LANGUAGES)."""
        return str(self.draft_language.currentData() or DEFAULT_DRAFT_LANGUAGE)

    def _restore_draft(self, draft: Draft) -> None:
        choices = draft.choices
        if isinstance(choices.get("reason"), str) and \
                self.reason_box.findData(choices["reason"], Qt.ItemDataRole.UserRole) >= 0:
            self.set_reason(choices["reason"])
        item = choices.get("item")
        index = self.item_box.findData(WHOLE_ORDER if item is None else item)
        if index >= 0:
            self.item_box.setCurrentIndex(index)
        if choices.get("remedy") in self.remedy_buttons:
            self.set_remedy(str(choices["remedy"]))
        if isinstance(choices.get("amount"), str):
            self.amount.setText(choices["amount"])
        if choices.get("language") in LANGUAGES:
            self.draft_language.setCurrentIndex(self.draft_language.findData(choices["language"]))
        self.words.setPlainText(draft.text)
        self.untouched = False
        self.draft_note.setText(restored_text(draft))
        self.draft_note.setVisible(True)

    def leave(self, *, ask: bool) -> bool:
        """On closing (Esc, Close, the window's X): words typed are kept as a draft or
        discarded as the person answers (False: Cancel, stay); filing discards the draft."""
        number = self.order.number
        if self.filed is not None:
            discard_draft(self.ctx, "dispute", number)
            return True
        text = self.words.toPlainText()
        saved = self._saved_draft
        if not text.strip():
            if saved is not None:
                discard_draft(self.ctx, "dispute", number)
        elif saved is None or (saved.text, saved.choices) != (text, self.draft_choices()):
            answer = ask_keep_draft(self, translate("DisputeWizard", "Keep the description you "
                                                    "typed as a draft?")) if ask else "keep"
            if answer == "cancel":
                return False
            if answer == "keep":
                self._saved_draft = keep_draft(self.ctx, "dispute", number, text,
                                               self.draft_choices())
            else:
                discard_draft(self.ctx, "dispute", number)
        return True

    # -- reading the form ------------------------------------------------------------------

    def reason(self) -> str | None:
        return self.reason_box.currentData(Qt.ItemDataRole.UserRole)

    def set_reason(self, reason_id: str) -> None:
        index = self.reason_box.findData(reason_id, Qt.ItemDataRole.UserRole)
        self.reason_box.setCurrentIndex(index)

    def item(self) -> int | None:
        value = self.item_box.currentData()
        return None if value in (None, WHOLE_ORDER) else int(value)

    def remedy(self) -> str | None:
        for r_id, button in self.remedy_buttons.items():
            if button.isChecked():
                return r_id
        return None

    def set_remedy(self, remedy_id: str) -> None:
        self.remedy_buttons[remedy_id].setChecked(True)

    def _planned_inputs(self) -> PlannedDispute:
        """The choices as a planned dispute (the description is the buyer's words); sets
        `input_error` when the amount cannot be read."""
        remedy = self.remedy()
        needs_amount = remedy is not None and self.policy.remedies[remedy].needs_amount
        amount_text = self.amount.text().strip() or None
        words = self.words.toPlainText()
        self.input_error = None
        reason = self.reason()
        if reason is None:
            return PlannedDispute(None, self.item(), remedy, None, words)
        if needs_amount and remedy is not None and amount_text is None:
            label = policy_text(self.policy.remedies[remedy].label).lower()
            self.input_error = translate("DisputeWizard", "Enter the amount of the {remedy} you "
                                                          "ask for.").format(remedy=label)
            return PlannedDispute(reason, self.item(), remedy, None, words)
        try:
            return service.planned_dispute(
                self.policy, self.order, reason=reason, item=self.item(), remedy=remedy,
                amount=amount_text if needs_amount else None, text=words)
        except UserError as exc:
            self.input_error = exc.message[:1].upper() + exc.message[1:]
            return PlannedDispute(reason, self.item(), remedy, None, words)

    def planned(self) -> PlannedDispute:
        """The dispute to file: the choices, with the drafted description."""
        planned = self._planned_inputs()
        return PlannedDispute(planned.reason, planned.item, planned.remedy,
                              planned.refund_amount, self.draft.toPlainText())

    # -- the live check --------------------------------------------------------------------

    def _schedule(self) -> None:
        self._timer.start()

    def _update_remedy(self) -> None:
        remedy = self.remedy()
        needs = remedy is not None and self.policy.remedies[remedy].needs_amount
        self.amount.setEnabled(needs)
        limit, _ = refund_limit(self.order, self.item())
        self.amount_hint.setText(translate("DisputeWizard", "(at most {amount})")
                                 .format(amount=display_amount(limit, self.order.currency))
                                 if needs and limit is not None else "")
        self.remedy_help.setText(policy_text(self.policy.remedies[remedy].help) if remedy else "")
        self.remedy_help.setVisible(bool(self.remedy_help.text()))
        self.recheck()

    def recheck(self) -> None:
        """Run the pre-check on the form as it is now, and redraw what depends on it."""
        self._timer.stop()
        planned = self._planned_inputs()
        reason = self.policy.reasons.get(planned.reason or "")
        self.reason_help.setText(
            policy_text(reason.help) if reason
            else translate("DisputeWizard", "Choose what went wrong. Not received: the parcel "
                                            "never reached you. Received: it arrived, but "
                                            "something is wrong with it."))
        now = self.ctx.now()
        self.check = service.run_check(self.ctx, self.inputs, planned, now=now)
        # Before anything is chosen or typed, "no concrete reason" is no news: say what to do
        # instead of opening on a red BLOCKS.
        self.untouched = planned.reason is None and not self.words.toPlainText().strip()
        shown = [f for f in self.check.findings
                 if not (self.untouched and f.rule == UNTOUCHED_RULE)]
        self.findings_view.set_findings(shown)
        self.findings_view.setVisible(bool(shown) or not self.untouched)
        underline_findings(self.words, self.check.findings)
        self._update_words_count(planned.description or "")
        self._update_draft(planned)
        self._update_deadline(now)
        self._update_verdict()
        self._update_buttons()

    def _undone(self) -> None:
        if self.checklist is not None:
            self.checklist.refresh()
        self.reload_order()

    def reload_order(self) -> None:
        """Re-read the order (its evidence changed) and check again."""
        self.inputs = service.load_check_inputs(self.ctx, self.order_id)
        self.order = self.inputs.order
        self.recheck()

    def _update_words_count(self, words: str) -> None:
        limits = self.policy.limits
        n = len(words.strip())
        self.words_count.setText(translate("DisputeWizard", "%n character(s) · at least {least}, "
                                                            "at most {most}", None, n)
                                 .format(least=limits.description_min_chars,
                                         most=limits.description_max_chars))
        over = n > limits.description_max_chars
        self.words_count.setStyleSheet(f"color: {tone('error' if over else 'muted')};")

    def _update_draft(self, planned: PlannedDispute) -> None:
        if planned.reason is None:
            self.draft.setPlainText("")
            self.draft.setPlaceholderText(
                translate("DisputeWizard", "Choose a reason: the description is drafted from the "
                                           "order's facts and your words."))
            self.draft_count.setText("")
            self.copy_button.setEnabled(False)
            return
        draft = service.draft_for(self.ctx, self.order, planned, self.drafted_in())
        if draft.text != self.draft.toPlainText():
            self.draft.setPlainText(draft.text)
        limit = self.policy.limits.description_max_chars
        note = ""
        if draft.clipped:
            note = translate("DisputeWizard", " · your words were cut to fit: shorten them")
        elif draft.left_out:
            note = translate("DisputeWizard", " · %n minor fact(s) left out to fit", None,
                             draft.left_out)
        self.draft_count.setText(translate("DisputeWizard", "{length} / {limit} characters{note}")
                                 .format(length=len(draft.text), limit=limit, note=note))
        self.copy_button.setEnabled(True)

    def _update_deadline(self, now: datetime) -> None:
        deadline = self.check.clocks.dispute_deadline if self.check else None
        if deadline is None:
            return
        left = days_left(deadline, now)
        when = deadline_text(deadline)
        if left < 0:
            text = "<span style='color:{color}'>{closed}</span>".format(
                color=tone("error"),
                closed=translate("DisputeWizard", "Dispute window closed on {date}")
                .format(date=when))
        else:
            text = translate("DisputeWizard", "Open a dispute by <b>{date}</b> (%n day(s) left)",
                             None, left).format(date=when)
        self.deadline.setText(text)

    def _update_verdict(self) -> None:
        findings = self.check.findings if self.check else []
        blocks = sum(f.blocks for f in findings)
        warns = sum(f.severity == "warn" for f in findings)
        if self.untouched and [f.rule for f in findings] == [UNTOUCHED_RULE]:
            text = translate("DisputeWizard", START_TEXT)
        elif self.input_error:
            text = translate("DisputeWizard", "<span style='color:{color}'><b>Check your "
                                              "input:</b> {error}</span>").format(
                color=tone("error"), error=escape(self.input_error))
        elif blocks:
            problems = translate("DisputeWizard", "%n blocking problem(s)", None, blocks)
            text = (translate("DisputeWizard", "<span style='color:{color}'><b>Not ready:</b> "
                                               "{problems}</span>, and %n warning(s). Fix them "
                                               "first.", None, warns) if warns
                    else translate("DisputeWizard", "<span style='color:{color}'><b>Not ready:</b> "
                                                    "{problems}</span>. Fix them first."))
            text = text.format(color=tone("error"), problems=problems)
        elif warns:
            text = translate("DisputeWizard", "<span style='color:{color}'><b>Ready to file</b>"
                                              "</span>, with %n warning(s) to read first.",
                             None, warns).format(color=tone("ok"))
        else:
            text = translate("DisputeWizard", "<span style='color:{color}'><b>Ready to file.</b>"
                                              "</span>").format(color=tone("ok"))
        if text != self.verdict.text():  # say a new verdict once, not at every keystroke
            self.verdict.setText(text)
            announce(self.verdict, plain(text))

    # -- readiness and filing --------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Nothing blocks the dispute (and the form can be read)."""
        return (self.check is not None and self.check.ready and self.input_error is None
                and self.reason() is not None)

    def not_ready_reason(self) -> str:
        """Why the dispute is not ready, in one line ("" when it is)."""
        if self.input_error:
            return self.input_error
        if self.check is None:
            return translate("DisputeWizard", "Not checked yet.")
        blocking = [finding_title(f) for f in self.check.findings if f.blocks]
        if self.untouched and [f.rule for f in self.check.findings] == [UNTOUCHED_RULE]:
            return translate("DisputeWizard", START_TEXT)
        if blocking:
            return translate("DisputeWizard", "Blocked by the pre-check: {problems}.").format(
                problems="; ".join(blocking))
        return ""

    def _update_buttons(self) -> None:
        ready = self.ready
        why = self.not_ready_reason()
        if ready and not self.platform_id.text().strip():
            why = translate("DisputeWizard", "File the dispute on the platform, then enter the "
                                             "dispute id it shows.")
        self.file_button.setEnabled(ready and bool(self.platform_id.text().strip()))
        self.file_button.setToolTip(why or translate("DisputeWizard", "Record the dispute as "
                                                                      "opened today"))
        self.packet_button.setEnabled(ready)
        self.packet_button.setToolTip(self.not_ready_reason() or
                                      translate("DisputeWizard", "Save the summary, the "
                                                                 "description and your evidence "
                                                                 "as one ZIP with a verifiable "
                                                                 "manifest"))
        self.why_not.setText(why)
        started = why == translate("DisputeWizard", START_TEXT)
        self.why_not.setStyleSheet(f"color: {tone('muted' if started else 'error')};")
        if ready != self._ready:
            self._ready = ready
            self.readyChanged.emit(ready)

    def packet_content(self) -> PacketContent:
        """What the dispute packet of the dispute as planned holds (not yet filed)."""
        assert self.check is not None
        planned = self.planned()
        assert planned.reason is not None
        return content_of_check(self.ctx, self.check, dispute=None,
                                description=planned.description or "")

    def export_packet(self, out: Path | None = None) -> None:
        """Save the packet of the dispute as planned (only while nothing blocks it)."""
        self.recheck()
        if not self.ready:
            return
        self.exporter = PacketExporter(self.ctx, self)
        self.exporter.done.connect(lambda result: self.why_not.setText(
            translate("DisputeWizard", "Saved the packet {name}.").format(name=result.path.name)))
        self.exporter.export(self.packet_content(), out)

    def copy_draft(self) -> None:
        QGuiApplication.clipboard().setText(self.draft.toPlainText())
        self.copy_button.setText(translate("DisputeWizard", "Copied"))
        # the button owns the timer: it cannot fire after the dialog is gone
        QTimer.singleShot(1500, self.copy_button,
                          lambda: self.copy_button.setText(translate("DisputeWizard", "Copy")))

    def mark_filed(self) -> None:
        """Record the dispute as opened now, with the platform's dispute id."""
        self.recheck()
        if not self.ready or not self.platform_id.text().strip():
            return
        planned, platform_id = self.planned(), self.platform_id.text()
        try:
            self.filed = undoable(
                self, translate("DisputeWizard", "File a dispute on order {number}")
                .format(number=self.order.number), [self.order_id],
                lambda: service.file_dispute(self.ctx, self.order_id, planned,
                                             platform_id=platform_id))
        except UserError as exc:
            QMessageBox.warning(self, translate("DisputeWizard", "Cannot record the dispute"),
                                str(exc))
            return
        self.accept()
