"""Values the app inferred rather than was given (DOMAIN.md section 6), and how each clock came
about.

An estimate is stored with where it came from, per field: `Order.confirmed_estimate` and
`Order.delivered_estimate` hold a source id of SOURCES (None: the value was given). Entering the
real value clears the source. The protection length is an estimate whenever neither a length
nor an end date was entered: the policy's usual length is used (nothing to store).

Receipt inferred from a status is the earliest it can have been, so the deadline derived from it
is never later than the real one: it reads "at the earliest". The others read "about".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, TypeVar

from aliassist.domain.dates import deadline_text, order_date_text

if TYPE_CHECKING:  # numpy is loaded by the clocks, not by an import that only reads rows
    import numpy as np

    from aliassist.domain.clocks import ClockInputs, ClockTable
    from aliassist.domain.policy import Policy
    from aliassist.domain.records import Order

#: source id -> where the value came from, for people
SOURCES = {
    "order_status": "the order status says receipt was confirmed, but not when: the earliest "
                    "date it can have been is used",
    "tracking_update": "the date of the tracking's last update, which says delivered",
    "policy_default": "the usual protection length; the order page shows the real end date",
}
#: the estimated order fields and the clocks each one moves
ESTIMATED_FIELDS = ("confirmed_at", "delivered_at", "protection_days")
#: the field a person enters to replace each estimate (a protection length: the end date the
#: order page shows)
ESTIMATE_FIELD_ENTRY = {"confirmed_at": "confirmed_at", "delivered_at": "delivered_at",
                        "protection_days": "protection_ends_at"}
_QUALIFIER = {"order_status": "at the earliest", "tracking_update": "about",
              "policy_default": "about"}
_LABELS = {"confirmed_at": "receipt confirmed", "delivered_at": "delivered",
           "protection_days": "protection length"}


@dataclass(frozen=True, slots=True)
class Estimate:
    """One inferred value of an order: `field` (of ESTIMATED_FIELDS) and its `source` id."""

    field: str
    source: str

    @property
    def qualifier(self) -> str:
        """"about" or "at the earliest": the word put before the value."""
        return _QUALIFIER.get(self.source, "about")

    @property
    def why(self) -> str:
        return SOURCES.get(self.source, self.source)

    @property
    def label(self) -> str:
        return _LABELS[self.field]


#: an instant, as a datetime or as seconds since 1970 (the importers' rows)
When = TypeVar("When", datetime, int)


def inferred_receipt(placed_at: When, delivered_at: When | None) -> When:
    """When receipt was confirmed, at the earliest, for an order whose status says it was
    (completed) without saying when: the delivery date when known, else the order date. The
    deadline derived from it is never later than the real one. Its source is "order_status"."""
    return placed_at if delivered_at is None else max(placed_at, delivered_at)


def uses_default_length(order: Order) -> bool:
    return order.protection_days is None and order.protection_ends_at is None


def stored_estimates(protection_days: int | None, protection_ends_at: object | None,
                     confirmed_at: object | None, confirmed_estimate: str | None
                     ) -> tuple[bool, bool]:
    """(`uses_default_length`, `deadline_estimated`) from an order's stored fields alone: what
    a listing of many orders asks without making an Order of each."""
    default = protection_days is None and protection_ends_at is None
    return default, default or (confirmed_at is not None and bool(confirmed_estimate))


def order_estimates(order: Order) -> tuple[Estimate, ...]:
    """Every inferred value of `order`, in ESTIMATED_FIELDS order."""
    out = []
    if order.confirmed_at is not None and order.confirmed_estimate:
        out.append(Estimate("confirmed_at", order.confirmed_estimate))
    if order.delivered_at is not None and order.delivered_estimate:
        out.append(Estimate("delivered_at", order.delivered_estimate))
    if uses_default_length(order):
        out.append(Estimate("protection_days", "policy_default"))
    return tuple(out)


def estimate_of(order: Order, field: str) -> Estimate | None:
    return next((e for e in order_estimates(order) if e.field == field), None)


def deadline_estimated(order: Order) -> bool:
    """Whether the order's dispute deadline rests on an estimate (the "dates to confirm"
    filter): an inferred receipt date or the usual protection length."""
    return any(e.field in ("confirmed_at", "protection_days") for e in order_estimates(order))


def estimated_text(order: Order, field: str, platform_tz: tzinfo,
                   local_tz: tzinfo | None = None) -> str | None:
    """An order date as it reads, with "about" / "at the earliest" when it is an estimate."""
    text = order_date_text(order, field, platform_tz, local_tz)
    estimate = estimate_of(order, field)
    if text is None or estimate is None:
        return text
    return f"{estimate.qualifier} {text}"


def clock_explanations(order: Order, policy: Policy, completion: datetime,
                       protection_end: datetime) -> dict[str, str]:
    """How each order clock was reached, by clock id, in words: "order date 2026-08-24 + 90
    days of protection; shipping date unknown, so the order date is used"."""
    tz = policy.tz

    def date_of(name: str) -> str:
        return order_date_text(order, name, tz) or ""

    if order.shipped_at is not None:
        start = f"shipping date {date_of('shipped_at')}"
        unknown = ""
    else:
        start = f"order date {date_of('placed_at')}"
        unknown = "; shipping date unknown, so the order date is used"
    if order.protection_ends_at is not None:
        protection = (f"protection end {date_of('protection_ends_at')} as entered from the "
                      "order page")
        unknown = ""
    elif order.protection_days is not None:
        protection = f"{start} + {order.protection_days} days of protection"
    else:
        protection = (f"{start} + about {policy.days('protection')} days of protection "
                      "(the usual length: the order page shows the real end)")
    if order.extensions:
        protection += f" + {order.extension_days} days of extensions"
    protection += unknown

    grace = policy.days("grace")
    if order.confirmed_at is not None and order.confirmed_at < protection_end:
        estimate = estimate_of(order, "confirmed_at")
        receipt = f"receipt confirmed {date_of('confirmed_at')}"
        if estimate is not None:
            receipt = (f"receipt confirmed {estimate.qualifier} {date_of('confirmed_at')} "
                       f"({estimate.why})")
        deadline = f"{receipt} + {grace} days"
    else:
        deadline = f"protection end {deadline_text(completion)} + {grace} days"
    placed_text = date_of("placed_at")
    return {
        "protection_end": protection,
        "dispute_deadline": deadline,
        "extension_request": f"protection end - {policy.days('extension_request')} days: "
                             "the best time to ask the seller for more time",
        "paypal_claim": f"order date {placed_text} + {policy.days('paypal_claim')} days",
        "card_chargeback": f"order date {placed_text} + {policy.days('card_chargeback')} days",
    }


def estimated_deadlines(inputs: ClockInputs, table: ClockTable,
                        confirmed_estimated: np.ndarray) -> np.ndarray:
    """`deadline_estimated` over columns, for orders whose deadline still counts (not in
    dispute, not closed): bool per order, the "dates to confirm" filter."""
    import numpy as np

    default_length = (inputs.protection_days <= 0) & np.isnat(inputs.protection_ends)
    receipt = confirmed_estimated & (inputs.confirmed < table.protection_end)
    return (default_length | receipt) & ~(inputs.open_dispute | inputs.closed)
