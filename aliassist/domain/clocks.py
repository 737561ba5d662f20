"""Every deadline of an order and its disputes, and the order's state (DOMAIN.md section 1).

The order-level rule is written once, over columns (`compute_clocks`), so 100,000 orders cost a
handful of array operations; `order_clocks` applies the same rule to one order and adds the
dispute clocks. Days are exact 24-hour steps; instants are UTC. Pure: no I/O, no clock reads.
One order's clocks (the packet, the pre-check, the order pane) are worked out in plain Python,
the state by the column rule's scalar twin (domain.first_rows.state_at): they never load numpy.

    protection start    shipped_at, else placed_at
    protection end      (protection_ends_at, else start + protection days) + granted extensions
    completion          the earlier of confirmed_at and protection end
    dispute deadline    completion + grace days
    seller response     opened + 5 days          platform intervention  escalated + 7 days
    return shipment     return requested + 10 days
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from aliassist.domain.first_rows import CLOSED, DAY, OPEN_DISPUTE, UNSHIPPED, Candidate, state_at
from aliassist.domain.instants import days_left as _days_left
from aliassist.domain.instants import from_epoch, to_epoch
from aliassist.domain.policy import Policy
from aliassist.domain.records import Dispute, Order
from aliassist.domain.state_codes import NO_DAYS as NO_DAYS
from aliassist.domain.state_codes import STATE_CODE as STATE_CODE
from aliassist.domain.state_codes import STATES as STATES

if TYPE_CHECKING:
    import numpy as np
else:
    class _Numpy:
        """numpy, loaded when first used: the column classes' annotations name `np` (and
        typing.get_type_hints reads them, as the table snapshot does), but one order's clocks
        never load it."""

        def __getattr__(self, name: str) -> Any:
            import numpy

            return getattr(numpy, name)

    np = _Numpy()

#: States in which the protection timer is still running.
RUNNING_STATES = ("awaiting_shipment", "protected", "ends_soon")

#: Clocks reported by `due` and the notifier, by id.
ORDER_CLOCKS = ("protection_end", "dispute_deadline")
#: (New clocks go at the end: an index into this tuple is a column code.)
DISPUTE_CLOCKS = ("seller_response", "platform_intervention", "return_shipment", "buyer_reply")
#: Every instant of an order's OrderClocks, in timeline order (what `check` reports).
ORDER_TIMELINE = ("protection_start", "extension_request", "protection_end", "completion",
                  "dispute_deadline", "card_chargeback", "paypal_claim")
#: The dispute status in which each dispute clock runs.
DISPUTE_CLOCK_STATUS = {
    "seller_response": "open",
    "platform_intervention": "escalated",
    "return_shipment": "return_requested",
    "buyer_reply": "seller_responded",
}
#: The dispute field each dispute clock counts from.
DISPUTE_CLOCK_START = {
    "seller_response": "opened_at",
    "platform_intervention": "escalated_at",
    "return_shipment": "return_requested_at",
    "buyer_reply": "seller_responded_at",
}
#: The order states in which each order-level clock still matters (is "active").
ACTIVE_IN = {
    "protection_end": RUNNING_STATES,
    "dispute_deadline": (*RUNNING_STATES, "grace"),
}
#: Which policy clock gives each clock's length; and a label id for people.
CLOCK_POLICY = {
    "protection_end": "protection",
    "dispute_deadline": "grace",
    "extension_request": "extension_request",
    "paypal_claim": "paypal_claim",
    "card_chargeback": "card_chargeback",
    "seller_response": "seller_response",
    "buyer_reply": "buyer_reply",
    "platform_intervention": "platform_intervention",
    "return_shipment": "return_shipment",
}

@dataclass(frozen=True)
class ClockInputs:
    """Order columns the clocks read; one entry per order. Instants are datetime64[s] (NaT =
    unknown); `protection_days` 0 means the policy default; `extension_days` is the sum granted."""

    placed: np.ndarray
    shipped: np.ndarray
    protection_ends: np.ndarray
    protection_days: np.ndarray
    extension_days: np.ndarray
    confirmed: np.ndarray
    open_dispute: np.ndarray
    closed: np.ndarray
    #: bool: the parcel is known to have left the seller (a delivery status past "not shipped",
    #: a delivery or receipt date) even where the shipping date is unknown; None: nothing known
    left_seller: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.placed)


@dataclass(frozen=True)
class ClockTable:
    """The order-level clocks of many orders, column by column (datetime64[s])."""

    protection_start: np.ndarray
    protection_end: np.ndarray
    completion: np.ndarray
    dispute_deadline: np.ndarray
    extension_request: np.ndarray
    paypal_claim: np.ndarray
    card_chargeback: np.ndarray
    #: int8 codes into STATES
    state: np.ndarray
    #: the deadline "days left" counts to (NaT in dispute or closed: see `order_clocks`)
    next_at: np.ndarray
    #: whole days from now to next_at, rounded down; NO_DAYS where there is none
    days_left: np.ndarray


def datetime64(values: Iterable[datetime | None]) -> np.ndarray:
    """Aware datetimes (None allowed) -> a datetime64[s] column."""
    import numpy as np

    nat = np.datetime64("NaT", "s")
    return np.array([nat if v is None else np.datetime64(to_epoch(v), "s") for v in values],
                    dtype="datetime64[s]")


def to_datetime(value: np.datetime64) -> datetime | None:
    import numpy as np

    if np.isnat(value):
        return None
    return from_epoch(int(value.astype("int64")))


def _computed(value: np.datetime64) -> datetime:
    """An order-level clock: computed from the order date, which every order has."""
    at = to_datetime(value)
    assert at is not None, "an order-level clock is never empty"
    return at


def compute_clocks(inputs: ClockInputs, policy: Policy, now: datetime) -> ClockTable:
    """The order-level clocks and state of every order in `inputs` at `now`."""
    import numpy as np

    nat, day = np.datetime64("NaT", "s"), np.timedelta64(86400, "s")
    now64 = np.datetime64(to_epoch(now), "s")
    shipped, confirmed = inputs.shipped, inputs.confirmed

    start = np.where(np.isnat(shipped), inputs.placed, shipped)
    days = np.where(inputs.protection_days > 0, inputs.protection_days,
                    policy.days("protection"))
    end = np.where(np.isnat(inputs.protection_ends), start + days * day, inputs.protection_ends)
    end = end + inputs.extension_days * day
    completion = np.where(confirmed < end, confirmed, end)  # NaT compares False
    deadline = completion + policy.days("grace") * day

    running = now64 < completion
    # Without a shipping date protection runs from the order date; "awaiting shipment" is only
    # said while nothing shows the parcel has left (states follow what is known).
    unshipped = np.isnat(shipped)
    if inputs.left_seller is not None:
        unshipped = unshipped & ~inputs.left_seller
    state = np.select(
        [inputs.open_dispute, inputs.closed, now64 >= deadline, ~running,
         end - now64 <= policy.ends_soon_days * day, unshipped],
        [STATE_CODE[s] for s in ("in_dispute", "closed", "expired", "grace", "ends_soon",
                                 "awaiting_shipment")],
        default=STATE_CODE["protected"],
    ).astype(np.int8)

    counts = ~(inputs.open_dispute | inputs.closed)
    next_at = np.where(counts, np.where(running, end, deadline), nat)
    left = (next_at - now64).astype("int64") // 86400
    left = np.where(np.isnat(next_at), NO_DAYS, left)

    placed = inputs.placed
    return ClockTable(
        protection_start=start,
        protection_end=end,
        completion=completion,
        dispute_deadline=deadline,
        extension_request=end - policy.days("extension_request") * day,
        paypal_claim=placed + policy.days("paypal_claim") * day,
        card_chargeback=placed + policy.days("card_chargeback") * day,
        state=state,
        next_at=next_at,
        days_left=left,
    )


def inputs_from_orders(orders: Sequence[Order]) -> ClockInputs:
    import numpy as np

    return ClockInputs(
        placed=datetime64(o.placed_at for o in orders),
        shipped=datetime64(o.shipped_at for o in orders),
        protection_ends=datetime64(o.protection_ends_at for o in orders),
        protection_days=np.array([o.protection_days or 0 for o in orders], dtype=np.int64),
        extension_days=np.array([o.extension_days for o in orders], dtype=np.int64),
        confirmed=datetime64(o.confirmed_at for o in orders),
        open_dispute=np.array([o.has_open_dispute for o in orders], dtype=bool),
        closed=np.array([o.is_closed for o in orders], dtype=bool),
        left_seller=np.array([left_seller(o) for o in orders], dtype=bool),
    )


#: Delivery statuses that say the parcel has left the seller.
LEFT_SELLER_STATUSES = ("in_transit", "delivered", "returned", "lost")


def left_seller(order: Order) -> bool:
    """Whether what is known says the parcel was shipped, with or without a shipping date."""
    return (order.shipped_at is not None or order.delivery_status in LEFT_SELLER_STATUSES
            or order.delivered_at is not None or order.confirmed_at is not None)


# ---------------------------------------------------------------------------------------------
# One order, with its disputes


@dataclass(frozen=True, slots=True)
class Clock:
    """One deadline: `id` names it (a key of CLOCK_POLICY); `dispute` indexes Order.disputes."""

    id: str
    at: datetime
    dispute: int | None = None


@dataclass(frozen=True, slots=True)
class DisputeClocks:
    index: int
    seller_response: datetime | None
    #: the seller answered: the buyer accepts, replies or escalates before this
    buyer_reply: datetime | None
    platform_intervention: datetime | None
    return_shipment: datetime | None
    #: the clocks that run in the dispute's current status
    active: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrderClocks:
    protection_start: datetime
    protection_end: datetime
    completion: datetime
    dispute_deadline: datetime
    extension_request: datetime
    paypal_claim: datetime
    card_chargeback: datetime
    state: str
    disputes: tuple[DisputeClocks, ...]
    #: the next deadline that matters for the order's state, and whole days left to it
    next_clock: str | None
    next_at: datetime | None
    days_left: int | None

    def timeline(self) -> list[Clock]:
        """Every clock, earliest first (the order pane and the packet draw this)."""
        clocks = [Clock(name, getattr(self, name)) for name in
                  ("protection_end", "dispute_deadline", "extension_request", "paypal_claim",
                   "card_chargeback")]
        for dc in self.disputes:
            for name in DISPUTE_CLOCKS:
                at = getattr(dc, name)
                if at is not None:
                    clocks.append(Clock(name, at, dc.index))
        return sorted(clocks, key=lambda c: c.at)

    def active(self) -> list[Clock]:
        """The deadlines that still matter in the order's state, earliest first: protection end
        while protection runs, the dispute deadline until it passes or a dispute settles it,
        and each running dispute's clock."""
        clocks = [Clock(name, getattr(self, name)) for name, states in ACTIVE_IN.items()
                  if self.state in states]
        for dc in self.disputes:
            clocks.extend(Clock(name, getattr(dc, name), dc.index) for name in dc.active)
        return sorted(clocks, key=lambda c: c.at)


def dispute_clocks(dispute: Dispute, index: int, policy: Policy) -> DisputeClocks:
    def plus(at: datetime | None, clock: str) -> datetime | None:
        return None if at is None else at + timedelta(days=policy.days(clock))

    values = {name: plus(getattr(dispute, start), name)
              for name, start in DISPUTE_CLOCK_START.items()}
    active = tuple(name for name, status in DISPUTE_CLOCK_STATUS.items()
                   if dispute.status == status and values[name] is not None)
    return DisputeClocks(index, **values, active=active)


def order_clocks(order: Order, policy: Policy, now: datetime) -> OrderClocks:
    """Every clock of one order and its disputes at `now`: the column rule (`compute_clocks`)
    for one order, in whole seconds as in the columns, with the state from its scalar twin
    (`first_rows.state_at`); no numpy."""
    now = now.replace(microsecond=0)
    placed = to_epoch(order.placed_at)
    start = placed if order.shipped_at is None else to_epoch(order.shipped_at)
    if order.protection_ends_at is not None:
        end = to_epoch(order.protection_ends_at)
    else:
        days = order.protection_days or 0
        end = start + (days if days > 0 else policy.days("protection")) * DAY
    end += order.extension_days * DAY
    confirmed = None if order.confirmed_at is None else to_epoch(order.confirmed_at)
    completion = confirmed if confirmed is not None and confirmed < end else end
    deadline = completion + policy.days("grace") * DAY
    flags = ((OPEN_DISPUTE if order.has_open_dispute else 0)
             | (CLOSED if order.is_closed else 0) | (0 if left_seller(order) else UNSHIPPED))
    candidate = Candidate(0, order.number, None, None, 0, None, None, placed, end, completion,
                          deadline, flags, 0)
    state = STATES[state_at(candidate, to_epoch(now), policy.ends_soon_days).state]
    disputes = tuple(dispute_clocks(d, n, policy) for n, d in enumerate(order.disputes))
    next_clock, next_at = _next_deadline(state, from_epoch(end), from_epoch(deadline),
                                         disputes, now)
    return OrderClocks(
        protection_start=from_epoch(start),
        protection_end=from_epoch(end),
        completion=from_epoch(completion),
        dispute_deadline=from_epoch(deadline),
        extension_request=from_epoch(end - policy.days("extension_request") * DAY),
        paypal_claim=from_epoch(placed + policy.days("paypal_claim") * DAY),
        card_chargeback=from_epoch(placed + policy.days("card_chargeback") * DAY),
        state=state,
        disputes=disputes,
        next_clock=next_clock,
        next_at=next_at,
        days_left=None if next_at is None else _days_left(next_at, now),
    )


def order_clocks_many(orders: Sequence[Order], policy: Policy, now: datetime
                      ) -> list[OrderClocks]:
    """`order_clocks` for many orders, with one pass of the column rule."""
    now = now.replace(microsecond=0)  # instants are whole seconds, as in the columns
    table = compute_clocks(inputs_from_orders(orders), policy, now)
    out = []
    for i, order in enumerate(orders):
        disputes = tuple(dispute_clocks(d, n, policy) for n, d in enumerate(order.disputes))
        state = STATES[int(table.state[i])]
        end, deadline = (_computed(table.protection_end[i]),
                         _computed(table.dispute_deadline[i]))
        next_clock, next_at = _next_deadline(state, end, deadline, disputes, now)
        out.append(OrderClocks(
            protection_start=_computed(table.protection_start[i]),
            protection_end=end,
            completion=_computed(table.completion[i]),
            dispute_deadline=deadline,
            extension_request=_computed(table.extension_request[i]),
            paypal_claim=_computed(table.paypal_claim[i]),
            card_chargeback=_computed(table.card_chargeback[i]),
            state=state,
            disputes=disputes,
            next_clock=next_clock,
            next_at=next_at,
            days_left=None if next_at is None else _days_left(next_at, now),
        ))
    return out


def _next_deadline(state: str, end: datetime, deadline: datetime,
                   disputes: Sequence[DisputeClocks], now: datetime
                   ) -> tuple[str | None, datetime | None]:
    if state in RUNNING_STATES:
        return "protection_end", end
    if state in ("grace", "expired"):
        return "dispute_deadline", deadline
    if state == "in_dispute":
        return next_dispute_clock(disputes, now)
    return None, None


def next_dispute_clock(disputes: Iterable[DisputeClocks], now: datetime
                       ) -> tuple[str | None, datetime | None]:
    """The earliest running dispute clock not yet passed, else the latest one passed."""
    running = [(getattr(dc, name), name) for dc in disputes for name in dc.active]
    if not running:
        return None, None
    future = sorted((at, name) for at, name in running if at > now)
    at, name = future[0] if future else max(running)
    return name, at


def running_dispute_clocks(clock: np.ndarray, started: np.ndarray, policy: Policy
                           ) -> np.ndarray:
    """When each running dispute clock ends, over columns: `clock` holds indexes into
    DISPUTE_CLOCKS (the clock the dispute's status runs), `started` the instants it counts from
    (datetime64[s], NaT when unknown). The column form of `dispute_clocks`."""
    import numpy as np

    days = np.array([policy.days(CLOCK_POLICY[name]) for name in DISPUTE_CLOCKS],
                    dtype=np.int64)
    return started + days[clock] * np.timedelta64(86400, "s")


def next_clock_per_order(order_ids: np.ndarray, at: np.ndarray, now: datetime
                         ) -> np.ndarray:
    """For clocks of many orders, the index of each order's next one: the earliest not yet
    passed, else the latest passed (the column form of `next_dispute_clock`). Clocks without an
    instant are left out; orders are in ascending id order."""
    import numpy as np

    known = np.flatnonzero(~np.isnat(at))
    if not len(known):
        return known
    ids, when = order_ids[known], at[known].astype("int64")
    future = when > to_epoch(now)
    rank = np.lexsort((np.where(future, when, -when), ~future, ids))
    first = np.flatnonzero(np.r_[True, ids[rank][1:] != ids[rank][:-1]])
    return known[rank[first]]
