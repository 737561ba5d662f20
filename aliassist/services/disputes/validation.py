"""What the buyer typed about a dispute, checked: the planned dispute (reason, item, remedy,
amount) and which recorded dispute a reference names."""

from __future__ import annotations

from collections.abc import Sequence

from aliassist.domain import records as rec
from aliassist.domain.findings import Finding
from aliassist.domain.money import parse_amount
from aliassist.domain.policy import Policy
from aliassist.domain.precheck import PlannedDispute
from aliassist.errors import NotFoundError, UserError
from aliassist.i18n import translate


class DisputeBlockedError(UserError):
    """Recording a dispute the pre-check blocks, without --force: a check found a problem."""

    exit_code = 1

    def __init__(self, message: str, findings: Sequence[Finding]):
        super().__init__(message, hint="fix what blocks it, or record it anyway with --force "
                                       "if it is already filed")
        self.findings = list(findings)


def planned_dispute(policy: Policy, order: rec.Order, *, reason: str | None,
                    item: int | None = None, remedy: str | None = None,
                    amount: str | None = None, text: str | None = None) -> PlannedDispute:
    """Check the buyer's choices against the policy and the order; UserError names the field."""
    if reason is None:
        raise UserError(translate("Disputes", "choose a reason; valid reasons: {reasons}").format(
            reasons=", ".join(policy.reasons)), where="reason")
    policy.reason(reason)  # unknown -> UserError listing the valid ones
    if item is not None and not 0 <= item < len(order.items):
        raise UserError(translate("Disputes", "item {item} does not exist; {items}").format(
            item=item, items=_item_list(order)), where="item")
    if remedy is not None and remedy not in policy.remedies:
        raise UserError(translate("Disputes", "unknown remedy {remedy}; valid remedies: "
                                              "{remedies}").format(
            remedy=repr(remedy), remedies=", ".join(policy.remedies)), where="remedy")
    refund = None
    if amount is not None:
        if remedy is None or not policy.remedies[remedy].needs_amount:
            needing = ", ".join(r.id for r in policy.remedies.values() if r.needs_amount)
            raise UserError(translate("Disputes", "an amount goes with the remedy {remedy}")
                            .format(remedy=needing), where="amount")
        if not order.currency:
            raise UserError(no_currency(order.number), where="amount")
        refund = parse_amount(amount, order.currency, field="amount")
        if refund == 0:
            raise UserError(translate("Disputes", "a refund of 0 asks for nothing"),
                            where="amount")
    elif remedy is not None and policy.remedies[remedy].needs_amount:
        raise UserError(translate("Disputes", "the remedy {remedy} needs the amount you ask for")
                        .format(remedy=remedy), where="amount")
    return PlannedDispute(reason, item, remedy, refund, text)


def _item_list(order: rec.Order) -> str:
    if not order.items:
        return f"order {order.number} has no items"
    names = ", ".join(f"{i}: {it.title or '(no title)'}" for i, it in enumerate(order.items))
    return f"order {order.number} has {len(order.items)} (counted from 0): {names}"


def resolve_dispute(order: rec.Order, ref: str | None) -> int:
    """The index of the dispute `ref` names on `order`: its platform dispute id, or its number
    (from 1). Without `ref`: the order's only dispute, or its only running one."""
    disputes = order.disputes
    if not disputes:
        raise NotFoundError(translate("Disputes", "order {number} has no disputes").format(
            number=order.number),
                            hint=translate("Disputes", "`aliassist dispute opened` records one"))
    if ref is None:
        if len(disputes) == 1:
            return 0
        running = [i for i, d in enumerate(disputes) if d.is_open]
        if len(running) == 1:
            return running[0]
        raise UserError(translate("Disputes", "order {number} has {count} disputes; say which: "
                                              "{disputes}").format(
            number=order.number, count=len(disputes), disputes=dispute_list_text(order)),
                        where="dispute")
    ref = ref.strip()
    for i, d in enumerate(disputes):
        if d.platform_id is not None and d.platform_id == ref:
            return i
    if ref.isdigit() and 1 <= int(ref) <= len(disputes):
        return int(ref) - 1
    raise NotFoundError(translate("Disputes", "order {number} has no dispute {ref}; its disputes: "
                                              "{disputes}").format(
        number=order.number, ref=repr(ref), disputes=dispute_list_text(order)), where="dispute")


def no_currency(number: str) -> str:
    """The error of an amount given for an order without a currency."""
    return translate("Disputes", "order {number} has no currency; add the amount paid and its "
                                 "currency to the order first").format(number=number)


def dispute_list_text(order: rec.Order) -> str:
    parts = []
    for i, d in enumerate(order.disputes):
        pid = f"{d.platform_id}, " if d.platform_id else ""
        parts.append(f"{i + 1} ({pid}{d.reason}, {d.status})")
    return "; ".join(parts)
