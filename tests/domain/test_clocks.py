"""Every clock of DOMAIN.md section 1, and the properties that must hold for any order."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aliassist.domain.clocks import (
    NO_DAYS,
    STATES,
    compute_clocks,
    inputs_from_orders,
    left_seller,
    order_clocks,
    order_clocks_many,
    to_datetime,
)
from aliassist.domain.instants import parse_instant, start_of_day
from aliassist.domain.policy import Policy
from aliassist.domain.records import Dispute, Extension, Order, Payment
from aliassist.services.policy import load_policy

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = timedelta(days=1)
PLACED = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
SHIPPED = datetime(2026, 1, 7, 10, 0, tzinfo=UTC)
POLICY = load_policy()


def order(**fields: object) -> Order:
    return replace(Order("8187000000000001", PLACED), **fields)


def test_protection_runs_from_shipping_else_from_the_order_date(policy: Policy) -> None:
    now = PLACED + DAY
    assert order_clocks(order(), policy, now).protection_end == PLACED + 90 * DAY
    clocks = order_clocks(order(shipped_at=SHIPPED), policy, now)
    assert clocks.protection_start == SHIPPED
    assert clocks.protection_end == SHIPPED + 90 * DAY
    assert clocks.completion == clocks.protection_end
    assert clocks.dispute_deadline == SHIPPED + 105 * DAY


def test_protection_end_from_the_order_page_plus_extensions(policy: Policy) -> None:
    ends = parse_instant("2026-03-03", SHANGHAI)
    o = order(shipped_at=SHIPPED, protection_ends_at=ends,
              extensions=(Extension(15), Extension(5)))
    clocks = order_clocks(o, policy, PLACED)
    assert clocks.protection_end == ends + 20 * DAY
    assert order_clocks(order(protection_days=60), policy, PLACED).protection_end == \
        PLACED + 60 * DAY


def test_confirming_receipt_completes_the_order(policy: Policy) -> None:
    confirmed = SHIPPED + 20 * DAY
    clocks = order_clocks(order(shipped_at=SHIPPED, confirmed_at=confirmed), policy,
                          confirmed + DAY)
    assert clocks.completion == confirmed
    assert clocks.dispute_deadline == confirmed + 15 * DAY
    assert clocks.state == "grace"
    assert clocks.next_clock == "dispute_deadline"
    assert clocks.days_left == 14


def test_payment_windows_outside_the_platform(policy: Policy) -> None:
    clocks = order_clocks(order(), policy, PLACED)
    assert clocks.paypal_claim == PLACED + 180 * DAY
    assert clocks.card_chargeback == PLACED + 120 * DAY
    assert clocks.extension_request == clocks.protection_end - 7 * DAY


@pytest.mark.parametrize(("fields", "days_after_placed", "state"), [
    ({}, 1, "awaiting_shipment"),
    ({"shipped_at": SHIPPED}, 10, "protected"),
    ({"shipped_at": SHIPPED}, 80, "ends_soon"),
    ({}, 80, "ends_soon"),  # unshipped and ending: the more urgent state wins
    ({"shipped_at": SHIPPED}, 93, "grace"),
    ({"shipped_at": SHIPPED}, 120, "expired"),
    ({"disputes": (Dispute("damaged", "open"),)}, 200, "in_dispute"),
    ({"disputes": (Dispute("damaged", "refunded"),)}, 10, "closed"),
    ({"disputes": (Dispute("damaged", "cancelled"),)}, 10, "awaiting_shipment"),
    ({"payments": (Payment("refund", 100),)}, 10, "closed"),
    ({"payments": (Payment("partial_refund", 100),)}, 10, "awaiting_shipment"),
])
def test_state(policy: Policy, fields: dict, days_after_placed: int, state: str) -> None:
    assert order_clocks(order(**fields), policy, PLACED + days_after_placed * DAY).state == state


def test_dispute_clocks_run_in_their_status(policy: Policy) -> None:
    opened = PLACED + 30 * DAY
    d_open = Dispute("damaged", "open", opened_at=opened)
    d_escalated = Dispute("damaged", "escalated", opened_at=opened, escalated_at=opened + 6 * DAY)
    d_return = Dispute("damaged", "return_requested", opened_at=opened,
                       return_requested_at=opened + 3 * DAY)
    clocks = order_clocks(order(disputes=(d_open, d_escalated, d_return)), policy, opened + DAY)
    first, second, third = clocks.disputes
    assert first.seller_response == opened + 5 * DAY and first.active == ("seller_response",)
    assert second.platform_intervention == opened + 13 * DAY
    assert second.active == ("platform_intervention",)
    assert third.return_shipment == opened + 13 * DAY and third.active == ("return_shipment",)
    assert clocks.state == "in_dispute"
    assert clocks.next_clock == "seller_response"
    assert clocks.days_left == 4
    assert [c.id for c in clocks.active()] == ["seller_response", "platform_intervention",
                                                 "return_shipment"]
    timeline = clocks.timeline()
    assert timeline == sorted(timeline, key=lambda c: c.at)
    assert {c.id for c in timeline} >= {"protection_end", "dispute_deadline", "paypal_claim",
                                         "card_chargeback", "seller_response"}


def test_active_clocks_follow_the_state(policy: Policy) -> None:
    running = order_clocks(order(shipped_at=SHIPPED), policy, SHIPPED + DAY)
    assert [c.id for c in running.active()] == ["protection_end", "dispute_deadline"]
    grace = order_clocks(order(shipped_at=SHIPPED), policy, SHIPPED + 95 * DAY)
    assert [c.id for c in grace.active()] == ["dispute_deadline"]
    expired = order_clocks(order(shipped_at=SHIPPED), policy, SHIPPED + 200 * DAY)
    assert expired.active() == []
    assert expired.days_left < 0


# ---------------------------------------------------------------------------------------------
# Properties

instants = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1),
                        timezones=st.just(UTC))
extensions = st.lists(st.integers(1, 60).map(Extension), max_size=3).map(tuple)


@st.composite
def orders(draw: st.DrawFn) -> Order:
    placed = draw(instants)
    shipped = draw(st.one_of(st.none(), st.integers(0, 30).map(lambda d: placed + d * DAY)))
    return Order(
        "8187000000000001", placed, shipped_at=shipped,
        protection_days=draw(st.one_of(st.none(), st.integers(1, 120))),
        protection_ends_at=draw(st.one_of(st.none(), st.integers(1, 120).map(
            lambda d: placed + d * DAY))),
        extensions=draw(extensions),
        confirmed_at=draw(st.one_of(st.none(), st.integers(0, 150).map(
            lambda d: placed + d * DAY))))


@settings(max_examples=300, deadline=None)
@given(orders(), st.integers(1, 60), instants)
def test_an_extension_never_shortens(o: Order, days: int, now: datetime) -> None:
    before = order_clocks(o, POLICY, now)
    after = order_clocks(replace(o, extensions=(*o.extensions, Extension(days))), POLICY, now)
    assert after.protection_end == before.protection_end + days * DAY
    assert after.completion >= before.completion
    assert after.dispute_deadline >= before.dispute_deadline


@settings(max_examples=300, deadline=None)
@given(orders(), st.integers(0, 200), instants)
def test_confirming_receipt_never_lengthens(o: Order, after_days: int, now: datetime) -> None:
    unconfirmed = replace(o, confirmed_at=None)
    confirmed = replace(o, confirmed_at=o.placed_at + after_days * DAY)
    a = order_clocks(unconfirmed, POLICY, now)
    b = order_clocks(confirmed, POLICY, now)
    assert b.completion <= a.completion
    assert b.dispute_deadline <= a.dispute_deadline


@settings(max_examples=300, deadline=None)
@given(orders(), instants)
def test_the_dispute_deadline_is_exactly_completion_plus_grace(o: Order, now: datetime) -> None:
    clocks = order_clocks(o, POLICY, now)
    assert clocks.dispute_deadline - clocks.completion == timedelta(days=15)
    assert clocks.completion <= clocks.protection_end


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
       st.times(), orders(), instants)
def test_a_date_only_value_never_gives_a_later_deadline(day: date, at: time, o: Order,
                                                        now: datetime) -> None:
    """'Protection ends: Mar 3' read as a date is never later than any time on Mar 3."""
    date_only = parse_instant(day.isoformat(), SHANGHAI)
    assert date_only == start_of_day(day, SHANGHAI)
    timed = datetime.combine(day, at, tzinfo=SHANGHAI).astimezone(UTC)
    for field in ("protection_ends_at", "confirmed_at", "shipped_at"):
        a = order_clocks(replace(o, **{field: date_only}), POLICY, now)
        b = order_clocks(replace(o, **{field: timed}), POLICY, now)
        assert a.dispute_deadline <= b.dispute_deadline
        assert a.protection_end <= b.protection_end


@settings(max_examples=50, deadline=None)
@given(st.lists(orders(), min_size=1, max_size=30), instants)
def test_the_column_rule_matches_one_order_at_a_time(batch: list[Order], now: datetime) -> None:
    table = compute_clocks(inputs_from_orders(batch), POLICY, now)
    for i, o in enumerate(batch):
        one = order_clocks(o, POLICY, now)
        assert to_datetime(table.protection_end[i]) == one.protection_end
        assert to_datetime(table.dispute_deadline[i]) == one.dispute_deadline
        assert int(table.days_left[i]) == one.days_left


@st.composite
def orders_in_any_state(draw: st.DrawFn) -> Order:
    """An order of `orders()` with what decides its state besides its dates: a delivery
    status, disputes (open or settled), a refund."""
    o = draw(orders())
    status = draw(st.sampled_from(["open", "escalated", "seller_responded", "rejected",
                                   "refunded"]))
    disputes = draw(st.lists(st.just(Dispute("damaged", status, opened_at=o.placed_at + DAY)),
                             max_size=1).map(tuple))
    return replace(o, delivery_status=draw(st.sampled_from(
        [None, "not_shipped", "in_transit", "delivered"])), disputes=disputes,
        payments=draw(st.lists(st.just(Payment("refund")), max_size=1).map(tuple)))


@settings(max_examples=200, deadline=None)
@given(orders_in_any_state(), instants, st.sampled_from(
    ["protection_end", "completion", "dispute_deadline", None]), st.integers(-1, 1))
def test_one_orders_clocks_are_the_column_rules(o: Order, now: datetime, near: str | None,
                                                 second: int) -> None:
    """`order_clocks` works one order out in plain Python (no numpy): every clock, the state and
    the next deadline are those of the column rule, at any instant and a second either side
    of each boundary."""
    if near is not None:
        now = getattr(order_clocks(o, POLICY, now), near) + second * timedelta(seconds=1)
    [column] = order_clocks_many([o], POLICY, now)
    assert order_clocks(o, POLICY, now) == column


#: instants as stored: whole seconds
seconds = instants.map(lambda at: at.replace(microsecond=0))


@st.composite
def running_disputes(draw: st.DrawFn) -> list[tuple[int, Dispute]]:
    """(order id, dispute) pairs in statuses where a dispute clock runs."""
    out = []
    for order_id in range(draw(st.integers(1, 6))):
        for _ in range(draw(st.integers(1, 3))):
            status = draw(st.sampled_from(["open", "escalated", "return_requested"]))
            start = draw(st.one_of(st.none(), seconds))
            field = {"open": "opened_at", "escalated": "escalated_at",
                     "return_requested": "return_requested_at"}[status]
            out.append((order_id, Dispute("damaged", status, **{field: start})))
    return out


@settings(max_examples=200, deadline=None)
@given(running_disputes(), seconds)
def test_the_column_form_of_dispute_clocks_matches_one_at_a_time(
        pairs: list[tuple[int, Dispute]], now: datetime) -> None:
    import numpy as np

    from aliassist.domain.clocks import (
        DISPUTE_CLOCK_STATUS,
        DISPUTE_CLOCKS,
        datetime64,
        dispute_clocks,
        next_clock_per_order,
        next_dispute_clock,
        running_dispute_clocks,
    )

    by_status = {status: n for n, status in enumerate(DISPUTE_CLOCK_STATUS.values())}
    order_ids = np.array([o for o, _ in pairs], dtype=np.int64)
    clock = np.array([by_status[d.status] for _, d in pairs], dtype=np.int8)
    started = datetime64(d.opened_at or d.escalated_at or d.return_requested_at
                         for _, d in pairs)
    at = running_dispute_clocks(clock, started, POLICY)
    for (_, d), when in zip(pairs, at, strict=True):
        scalar = dispute_clocks(d, 0, POLICY)
        name = DISPUTE_CLOCKS[by_status[d.status]]
        assert to_datetime(when) == getattr(scalar, name)
    chosen = next_clock_per_order(order_ids, at, now)
    columns = {int(order_ids[i]): (DISPUTE_CLOCKS[int(clock[i])], to_datetime(at[i]))
               for i in chosen}
    for order_id in {o for o, _ in pairs}:
        scalar = next_dispute_clock([dispute_clocks(d, 0, POLICY) for o, d in pairs
                                     if o == order_id], now)
        if scalar == (None, None):
            assert order_id not in columns
        else:
            assert columns[order_id][1] == scalar[1]


_NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
_SHIPPED = _NOW - timedelta(days=10)
_BASE = Order("8187000000000001", _SHIPPED - timedelta(days=2), shipped_at=_SHIPPED)
COLUMNS = [
    # the order, its state, its next clock, the whole days left to it (None: no clock counts)
    ("protected for the usual 90 days", _BASE, "protected", _SHIPPED + timedelta(days=90), 80),
    ("a protection of one day, in its grace days", replace(_BASE, protection_days=1), "grace",
     _SHIPPED + timedelta(days=16), 6),
    ("in dispute: the dispute's clocks count", replace(_BASE, disputes=(Dispute("damaged",
                                                                                "open"),)),
     "in_dispute", None, None),
    ("refunded", replace(_BASE, payments=(Payment("refund"),)), "closed", None, None),
    ("no shipping date, but delivered", replace(_BASE, shipped_at=None, delivered_at=_NOW),
     "protected", _SHIPPED - timedelta(days=2) + timedelta(days=90), 78),
]


def test_the_column_form_gives_each_order_its_state_next_clock_and_days_left() -> None:
    table = compute_clocks(inputs_from_orders([row[1] for row in COLUMNS]), POLICY, _NOW)
    got = [(STATES[code], to_datetime(at), None if left == NO_DAYS else int(left))
           for code, at, left in zip(table.state, table.next_at, table.days_left, strict=True)]
    assert got == [(state, at, left) for _, _, state, at, left in COLUMNS]
    assert table.state.dtype == np.int8 and table.days_left.dtype == np.int64


@pytest.mark.parametrize(("fields", "left"), [
    ({}, False),
    ({"delivery_status": "not_shipped"}, False),
    ({"delivery_status": "in_transit"}, True),
    ({"delivered_at": _NOW}, True),
    ({"confirmed_at": _NOW}, True),
    ({"shipped_at": _NOW}, True),
])
def test_what_says_the_parcel_has_left_the_seller(fields: dict[str, object], left: bool) -> None:
    assert left_seller(replace(_BASE, **{"shipped_at": None, **fields})) is left


def test_no_orders_give_no_clocks(policy: Policy) -> None:
    table = compute_clocks(inputs_from_orders([]), policy, PLACED)
    assert len(table.state) == len(table.next_at) == len(table.days_left) == 0
    assert order_clocks_many([], policy, PLACED) == []


COLUMN_NEXT = [
    # the order, days after shipping: the state, the next deadline, whole days left to it
    ("protected", {"shipped_at": SHIPPED}, 10, "protected", SHIPPED + 90 * DAY, 80),
    ("grace", {"shipped_at": SHIPPED, "confirmed_at": SHIPPED + 5 * DAY}, 10, "grace",
     SHIPPED + 20 * DAY, 10),
    ("in dispute", {"shipped_at": SHIPPED, "disputes": (Dispute("damaged"),)}, 10,
     "in_dispute", None, None),
    ("closed", {"shipped_at": SHIPPED, "payments": (Payment("refund"),)}, 10, "closed", None,
     None),
]


@pytest.mark.parametrize(("what", "fields", "days", "state", "next_at", "left"), COLUMN_NEXT,
                         ids=[row[0] for row in COLUMN_NEXT])
def test_the_column_rule_gives_each_order_its_next_deadline(
        policy: Policy, what: str, fields: dict, days: int, state: str,
        next_at: datetime | None, left: int | None) -> None:
    table = compute_clocks(inputs_from_orders([order(**fields)]), policy, SHIPPED + days * DAY)
    assert STATES[int(table.state[0])] == state
    assert to_datetime(table.next_at[0]) == next_at
    assert int(table.days_left[0]) == (NO_DAYS if left is None else left)


@pytest.mark.parametrize(("fields", "left"), [
    ({}, False), ({"confirmed_at": SHIPPED}, True), ({"delivered_at": SHIPPED}, True),
    ({"delivery_status": "in_transit"}, True), ({"shipped_at": SHIPPED}, True),
    ({"delivery_status": "not_shipped"}, False)])
def test_any_sign_of_the_parcel_having_left_counts(fields: dict, left: bool) -> None:
    assert left_seller(order(**fields)) is left
