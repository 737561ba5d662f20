"""A dispute's life recorded: filing it (with the pre-check's overrides), each later step and
the money that came back or was claimed. Every step is one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from aliassist.domain import records as rec
from aliassist.domain.clocks import dispute_clocks
from aliassist.domain.dispute_steps import STEPS, next_steps
from aliassist.domain.findings import Finding
from aliassist.domain.instants import format_instant
from aliassist.domain.money import amount_text, display_amount, parse_amount
from aliassist.domain.policy import Policy
from aliassist.domain.precheck import DisputedListing, PlannedDispute, precheck, refund_limit
from aliassist.errors import NotFoundError, UserError
from aliassist.i18n import translate
from aliassist.i18n_domain import status_text, step_label
from aliassist.services.context import AppContext
from aliassist.services.disputes.precheck import load_check_inputs, run_check
from aliassist.services.disputes.validation import DisputeBlockedError, no_currency, resolve_dispute
from aliassist.store import schema as db
from aliassist.store.disputed_listings import disputed_listings
from aliassist.store.repository import load_order, lock_order, require_order_id, touch_order


@dataclass(frozen=True)
class StepResult:
    number: str
    index: int
    step: str
    at: datetime
    dispute: rec.Dispute
    #: the payment recorded with the step (refunds), if any
    payment: rec.Payment | None = None
    #: the clock the step started, and when it ends
    clock: tuple[str, datetime] | None = None

    def to_json(self, currency: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {"order": self.number, "dispute": self.index,
                               "number": self.index + 1, "step": self.step,
                               "at": format_instant(self.at), "status": self.dispute.status}
        if self.payment is not None:
            out["payment"] = {"kind": self.payment.kind,
                              "amount": amount_text(self.payment.amount, currency)}
        if self.clock is not None:
            out["clock"] = {"id": self.clock[0], "at": format_instant(self.clock[1])}
        return out


def _order_row(session: Session, number: str) -> db.Order:
    """The order's row, held until the transaction ends: a step or payment another person
    records at the same time waits, then is appended after this one (both land)."""
    order_id = require_order_id(session, number.strip())
    lock_order(session, order_id)
    return session.get(db.Order, order_id)  # type: ignore[return-value]


def _step_time(ctx: AppContext, at: datetime | None, not_before: datetime | None,
          what: str) -> datetime:
    now = ctx.now()
    at = now if at is None else at
    if at > now:
        raise UserError(translate("Disputes", "{at} is in the future").format(
            at=format_instant(at)), where="at",
                        hint=translate("Disputes", "record steps when they happen"))
    if not_before is not None and at < not_before:
        raise UserError(translate("Disputes", "{at} is before {what} ({not_before})")
                        .format(at=format_instant(at), what=what,
                                not_before=format_instant(not_before)),
                        where="at")
    return at


def _last_instant(row: db.Dispute) -> datetime | None:
    stamps = [row.opened_at, row.seller_responded_at, row.escalated_at,
              row.return_requested_at, row.return_shipped_at, row.closed_at,
              *(e.at for e in row.events)]
    known = [s for s in stamps if s is not None]
    return max(known) if known else None


def record_step(ctx: AppContext, number: str, ref: str | None, step_id: str, *,
                at: datetime | None = None, amount: str | None = None,
                tracking: str | None = None, note: str | None = None) -> StepResult:
    """Record that `step_id` happened to a dispute, in one transaction. Refuses steps that
    cannot follow the dispute's status (escalating a closed dispute, say)."""
    step = STEPS.get(step_id)
    if step is None:
        raise UserError(translate("Disputes", "unknown step {step}; steps: {steps}").format(
            step=repr(step_id), steps=", ".join(STEPS)), where="step")
    with ctx.session() as session, session.begin():
        row = _order_row(session, number)
        order = load_order(session, row.id)
        index = resolve_dispute(order, ref)
        d = row.disputes[index]
        if d.status not in step.after:
            can = next_steps(d.status)
            hint = (translate("Disputes", "it can next be: {steps}").format(steps=", ".join(can))
                    if can else translate("Disputes", "it has no next step; a new problem "
                                                      "needs a new dispute"))
            raise UserError(translate("Disputes", "dispute {index} of order {number} is "
                                                  "{status}, so it cannot be {step}").format(
                index=index + 1, number=order.number, status=status_text(d.status),
                step=step_label(step.id)), where="dispute", hint=hint)
        when = _step_time(ctx, at, _last_instant(d), "the dispute's last recorded step")
        if tracking is not None and step.id not in ("return_requested", "return_shipped"):
            raise UserError(translate("Disputes", "a tracking number goes with "
                                                  "return_requested or return_shipped"),
                            where="tracking")
        if amount is not None and step.id != "refunded":
            raise UserError(translate("Disputes", "an amount goes with the refunded step"),
                            where="amount")
        payment = None
        refund = None
        if step.id == "refunded":
            payment = _refund_payment(order, order.disputes[index], amount, when)
            refund = payment.amount
        d.status = step.status
        if step.stamp is not None:
            setattr(d, step.stamp, when)
        if tracking is not None:
            d.return_tracking = tracking.strip() or None
        d.updated_at = ctx.now()
        d.events.append(db.DisputeEvent(kind=step.id, at=when, amount=refund,
                                        detail=note or tracking, recorded_at=ctx.now()))
        if payment is not None:
            row.payments.append(db.Payment(position=len(row.payments), kind=payment.kind,
                                           amount=payment.amount, at=when, dispute_id=d.id))
        touch_order(row, ctx.now())
        session.flush()
        updated = load_order(session, row.id)
    clock = _started_clock(ctx.policy, updated, index)
    return StepResult(updated.number, index, step.id, when, updated.disputes[index], payment,
                      clock)


def _refund_payment(order: rec.Order, dispute: rec.Dispute, amount: str | None,
                    at: datetime) -> rec.Payment:
    """The payment a `refunded` step records: the amount given, else what the dispute could
    ask (the item's line for one item of several, else everything paid less refunds). It is a
    full refund when it is everything paid, less refunds; a partial one otherwise."""
    order_limit, _ = refund_limit(order, None, at)
    if amount is None:
        value, _ = refund_limit(order, dispute.item, at)
        if value is None:
            raise UserError(translate("Disputes", "order {number} has no amount paid; give the "
                                                  "amount refunded").format(number=order.number),
                            where="amount")
    else:
        if not order.currency:
            raise UserError(no_currency(order.number), where="amount")
        value = parse_amount(amount, order.currency, field="amount")
        if value == 0:
            raise UserError(translate("Disputes", "a refund of 0 is not a refund; record the "
                                                  "dispute as rejected or closed instead"),
                            where="amount")
        if order_limit is not None and value > order_limit:
            raise UserError(more_than_paid(value, order_limit, order.currency), where="amount")
    full = order_limit is None or value == order_limit
    return rec.Payment("refund" if full else "partial_refund", value, at)


def _started_clock(policy: Policy, order: rec.Order, index: int
                   ) -> tuple[str, datetime] | None:
    clocks = dispute_clocks(order.disputes[index], index, policy)
    for name in clocks.active:
        return name, getattr(clocks, name)
    return None


#: The dispute event that records a pre-check overridden on purpose (--force, "Record anyway").
OVERRIDE_EVENT = "precheck_override"


def override_event(rules: Sequence[str], now: datetime) -> db.DisputeEvent:
    return db.DisputeEvent(kind=OVERRIDE_EVENT, at=now, recorded_at=now,
                           detail="recorded although the pre-check blocks it: "
                                  + ", ".join(rules))


def added_dispute_blocks(ctx: AppContext, order: rec.Order, stored: rec.Order | None,
                         order_id: int | None, now: datetime
                         ) -> list[tuple[int, list[Finding]]]:
    """The blocking pre-check findings of each dispute `order` adds to `stored` (the ones past
    its disputes), as (index, findings): the same check `dispute opened` runs, for the order
    editor and the data file. Empty: nothing blocks."""
    start = len(stored.disputes) if stored is not None else 0
    if start >= len(order.disputes):
        return []
    others: list[DisputedListing] = []
    if order_id is not None:
        with ctx.session() as session:
            others = disputed_listings(session, order_id)
    out = []
    for index in range(start, len(order.disputes)):
        d = order.disputes[index]
        planned = PlannedDispute(d.reason, d.item, d.remedy, d.refund_amount, d.description)
        findings = precheck(ctx.policy, order, planned, now, others=others, existing=index)
        blocking = [f for f in findings if f.severity == "block"]
        if blocking:
            out.append((index, blocking))
    return out


def blocked_message(order: rec.Order, blocks: Sequence[tuple[int, Sequence[Finding]]]) -> str:
    """What blocks the added disputes, for people: "dispute 2 (not received): ..."."""
    parts = []
    for index, findings in blocks:
        rules = ", ".join(f.rule for f in findings)
        parts.append(f"dispute {index + 1} ({order.disputes[index].reason}): {rules}")
    return "the pre-check blocks " + "; ".join(parts)


def record_overrides(session: Session, order_id: int,
                     blocks: Sequence[tuple[int, Sequence[Finding]]], now: datetime) -> None:
    """Write the override of each blocked dispute as a dispute event (in the caller's
    transaction, after the order was saved)."""
    rows = {d.position: d for d in session.get(db.Order, order_id).disputes}  # type: ignore[union-attr]
    for index, findings in blocks:
        rows[index].events.append(override_event([f.rule for f in findings], now))


def file_dispute(ctx: AppContext, order_id: int, planned: PlannedDispute, *,
                 platform_id: str | None = None, at: datetime | None = None,
                 force: bool = False) -> StepResult:
    """Record `planned` as opened on the platform (with the platform's dispute id) in one
    transaction. Refused with DisputeBlockedError when the pre-check blocks, unless `force`."""
    inputs = load_check_inputs(ctx, order_id)
    if planned.reason is None:
        raise UserError(translate("Disputes", "a dispute needs a reason"), where="reason")
    check = run_check(ctx, inputs, planned)
    if check.blocking and not force:
        names = ", ".join(f.rule for f in check.blocking)
        raise DisputeBlockedError(translate("Disputes", "the pre-check blocks this dispute "
                                                        "({rules})").format(rules=names),
                                  check.findings)
    overridden = [f.rule for f in check.blocking]
    platform_id = (platform_id or "").strip() or None
    with ctx.session() as session, session.begin():
        lock_order(session, order_id)
        row = session.get(db.Order, order_id)
        if row is None:
            raise NotFoundError(translate("Disputes", "no order with id {order_id}")
                                .format(order_id=order_id))
        if platform_id is not None and any(d.platform_id == platform_id for d in row.disputes):
            raise UserError(translate("Disputes", "order {number} already has a dispute "
                                                  "{platform_id}").format(
                number=row.number, platform_id=platform_id),
                            where="platform_id")
        when = _step_time(ctx, at, row.placed_at, "the order date")
        item_id = row.items[planned.item].id if planned.item is not None else None
        dispute = db.Dispute(
            position=len(row.disputes), reason=planned.reason, status="open", item_id=item_id,
            platform_id=platform_id, opened_at=when, remedy=planned.remedy,
            refund_amount=planned.refund_amount, description=planned.description,
            created_at=ctx.now(), updated_at=ctx.now())
        row.disputes.append(dispute)
        dispute.events.append(db.DisputeEvent(kind="opened", at=when,
                                              amount=planned.refund_amount,
                                              detail=platform_id, recorded_at=ctx.now()))
        if overridden:
            dispute.events.append(override_event(overridden, ctx.now()))
        touch_order(row, ctx.now())
        session.flush()
        updated = load_order(session, order_id)
    index = len(updated.disputes) - 1
    return StepResult(updated.number, index, "opened", when, updated.disputes[index], None,
                      _started_clock(ctx.policy, updated, index))


def record_payment(ctx: AppContext, number: str, kind: str, *, amount: str | None = None,
                   provider: str | None = None, at: datetime | None = None,
                   ref: str | None = None) -> rec.Payment:
    """Record money that came back or was claimed: a refund, a partial refund, a card
    chargeback or a payment-provider claim (PayPal, ...); with `ref`, tied to that dispute."""
    if kind not in rec.PAYMENT_KINDS:
        raise UserError(translate("Disputes", "unknown payment kind {kind}; kinds: {kinds}").format(
            kind=repr(kind), kinds=", ".join(rec.PAYMENT_KINDS)),
                        where="kind")
    with ctx.session() as session, session.begin():
        row = _order_row(session, number)
        order = load_order(session, row.id)
        when = _step_time(ctx, at, order.placed_at, "the order date")
        value = None
        if amount is not None:
            if not order.currency:
                raise UserError(no_currency(order.number), where="amount")
            value = parse_amount(amount, order.currency, field="amount")
        if kind in ("refund", "partial_refund"):
            limit, _ = refund_limit(order, None, when)
            if value is None:
                if kind == "partial_refund" or limit is None:
                    raise UserError(translate("Disputes", "give the amount of the {value}")
                                    .format(value=kind.replace('_', ' ')),
                                    where="amount")
                value = limit
            elif limit is not None and value > limit:
                raise UserError(more_than_paid(value, limit, order.currency), where="amount")
        dispute = None
        if ref is not None:
            dispute = row.disputes[resolve_dispute(order, ref)]
        payment = db.Payment(position=len(row.payments), kind=kind, amount=value, at=when,
                             provider=(provider or "").strip() or None,
                             dispute_id=dispute.id if dispute is not None else None)
        row.payments.append(payment)
        if dispute is not None:
            dispute.events.append(db.DisputeEvent(kind=kind, at=when, amount=value,
                                                  detail=payment.provider,
                                                  recorded_at=ctx.now()))
        touch_order(row, ctx.now())
    return rec.Payment(kind, value, when, payment.provider)


def remove_last_step(ctx: AppContext, number: str, ref: str | None) -> StepResult:
    """Take back the last step recorded on a dispute (recorded by mistake), in one transaction:
    the step leaves the history, the dispute's status and the date the step stamped are what
    the earlier steps made them, and the refund payment a `refunded` step recorded goes too.
    Filing the dispute is not a step: a dispute is removed in the order's editor."""
    with ctx.session() as session, session.begin():
        row = _order_row(session, number)
        order = load_order(session, row.id)
        index = resolve_dispute(order, ref)
        d = row.disputes[index]
        steps = [e for e in d.events if e.kind in STEPS]
        if not steps:
            raise UserError(translate("Disputes", "dispute {dispute} of order {number} has no step "
                                                  "to remove: only its filing is recorded")
                            .format(dispute=index + 1, number=order.number), where="dispute",
                            hint=translate("Disputes",
                                           "remove the dispute itself in the order's editor"))
        last, earlier = steps[-1], steps[:-1]
        step = STEPS[last.kind]
        d.status = STEPS[earlier[-1].kind].status if earlier else "open"
        if step.stamp is not None:
            same = [e.at for e in earlier if STEPS[e.kind].stamp == step.stamp]
            setattr(d, step.stamp, same[-1] if same else None)
        if last.kind in ("return_requested", "return_shipped"):
            tracked = [e.detail for e in earlier
                       if e.kind in ("return_requested", "return_shipped") and e.detail]
            d.return_tracking = tracked[-1] if tracked else None
        if last.kind == "refunded":
            paid = [p for p in row.payments if p.dispute_id == d.id and p.at == last.at
                    and p.amount == last.amount and p.kind in ("refund", "partial_refund")]
            if paid:
                row.payments.remove(paid[-1])
                session.flush()
                for position, payment in enumerate(row.payments):
                    payment.position = position
        d.events.remove(last)
        d.updated_at = row.updated_at = ctx.now()
        session.flush()
        updated = load_order(session, row.id)
    return StepResult(updated.number, index, last.kind, last.at, updated.disputes[index])


def more_than_paid(value: int, limit: int, currency: str | None) -> str:
    """The error of a refund above what was paid (less the refunds already recorded)."""
    return translate("Disputes", "{amount} is more than was paid (less refunds): {limit}").format(
        amount=display_amount(value, currency), limit=display_amount(limit, currency))
