"""The buyer's records as plain, immutable data: orders with their items, extensions, disputes,
payments and evidence. What the store saves, the data file carries, and the rules read.

Money is integer minor units in the order's currency. Instants are aware UTC datetimes.
Lists refer to each other by position: `Dispute.item` indexes `Order.items`,
`Evidence.dispute` indexes `Order.disputes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from aliassist.domain.order_fields import DEFAULT_PLATFORM as DEFAULT_PLATFORM
from aliassist.domain.order_fields import ORDER_DATES as ORDER_DATES

DELIVERY_STATUSES = ("not_shipped", "in_transit", "delivered", "returned", "lost")
DISPUTE_STATUSES = (
    "open",
    "seller_responded",
    "escalated",
    "return_requested",
    "return_shipped",
    "refunded",
    "rejected",
    "cancelled",
    "closed",
)
#: A dispute in one of these is running: the order is "in dispute".
OPEN_DISPUTE_STATUSES = ("open", "seller_responded", "escalated", "return_requested",
                         "return_shipped")
#: A dispute in one of these was decided: the order is "closed".
RESOLVED_DISPUTE_STATUSES = ("refunded", "rejected", "closed")
PAYMENT_KINDS = ("refund", "partial_refund", "chargeback", "provider_claim")
#: A payment of one of these kinds ends the order: nothing more to claim on the platform.
FULL_REFUND_KINDS = ("refund",)
#: Money claimed outside the platform: any later dispute is blocked (`prior_chargeback`).
CHARGEBACK_KINDS = ("chargeback", "provider_claim")
#: A payment of one of these kinds blocks every dispute on the order for good.
ENDING_PAYMENT_KINDS = (*FULL_REFUND_KINDS, *CHARGEBACK_KINDS)


@dataclass(frozen=True, slots=True)
class Item:
    title: str = ""
    url: str | None = None
    sku: str | None = None
    quantity: int = 1
    price: int | None = None
    image_url: str | None = None


@dataclass(frozen=True, slots=True)
class Extension:
    """Days the seller added to the protection timer."""

    days: int
    granted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Dispute:
    reason: str
    status: str = "open"
    item: int | None = None
    platform_id: str | None = None
    opened_at: datetime | None = None
    seller_responded_at: datetime | None = None
    escalated_at: datetime | None = None
    return_requested_at: datetime | None = None
    return_tracking: str | None = None
    return_shipped_at: datetime | None = None
    closed_at: datetime | None = None
    remedy: str | None = None
    refund_amount: int | None = None
    description: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_DISPUTE_STATUSES

    @property
    def is_resolved(self) -> bool:
        return self.status in RESOLVED_DISPUTE_STATUSES


@dataclass(frozen=True, slots=True)
class Payment:
    """Money that came back or was claimed outside the dispute: refunds, chargebacks, claims."""

    kind: str
    amount: int | None = None
    at: datetime | None = None
    provider: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A file kept in the evidence vault, known by the SHA-256 of its content."""

    kind: str
    sha256: str
    name: str
    size: int
    mime: str | None = None
    checklist: str | None = None
    dispute: int | None = None
    note: str | None = None
    taken_at: datetime | None = None
    added_at: datetime | None = None
    #: Where the file was read from on import; not part of the record.
    source: Path | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Order:
    number: str
    placed_at: datetime
    platform: str = DEFAULT_PLATFORM
    account: str | None = None
    store: str | None = None
    store_url: str | None = None
    shipped_at: datetime | None = None
    protection_days: int | None = None
    protection_ends_at: datetime | None = None
    extensions: tuple[Extension, ...] = ()
    confirmed_at: datetime | None = None
    delivered_at: datetime | None = None
    delivery_status: str | None = None
    tracking_number: str | None = None
    carrier: str | None = None
    #: the carrier's last status text, when it changed, and the tracking page (from exporters)
    tracking_status: str | None = None
    tracking_updated_at: datetime | None = None
    tracking_url: str | None = None
    #: the order status as the platform's order list shows it ("Awaiting delivery")
    status_text: str | None = None
    amount: int | None = None
    currency: str | None = None
    note: str | None = None
    items: tuple[Item, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    payments: tuple[Payment, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    #: the names (of ORDER_DATES) of the dates given without a time of day
    date_only: frozenset[str] = frozenset()
    #: where an inferred receipt date came from (an id of domain.estimates.SOURCES); None: given
    confirmed_estimate: str | None = None
    #: where an inferred delivery date came from; None: given
    delivered_estimate: str | None = None
    #: who looks after the order (a person's name or database role); None: nobody
    assignee: str | None = None

    @property
    def has_open_dispute(self) -> bool:
        return any(d.is_open for d in self.disputes)

    @property
    def is_closed(self) -> bool:
        """A dispute was decided, the order was fully refunded or money was claimed outside
        the platform: no dispute can be opened on it any more."""
        return self.closed_reason is not None

    @property
    def closed_reason(self) -> str | None:
        """Why every dispute on the order is blocked for good (the "closed" state says it), or
        None. The pre-check's `prior_refund` / `prior_chargeback` rules block on the same facts."""
        kinds = {p.kind for p in self.payments}
        if kinds & set(FULL_REFUND_KINDS) or self.partial_refunds_cover_amount:
            return "refunded in full"
        if "chargeback" in kinds:
            return "card chargeback recorded"
        if "provider_claim" in kinds:
            return "payment-provider claim recorded"
        decided = [d for d in self.disputes if d.is_resolved]
        if decided:
            return {"refunded": "dispute refunded", "rejected": "dispute rejected"}.get(
                decided[-1].status, "dispute closed")
        return None

    @property
    def partial_refunds_cover_amount(self) -> bool:
        """Partial refunds that add up to the order's amount are a full refund (DOMAIN.md
        section 6)."""
        if not self.amount or self.amount <= 0:
            return False
        refunded = sum(p.amount or 0 for p in self.payments if p.kind == "partial_refund")
        return refunded >= self.amount

    @property
    def extension_days(self) -> int:
        return sum(e.days for e in self.extensions)


#: the longest name an order can be assigned to (orders.assignee)
MAX_ASSIGNEE = 100


def assignee_problem(name: str | None) -> str | None:
    """Why `name` cannot be an order's assignee (None: it can). A name is one line of text,
    without surrounding spaces, at most MAX_ASSIGNEE characters."""
    if name is None:
        return None
    if not name.strip():
        return "a name cannot be empty (to assign the order to nobody, leave it out)"
    if name != name.strip() or any(c < " " or c == "\x7f" for c in name):
        return "a name is one line without surrounding spaces"
    if len(name) > MAX_ASSIGNEE:
        return f"a name has at most {MAX_ASSIGNEE} characters, not {len(name)}"
    return None
