"""When a save of the order editor is refused because someone else saved the order meanwhile
(OrderChangedError): both sides, field by field (yours and theirs, who saved theirs and when),
and the three ways on: keep theirs, save mine over theirs, or edit again with my values."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain import records as rec
from aliassist.domain.dates import instant_text, value_text
from aliassist.domain.money import display_amount
from aliassist.domain.policy import Policy
from aliassist.gui.accessibility import make_accessible
from aliassist.gui.workspace.order_dialog import DELIVERY_LABELS, PAYMENT_LABELS, STATUS_LABELS
from aliassist.i18n import translate
from aliassist.services.orders import OrderChangedError

#: how each field of an order is named in the table (the editor's words)
FIELD_LABELS = {
    "number": "Order number", "platform": "Platform", "account": "Account", "store": "Store",
    "store_url": "Store link", "placed_at": "Order placed", "shipped_at": "Shipped",
    "protection_days": "Buyer Protection (days)",
    "protection_ends_at": "Buyer Protection ends on", "extensions": "Extensions granted",
    "confirmed_at": "Received", "delivered_at": "Delivered", "delivery_status": "Delivery",
    "tracking_number": "Tracking number", "carrier": "Carrier",
    "tracking_status": "Tracking status", "tracking_updated_at": "Tracking status updated",
    "tracking_url": "Tracking link", "status_text": "Platform status", "amount": "Amount paid",
    "currency": "Currency", "note": "Note", "items": "Items", "disputes": "Disputes",
    "payments": "Refunds and claims", "evidence": "Evidence files",
    "date_only": "Dates given without a time", "confirmed_estimate": "Receipt date estimated",
    "delivered_estimate": "Delivery date estimated", "assignee": "Assigned to",
}
NOTHING = "(empty)"
#: the longest text shown in a cell (the rest is in its tooltip)
CELL_CHARS = 300


class SaveConflictDialog(QDialog):
    """exec() returns KEEP_THEIRS, SAVE_MINE or EDIT_AGAIN (also for Esc or closing: nothing
    typed is lost)."""

    KEEP_THEIRS = 10
    SAVE_MINE = 11
    EDIT_AGAIN = 12

    def __init__(self, conflict: OrderChangedError, policy: Policy,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.conflict = conflict
        self.policy = policy
        number = conflict.theirs.number
        self.setWindowTitle(translate("SaveConflictDialog", "Order {number} was changed meanwhile")
                            .format(number=number))

        heading = QLabel(translate("SaveConflictDialog", "<b>Someone else saved order {escape} "
                                                         "while you were editing it.</b>")
                         .format(escape=html.escape(number)))
        heading.setWordWrap(True)
        self.summary = QLabel(html.escape(conflict_summary(conflict)))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(translate("SaveConflictDialog", "Your values and theirs"))
        theirs = f"{conflict.saved_by}’s (saved)" if conflict.saved_by else "Theirs (saved)"
        self.table.setHorizontalHeaderLabels([translate("SaveConflictDialog", "Field"), translate("SaveConflictDialog", "Yours "
                                                                                       "(not "
                                                                                       "saved)"), theirs])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows = differences(conflict, policy)
        for field, mine, theirs in self.rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((field, mine, theirs)):
                item = QTableWidgetItem(_clip(text))
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        # wrapped cells grow to their text whenever the columns get their widths
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        if not self.rows:
            self.table.setVisible(False)

        choices = QLabel(
            translate("SaveConflictDialog", "<b>Keep theirs</b>: drop your changes and show the "
                                            "order as it is saved now.<br><b>Save mine over "
                                            "theirs</b>: store your version; their values of the "
                                            "fields above are replaced.<br><b>Edit again</b>: "
                                            "reopen the editor with your values, to take over "
                                            "what you want of theirs; nothing you typed is lost."))
        choices.setWordWrap(True)
        choices.setTextFormat(Qt.TextFormat.RichText)

        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(translate("SaveConflictDialog", "Keep theirs"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button = buttons.addButton(translate("SaveConflictDialog", "Save mine over "
                                                                             "theirs"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.edit_button = buttons.addButton(translate("SaveConflictDialog", "Edit again"), QDialogButtonBox.ButtonRole.AcceptRole)
        for button, code in ((self.keep_button, self.KEEP_THEIRS),
                             (self.save_button, self.SAVE_MINE),
                             (self.edit_button, self.EDIT_AGAIN)):
            button.clicked.connect(_closer(self, code))
        self.edit_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(choices)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100,
                    metrics.height() * (13 + min(3 * len(self.rows), 18)))
        make_accessible(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def reject(self) -> None:  # Esc, the window's close button: nothing is lost
        self.done(self.EDIT_AGAIN)

    def button(self, code: int) -> QPushButton:
        return {self.KEEP_THEIRS: self.keep_button, self.SAVE_MINE: self.save_button,
                self.EDIT_AGAIN: self.edit_button}[code]


def _closer(dialog: QDialog, code: int) -> Callable[[], None]:
    return lambda: dialog.done(code)


def _clip(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…"


def who_saved(conflict: OrderChangedError) -> str:
    return conflict.saved_by or "someone else"


def conflict_summary(conflict: OrderChangedError) -> str:
    """`Ben saved it on 21 Nov 2026, 13:05 (version 3); you opened version 2. Your changes are
    not saved yet.`"""
    when = (f" on {instant_text(conflict.saved_at)}" if conflict.saved_at is not None else "")
    who = who_saved(conflict)
    return (f"{who[:1].upper()}{who[1:]} saved it{when} (version {conflict.version}); you "
            f"opened version {conflict.expected}. Your changes are not saved yet. "
            + (f"Yours and theirs differ in {len(conflict.fields)} "
               f"field{'s' if len(conflict.fields) != 1 else ''}:" if conflict.fields
               else "Your version and theirs hold the same values."))


def edit_again_notice(conflict: OrderChangedError) -> str:
    """What the editor, reopened with your values, says on top."""
    when = f" on {instant_text(conflict.saved_at)}" if conflict.saved_at is not None else ""
    who = who_saved(conflict)
    fields = ", ".join(FIELD_LABELS.get(n, n) for n in conflict.fields) or "nothing"
    return (f"These are your values, not saved yet. {who[:1].upper()}{who[1:]} saved this "
            f"order{when} while you were editing it (version {conflict.version}); theirs "
            f"differs from yours in: {fields}. Save stores what this editor shows.")


def differences(conflict: OrderChangedError, policy: Policy
                ) -> list[tuple[str, str, str]]:
    """(field label, yours, theirs) for each field in which the two differ."""
    out = []
    for name in conflict.fields:
        mine = field_text(conflict.mine, name, policy)
        theirs = field_text(conflict.theirs, name, policy)
        if mine == theirs:  # a difference the summary does not show
            mine, theirs = f"{mine} (details differ)", f"{theirs} (details differ)"
        out.append((FIELD_LABELS.get(name, name.replace("_", " ").capitalize()), mine, theirs))
    return out


def field_text(order: rec.Order, name: str, policy: Policy) -> str:
    """The order's field `name` as a person reads it."""
    value: Any = getattr(order, name)
    money: Callable[[int | None], str] = lambda v: display_amount(v, order.currency)  # noqa: E731
    if name == "amount":
        return money(value) or NOTHING
    if isinstance(value, datetime):
        return value_text(value, date_only=name in order.date_only, platform_tz=policy.tz)
    if name == "delivery_status":
        return DELIVERY_LABELS.get(value, str(value))
    if name == "items":
        return _lines(value, "item", lambda i: (f"{i.quantity} × {i.title or '(untitled)'}"
                                                + (f" ({i.sku})" if i.sku else "")
                                                + (f", {money(i.price)}" if i.price else "")))
    if name == "disputes":
        def dispute(d: rec.Dispute) -> str:
            reason = policy.reasons.get(d.reason)
            text = (f"{reason.label if reason else d.reason}: "
                    f"{STATUS_LABELS.get(d.status, d.status)}")
            if d.platform_id:
                text += f", id {d.platform_id}"
            if d.description:
                text += f", “{d.description[:60]}{'…' if len(d.description) > 60 else ''}”"
            return text
        return _lines(value, "dispute", dispute)
    if name == "payments":
        return _lines(value, "payment", lambda p: " ".join(filter(None, (
            PAYMENT_LABELS.get(p.kind, p.kind), money(p.amount), p.provider,
            value_text(p.at, date_only=False, platform_tz=policy.tz) if p.at else None))))
    if name == "evidence":
        return _lines(value, "file", lambda e: " ".join(filter(None, (
            e.name, f"({e.note})" if e.note else None))))
    if name == "extensions":
        return _lines(value, "extension", lambda e: f"+{e.days} days")
    if name == "date_only":
        return ", ".join(sorted(FIELD_LABELS.get(n, n) for n in value)) or NOTHING
    if name in ("confirmed_estimate", "delivered_estimate"):
        return f"yes ({value})" if value else "no: given"
    if value is None or value == "":
        return NOTHING
    return str(value)


def _lines(values: tuple[Any, ...], noun: str, text: Callable[[Any], str]) -> str:
    if not values:
        return f"no {noun}s"
    return "\n".join(f"{n}. {text(v)}" for n, v in enumerate(values, 1))
