"""Add or edit an order: every field of the data file, with a live view of its clocks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain import records as rec
from aliassist.domain.clocks import CLOCK_POLICY, order_clocks
from aliassist.domain.dates import deadline_text
from aliassist.domain.instants import days_left
from aliassist.domain.money import check_currency, format_amount, parse_amount
from aliassist.domain.policy import Policy
from aliassist.domain.validate import check_order_number, date_problems, validate_order
from aliassist.errors import UserError
from aliassist.gui.accessibility import make_accessible, scrolling
from aliassist.gui.fields import ChoiceBox, InstantEdit, TextLine
from aliassist.gui.theme import STATE_LOOKS, tinted_style
from aliassist.gui.workspace.record_list import Field, RecordListEditor
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_policy import policy_text

if TYPE_CHECKING:
    from aliassist.services.evidence import StoredFile

# The labels are translated where they are shown (`translated`, `payment_label`).
DELIVERY_LABELS = {
    None: QT_TRANSLATE_NOOP("OrderDialog", "Unknown"),
    "not_shipped": QT_TRANSLATE_NOOP("OrderDialog", "Not shipped"),
    "in_transit": QT_TRANSLATE_NOOP("OrderDialog", "In transit"),
    "delivered": QT_TRANSLATE_NOOP("OrderDialog", "Delivered (tracking says so)"),
    "returned": QT_TRANSLATE_NOOP("OrderDialog", "Returned to the seller"),
    "lost": QT_TRANSLATE_NOOP("OrderDialog", "Lost"),
}
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("OrderDialog", "Open"),
    "seller_responded": QT_TRANSLATE_NOOP("OrderDialog", "Seller responded"),
    "escalated": QT_TRANSLATE_NOOP("OrderDialog", "Escalated"),
    "return_requested": QT_TRANSLATE_NOOP("OrderDialog", "Return requested"),
    "return_shipped": QT_TRANSLATE_NOOP("OrderDialog", "Return shipped"),
    "refunded": QT_TRANSLATE_NOOP("OrderDialog", "Refunded"),
    "rejected": QT_TRANSLATE_NOOP("OrderDialog", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("OrderDialog", "Cancelled"),
    "closed": QT_TRANSLATE_NOOP("OrderDialog", "Closed"),
}
PAYMENT_LABELS = {"refund": QT_TRANSLATE_NOOP("OrderDialog", "Full refund"),
                  "partial_refund": QT_TRANSLATE_NOOP("OrderDialog", "Partial refund"),
                  "chargeback": QT_TRANSLATE_NOOP("OrderDialog", "Card chargeback"),
                  "provider_claim": QT_TRANSLATE_NOOP("OrderDialog", "Payment-provider claim")}


def translated(labels: dict[Any, str]) -> dict[Any, str]:
    """One of the label tables above in the app's language."""
    return {key: translate("OrderDialog", text) for key, text in labels.items()}


def payment_label(kind: str | None) -> str:
    """The kind of a payment as the buyer reads it ("Partial refund")."""
    return translate("OrderDialog", PAYMENT_LABELS.get(kind or "", str(kind)))


def status_label(status: str | None) -> str:
    """A dispute's status as the buyer reads it ("Seller responded")."""
    return translate("OrderDialog", STATUS_LABELS.get(status or "", str(status)))


class OrderDialog(QDialog):
    """Returns the edited order from `order()` after exec() == Accepted."""

    def __init__(self, policy: Policy, *, order: rec.Order | None = None,
                 accounts: Sequence[str] = (), now: Callable[[], datetime],
                 store_file: Callable[[Path], StoredFile] | None = None,
                 notice: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.policy = policy
        self.now = now
        self.store_file = store_file
        self.original = order
        self._result: rec.Order | None = None
        tz = policy.tz
        self.setWindowTitle(translate("OrderDialog", "Order {number}").format(number=order.number)
                            if order else translate("OrderDialog", "New order"))
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 36)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("OrderDialog", "Order sections"))
        # The long forms scroll at large fonts instead of pushing the dialog off the screen.
        self.tabs.addTab(scrolling(self._order_tab(accounts)), translate("OrderDialog", "Order"))
        self.tabs.addTab(scrolling(self._protection_tab(tz)),
                         translate("OrderDialog", "Delivery && protection"))
        untitled = translate("OrderDialog", "(untitled)")
        self.items = RecordListEditor(
            [Field("title", translate("OrderDialog", "Title")),
             Field("quantity", translate("OrderDialog", "Quantity"), "int", minimum=1),
             Field("price", translate("OrderDialog", "Price"),
                   placeholder=translate("OrderDialog", "10.00, in the order's currency")),
             Field("sku", translate("OrderDialog", "Option / SKU"),
                   placeholder=translate("OrderDialog", "Colour, size, model")),
             Field("url", translate("OrderDialog", "Product link")),
             Field("image_url", translate("OrderDialog", "Image link"))],
            platform_tz=tz,
            texts=(translate("OrderDialog", "Items"), translate("OrderDialog", "Add item"),
                   translate("OrderDialog", "No items. Use “Add item”.")),
            summary=lambda r: f"{r.get('quantity') or 1} × {r.get('title') or untitled}",
            new_record=lambda: {"title": "", "quantity": 1})
        self.tabs.addTab(self.items, translate("OrderDialog", "Items"))
        self.disputes = RecordListEditor(
            self._dispute_fields(), platform_tz=tz,
            texts=(translate("OrderDialog", "Disputes"), translate("OrderDialog", "Add dispute"),
                   translate("OrderDialog", "No disputes. Use “Add dispute”.")),
            summary=self._dispute_summary,
            new_record=lambda: {"reason": next(iter(policy.reasons)), "status": "open",
                                "opened_at": now()})
        self.tabs.addTab(self.disputes, translate("OrderDialog", "Disputes"))
        self.payments = RecordListEditor(
            [Field("kind", translate("OrderDialog", "Kind"), "choice",
                   choices=lambda: list(translated(PAYMENT_LABELS).items())),
             Field("provider", translate("OrderDialog", "Provider"),
                   placeholder=translate("OrderDialog", "paypal, visa, …")),
             Field("amount", translate("OrderDialog", "Amount"),
                   placeholder=translate("OrderDialog", "in the order's currency")),
             Field("at", translate("OrderDialog", "Date"), "instant")],
            platform_tz=tz,
            texts=(translate("OrderDialog", "Payments"), translate("OrderDialog", "Add payment"),
                   translate("OrderDialog", "No payments. Use “Add payment”.")),
            summary=lambda r: f"{payment_label(r.get('kind'))} {r.get('amount') or ''}".strip(),
            new_record=lambda: {"kind": "refund", "at": now()})
        self.tabs.addTab(self.payments, translate("OrderDialog", "Refunds && claims"))
        self.evidence = RecordListEditor(
            self._evidence_fields(), platform_tz=tz,
            texts=(translate("OrderDialog", "Files"), translate("OrderDialog", "Add file"),
                   translate("OrderDialog", "No files. Use “Add file”.")),
            summary=self._evidence_summary, new_record=None)
        self.add_files_button = QPushButton(translate("OrderDialog", "Add files…"))
        self.add_files_button.clicked.connect(self._add_files)
        self.add_files_button.setEnabled(store_file is not None)
        self.evidence.button_row.insertWidget(0, self.add_files_button)
        # the button it has
        self.evidence.empty.setText(translate("OrderDialog", "No files. Use “Add files…”."))
        self.tabs.addTab(self.evidence, translate("OrderDialog", "Evidence"))
        self.tabs.currentChanged.connect(self._refresh_choices)
        self.tabs.setUsesScrollButtons(False)  # every tab in sight, however long its title

        self.clock_view = QLabel()
        self.clock_view.setTextFormat(Qt.TextFormat.RichText)
        self.clock_view.setWordWrap(True)
        self.clock_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.clock_view.setMargin(8)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        #: what the editor must tell first (reopened after a refused save: whose change won)
        self.notice = QLabel(notice or "")
        self.notice.setWordWrap(True)
        self.notice.setMargin(8)
        self.notice.setStyleSheet(tinted_style("banner"))
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.clock_view)
        layout.addWidget(buttons)

        for editor in (self.items, self.disputes, self.payments, self.evidence):
            editor.changed.connect(self._update_clocks)
        self._load(order)
        self._update_clocks()
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        make_accessible(self)

    # -- tabs ------------------------------------------------------------------------------

    def _order_tab(self, accounts: Sequence[str]) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.number = TextLine()
        self.number.setPlaceholderText(translate("OrderDialog", "8187000000000001 (from the "
                                                                "order page)"))
        self.account = QComboBox()
        self.account.setEditable(True)
        self.account.addItem("")
        self.account.addItems(list(accounts))
        line = self.account.lineEdit()
        if line is not None:  # editable: it has one
            line.setPlaceholderText(translate("OrderDialog", "optional: which of your accounts"))
        self.store = TextLine()
        self.store_url = TextLine()
        self.placed = InstantEdit(self.policy.tz, optional=False)
        self.amount = TextLine()
        self.amount.setPlaceholderText("20.00")
        self.currency = TextLine()
        self.currency.setPlaceholderText("USD")
        self.currency.setMaxLength(3)
        money = QHBoxLayout()
        money.addWidget(self.amount, 2)
        money.addWidget(self.currency, 1)
        self.status_text = TextLine()
        self.status_text.setPlaceholderText(translate("OrderDialog", "as the order list shows "
                                                                     "it, e.g. Awaiting delivery"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("OrderDialog", "Anything you want to remember "
                                                              "about this order"))
        form.addRow(translate("OrderDialog", "Order number"), self.number)
        form.addRow(translate("OrderDialog", "Account"), self.account)
        form.addRow(translate("OrderDialog", "Store"), self.store)
        form.addRow(translate("OrderDialog", "Store link"), self.store_url)
        form.addRow(translate("OrderDialog", "Order placed"), self.placed)
        form.addRow(translate("OrderDialog", "Amount paid"), money)
        form.addRow(translate("OrderDialog", "Platform status"), self.status_text)
        form.addRow(translate("OrderDialog", "Note"), self.note)
        self.placed.changed.connect(self._update_clocks)
        return w

    def _protection_tab(self, tz: Any) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.shipped = InstantEdit(tz, label=translate("OrderDialog", "shipped on"))
        self.delivery_status = ChoiceBox(list(translated(DELIVERY_LABELS).items()))
        self.tracking_number = TextLine()
        self.carrier = TextLine()
        self.tracking_status = TextLine()
        self.tracking_url = TextLine()
        self.delivered = InstantEdit(tz, label=translate("OrderDialog", "tracking says delivered "
                                                                        "on"))
        self.confirmed = InstantEdit(tz, label=translate("OrderDialog", "I confirmed receipt on"))
        self.confirmed.setToolTip(
            translate("OrderDialog", "Confirming receipt completes the order: the dispute window "
                                     "then closes 15 days later."))

        self.by_days = QRadioButton(translate("OrderDialog", "lasts"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(translate("OrderDialog", " days from shipping (or the order date)"))
        self.by_date = QRadioButton(translate("OrderDialog", "ends on"))
        self.ends_on = InstantEdit(tz, optional=False)
        self.ends_on.setToolTip(translate("OrderDialog", "As the order page shows it "
                                                         "(“Protection ends: Mar 3”)."))
        group = QButtonGroup(w)
        group.addButton(self.by_days)
        group.addButton(self.by_date)
        days_row = QHBoxLayout()
        days_row.addWidget(self.by_days)
        days_row.addWidget(self.days)
        days_row.addStretch(1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.by_date)
        date_row.addWidget(self.ends_on, 1)
        protection = QVBoxLayout()
        protection.addLayout(days_row)
        protection.addLayout(date_row)

        self.extensions = RecordListEditor(
            [Field("days", translate("OrderDialog", "Days added"), "int", minimum=1, maximum=365),
             Field("granted_at", translate("OrderDialog", "Granted on"), "instant")],
            platform_tz=tz,
            texts=(translate("OrderDialog", "Extensions"),
                   translate("OrderDialog", "Add extension"),
                   translate("OrderDialog", "No extensions. Use “Add extension”.")),
            summary=lambda r: translate("OrderDialog", "+%n day(s)", None, r.get("days") or 0),
            new_record=lambda: {"days": 15, "granted_at": self.now()})
        self.extensions.setMaximumHeight(170)

        form.addRow(translate("OrderDialog", "Shipping"), self.shipped)
        form.addRow(translate("OrderDialog", "Delivery"), self.delivery_status)
        form.addRow(translate("OrderDialog", "Tracking number"), self.tracking_number)
        form.addRow(translate("OrderDialog", "Carrier"), self.carrier)
        form.addRow(translate("OrderDialog", "Tracking status"), self.tracking_status)
        form.addRow(translate("OrderDialog", "Tracking link"), self.tracking_url)
        form.addRow(translate("OrderDialog", "Delivered"), self.delivered)
        form.addRow(translate("OrderDialog", "Received"), self.confirmed)
        form.addRow(translate("OrderDialog", "Buyer Protection"), protection)
        form.addRow(translate("OrderDialog", "Extensions granted"), self.extensions)
        for widget in (self.shipped, self.confirmed, self.ends_on, self.delivered):
            widget.changed.connect(self._update_clocks)
        self.days.valueChanged.connect(self._update_clocks)
        self.by_days.toggled.connect(self._protection_mode)
        self.extensions.changed.connect(self._update_clocks)
        return w

    def _protection_mode(self) -> None:
        self.days.setEnabled(self.by_days.isChecked())
        self.ends_on.setEnabled(self.by_date.isChecked())
        self._update_clocks()

    def _item_choices(self) -> list[tuple[Any, str]]:
        items = self.items.records if hasattr(self, "items") else []
        untitled = translate("OrderDialog", "(untitled)")
        return [(None, translate("OrderDialog", "The whole order"))] + [
            (i, f"{i + 1}. {r.get('title') or untitled}") for i, r in enumerate(items)]

    def _dispute_choices(self) -> list[tuple[Any, str]]:
        disputes = self.disputes.records if hasattr(self, "disputes") else []
        return [(None, translate("OrderDialog", "No dispute"))] + [
            (i, f"{i + 1}. {self._dispute_summary(r)}") for i, r in enumerate(disputes)]

    def _dispute_fields(self) -> list[Field]:
        p = self.policy
        return [
            Field("reason", translate("OrderDialog", "Reason"), "choice", choices=lambda: [
                (r.id, translate("OrderDialog", "{reason} (received)")
                 .format(reason=policy_text(r.label)) if r.received else
                 translate("OrderDialog", "{reason} (not received)")
                 .format(reason=policy_text(r.label)))
                for r in p.reasons.values()]),
            Field("item", translate("OrderDialog", "Item"), "choice", choices=self._item_choices),
            Field("status", translate("OrderDialog", "Status"), "choice",
                  choices=lambda: list(translated(STATUS_LABELS).items())),
            Field("platform_id", translate("OrderDialog", "Dispute id"),
                  placeholder=translate("OrderDialog", "the platform's dispute number")),
            Field("opened_at", translate("OrderDialog", "Opened"), "instant"),
            Field("seller_responded_at", translate("OrderDialog", "Seller responded"), "instant"),
            Field("escalated_at", translate("OrderDialog", "Escalated"), "instant"),
            Field("return_requested_at", translate("OrderDialog", "Return requested"), "instant"),
            Field("return_tracking", translate("OrderDialog", "Return tracking")),
            Field("return_shipped_at", translate("OrderDialog", "Return shipped"), "instant"),
            Field("closed_at", translate("OrderDialog", "Closed"), "instant"),
            Field("remedy", translate("OrderDialog", "Remedy"), "choice",
                  choices=lambda: [(None, translate("OrderDialog", "Not chosen"))]
                  + [(r.id, policy_text(r.label)) for r in p.remedies.values()]),
            Field("refund_amount", translate("OrderDialog", "Refund asked"),
                  placeholder=translate("OrderDialog", "for a partial refund")),
            Field("description", translate("OrderDialog", "Description"), "multiline"),
        ]

    def _dispute_summary(self, r: dict[str, Any]) -> str:
        reason = self.policy.reasons.get(r.get("reason") or "")
        label = policy_text(reason.label) if reason else str(r.get("reason"))
        return f"{label} · {status_label(r.get('status'))}"

    def _evidence_fields(self) -> list[Field]:
        p = self.policy
        checklist_items = {item.id: policy_text(item.label) for items in p.checklists.values()
                           for item in items}
        return [
            Field("name", translate("OrderDialog", "File"), "label"),
            Field("kind", translate("OrderDialog", "What it is"), "choice",
                  choices=lambda: [(k.id, policy_text(k.label))
                                   for k in p.evidence_kinds.values()]),
            Field("checklist", translate("OrderDialog", "Checklist item"), "choice",
                  choices=lambda: [(None, translate("OrderDialog", "None")),
                                   *sorted(checklist_items.items(), key=lambda kv: kv[1])]),
            Field("dispute", translate("OrderDialog", "Dispute"), "choice",
                  choices=self._dispute_choices),
            Field("taken_at", translate("OrderDialog", "Taken"), "instant"),
            Field("note", translate("OrderDialog", "Note"), "multiline"),
        ]

    def _evidence_summary(self, r: dict[str, Any]) -> str:
        kind = self.policy.evidence_kinds.get(r.get("kind") or "")
        return f"{r.get('name')} ({policy_text(kind.label) if kind else r.get('kind')})"

    def _refresh_choices(self) -> None:
        self.disputes.refresh_choices()
        self.evidence.refresh_choices()

    def _add_files(self) -> None:
        if self.store_file is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, translate("OrderDialog", "Add evidence "
                                                                               "files"))
        for name in paths:
            path = Path(name)
            try:
                stored = self.store_file(path)
            except UserError as exc:
                QMessageBox.warning(self, translate("OrderDialog", "Cannot add the file"), str(exc))
                continue
            kind = "own_video" if (stored.mime or "").startswith("video/") else "own_photo"
            if stored.mime == "application/pdf":
                kind = "document"
            self.evidence.append({"name": path.name, "sha256": stored.sha256,
                                  "size": stored.size, "mime": stored.mime, "kind": kind,
                                  "added_at": self.now()})

    # -- load / collect --------------------------------------------------------------------

    def _load(self, order: rec.Order | None) -> None:
        o = order or rec.Order(number="", placed_at=self.now())
        cur = o.currency

        def money(value: int | None) -> str | None:
            return None if value is None or not cur else format_amount(value, cur)

        self.number.set_value(o.number)
        self.account.setCurrentText(o.account or "")
        self.store.set_value(o.store)
        self.store_url.set_value(o.store_url)
        if order is None:  # a new order: today's date, as the order page gives it
            self.placed.set_date_only(self.now().astimezone().date())
        else:
            self.placed.set_value(o.placed_at, date_only="placed_at" in o.date_only)
        self.amount.set_value(money(o.amount))
        self.currency.set_value(o.currency or ("" if order else "USD"))
        self.status_text.set_value(o.status_text)
        self.note.setPlainText(o.note or "")
        self.shipped.set_value(o.shipped_at, date_only="shipped_at" in o.date_only)
        self.delivery_status.set_value(o.delivery_status)
        self.tracking_number.set_value(o.tracking_number)
        self.carrier.set_value(o.carrier)
        self.tracking_status.set_value(o.tracking_status)
        self.tracking_url.set_value(o.tracking_url)
        self.delivered.set_value(o.delivered_at, date_only="delivered_at" in o.date_only)
        self.confirmed.set_value(o.confirmed_at, date_only="confirmed_at" in o.date_only)
        self.days.setValue(o.protection_days or self.policy.days("protection"))
        self.ends_on.set_value(o.protection_ends_at or self.now(),
                               date_only="protection_ends_at" in o.date_only
                               if o.protection_ends_at else None)
        (self.by_date if o.protection_ends_at else self.by_days).setChecked(True)
        self._protection_mode()
        self._tracking_updated_at = o.tracking_updated_at
        self.extensions.set_records([{"days": e.days, "granted_at": e.granted_at}
                                     for e in o.extensions])
        self.items.set_records([
            {"title": i.title, "quantity": i.quantity, "price": money(i.price), "sku": i.sku,
             "url": i.url, "image_url": i.image_url} for i in o.items])
        self.disputes.set_records([
            {**{k: getattr(d, k) for k in ("reason", "item", "status", "platform_id",
                                           "opened_at", "seller_responded_at", "escalated_at",
                                           "return_requested_at", "return_tracking",
                                           "return_shipped_at", "closed_at", "remedy",
                                           "description")},
             "refund_amount": money(d.refund_amount)} for d in o.disputes])
        self.payments.set_records([{"kind": p.kind, "provider": p.provider,
                                    "amount": money(p.amount), "at": p.at} for p in o.payments])
        self.evidence.set_records([
            {"name": e.name, "sha256": e.sha256, "size": e.size, "mime": e.mime,
             "kind": e.kind, "checklist": e.checklist, "dispute": e.dispute, "note": e.note,
             "taken_at": e.taken_at, "added_at": e.added_at} for e in o.evidence])

    def collect(self) -> rec.Order:
        """The order the form describes. Raises UserError naming the tab and field."""
        currency = self.currency.value()
        if currency:
            currency = check_currency(currency, field=translate("OrderDialog", "Order › Amount "
                                                                               "paid (currency)"))

        def money(text: str | None, where: str) -> int | None:
            if text is None:
                return None
            if not currency:
                raise UserError(translate("OrderDialog", "an amount needs the order's currency "
                                                         "(Order tab)"), where=where)
            return parse_amount(text, currency, field=where)

        number = check_order_number(self.number.value() or "",
                                    where=translate("OrderDialog", "Order › Order number"))
        items = tuple(
            rec.Item(title=r.get("title") or "", url=r.get("url"), sku=r.get("sku"),
                     quantity=r.get("quantity") or 1,
                     price=money(r.get("price"), translate("OrderDialog", "Items › {index} › "
                                                                          "Price")
                                 .format(index=i + 1)),
                     image_url=r.get("image_url"))
            for i, r in enumerate(self.items.records))
        disputes = tuple(
            rec.Dispute(
                **_fields(r, ("reason", "item", "platform_id", "opened_at",
                              "seller_responded_at", "escalated_at", "return_requested_at",
                              "return_tracking", "return_shipped_at", "closed_at", "remedy",
                              "description")),
                status=r.get("status") or "open",
                refund_amount=money(r.get("refund_amount"),
                                    translate("OrderDialog", "Disputes › {index} › Refund")
                                    .format(index=i + 1)))
            for i, r in enumerate(self.disputes.records))
        payments = tuple(
            rec.Payment(kind=r.get("kind") or "refund", provider=r.get("provider"),
                        amount=money(r.get("amount"),
                                     translate("OrderDialog", "Refunds › {index} › Amount")
                                     .format(index=i + 1)),
                        at=r.get("at"))
            for i, r in enumerate(self.payments.records))
        evidence = tuple(
            rec.Evidence(kind=r["kind"], sha256=r["sha256"], name=r["name"], size=r["size"],
                         mime=r.get("mime"), checklist=r.get("checklist"),
                         dispute=r.get("dispute"), note=r.get("note"),
                         taken_at=r.get("taken_at"), added_at=r.get("added_at"))
            for r in self.evidence.records)
        placed = self._placed()
        base = self.original or rec.Order(number=number, placed_at=placed)
        order = replace(
            base,
            number=number,
            account=self.account.currentText().strip() or None,
            store=self.store.value(),
            store_url=self.store_url.value(),
            placed_at=placed,
            shipped_at=self.shipped.value(),
            protection_days=self.days.value() if self.by_days.isChecked() else None,
            protection_ends_at=self.ends_on.value() if self.by_date.isChecked() else None,
            extensions=tuple(rec.Extension(r.get("days") or 1, r.get("granted_at"))
                             for r in self.extensions.records),
            confirmed_at=self.confirmed.value(),
            delivered_at=self.delivered.value(),
            delivery_status=self.delivery_status.value(),
            tracking_number=self.tracking_number.value(),
            carrier=self.carrier.value(),
            tracking_status=self.tracking_status.value(),
            tracking_url=self.tracking_url.value(),
            status_text=self.status_text.value(),
            amount=money(self.amount.value(), translate("OrderDialog", "Order › Amount paid")),
            currency=currency,
            note=self.note.toPlainText().strip() or None,
            items=items, disputes=disputes, payments=payments, evidence=evidence,
        )
        if order.protection_days == self.policy.days("protection") and (
                self.original is None or self.original.protection_days is None):
            order = replace(order, protection_days=None)  # the policy default, not a choice
        order = replace(order, **self._date_marks(order))
        try:
            validate_order(order, self.policy, now=self.now())
        except UserError as exc:
            field = self._date_fields().get(exc.where or "")
            if field is not None:
                field.set_problem(exc.message)
                field.setFocus()
            raise
        return order

    def _date_fields(self) -> dict[str, InstantEdit]:
        return {"placed_at": self.placed, "shipped_at": self.shipped,
                "confirmed_at": self.confirmed, "delivered_at": self.delivered,
                "protection_ends_at": self.ends_on}

    def _date_marks(self, order: rec.Order) -> dict[str, Any]:
        """Which dates were given without a time, and the estimates the edit keeps: a date the
        buyer changes is a fact (its estimate source is cleared)."""
        date_only = frozenset(name for name, field in self._date_fields().items()
                              if getattr(order, name) is not None and field.is_date_only())
        marks: dict[str, object] = {"date_only": date_only}
        original = self.original
        for name, marker in (("confirmed_at", "confirmed_estimate"),
                             ("delivered_at", "delivered_estimate")):
            if original is None or getattr(original, name) != getattr(order, name):
                marks[marker] = None
        return marks

    def _show_date_problems(self) -> None:
        """Say at each date field what is wrong with it (before the order date, in the
        future), as the buyer types."""
        fields = self._date_fields()
        try:
            order = self._preview_order()
        except (UserError, ValueError, KeyError, TypeError):
            return
        problems = dict(date_problems(replace(order, **self._date_marks(order)), self.now(),
                                      self.policy.tz))
        for name, field in fields.items():
            field.set_problem(problems.get(name))

    def order(self) -> rec.Order:
        assert self._result is not None
        return self._result

    def accept(self) -> None:
        try:
            self._result = self.collect()
        except UserError as exc:
            QMessageBox.warning(self, translate("OrderDialog", "Check the order"), str(exc))
            return
        super().accept()

    # -- live clocks -----------------------------------------------------------------------

    def _update_clocks(self) -> None:
        if not hasattr(self, "clock_view"):
            return
        try:
            order = self._preview_order()
        except (UserError, ValueError, KeyError, TypeError):
            self.clock_view.setText(translate("OrderDialog", "<i>Fill in the order date to see "
                                                             "its deadlines.</i>"))
            return
        self._show_date_problems()
        now = self.now()
        clocks = order_clocks(order, self.policy, now)
        look = STATE_LOOKS[clocks.state]
        parts = [f"<b>{look.label}</b>"]
        for clock in clocks.active():
            label = policy_text(self.policy.clocks[CLOCK_POLICY[clock.id]].label)
            when = deadline_text(clock.at)
            left = days_left(clock.at, now)
            parts.append(translate("OrderDialog", "{clock}: <b>{date}</b> ({left})").format(
                clock=label, date=when, left=_in_days(left)))
        self.clock_view.setText(" · ".join(parts))

    def _placed(self) -> datetime:
        placed = self.placed.value()
        assert placed is not None  # the order date is not optional
        return placed

    def _preview_order(self) -> rec.Order:
        """The form's dates as an order, ignoring fields that do not affect the clocks."""
        return rec.Order(
            number="0" * 8,
            placed_at=self._placed(),
            shipped_at=self.shipped.value(),
            protection_days=self.days.value() if self.by_days.isChecked() else None,
            protection_ends_at=self.ends_on.value() if self.by_date.isChecked() else None,
            extensions=tuple(rec.Extension(r.get("days") or 1)
                             for r in self.extensions.records),
            confirmed_at=self.confirmed.value(),
            delivered_at=self.delivered.value(),
            delivery_status=self.delivery_status.value(),
            disputes=tuple(rec.Dispute(r.get("reason") or "", r.get("status") or "open",
                                       opened_at=r.get("opened_at"),
                                       escalated_at=r.get("escalated_at"),
                                       return_requested_at=r.get("return_requested_at"))
                           for r in self.disputes.records),
            payments=tuple(rec.Payment(r.get("kind") or "refund")
                           for r in self.payments.records),
        )


def _in_days(days: int) -> str:
    if days < 0:
        return translate("order_dialog", "passed %n day(s) ago", None, -days)
    if days == 0:
        return translate("order_dialog", "less than a day left")
    return translate("order_dialog", "%n day(s) left", None, days)


def _fields(record: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a form record (None where missing)."""
    return {name: record.get(name) for name in names}
