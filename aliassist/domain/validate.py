"""Checks that a record makes sense before it is stored, wherever it came from (data file,
importer, dialog). Each problem names the field, relative to the order."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from aliassist.domain import records as rec
from aliassist.domain.controls import show_controls
from aliassist.domain.dates import given_day, value_text
from aliassist.domain.policy import Policy
from aliassist.errors import UserError

#: any platform's order number: letters and digits with a few joiners, never a path or a
#: control character (it ends up in file names and on the terminal)
_OTHER_NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_.#+-]*$", re.ASCII)
_DIGITS = re.compile(r"^\d{6,30}$")
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$")

#: Spreadsheets keep 15 significant digits of a number and zero the rest.
SPREADSHEET_DIGITS = 15
#: This many trailing zeros on a longer number means a spreadsheet cut it (1 in 10,000 by chance).
CERTAINLY_ZEROED = 4


def zeroed_tail(number: str) -> bool:
    """True when `number` is longer than a spreadsheet keeps and every digit past the 15th is 0:
    it may have been cut (whether it was, the rest of its file tells; see check_order_number)."""
    return (len(number) > SPREADSHEET_DIGITS and number.isdigit()
            and not number[SPREADSHEET_DIGITS:].strip("0"))


def keeps_long_digits(number: str) -> bool:
    """True when `number` is longer than 15 digits and one of the digits past the 15th is not 0:
    whatever it passed through kept every digit."""
    return (len(number) > SPREADSHEET_DIGITS and number.isdigit()
            and bool(number[SPREADSHEET_DIGITS:].strip("0")))


def check_order_number(number: object, platform: str = rec.DEFAULT_PLATFORM, *,
                       where: str | None = "number", cut_to_15_digits: bool = False) -> str:
    """Return the order number, or say why it cannot be one (spreadsheets mangle them).

    A number longer than 15 digits that ends in 4 or more zeros was cut by a spreadsheet (a real
    one ends so once in 10,000). `cut_to_15_digits` says the number's source is known to have
    been through a spreadsheet (no long number in it keeps its 16th digit): then any long number
    whose digits past the 15th are all zero is refused too.
    """
    if isinstance(number, (int, float)) and not isinstance(number, bool):
        raise UserError(
            f"the order number {number!r} is a number, not text; long order numbers lose digits "
            "as numbers", where=where, hint='write it in quotes, as "8187000000000001"')
    if not isinstance(number, str) or not number.strip():
        raise UserError("the order number is missing", where=where)
    text = number.strip()
    if _SCIENTIFIC.match(text):
        raise UserError(
            f"the order number {text!r} was turned into scientific notation by a spreadsheet and "
            "has lost its last digits", where=where,
            hint="export again with the column formatted as text")
    if platform == rec.DEFAULT_PLATFORM and not _DIGITS.match(text):
        raise UserError(f"{text!r} is not an AliExpress order number (digits only)", where=where)
    if zeroed_tail(text):
        zeros = len(text) - len(text.rstrip("0"))
        if zeros >= CERTAINLY_ZEROED or cut_to_15_digits:
            why = (f"ends in {zeros} zeros" if zeros >= CERTAINLY_ZEROED else
                   "ends in zeros past its 15th digit, as does every long order number in "
                   "this file")
            raise UserError(
                f"the order number {text} {why}: a spreadsheet kept only its first digits and "
                "zeroed the rest, so it is no longer the real number", where=where,
                hint="export again with the column formatted as text; if the number really "
                     "is right, add the order by hand")
    if len(text) > 64 or not _OTHER_NUMBER.match(text) or ".." in text:
        shown = show_controls(text[:64])
        raise UserError(f"{shown!r} is not an order number (letters, digits and - _ . # + "
                        "only, at most 64)", where=where)
    return text


#: How far in the future a recorded date may be: a day covers every time zone's "today".
FUTURE_SLACK = timedelta(days=1)
#: Order dates that cannot come before the order was placed, and what each is called.
AFTER_PLACED = {"shipped_at": "shipping date", "delivered_at": "delivery date",
                "confirmed_at": "receipt date"}
_DATE_NAMES = {"placed_at": "order date", "protection_ends_at": "protection end",
               "tracking_updated_at": "tracking update", **AFTER_PLACED}


def date_problems(order: rec.Order, now: datetime, platform_tz: tzinfo
                  ) -> list[tuple[str, str]]:
    """The order's dates that cannot be right, as (field path, what is wrong): shipping,
    delivery and receipt before the order date; anything recorded more than a day after `now`.
    A date given without a time is compared by its date, so a receipt on the day of the order
    is never "before" it."""
    out: list[tuple[str, str]] = []

    def shown(name: str, at: datetime) -> str:
        return value_text(at, date_only=name in order.date_only, platform_tz=platform_tz)

    def before(name: str, at: datetime) -> bool:
        if name in order.date_only or "placed_at" in order.date_only:
            return given_day(at, platform_tz) < given_day(order.placed_at, platform_tz)
        return at < order.placed_at

    latest = now + FUTURE_SLACK
    if order.placed_at > latest:
        out.append(("placed_at", f"the order date {shown('placed_at', order.placed_at)} is in "
                                 "the future"))
    for name, label in AFTER_PLACED.items():
        at = getattr(order, name)
        if at is not None and before(name, at):
            out.append((name, f"the {label} {shown(name, at)} is before the order date "
                              f"{shown('placed_at', order.placed_at)}"))
        elif at is not None and at > latest:
            out.append((name, f"the {label} {shown(name, at)} is in the future"))
    if order.tracking_updated_at is not None and order.tracking_updated_at > latest:
        out.append(("tracking_updated_at", "the tracking update is in the future"))
    for i, ext in enumerate(order.extensions):
        if ext.granted_at is not None and ext.granted_at > latest:
            out.append((f"extensions[{i}].granted_at", "the extension is dated in the future"))
    for i, dispute in enumerate(order.disputes):
        for name in ("opened_at", "seller_responded_at", "escalated_at", "return_requested_at",
                     "return_shipped_at", "closed_at"):
            at = getattr(dispute, name)
            if at is not None and at > latest:
                out.append((f"disputes[{i}].{name}", f"dispute {i + 1}: the date "
                            f"{value_text(at, date_only=False, platform_tz=platform_tz)} is "
                            "in the future"))
    for i, payment in enumerate(order.payments):
        if payment.at is not None and payment.at > latest:
            out.append((f"payments[{i}].at", "the payment is dated in the future"))
    return out


def validate_order(order: rec.Order, policy: Policy, where: str = "", *,
                   now: datetime | None = None) -> None:
    """Raise UserError at the first field that is wrong. With `now`, the dates are checked too
    (`date_problems`)."""

    def fail(path: str, message: str) -> None:
        raise UserError(message, where=f"{where}{path}" if where else path)

    if now is not None:
        for path, message in date_problems(order, now, policy.tz):
            fail(path, message)

    check_order_number(order.number, order.platform, where=f"{where}number")
    problem = rec.assignee_problem(order.assignee)
    if problem is not None:
        fail("assignee", problem)
    if order.delivery_status is not None and order.delivery_status not in rec.DELIVERY_STATUSES:
        fail("delivery_status", f"unknown delivery status {order.delivery_status!r}; expected "
             f"one of {', '.join(rec.DELIVERY_STATUSES)}")
    if order.protection_days is not None and order.protection_days < 1:
        fail("protection_days", "protection must last at least 1 day")
    if order.amount is not None and not order.currency:
        fail("currency", "an amount needs its currency (USD, EUR, ...)")
    for i, ext in enumerate(order.extensions):
        if ext.days < 1:
            fail(f"extensions[{i}].days", "an extension adds at least 1 day")
    for i, item in enumerate(order.items):
        if item.quantity < 1:
            fail(f"items[{i}].quantity", "quantity must be at least 1")
    for i, dispute in enumerate(order.disputes):
        p = f"disputes[{i}]."
        if dispute.reason not in policy.reasons:
            fail(p + "reason", f"unknown reason {dispute.reason!r}; valid reasons: "
                 f"{', '.join(policy.reasons)}")
        if dispute.status not in rec.DISPUTE_STATUSES:
            fail(p + "status", f"unknown status {dispute.status!r}; expected one of "
                 f"{', '.join(rec.DISPUTE_STATUSES)}")
        if dispute.remedy is not None and dispute.remedy not in policy.remedies:
            fail(p + "remedy", f"unknown remedy {dispute.remedy!r}; expected one of "
                 f"{', '.join(policy.remedies)}")
        if dispute.item is not None and not 0 <= dispute.item < len(order.items):
            fail(p + "item", f"item {dispute.item} does not exist (the order has "
                 f"{len(order.items)} items, counted from 0)")
        if dispute.refund_amount is not None and not order.currency:
            fail("currency", "a refund amount needs the order's currency")
    for i, payment in enumerate(order.payments):
        if payment.kind not in rec.PAYMENT_KINDS:
            fail(f"payments[{i}].kind", f"unknown payment kind {payment.kind!r}; expected one "
                 f"of {', '.join(rec.PAYMENT_KINDS)}")
        if payment.amount is not None and not order.currency:
            fail("currency", "a payment amount needs the order's currency")
    for i, ev in enumerate(order.evidence):
        p = f"evidence[{i}]."
        if ev.kind not in policy.evidence_kinds:
            fail(p + "kind", f"unknown evidence kind {ev.kind!r}; expected one of "
                 f"{', '.join(policy.evidence_kinds)}")
        if ev.dispute is not None and not 0 <= ev.dispute < len(order.disputes):
            fail(p + "dispute", f"dispute {ev.dispute} does not exist (the order has "
                 f"{len(order.disputes)} disputes, counted from 0)")
        if ev.checklist is not None:
            known = {item.id for items in policy.checklists.values() for item in items}
            if ev.checklist not in known:
                fail(p + "checklist", f"unknown checklist item {ev.checklist!r}")
