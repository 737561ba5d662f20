"""Every clock of DOMAIN.md section 1 and every state change, to the second.

The tables read like the clocks table: the order's dates as the buyer or a file gives them (a
date alone, or a full instant) in the platform's zone, and the instant each clock falls on, in
UTC. A state change is checked one second before its instant, at it, and one second after, with
`now` written in two different local zones (the user's zone must not move a boundary). Two
platform zones are used: Asia/Shanghai (UTC+8, no daylight saving) and America/New_York (whose
spring change falls inside the 90 days: days are exact 24-hour steps, not local midnights).
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from aliassist.domain.clocks import (
    STATE_CODE,
    compute_clocks,
    datetime64,
    inputs_from_orders,
    next_clock_per_order,
    next_dispute_clock,
    order_clocks,
    order_clocks_many,
    running_dispute_clocks,
)
from aliassist.domain.instants import days_left, parse_instant
from aliassist.domain.policy import Policy
from aliassist.domain.records import Dispute, Extension, Order, Payment
from tests.domain.given import AROUND, AROUND_IDS, DAY, SECOND, given, utc

#: where `now` is written: the same instant must give the same state in any of them
NOW_ZONES = (ZoneInfo("Europe/Berlin"), ZoneInfo("America/Los_Angeles"))


# ---------------------------------------------------------------------------------------------
# Where each clock falls

CLOCKS = [
    # clock, the rule, the order as given, the instant (UTC)
    ("protection_start", "shipped_at if known, a date",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-01-06T16:00:00Z"),
    ("protection_start", "shipped_at if known, an instant",
     given("Asia/Shanghai", shipped_at="2026-01-07T10:00:00"), "2026-01-07T02:00:00Z"),
    ("protection_start", "else placed_at",
     given("America/New_York"), "2026-01-05T05:00:00Z"),
    ("protection_end", "start + 90 days, a date",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-04-06T16:00:00Z"),
    ("protection_end", "start + 90 days, an instant",
     given("Asia/Shanghai", shipped_at="2026-01-07T10:00:00"), "2026-04-07T02:00:00Z"),
    ("protection_end", "start + 90 exact days across a daylight-saving change",
     given("America/New_York", shipped_at="2026-01-07"), "2026-04-07T05:00:00Z"),
    ("protection_end", "start + 90 days, an instant with its own offset",
     given("America/New_York", shipped_at="2026-01-07T10:00:00+08:00"), "2026-04-07T02:00:00Z"),
    ("protection_end", "start + the order's own protection days",
     given("Asia/Shanghai", protection_days=60), "2026-03-05T16:00:00Z"),
    ("protection_end", "protection_ends_at from the order page",
     given("Asia/Shanghai", shipped_at="2026-01-07", protection_ends_at="2026-03-03"),
     "2026-03-02T16:00:00Z"),
    ("protection_end", "+ the days of every granted extension",
     given("Asia/Shanghai", protection_ends_at="2026-03-03",
           extensions=(Extension(5), Extension(2))), "2026-03-09T16:00:00Z"),
    ("protection_end", "an extension of 0 days adds nothing",
     given("Asia/Shanghai", protection_ends_at="2026-03-03", extensions=(Extension(0),)),
     "2026-03-02T16:00:00Z"),
    ("protection_end", "extensions also add to start + protection days",
     given("America/New_York", shipped_at="2026-01-07T10:00:00", extensions=(Extension(1),)),
     "2026-04-08T15:00:00Z"),
    ("completion", "confirmed_at when it comes first",
     given("Asia/Shanghai", shipped_at="2026-01-07", confirmed_at="2026-02-10"),
     "2026-02-09T16:00:00Z"),
    ("completion", "protection end when it comes first (auto-confirm)",
     given("Asia/Shanghai", shipped_at="2026-01-07", confirmed_at="2026-05-01"),
     "2026-04-06T16:00:00Z"),
    ("completion", "confirmed at the very end of protection",
     given("America/New_York", shipped_at="2026-01-07T10:00:00",
           confirmed_at="2026-04-07T11:00:00"), "2026-04-07T15:00:00Z"),
    ("dispute_deadline", "completion + 15 days",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-04-21T16:00:00Z"),
    ("dispute_deadline", "confirmed receipt + 15 days",
     given("America/New_York", shipped_at="2026-01-07", confirmed_at="2026-02-10T09:30:00"),
     "2026-02-25T14:30:00Z"),
    ("extension_request", "protection end - 7 days",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-03-30T16:00:00Z"),
    ("paypal_claim", "placed + 180 days",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-07-03T16:00:00Z"),
    ("card_chargeback", "placed + 120 days",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-05-04T16:00:00Z"),
]


@pytest.mark.parametrize(("clock", "rule", "order", "at"), CLOCKS,
                         ids=[f"{c}: {r}" for c, r, _, _ in CLOCKS])
def test_each_clock_falls_on_its_instant(policy: Policy, clock: str, rule: str, order: Order,
                                         at: str) -> None:
    now = utc("2026-01-20T00:00:00Z")
    assert getattr(order_clocks(order, policy, now), clock) == utc(at)
    table = compute_clocks(inputs_from_orders([order]), policy, now)
    assert getattr(table, clock)[0] == np.datetime64(utc(at).replace(tzinfo=None), "s")


DISPUTE_CLOCKS = [
    # clock, the dispute's status, the field it counts from, as given, the instant (UTC)
    ("seller_response", "open", "opened_at", "2026-02-01", "2026-02-05T16:00:00Z"),
    ("seller_response", "open", "opened_at", "2026-02-01T09:15:30-05:00",
     "2026-02-06T14:15:30Z"),
    ("platform_intervention", "escalated", "escalated_at", "2026-02-01",
     "2026-02-07T16:00:00Z"),
    ("return_shipment", "return_requested", "return_requested_at", "2026-02-01T23:59:59",
     "2026-02-11T15:59:59Z"),
]


@pytest.mark.parametrize(("clock", "status", "start", "value", "at"), DISPUTE_CLOCKS)
def test_each_dispute_clock_falls_on_its_instant(policy: Policy, clock: str, status: str,
                                                 start: str, value: str, at: str) -> None:
    dispute = Dispute("damaged", status, **{start: parse_instant(value, ZoneInfo(
        "Asia/Shanghai"))})  # type: ignore[arg-type]
    order = given("Asia/Shanghai", shipped_at="2026-01-07", disputes=(dispute,))
    for shift in AROUND:
        now = utc(at) + shift
        clocks = order_clocks(order, policy, now)
        assert getattr(clocks.disputes[0], clock) == utc(at)
        assert clocks.disputes[0].active == (clock,)
        assert (clocks.state, clocks.next_clock, clocks.next_at) == ("in_dispute", clock, utc(at))
        assert clocks.days_left == (-1 if shift > timedelta(0) else 0)


@pytest.mark.parametrize(("status", "stopped_by"), [
    ("seller_responded", "the seller responds"),
    ("return_shipped", "the return ships"),
])
def test_a_dispute_clock_stops_when_its_step_is_done(policy: Policy, status: str,
                                                     stopped_by: str) -> None:
    dispute = Dispute("damaged", status, opened_at=utc("2026-02-01T00:00:00Z"),
                      return_requested_at=utc("2026-02-02T00:00:00Z"))
    clocks = order_clocks(given("UTC", disputes=(dispute,)), policy,
                          utc("2026-02-03T00:00:00Z"))
    assert clocks.disputes[0].active == ()
    assert (clocks.state, clocks.next_clock, clocks.next_at, clocks.days_left) == (
        "in_dispute", None, None, None)


# ---------------------------------------------------------------------------------------------
# When the state changes

STATE_CHANGES = [
    # change, the order as given, the instant (UTC), state one second before, state at and after
    ("protected -> ends_soon: 14 days before protection end, a date",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-03-23T16:00:00Z",
     "protected", "ends_soon"),
    ("protected -> ends_soon: 14 days before protection end, an instant",
     given("America/New_York", shipped_at="2026-01-07T10:00:00"), "2026-03-24T15:00:00Z",
     "protected", "ends_soon"),
    ("awaiting_shipment -> ends_soon: 14 days before protection end",
     given("Asia/Shanghai", protection_days=60), "2026-02-19T16:00:00Z",
     "awaiting_shipment", "ends_soon"),
    ("ends_soon -> grace: protection ends (auto-confirm), a date",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-04-06T16:00:00Z",
     "ends_soon", "grace"),
    ("ends_soon -> grace: protection ends, daylight saving in between",
     given("America/New_York", shipped_at="2026-01-07"), "2026-04-07T05:00:00Z",
     "ends_soon", "grace"),
    ("ends_soon -> grace: the order page's end plus an extension",
     given("Asia/Shanghai", protection_ends_at="2026-03-03", extensions=(Extension(5),)),
     "2026-03-07T16:00:00Z", "ends_soon", "grace"),
    ("ends_soon -> grace: protection of an unshipped order ends, from the order date",
     given("America/New_York", placed="2026-01-05T20:00:00"), "2026-04-06T01:00:00Z",
     "ends_soon", "grace"),
    ("protected -> grace: receipt confirmed, a date",
     given("Asia/Shanghai", shipped_at="2026-01-07", confirmed_at="2026-02-10"),
     "2026-02-09T16:00:00Z", "protected", "grace"),
    ("protected -> grace: receipt confirmed, an instant",
     given("America/New_York", shipped_at="2026-01-07", confirmed_at="2026-02-10T09:30:00"),
     "2026-02-10T14:30:00Z", "protected", "grace"),
    ("grace -> expired: at the dispute deadline, a date",
     given("Asia/Shanghai", shipped_at="2026-01-07"), "2026-04-21T16:00:00Z",
     "grace", "expired"),
    ("grace -> expired: at the dispute deadline, an instant",
     given("America/New_York", shipped_at="2026-01-07T10:00:00"), "2026-04-22T15:00:00Z",
     "grace", "expired"),
    ("grace -> expired: 15 days after confirmed receipt",
     given("Asia/Shanghai", shipped_at="2026-01-07", confirmed_at="2026-02-10T08:00:00"),
     "2026-02-25T00:00:00Z", "grace", "expired"),
]


@pytest.mark.parametrize("now_zone", NOW_ZONES, ids=str)
@pytest.mark.parametrize("shift", AROUND, ids=AROUND_IDS)
@pytest.mark.parametrize(("change", "order", "at", "before", "after"), STATE_CHANGES,
                         ids=[row[0] for row in STATE_CHANGES])
def test_the_state_changes_at_its_instant(policy: Policy, change: str, order: Order, at: str,
                                          before: str, after: str, shift: timedelta,
                                          now_zone: ZoneInfo) -> None:
    now = (utc(at) + shift).astimezone(now_zone)
    expected = before if shift < timedelta(0) else after
    assert order_clocks(order, policy, now).state == expected
    table = compute_clocks(inputs_from_orders([order]), policy, now)
    assert int(table.state[0]) == STATE_CODE[expected]


@pytest.mark.parametrize(("state", "order"), [
    ("in_dispute", given("UTC", disputes=(Dispute("damaged", "open"),))),
    ("closed", given("UTC", disputes=(Dispute("damaged", "rejected"),))),
    ("closed", given("UTC", payments=(Payment("refund"),))),
])
def test_a_dispute_or_refund_decides_the_state_at_any_instant(policy: Policy, state: str,
                                                              order: Order) -> None:
    for now in ("2026-01-05T00:00:00Z", "2026-03-22T00:00:00Z", "2026-04-05T00:00:00Z",
                "2026-12-31T00:00:00Z"):
        assert order_clocks(order, policy, utc(now)).state == state


# ---------------------------------------------------------------------------------------------
# Days left

DAYS_LEFT = [
    # now, relative to the deadline that counts; whole days left (rounded down)
    ("15 days before protection end", -15 * DAY, 15),
    ("14 days and 1 second before", -14 * DAY - SECOND, 14),
    ("exactly 14 days before: ends_soon starts", -14 * DAY, 14),
    ("14 days less 1 second before", -14 * DAY + SECOND, 13),
    ("1 day before", -DAY, 1),
    ("1 day less 1 second before", -DAY + SECOND, 0),
    ("1 second before", -SECOND, 0),
]


@pytest.mark.parametrize(("when", "offset", "left"), DAYS_LEFT, ids=[r[0] for r in DAYS_LEFT])
def test_days_left_counts_whole_days_down(policy: Policy, when: str, offset: timedelta,
                                          left: int) -> None:
    order = given("Asia/Shanghai", shipped_at="2026-01-07")
    end = utc("2026-04-06T16:00:00Z")
    clocks = order_clocks(order, policy, end + offset)
    assert (clocks.next_clock, clocks.next_at, clocks.days_left) == ("protection_end", end, left)
    assert clocks.state == ("ends_soon" if offset >= -14 * DAY else "protected")
    assert days_left(end, end + offset) == left
    table = compute_clocks(inputs_from_orders([order]), policy, end + offset)
    assert int(table.days_left[0]) == left


def test_at_protection_end_days_left_count_to_the_dispute_deadline(policy: Policy) -> None:
    order = given("Asia/Shanghai", shipped_at="2026-01-07")
    end, deadline = utc("2026-04-06T16:00:00Z"), utc("2026-04-21T16:00:00Z")
    for now, clock, at, left in [(end - SECOND, "protection_end", end, 0),
                                 (end, "dispute_deadline", deadline, 15),
                                 (end + SECOND, "dispute_deadline", deadline, 14),
                                 (deadline - SECOND, "dispute_deadline", deadline, 0),
                                 (deadline, "dispute_deadline", deadline, 0),
                                 (deadline + SECOND, "dispute_deadline", deadline, -1)]:
        clocks = order_clocks(order, policy, now)
        assert (clocks.next_clock, clocks.next_at, clocks.days_left) == (clock, at, left)
        table = compute_clocks(inputs_from_orders([order]), policy, now)
        assert int(table.days_left[0]) == left


def test_a_fraction_of_a_second_in_now_does_not_move_a_boundary(policy: Policy) -> None:
    """Instants are whole seconds: 0.9 s before protection end is the second before it."""
    order = given("Asia/Shanghai", shipped_at="2026-01-07")
    end = utc("2026-04-06T16:00:00Z")
    just_before = end - timedelta(microseconds=100_000)
    [clocks] = order_clocks_many([order], policy, just_before)
    assert (clocks.state, clocks.days_left) == ("ends_soon", 0)
    assert order_clocks(order, policy, end + timedelta(microseconds=999_999)).state == "grace"
    # half a second into the second a day before the end: still a whole day left
    half = end - DAY + timedelta(microseconds=500_000)
    assert order_clocks(order, policy, half).days_left == 1
    assert int(compute_clocks(inputs_from_orders([order]), policy, half).days_left[0]) == 1


# ---------------------------------------------------------------------------------------------
# Which dispute clock comes next

def test_a_dispute_clock_at_now_has_passed_and_the_next_one_counts(policy: Policy) -> None:
    """The seller must answer by T; at T the next clock is the platform's, not the passed one."""
    opened = utc("2026-02-01T00:00:00Z")
    first = Dispute("damaged", "open", opened_at=opened)  # seller response: Feb 6
    second = Dispute("not_working", "escalated", opened_at=opened,
                     escalated_at=opened + DAY)  # platform intervention: Feb 9
    order = given("UTC", shipped_at="2026-01-07", disputes=(first, second))
    answer_by, steps_in = opened + 5 * DAY, opened + 8 * DAY
    for now, expected in [(answer_by - SECOND, ("seller_response", answer_by)),
                          (answer_by, ("platform_intervention", steps_in)),
                          (answer_by + SECOND, ("platform_intervention", steps_in)),
                          (steps_in - SECOND, ("platform_intervention", steps_in)),
                          (steps_in, ("platform_intervention", steps_in)),
                          (steps_in + DAY, ("platform_intervention", steps_in))]:
        clocks = order_clocks(order, policy, now)
        assert (clocks.next_clock, clocks.next_at) == expected
        disputes = clocks.disputes
        assert next_dispute_clock(disputes, now) == expected
        # the column form for the notifier picks the same clock
        at = running_dispute_clocks(np.array([0, 1], dtype=np.int8),
                                    datetime64([opened, opened + DAY]), policy)
        chosen = next_clock_per_order(np.array([7, 7]), at, now)
        assert len(chosen) == 1
        assert int(at[chosen[0]].astype("int64")) == int(expected[1].timestamp())


def test_without_a_running_clock_no_dispute_clock_is_next() -> None:
    assert next_dispute_clock([], utc("2026-02-01T00:00:00Z")) == (None, None)
    none = np.array([], dtype="datetime64[s]")
    assert len(next_clock_per_order(np.array([], dtype=np.int64), none,
                                    utc("2026-02-01T00:00:00Z"))) == 0


def test_the_column_form_keeps_one_next_clock_per_order(policy: Policy) -> None:
    """Orders 1 and 2 each get their own next clock: the earliest not passed, else the latest
    passed; a clock with no instant is left out."""
    now = utc("2026-02-10T00:00:00Z")
    at = datetime64([now - DAY, now, now + 2 * DAY, now + DAY, None, now - 3 * DAY,
                     now - 2 * DAY])
    ids = np.array([1, 1, 1, 1, 2, 2, 2])
    chosen = sorted(int(i) for i in next_clock_per_order(ids, at, now))
    assert chosen == [3, 6]


def test_each_dispute_clock_names_its_dispute(policy: Policy) -> None:
    opened = utc("2026-02-01T00:00:00Z")
    disputes = (Dispute("damaged", "rejected", opened_at=opened - DAY),
                Dispute("not_working", "open", opened_at=opened))
    clocks = order_clocks(given("UTC", shipped_at="2026-01-07", disputes=disputes), policy,
                          opened)
    assert [(c.id, c.dispute) for c in clocks.active()] == [("seller_response", 1)]
    assert [(c.id, c.dispute) for c in clocks.timeline() if c.dispute is not None] == [
        ("seller_response", 0), ("seller_response", 1)]
    assert {c.dispute for c in clocks.timeline() if c.dispute is None} == {None}
