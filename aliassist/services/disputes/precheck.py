"""The pre-check of a planned or recorded dispute: its inputs loaded once, the findings and
the clocks at one `now`, and the draft description."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from aliassist.domain import records as rec
from aliassist.domain.checklist import ChecklistEntry, checklist_for
from aliassist.domain.clocks import DISPUTE_CLOCKS, ORDER_TIMELINE, OrderClocks, order_clocks
from aliassist.domain.draft import Draft, draft_description
from aliassist.domain.findings import Finding, any_blocks
from aliassist.domain.instants import format_instant
from aliassist.domain.precheck import DisputedListing, PlannedDispute, precheck
from aliassist.i18n_draft import draft_words
from aliassist.services.disputes.validation import planned_dispute, resolve_dispute
from aliassist.services.evidence_state import evidence_findings
from aliassist.store.disputed_listings import disputed_listings
from aliassist.store.order_records import read_order, require_order_id

if TYPE_CHECKING:
    from aliassist.services.context import AnyContext


@dataclass(frozen=True)
class CheckInputs:
    """What the pre-check reads from the store for one order, read once: the wizard re-runs the
    check on every keystroke with these."""

    order_id: int
    order: rec.Order
    #: the disputed items of the store's other orders (the multi-account rule)
    others: tuple[DisputedListing, ...]
    #: findings about the evidence files, computed when the inputs are loaded
    evidence_findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class DisputeCheck:
    """The result of a pre-check: `check --json` prints `to_json()`."""

    order: rec.Order
    planned: PlannedDispute
    findings: list[Finding]
    clocks: OrderClocks
    #: the reason's evidence checklist over the order's files (empty while no known reason is
    #: chosen), and the one instant the findings, clocks and checklist were computed at: the
    #: packet shows these, not a second computation
    checklist: tuple[ChecklistEntry, ...] = ()
    now: datetime | None = None

    @property
    def ready(self) -> bool:
        return not any_blocks(self.findings)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocks]

    def to_json(self) -> dict[str, Any]:
        return {"order": self.order.number, "reason": self.planned.reason, "ready": self.ready,
                "findings": [f.to_json() for f in self.findings],
                "clocks": clocks_json(self.clocks)}


def clocks_json(clocks: OrderClocks) -> dict[str, Any]:
    """Every clock of an order (ISO 8601 UTC); dispute clocks under "disputes" by index."""
    out: dict[str, Any] = {name: format_instant(getattr(clocks, name))
                           for name in ORDER_TIMELINE}
    out["disputes"] = [
        {"dispute": dc.index, "number": dc.index + 1,
         **{name: format_instant(getattr(dc, name)) for name in DISPUTE_CLOCKS}}
        for dc in clocks.disputes]
    return out


def load_check_inputs(ctx: AnyContext, order_id: int, dispute: int | None = None, *,
                      order: rec.Order | None = None) -> CheckInputs:
    """Read the order (unless the caller has just read it: `order`), the other accounts'
    disputed items and the evidence findings (the checks on attached files:
    photo_predates_delivery, looks_like_listing, upload_unfit). Everything that runs a
    pre-check (the CLI, the wizard, the packet) comes through here."""
    with ctx.reading() as snapshot:
        order = read_order(snapshot, order_id) if order is None else order
        others = disputed_listings(snapshot, order_id)
    extra = evidence_findings(ctx, order_id, dispute, order=order)
    return CheckInputs(order_id, order, tuple(others), tuple(extra))


def run_check(ctx: AnyContext, inputs: CheckInputs, planned: PlannedDispute,
              existing: int | None = None, now: datetime | None = None) -> DisputeCheck:
    """The pre-check of `planned` on the loaded inputs (no database access)."""
    now = ctx.now() if now is None else now
    findings = precheck(ctx.policy, inputs.order, planned, now, others=inputs.others,
                        existing=existing, extra=inputs.evidence_findings)
    reason = planned.reason
    checklist = (tuple(checklist_for(ctx.policy, reason, inputs.order, existing))
                 if reason is not None and reason in ctx.policy.reasons else ())
    return DisputeCheck(inputs.order, planned, findings,
                        order_clocks(inputs.order, ctx.policy, now), checklist, now)


def find_order(ctx: AnyContext, number: str) -> tuple[int, rec.Order]:
    with ctx.reading() as snapshot:
        order_id = require_order_id(snapshot, number.strip())
        return order_id, read_order(snapshot, order_id)


def check_dispute(ctx: AnyContext, number: str, *, reason: str | None, item: int | None = None,
                  remedy: str | None = None, amount: str | None = None,
                  text: str | None = None) -> DisputeCheck:
    """`aliassist check`: the pre-check of a dispute the buyer plans on order `number`."""
    order_id, order = find_order(ctx, number)
    planned = planned_dispute(ctx.policy, order, reason=reason, item=item, remedy=remedy,
                              amount=amount, text=text)
    return run_check(ctx, load_check_inputs(ctx, order_id, order=order), planned)


def check_recorded_dispute(ctx: AnyContext, number: str, ref: str | None) -> DisputeCheck:
    """The pre-check of a dispute already recorded (for its packet): judged as of its
    opening, against what came before it."""
    order_id, order = find_order(ctx, number)
    index = resolve_dispute(order, ref)
    d = order.disputes[index]
    planned = PlannedDispute(d.reason, d.item, d.remedy, d.refund_amount, d.description)
    return run_check(ctx, load_check_inputs(ctx, order_id, index, order=order), planned,
                     existing=index)


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def draft_for(ctx: AnyContext, order: rec.Order, planned: PlannedDispute,
              language: str | None = None) -> Draft:
    """The description to file, dated in the buyer's local zone, written in `language` (a code
    of aliassist.i18n.LANGUAGES; default English, whatever the app's language)."""
    return draft_description(ctx.policy, order, planned, local_zone(), draft_words(language))
