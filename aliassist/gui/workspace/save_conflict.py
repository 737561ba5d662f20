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
from aliassist.gui.workspace.order_dialog import (
    DELIVERY_LABELS,
    payment_label,
    status_label,
    translated,
)
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_policy import policy_text
from aliassist.services.orders import OrderChangedError

#: how each field of an order is named in the table (the editor's words)
FIELD_LABELS = {
    "number": QT_TRANSLATE_NOOP("SaveConflictDialog", "Order number"),
    "platform": QT_TRANSLATE_NOOP("SaveConflictDialog", "Platform"),
    "account": QT_TRANSLATE_NOOP("SaveConflictDialog", "Account"),
    "store": QT_TRANSLATE_NOOP("SaveConflictDialog", "Store"),
    "store_url": QT_TRANSLATE_NOOP("SaveConflictDialog", "Store link"),
    "placed_at": QT_TRANSLATE_NOOP("SaveConflictDialog", "Order placed"),
    "shipped_at": QT_TRANSLATE_NOOP("SaveConflictDialog", "Shipped"),
    "protection_days": QT_TRANSLATE_NOOP("SaveConflictDialog", "Buyer Protection (days)"),
    "protection_ends_at": QT_TRANSLATE_NOOP("SaveConflictDialog", "Buyer Protection ends on"),
    "extensions": QT_TRANSLATE_NOOP("SaveConflictDialog", "Extensions granted"),
    "confirmed_at": QT_TRANSLATE_NOOP("SaveConflictDialog", "Received"),
    "delivered_at": QT_TRANSLATE_NOOP("SaveConflictDialog", "Delivered"),
    "delivery_status": QT_TRANSLATE_NOOP("SaveConflictDialog", "Delivery"),
    "tracking_number": QT_TRANSLATE_NOOP("SaveConflictDialog", "Tracking number"),
    "carrier": QT_TRANSLATE_NOOP("SaveConflictDialog", "Carrier"),
    "tracking_status": QT_TRANSLATE_NOOP("SaveConflictDialog", "Tracking status"),
    "tracking_updated_at": QT_TRANSLATE_NOOP("SaveConflictDialog", "Tracking status updated"),
    "tracking_url": QT_TRANSLATE_NOOP("SaveConflictDialog", "Tracking link"),
    "status_text": QT_TRANSLATE_NOOP("SaveConflictDialog", "Platform status"),
    "amount": QT_TRANSLATE_NOOP("SaveConflictDialog", "Amount paid"),
    "currency": QT_TRANSLATE_NOOP("SaveConflictDialog", "Currency"),
    "note": QT_TRANSLATE_NOOP("SaveConflictDialog", "Note"),
    "items": QT_TRANSLATE_NOOP("SaveConflictDialog", "Items"),
    "disputes": QT_TRANSLATE_NOOP("SaveConflictDialog", "Disputes"),
    "payments": QT_TRANSLATE_NOOP("SaveConflictDialog", "Refunds and claims"),
    "evidence": QT_TRANSLATE_NOOP("SaveConflictDialog", "Evidence files"),
    "date_only": QT_TRANSLATE_NOOP("SaveConflictDialog", "Dates given without a time"),
    "confirmed_estimate": QT_TRANSLATE_NOOP("SaveConflictDialog", "Receipt date estimated"),
    "delivered_estimate": QT_TRANSLATE_NOOP("SaveConflictDialog", "Delivery date estimated"),
    "assignee": QT_TRANSLATE_NOOP("SaveConflictDialog", "Assigned to"),
}
NOTHING = QT_TRANSLATE_NOOP("SaveConflictDialog", "(empty)")
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

        heading = QLabel(translate("SaveConflictDialog", "<b>Someone else saved order {number} "
                                                         "while you were editing it.</b>")
                         .format(number=html.escape(number)))
        heading.setWordWrap(True)
        self.summary = QLabel(html.escape(conflict_summary(conflict)))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(translate("SaveConflictDialog", "Your values and theirs"))
        theirs = (translate("SaveConflictDialog", "{who}’s (saved)").format(who=conflict.saved_by)
                  if conflict.saved_by else translate("SaveConflictDialog", "Theirs (saved)"))
        self.table.setHorizontalHeaderLabels([
            translate("SaveConflictDialog", "Field"),
            translate("SaveConflictDialog", "Yours (not saved)"), theirs])
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
        self.save_button = buttons.addButton(
            translate("SaveConflictDialog", "Save mine over theirs"),
            QDialogButtonBox.ButtonRole.DestructiveRole)
        self.edit_button = buttons.addButton(translate("SaveConflictDialog", "Edit again"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
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


def field_label(name: str) -> str:
    """How the field `name` of an order is named (the editor's words)."""
    label = FIELD_LABELS.get(name)
    return (translate("SaveConflictDialog", label) if label is not None
            else name.replace("_", " ").capitalize())


def conflict_summary(conflict: OrderChangedError) -> str:
    """`Ben saved it on 21 Nov 2026, 13:05 (version 3); you opened version 2. Your changes are
    not saved yet.`"""
    if conflict.saved_by:
        saved = (translate("SaveConflictDialog", "{who} saved it on {time} (version {version}); "
                                                 "you opened version {expected}.")
                 if conflict.saved_at is not None
                 else translate("SaveConflictDialog", "{who} saved it (version {version}); you "
                                                      "opened version {expected}."))
    else:
        saved = (translate("SaveConflictDialog", "Someone else saved it on {time} (version "
                                                 "{version}); you opened version {expected}.")
                 if conflict.saved_at is not None
                 else translate("SaveConflictDialog", "Someone else saved it (version {version}); "
                                                      "you opened version {expected}."))
    who = conflict.saved_by or ""
    saved = saved.format(who=who[:1].upper() + who[1:], version=conflict.version,
                         expected=conflict.expected,
                         time=instant_text(conflict.saved_at) if conflict.saved_at else "")
    differ = (translate("SaveConflictDialog", "Yours and theirs differ in %n field(s):", None,
                        len(conflict.fields)) if conflict.fields
              else translate("SaveConflictDialog", "Your version and theirs hold the same "
                                                   "values."))
    return translate("SaveConflictDialog", "{saved} Your changes are not saved yet. {differ}"
                     ).format(saved=saved, differ=differ)


def edit_again_notice(conflict: OrderChangedError) -> str:
    """What the editor, reopened with your values, says on top."""
    if conflict.saved_by:
        saved = (translate("SaveConflictDialog", "{who} saved this order on {time} while you were "
                                                 "editing it (version {version})")
                 if conflict.saved_at is not None
                 else translate("SaveConflictDialog", "{who} saved this order while you were "
                                                      "editing it (version {version})"))
    else:
        saved = (translate("SaveConflictDialog", "Someone else saved this order on {time} while "
                                                 "you were editing it (version {version})")
                 if conflict.saved_at is not None
                 else translate("SaveConflictDialog", "Someone else saved this order while you "
                                                      "were editing it (version {version})"))
    who = conflict.saved_by or ""
    saved = saved.format(who=who[:1].upper() + who[1:], version=conflict.version,
                         time=instant_text(conflict.saved_at) if conflict.saved_at else "")
    fields = (", ".join(field_label(n) for n in conflict.fields)
              or translate("SaveConflictDialog", "nothing"))
    return translate("SaveConflictDialog", "These are your values, not saved yet. {saved}; theirs "
                                           "differs from yours in: {fields}. Save stores what "
                                           "this editor shows.").format(saved=saved, fields=fields)


def differences(conflict: OrderChangedError, policy: Policy
                ) -> list[tuple[str, str, str]]:
    """(field label, yours, theirs) for each field in which the two differ."""
    out = []
    for name in conflict.fields:
        mine = field_text(conflict.mine, name, policy)
        theirs = field_text(conflict.theirs, name, policy)
        if mine == theirs:  # a difference the summary does not show
            differ = translate("SaveConflictDialog", "{value} (details differ)")
            mine, theirs = differ.format(value=mine), differ.format(value=theirs)
        out.append((field_label(name), mine, theirs))
    return out


def field_text(order: rec.Order, name: str, policy: Policy) -> str:
    """The order's field `name` as a person reads it."""
    value: Any = getattr(order, name)
    money: Callable[[int | None], str] = lambda v: display_amount(v, order.currency)  # noqa: E731
    nothing = translate("SaveConflictDialog", NOTHING)
    if name == "amount":
        return money(value) or nothing
    if isinstance(value, datetime):
        return value_text(value, date_only=name in order.date_only, platform_tz=policy.tz)
    if name == "delivery_status":
        return translated(DELIVERY_LABELS).get(value, str(value))
    if name == "items":
        untitled = translate("SaveConflictDialog", "(untitled)")
        return _lines(value, translate("SaveConflictDialog", "no items"),
                      lambda i: (f"{i.quantity} × {i.title or untitled}"
                                                + (f" ({i.sku})" if i.sku else "")
                                                + (f", {money(i.price)}" if i.price else "")))
    if name == "disputes":
        def dispute(d: rec.Dispute) -> str:
            reason = policy.reasons.get(d.reason)
            text = (f"{policy_text(reason.label) if reason else d.reason}: "
                    f"{status_label(d.status)}")
            if d.platform_id:
                text += translate("SaveConflictDialog", ", id {platform_id}").format(
                    platform_id=d.platform_id)
            if d.description:
                text += f", “{d.description[:60]}{'…' if len(d.description) > 60 else ''}”"
            return text
        return _lines(value, translate("SaveConflictDialog", "no disputes"), dispute)
    if name == "payments":
        return _lines(value, translate("SaveConflictDialog", "no payments"),
                      lambda p: " ".join(filter(None, (
            payment_label(p.kind), money(p.amount), p.provider,
            value_text(p.at, date_only=False, platform_tz=policy.tz) if p.at else None))))
    if name == "evidence":
        return _lines(value, translate("SaveConflictDialog", "no files"),
                      lambda e: " ".join(filter(None, (
            e.name, f"({e.note})" if e.note else None))))
    if name == "extensions":
        return _lines(value, translate("SaveConflictDialog", "no extensions"),
                      lambda e: translate("SaveConflictDialog", "+%n day(s)", None, e.days))
    if name == "date_only":
        return ", ".join(sorted(field_label(n) for n in value)) or nothing
    if name in ("confirmed_estimate", "delivered_estimate"):
        return (translate("SaveConflictDialog", "yes ({how})").format(how=value) if value
                else translate("SaveConflictDialog", "no: given"))
    if value is None or value == "":
        return nothing
    return str(value)


def _lines(values: tuple[Any, ...], none: str, text: Callable[[Any], str]) -> str:
    if not values:
        return none
    return "\n".join(f"{n}. {text(v)}" for n, v in enumerate(values, 1))
