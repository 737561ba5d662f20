"""Dates read as given in every zone, deadlines as local instants, estimates that say so, states
that follow what is known, and the rule that closes an order for good."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from aliassist.domain import records as rec
from aliassist.domain.clocks import compute_clocks, inputs_from_orders, order_clocks
from aliassist.domain.dates import (
    deadline_text,
    instant_text,
    order_date_text,
    order_day,
    until_text,
    value_text,
)
from aliassist.domain.draft import draft_description
from aliassist.domain.estimates import (
    Estimate,
    clock_explanations,
    deadline_estimated,
    estimated_deadlines,
    estimated_text,
    inferred_receipt,
    order_estimates,
    stored_estimates,
    uses_default_length,
)
from aliassist.domain.instants import parse_instant
from aliassist.domain.policy import Policy
from aliassist.domain.precheck import PlannedDispute, precheck
from aliassist.domain.validate import date_problems, validate_order
from aliassist.errors import UserError

ZONES = ("Europe/Berlin", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati", "UTC")
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The process's local zone switched to each zone in turn."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def day_order(**dates: str) -> rec.Order:
    """An order whose dates were given without a time."""
    values = {name: parse_instant(text, SHANGHAI) for name, text in dates.items()}
    return rec.Order(number="8187000000000001", date_only=frozenset(values), **values)


def test_a_date_only_value_reads_as_the_given_date_in_every_zone(zone: str) -> None:
    order = day_order(placed_at="2026-08-24", confirmed_at="2026-09-30")
    assert order_date_text(order, "placed_at", SHANGHAI) == "2026-08-24"
    assert order_date_text(order, "confirmed_at", SHANGHAI) == "2026-09-30"
    # the instant behind it is the conservative 00:00 in Shanghai, whatever the local zone
    assert order.placed_at == datetime(2026, 8, 23, 16, 0, tzinfo=UTC)


def test_a_value_with_a_time_reads_in_the_local_zone(zone: str) -> None:
    at = datetime(2026, 8, 24, 23, 30, tzinfo=UTC)
    order = rec.Order(number="8187000000000001", placed_at=at)
    local = at.astimezone(ZoneInfo(zone))
    assert order_date_text(order, "placed_at", SHANGHAI) == local.strftime("%Y-%m-%d %H:%M")


def test_deadlines_are_instants_in_local_time_and_say_so(zone: str) -> None:
    at = datetime(2027, 1, 13, 9, 0, tzinfo=UTC)
    local = at.astimezone(ZoneInfo(zone))
    expected = f"{local.day} {local:%b} {local.year}, {local:%H:%M} your time"
    assert deadline_text(at) == expected
    assert until_text(at) == f"until {expected}"
    assert deadline_text(at, ZoneInfo("Europe/Berlin")) == "13 Jan 2027, 10:00 your time"


def test_the_drafted_text_gives_the_source_dates_in_every_zone(zone: str,
                                                                policy: Policy) -> None:
    order = day_order(placed_at="2026-08-24", shipped_at="2026-08-26")
    draft = draft_description(policy, order, PlannedDispute("not_received"), ZoneInfo(zone))
    assert "placed on 2026-08-24" in draft.text
    assert "Shipped on 2026-08-26" in draft.text


def test_a_receipt_inferred_from_a_status_is_the_earliest_it_can_be() -> None:
    placed = datetime(2026, 7, 24, tzinfo=UTC)
    assert inferred_receipt(placed, None) == placed
    assert inferred_receipt(placed, placed + timedelta(days=9)) == placed + timedelta(days=9)
    assert inferred_receipt(100, 50) == 100  # a delivery date before the order is not used


def test_estimates_name_their_source_and_read_about_or_at_the_earliest() -> None:
    order = day_order(placed_at="2026-07-24", confirmed_at="2026-07-24",
                      delivered_at="2026-08-02")
    order = replace(order, confirmed_estimate="order_status",
                    delivered_estimate="tracking_update")
    fields = {e.field: e for e in order_estimates(order)}
    assert set(fields) == {"confirmed_at", "delivered_at", "protection_days"}
    assert fields["protection_days"].source == "policy_default"
    assert estimated_text(order, "confirmed_at", SHANGHAI) == "at the earliest 2026-07-24"
    assert estimated_text(order, "delivered_at", SHANGHAI) == "about 2026-08-02"
    assert deadline_estimated(order)


def test_a_given_value_is_no_estimate() -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=30),
                      confirmed_at=NOW, protection_days=60)
    assert order_estimates(order) == ()
    assert not deadline_estimated(order)
    assert estimated_text(order, "confirmed_at", SHANGHAI) == order_date_text(
        order, "confirmed_at", SHANGHAI)


def test_each_clock_explains_how_it_was_reached(policy: Policy) -> None:
    order = day_order(placed_at="2026-08-24")
    clocks = order_clocks(order, policy, NOW)
    why = clock_explanations(order, policy, clocks.completion, clocks.protection_end)
    assert why["protection_end"] == (
        "order date 2026-08-24 + about 90 days of protection (the usual length: the order page "
        "shows the real end); shipping date unknown, so the order date is used")
    assert why["dispute_deadline"].startswith("protection end ")
    assert why["dispute_deadline"].endswith(" + 15 days")
    shipped = day_order(placed_at="2026-08-24", shipped_at="2026-08-27",
                        confirmed_at="2026-09-10")
    shipped = replace(shipped, protection_days=60, confirmed_estimate="order_status")
    clocks = order_clocks(shipped, policy, NOW)
    why = clock_explanations(shipped, policy, clocks.completion, clocks.protection_end)
    assert why["protection_end"] == "shipping date 2026-08-27 + 60 days of protection"
    assert why["dispute_deadline"].startswith("receipt confirmed at the earliest 2026-09-10 (")


@pytest.mark.parametrize("status", ["in_transit", "delivered", "returned", "lost"])
def test_a_parcel_on_its_way_without_a_shipping_date_is_protected(policy: Policy,
                                                                  status: str) -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=10),
                      delivery_status=status)
    assert order_clocks(order, policy, NOW).state == "protected"
    # still counted from the order date
    assert order_clocks(order, policy, NOW).protection_start == order.placed_at


def test_nothing_known_about_shipping_is_awaiting_shipment(policy: Policy) -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=10))
    assert order_clocks(order, policy, NOW).state == "awaiting_shipment"
    not_shipped = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=10),
                            delivery_status="not_shipped")
    assert order_clocks(not_shipped, policy, NOW).state == "awaiting_shipment"


@pytest.mark.parametrize(("payment", "reason"), [
    ("refund", "refunded in full"),
    ("chargeback", "card chargeback recorded"),
    ("provider_claim", "payment-provider claim recorded"),
])
def test_a_payment_that_blocks_every_dispute_closes_the_order_and_says_why(
        policy: Policy, payment: str, reason: str) -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=10),
                      payments=(rec.Payment(payment, at=NOW - timedelta(days=1)),))
    assert order.closed_reason == reason
    assert order_clocks(order, policy, NOW).state == "closed"


def test_a_partial_refund_does_not_close_the_order(policy: Policy) -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=10),
                      payments=(rec.Payment("partial_refund", amount=100),))
    assert order.closed_reason is None
    assert order_clocks(order, policy, NOW).state == "awaiting_shipment"


def test_partial_refunds_that_add_up_to_the_amount_close_the_order(policy: Policy) -> None:
    parts = (rec.Payment("partial_refund", amount=3000), rec.Payment("partial_refund", amount=2000))
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=10), amount=5000,
                      currency="USD", payments=parts)
    assert order.closed_reason == "refunded in full"
    assert order_clocks(order, policy, NOW).state == "closed"
    one_cent_short = replace(order, amount=5001)
    assert one_cent_short.closed_reason is None


def test_dates_before_the_order_or_in_the_future_are_named(policy: Policy) -> None:
    order = day_order(placed_at="2026-08-11", shipped_at="2026-05-01", confirmed_at="2026-01-01")
    problems = dict(date_problems(order, NOW, SHANGHAI))
    assert problems["shipped_at"] == ("the shipping date 2026-05-01 is before the order date "
                                      "2026-08-11")
    assert "receipt date 2026-01-01 is before" in problems["confirmed_at"]
    future = day_order(placed_at="2026-11-25")
    assert dict(date_problems(future, NOW, SHANGHAI)) == {
        "placed_at": "the order date 2026-11-25 is in the future"}
    with pytest.raises(UserError) as err:
        validate_order(order, policy, "orders[0].", now=NOW)
    assert err.value.where == "orders[0].shipped_at"


def test_a_receipt_on_the_day_of_the_order_is_not_before_it() -> None:
    placed = datetime(2026, 8, 11, 9, 30, tzinfo=UTC)  # 17:30 in Shanghai
    order = rec.Order(number="8187000000000001", placed_at=placed,
                      confirmed_at=parse_instant("2026-08-11", SHANGHAI),
                      date_only=frozenset({"confirmed_at"}))
    assert date_problems(order, NOW, SHANGHAI) == []


def test_tomorrow_somewhere_is_not_the_future(zone: str) -> None:
    tomorrow = (NOW + timedelta(hours=14)).astimezone(ZoneInfo("Pacific/Kiritimati")).date()
    order = day_order(placed_at=tomorrow.isoformat())
    assert date_problems(order, NOW, SHANGHAI) == []


def test_the_precheck_says_an_inferred_receipt_date_is_one(policy: Policy) -> None:
    order = day_order(placed_at="2026-11-01", confirmed_at="2026-11-01")
    order = replace(order, confirmed_estimate="order_status")
    findings = precheck(policy, order, PlannedDispute("not_received", description="x" * 80),
                        NOW)
    found = next(f for f in findings if f.rule == "false_not_received")
    assert "at the earliest 2026-11-01" in found.message


_SHIPPED = NOW - timedelta(days=30)
_ENDS_60 = _SHIPPED + timedelta(days=60)
DATES_TO_CONFIRM = [
    # the order (shipped 30 days before now), whether its deadline rests on an estimate
    ("the usual protection length", {}, True),
    ("a length entered", {"protection_days": 60}, False),
    ("a length of one day entered", {"protection_days": 1}, False),
    ("the end entered from the order page", {"protection_ends_at": _ENDS_60}, False),
    ("a given receipt date", {"protection_days": 60, "confirmed_at": _SHIPPED}, False),
    ("a receipt inferred before the protection end",
     {"protection_days": 60, "confirmed_at": _ENDS_60 - timedelta(seconds=1),
      "confirmed_estimate": "order_status"}, True),
    ("a receipt inferred at the protection end (the end completes the order)",
     {"protection_days": 60, "confirmed_at": _ENDS_60, "confirmed_estimate": "order_status"},
     False),
    ("the usual length, in dispute", {"disputes": (rec.Dispute("not_received", "open"),)},
     False),
    ("the usual length, refunded in full", {"payments": (rec.Payment("refund"),)}, False),
    ("an inferred receipt, in dispute",
     {"protection_days": 60, "confirmed_at": _SHIPPED, "confirmed_estimate": "order_status",
      "disputes": (rec.Dispute("not_received", "open"),)}, False),
]


def test_the_dates_to_confirm_filter_over_columns_matches_each_order(policy: Policy) -> None:
    orders = [rec.Order(number="8187000000000001", placed_at=_SHIPPED - timedelta(days=3),
                        shipped_at=_SHIPPED, **fields) for _, fields, _ in DATES_TO_CONFIRM]
    inputs = inputs_from_orders(orders)
    confirmed_estimated = np.array([o.confirmed_estimate is not None for o in orders])
    got = estimated_deadlines(inputs, compute_clocks(inputs, policy, NOW), confirmed_estimated)
    assert dict(zip([row[0] for row in DATES_TO_CONFIRM], got.tolist(), strict=True)) == {
        how: expected for how, _, expected in DATES_TO_CONFIRM}


_PAGE_END = "protection end {} as entered from the order page"
CLOCKS_EXPLAINED = [
    # the order, how its protection end and its dispute deadline were reached ({completion}:
    # the protection end as a deadline reads)
    ("the order page's end, an extension, receipt confirmed at that very end",
     dict(placed_at="2026-08-24", shipped_at="2026-08-27", protection_ends_at="2026-10-20"),
     dict(extensions=(rec.Extension(5),), confirmed_at="protection end"),
     _PAGE_END.format("2026-10-20") + " + 5 days of extensions",
     "protection end {completion} + 15 days"),
    ("the order page's end, no shipping date (the end does not rest on the order date)",
     dict(placed_at="2026-08-24", protection_ends_at="2026-11-30"), {},
     _PAGE_END.format("2026-11-30"), "protection end {completion} + 15 days"),
    ("a length entered, receipt confirmed before the end",
     dict(placed_at="2026-08-24", shipped_at="2026-08-27", confirmed_at="2026-09-10"),
     dict(protection_days=60),
     "shipping date 2026-08-27 + 60 days of protection", "receipt confirmed 2026-09-10 + 15 days"),
]


@pytest.mark.parametrize(("how", "dates", "fields", "protection", "deadline"), CLOCKS_EXPLAINED,
                         ids=[row[0] for row in CLOCKS_EXPLAINED])
def test_every_clock_explanation_word_for_word(policy: Policy, how: str, dates: dict[str, str],
                                               fields: dict[str, object], protection: str,
                                               deadline: str) -> None:
    order = replace(day_order(**dates), **{k: v for k, v in fields.items() if k != "confirmed_at"})
    if fields.get("confirmed_at") == "protection end":
        order = replace(order, confirmed_at=order_clocks(order, policy, NOW).protection_end)
    clocks = order_clocks(order, policy, NOW)
    assert clock_explanations(order, policy, clocks.completion, clocks.protection_end) == {
        "protection_end": protection,
        "dispute_deadline": deadline.format(completion=deadline_text(clocks.completion)),
        "extension_request": "protection end - 7 days: the best time to ask the seller for more "
                             "time",
        "paypal_claim": "order date 2026-08-24 + 180 days",
        "card_chargeback": "order date 2026-08-24 + 120 days",
    }


@pytest.mark.parametrize(("fields", "estimated"), [
    ({"protection_days": 60}, False),
    ({"protection_days": 60, "delivered_at": NOW, "delivered_estimate": "tracking_update"},
     False),
    ({"protection_days": 60, "confirmed_at": NOW, "confirmed_estimate": "order_status"}, True),
    ({}, True),
])
def test_only_the_receipt_and_the_protection_length_make_the_deadline_an_estimate(
        fields: dict[str, object], estimated: bool) -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=30), **fields)
    assert deadline_estimated(order) is estimated


KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14: a day ahead of most system zones


def test_every_text_of_an_instant_reads_in_the_zone_it_is_given() -> None:
    at = datetime(2026, 11, 21, 12, 30, tzinfo=UTC)  # 22 Nov, 02:30 in Kiritimati
    order = rec.Order(number="8187000000000001", placed_at=at)
    assert instant_text(at, KIRITIMATI) == "22 Nov 2026, 02:30"
    assert deadline_text(at, KIRITIMATI) == "22 Nov 2026, 02:30 your time"
    assert until_text(at, KIRITIMATI) == "until 22 Nov 2026, 02:30 your time"
    assert value_text(at, date_only=False, platform_tz=SHANGHAI,
                      local_tz=KIRITIMATI) == "2026-11-22 02:30"
    assert order_date_text(order, "placed_at", SHANGHAI, KIRITIMATI) == "2026-11-22 02:30"
    assert order_day(order, "placed_at", SHANGHAI, KIRITIMATI) == date(2026, 11, 22)
    assert order_date_text(order, "confirmed_at", SHANGHAI, KIRITIMATI) is None
    assert order_day(order, "confirmed_at", SHANGHAI, KIRITIMATI) is None


def test_each_estimate_keeps_its_source_and_reads_in_the_zone_given() -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=30),
                      protection_days=60, delivered_at=datetime(2026, 11, 21, 12, 30, tzinfo=UTC),
                      delivered_estimate="tracking_update")
    assert order_estimates(order) == (Estimate("delivered_at", "tracking_update"),)
    assert estimated_text(order, "delivered_at", SHANGHAI, KIRITIMATI) == "about 2026-11-22 02:30"


@pytest.mark.parametrize("days", [None, 60])
@pytest.mark.parametrize("ends", [None, datetime(2026, 9, 1, tzinfo=UTC)])
@pytest.mark.parametrize("confirmed", [None, datetime(2026, 8, 1, tzinfo=UTC)])
@pytest.mark.parametrize("source", [None, "", "order_status", "tracking_update"])
def test_stored_estimates_are_the_orders_estimates(days: int | None, ends: datetime | None,
                                                   confirmed: datetime | None,
                                                   source: str | None) -> None:
    order = rec.Order("8100", datetime(2026, 6, 1, tzinfo=UTC), protection_days=days,
                  protection_ends_at=ends, confirmed_at=confirmed, confirmed_estimate=source)
    assert stored_estimates(days, ends, confirmed, source) == (
        uses_default_length(order), deadline_estimated(order))
