"""Record what happens to an order's disputes: the seller responded, escalated, return
requested and shipped, refunded, rejected, cancelled, closed; and money that came back or was
claimed outside a dispute. The same steps as `aliassist dispute ...`, one transaction each."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain import records as rec
from aliassist.domain.dates import deadline_text
from aliassist.domain.dispute_steps import STEPS
from aliassist.domain.formatting import local_minute
from aliassist.domain.money import display_amount
from aliassist.errors import UserError
from aliassist.gui.accessibility import announce, make_accessible, scrolling
from aliassist.gui.fields import InstantEdit
from aliassist.gui.theme import tone
from aliassist.gui.undo import history_of, undoable
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_domain import status_text
from aliassist.i18n_policy import policy_text
from aliassist.services import disputes as service
from aliassist.services.context import AppContext
from aliassist.services.orders import require_order

STEP_LABELS = {
    "seller_responded": QT_TRANSLATE_NOOP("DisputeStepsDialog", "The seller responded"),
    "escalated": QT_TRANSLATE_NOOP("DisputeStepsDialog", "I escalated it to the platform"),
    "return_requested": QT_TRANSLATE_NOOP("DisputeStepsDialog",
                                          "The platform asked for the item back"),
    "return_shipped": QT_TRANSLATE_NOOP("DisputeStepsDialog", "I shipped the item back"),
    "refunded": QT_TRANSLATE_NOOP("DisputeStepsDialog", "The money came back"),
    "rejected": QT_TRANSLATE_NOOP("DisputeStepsDialog", "The platform decided against me"),
    "cancelled": QT_TRANSLATE_NOOP("DisputeStepsDialog", "I cancelled the dispute"),
    "closed": QT_TRANSLATE_NOOP("DisputeStepsDialog", "The dispute is over"),
}
PAYMENT_LABELS = {"refund": QT_TRANSLATE_NOOP("DisputeStepsDialog", "Full refund"),
                  "partial_refund": QT_TRANSLATE_NOOP("DisputeStepsDialog", "Partial refund"),
                  "chargeback": QT_TRANSLATE_NOOP("DisputeStepsDialog", "Card chargeback"),
                  "provider_claim": QT_TRANSLATE_NOOP("DisputeStepsDialog",
                                                      "Payment-provider claim")}


def step_label(step: str) -> str:
    """The step as the buyer reads it ("The seller responded")."""
    return translate("DisputeStepsDialog", STEP_LABELS.get(step, step))


def payment_label(kind: str) -> str:
    """The kind of payment as the buyer reads it ("Partial refund")."""
    return translate("DisputeStepsDialog", PAYMENT_LABELS.get(kind, kind))


class DisputeStepsDialog(QDialog):
    """The disputes of one order, each with its history and clocks, and the next steps."""

    def __init__(self, ctx: AppContext, order_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.number = order_number
        self.changed = False
        self.setWindowTitle(translate("DisputeStepsDialog", "Dispute steps — order {number}")
                            .format(number=order_number))
        self.resize(1040, 640)

        self.list = QListWidget()
        self.list.setMaximumWidth(self.list.fontMetrics().averageCharWidth() * 44)
        self.list.setAccessibleName(translate("DisputeStepsDialog", "Disputes of the order"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._show_dispute)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([
            translate("DisputeStepsDialog", "When"), translate("DisputeStepsDialog", "Step"),
            translate("DisputeStepsDialog", "Amount"), translate("DisputeStepsDialog", "Detail")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setAccessibleName(translate("DisputeStepsDialog", "Steps recorded"))
        self.clocks = QLabel()
        self.clocks.setTextFormat(Qt.TextFormat.RichText)
        self.clocks.setWordWrap(True)

        step_box = QGroupBox(translate("DisputeStepsDialog", "Record a step"))
        form = QFormLayout(step_box)
        self.step = QComboBox()
        self.step.currentIndexChanged.connect(self._step_changed)
        self.step_at = InstantEdit(ctx.policy.tz, optional=False)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("DisputeStepsDialog", "everything paid, less "
                                                                       "refunds"))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(translate("DisputeStepsDialog", "the return parcel's "
                                                                         "tracking number"))
        self.note = QLineEdit()
        self.record_button = QPushButton(translate("DisputeStepsDialog", "Record step"))
        self.record_button.clicked.connect(self.record_step)
        self.remove_button = QPushButton(translate("DisputeStepsDialog", "Remove last step…"))
        self.remove_button.setToolTip(
            translate("DisputeStepsDialog", "Take back the last step of this dispute, recorded "
                                            "by mistake (Edit ▸ Undo brings it back)"))
        self.remove_button.clicked.connect(self.remove_last_step)
        form.addRow(translate("DisputeStepsDialog", "What happened:"), self.step)
        form.addRow(translate("DisputeStepsDialog", "When:"), self.step_at)
        form.addRow(translate("DisputeStepsDialog", "Amount refunded:"), self.amount)
        form.addRow(translate("DisputeStepsDialog", "Return tracking:"), self.tracking)
        form.addRow(translate("DisputeStepsDialog", "Note:"), self.note)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.record_button)
        step_buttons.addWidget(self.remove_button)
        step_buttons.addStretch(1)
        form.addRow("", step_buttons)

        pay_box = QGroupBox(translate("DisputeStepsDialog", "Record money outside a dispute step"))
        pay = QFormLayout(pay_box)
        self.pay_kind = QComboBox()
        for kind in rec.PAYMENT_KINDS:
            self.pay_kind.addItem(payment_label(kind), kind)
        self.pay_amount = QLineEdit()
        self.pay_provider = QLineEdit()
        self.pay_provider.setPlaceholderText(translate("DisputeStepsDialog", "PayPal, your card "
                                                                             "issuer, …"))
        self.pay_at = InstantEdit(ctx.policy.tz, optional=False)
        self.pay_button = QPushButton(translate("DisputeStepsDialog", "Record payment"))
        self.pay_button.clicked.connect(self.record_payment)
        pay.addRow(translate("DisputeStepsDialog", "Kind:"), self.pay_kind)
        pay.addRow(translate("DisputeStepsDialog", "Amount:"), self.pay_amount)
        pay.addRow(translate("DisputeStepsDialog", "Provider:"), self.pay_provider)
        pay.addRow(translate("DisputeStepsDialog", "When:"), self.pay_at)
        pay.addRow("", self.pay_button)

        self.message = QLabel()
        self.message.setWordWrap(True)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        rv.addWidget(self.summary)
        rv.addWidget(self.history, 1)
        rv.addWidget(self.clocks)
        # one above the other: side by side, a long language makes the page scroll sideways
        boxes = QVBoxLayout()
        boxes.addWidget(step_box, 1)
        boxes.addWidget(pay_box, 1)
        rv.addLayout(boxes)
        rv.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(scrolling(right, share=0.6))  # large fonts: scroll, never cut off
        splitter.setSizes([250, 790])
        close = self.close_button = QPushButton(translate("DisputeStepsDialog", "Close"))
        close.clicked.connect(self.accept)
        # Enter records what the focused form is about; elsewhere it closes.
        self._defaults = ((step_box, self.record_button), (pay_box, self.pay_button))
        close.setDefault(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)
        self.order_id = require_order(ctx, order_number)
        self.reload()
        history = history_of(parent)
        if history is not None:
            history.offer_in(self, self._undone)
        make_accessible(self)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The default button follows the focus: the form's own button inside a form."""
        try:
            if new is None or not self.isAncestorOf(new):
                return
        except RuntimeError:  # this dialog is gone; Qt drops the connection soon
            return
        for box, button in self._defaults:
            if box.isAncestorOf(new):
                button.setDefault(True)
                return
        self.close_button.setDefault(True)

    # -- data ------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self.order, self.views = service.dispute_views(self.ctx, self.number)
        current = self.list.currentRow() if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            d = view.dispute
            reason = policy_text(self.ctx.policy.reasons[d.reason].label) if d.reason in \
                self.ctx.policy.reasons else d.reason
            status = status_text(d.status)
            title = (translate("DisputeStepsDialog", "Dispute {index} ({platform_id})")
                     if d.platform_id else translate("DisputeStepsDialog", "Dispute {index}"))
            title = title.format(index=view.index + 1, platform_id=d.platform_id)
            QListWidgetItem(f"{title}\n{reason}\n{status.capitalize()}", self.list)
        self.list.blockSignals(False)
        if not self.views:
            self.summary.setText(
                translate("DisputeStepsDialog", "This order has no disputes yet: start one with "
                                                "<b>Dispute ▸ New dispute…</b>. Payments can "
                                                "still be recorded here."))
            self._show_dispute(-1)
            return
        self.list.setCurrentRow(min(max(current, 0), len(self.views) - 1))
        self._show_dispute(self.list.currentRow())

    def _show_dispute(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        self.history.setRowCount(0)
        self.step.clear()
        now = self.ctx.now()
        self.step_at.set_value(now)
        self.pay_at.set_value(now)
        steps = [e for e in view.events if e.kind in STEPS] if view else []
        self.remove_button.setEnabled(bool(steps))
        if view is None:
            self.clocks.setText("")
            self._step_changed()
            return
        d = view.dispute
        bits = [translate("DisputeStepsDialog", "<b>Dispute {index}</b>").format(
            index=view.index + 1)]
        if d.remedy:
            bits.append(escape(policy_text(self.ctx.policy.remedies[d.remedy].label)
                               if d.remedy in self.ctx.policy.remedies else d.remedy))
        if d.refund_amount is not None:
            bits.append(translate("DisputeStepsDialog", "asked {amount}").format(
                amount=escape(display_amount(d.refund_amount, self.order.currency))))
        if d.return_tracking:
            bits.append(translate("DisputeStepsDialog", "return tracking {tracking}").format(
                tracking=escape(d.return_tracking)))
        self.summary.setText(" · ".join(bits))
        for event in view.events:
            r = self.history.rowCount()
            self.history.insertRow(r)
            amount = (display_amount(event.amount, self.order.currency)
                      if event.amount is not None else "")
            for c, text in enumerate((local_minute(event.at),
                                      event.kind.replace("_", " "), amount,
                                      event.detail or "")):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        lines = []
        for name, at, running in view.clocks:
            label = escape(policy_text(self.ctx.policy.clocks[name].label))
            when = deadline_text(at)
            lines.append(translate("DisputeStepsDialog", "<b>{clock}: {date}</b> (running)")
                         .format(clock=label, date=when) if running
                         else translate("DisputeStepsDialog", "{clock}: {date} (stopped)")
                         .format(clock=label, date=when))
        self.clocks.setText("<br>".join(lines))
        for step in service.next_steps(d.status):
            self.step.addItem(step_label(step), step)
        self._step_changed()

    def _step_changed(self) -> None:
        step = self.step.currentData()
        has_step = step is not None
        self.record_button.setEnabled(has_step)
        self.record_button.setToolTip("" if has_step else
                                      translate("DisputeStepsDialog", "This dispute has no next "
                                                                      "step: it is settled."))
        self.amount.setEnabled(step == "refunded")
        self.tracking.setEnabled(step in ("return_requested", "return_shipped"))

    # -- actions ---------------------------------------------------------------------------

    def record_step(self) -> None:
        row = self.list.currentRow()
        step = self.step.currentData()
        if step is None or not 0 <= row < len(self.views):
            return
        at = self.step_at.value()
        amount = (self.amount.text().strip() or None) if step == "refunded" else None
        tracking = (self.tracking.text().strip() or None) if self.tracking.isEnabled() else None
        note = self.note.text().strip() or None
        try:
            result = undoable(
                self, translate("DisputeStepsDialog", "Record step “{step}” on dispute {index} of "
                                                      "order {number}").format(
                    step=step.replace("_", " "), index=row + 1, number=self.number),
                [self.order_id],
                lambda: service.record_step(self.ctx, self.number, str(row + 1), step, at=at,
                                            amount=amount, tracking=tracking, note=note))
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        self.changed = True
        for w in (self.amount, self.tracking, self.note):
            w.clear()
        self.reload(row)
        text = translate("DisputeStepsDialog", "Recorded: {step}.").format(
            step=step_label(step).lower())
        if result.payment is not None:
            text = translate("DisputeStepsDialog", "Recorded: {step}. {payment} of {amount} "
                                                   "recorded.").format(
                step=step_label(step).lower(), payment=payment_label(result.payment.kind),
                amount=display_amount(result.payment.amount, self.order.currency))
        self._say(text)

    def remove_last_step(self) -> None:
        """Take back the last step of the dispute shown (recorded by mistake)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.views):
            return
        steps = [e for e in self.views[row].events if e.kind in STEPS]
        if not steps:
            return
        label = steps[-1].kind.replace("_", " ")
        answer = QMessageBox.question(
            self, translate("DisputeStepsDialog", "Remove last step"),
            translate("DisputeStepsDialog", "Remove the step “{step}” ({time}) from dispute "
                                            "{index}?\n\nThe dispute goes back to what the "
                                            "earlier steps made it; a refund recorded with the "
                                            "step is removed too. Edit ▸ Undo (Ctrl+Z) brings the "
                                            "step back.")
            .format(step=label, time=local_minute(steps[-1].at), index=row + 1))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undoable(self, translate("DisputeStepsDialog", "Remove step “{step}” of dispute "
                                                           "{index} of order {number}").format(
                         step=label, index=row + 1, number=self.number),
                     [self.order_id],
                     lambda: service.remove_last_step(self.ctx, self.number, str(row + 1)))
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        self.changed = True
        self.reload(row)
        self._say(translate("DisputeStepsDialog", "Removed the step “{step}”. Ctrl+Z brings it "
                                                  "back.").format(step=label))

    def _undone(self) -> None:
        self.changed = True
        self.reload()

    def record_payment(self) -> None:
        kind = self.pay_kind.currentData()
        amount = self.pay_amount.text().strip() or None
        provider = self.pay_provider.text().strip() or None
        at = self.pay_at.value()
        try:
            payment = undoable(
                self, translate("DisputeStepsDialog", "Record {payment} on order {number}")
                .format(payment=payment_label(kind).lower(), number=self.number),
                [self.order_id],
                lambda: service.record_payment(self.ctx, self.number, kind, amount=amount,
                                               provider=provider, at=at))
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        self.changed = True
        self.pay_amount.clear()
        self.pay_provider.clear()
        self.reload()
        if payment.amount is not None:
            self._say(translate("DisputeStepsDialog", "Recorded: {payment} of {amount}.").format(
                payment=payment_label(payment.kind).lower(),
                amount=display_amount(payment.amount, self.order.currency)))
        else:
            self._say(translate("DisputeStepsDialog", "Recorded: {payment}.").format(
                payment=payment_label(payment.kind).lower()))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {tone('error' if error else 'ok')};")
        self.message.setText(text)
        announce(self.message, text)
