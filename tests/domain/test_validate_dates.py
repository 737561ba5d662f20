"""Dates that cannot be right, at their thresholds: a date is "in the future" only when it is more
than a day after now (a day covers every zone's today), and shipping, delivery and receipt are
"before the order" only when they are earlier than the order itself, one second decides. Dates
are shown as the buyer sees them (the local zone of the tests is Europe/Berlin)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.instants import parse_instant
from aliassist.domain.policy import Policy
from aliassist.domain.records import Dispute, Extension, Order, Payment
from aliassist.domain.validate import date_problems, validate_order
from aliassist.errors import UserError

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
#: the latest instant a recorded date may have: now + 1 day (13:00 in Berlin)
LATEST = NOW + timedelta(days=1)
SECOND = timedelta(seconds=1)
PLACED = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)  # 10:30 in Berlin
ORDER = Order("8187000000000001", placed_at=PLACED)


def problems(**fields: Any) -> dict[str, str]:
    return dict(date_problems(replace(ORDER, **fields), NOW, SHANGHAI))


FUTURE = [
    # the field, the order with the field at the given instant, what the buyer is told
    ("order date", lambda at: {"placed_at": at}, "placed_at",
     "the order date {} is in the future"),
    ("shipping date", lambda at: {"shipped_at": at}, "shipped_at",
     "the shipping date {} is in the future"),
    ("delivery date", lambda at: {"delivered_at": at}, "delivered_at",
     "the delivery date {} is in the future"),
    ("receipt date", lambda at: {"confirmed_at": at}, "confirmed_at",
     "the receipt date {} is in the future"),
    ("tracking update", lambda at: {"tracking_updated_at": at}, "tracking_updated_at",
     "the tracking update is in the future"),
    ("extension", lambda at: {"extensions": (Extension(3), Extension(5, granted_at=at))},
     "extensions[1].granted_at", "the extension is dated in the future"),
    ("payment", lambda at: {"payments": (Payment("refund"), Payment("refund", at=at))},
     "payments[1].at", "the payment is dated in the future"),
    *[(f"dispute {name}", lambda at, name=name: {
        "disputes": (Dispute("damaged"), Dispute("damaged", **{name: at}))},
       f"disputes[1].{name}", "dispute 2: the date {} is in the future")
      for name in ("opened_at", "seller_responded_at", "escalated_at", "return_requested_at",
                   "return_shipped_at", "closed_at")],
]


@pytest.mark.parametrize(("what", "fields", "path", "message"), FUTURE,
                         ids=[row[0] for row in FUTURE])
def test_a_date_is_in_the_future_only_past_a_day_after_now(what: str, fields: Any, path: str,
                                                           message: str) -> None:
    assert problems(**fields(LATEST - SECOND)) == {}
    assert problems(**fields(LATEST)) == {}
    assert problems(**fields(LATEST + SECOND)) == {path: message.format("2026-11-22 13:00")}


def test_a_date_given_as_a_date_reads_as_that_date_when_in_the_future() -> None:
    day = parse_instant("2026-11-23", SHANGHAI)  # 16:00 UTC on 22 Nov: past the latest
    order = replace(ORDER, shipped_at=day, date_only=frozenset({"shipped_at"}))
    assert dict(date_problems(order, NOW, SHANGHAI)) == {
        "shipped_at": "the shipping date 2026-11-23 is in the future"}


def test_absent_dates_are_never_wrong() -> None:
    assert problems(extensions=(Extension(3),), payments=(Payment("refund"),),
                    disputes=(Dispute("damaged"),)) == {}


def dated(name: str, at: datetime) -> dict[str, Any]:
    return {name: at}


BEFORE_THE_ORDER = [
    ("shipped_at", "shipping date"),
    ("delivered_at", "delivery date"),
    ("confirmed_at", "receipt date"),
]


@pytest.mark.parametrize(("name", "label"), BEFORE_THE_ORDER)
def test_a_date_is_before_the_order_one_second_before_it(name: str, label: str) -> None:
    assert problems(**{name: PLACED}) == {}
    assert problems(**{name: PLACED + SECOND}) == {}
    assert problems(**{name: PLACED - SECOND}) == {
        name: f"the {label} 2026-11-01 10:29 is before the order date 2026-11-01 10:30"}


@pytest.mark.parametrize(("name", "label"), BEFORE_THE_ORDER)
def test_a_date_given_as_a_date_is_before_the_order_only_on_an_earlier_day(name: str,
                                                                          label: str) -> None:
    # ordered at 04:00 on 6 Jan in Shanghai (the platform's day), 21:00 on 5 Jan in Berlin
    placed = datetime(2026, 1, 5, 20, 0, tzinfo=UTC)
    order = replace(ORDER, placed_at=placed, date_only=frozenset({name}))
    same_day = replace(order, **dated(name, parse_instant("2026-01-06", SHANGHAI)))
    assert dict(date_problems(same_day, NOW, SHANGHAI)) == {}
    day_before = replace(order, **dated(name, parse_instant("2026-01-05", SHANGHAI)))
    assert dict(date_problems(day_before, NOW, SHANGHAI)) == {
        name: f"the {label} 2026-01-05 is before the order date 2026-01-05 21:00"}


def test_an_order_given_as_a_date_is_compared_by_its_date() -> None:
    placed = parse_instant("2026-01-06", SHANGHAI)
    order = replace(ORDER, placed_at=placed, date_only=frozenset({"placed_at"}))
    # 23:59 on 5 Jan in Shanghai: the day before the order's date
    assert dict(date_problems(replace(order, shipped_at=placed - timedelta(minutes=1)), NOW,
                              SHANGHAI)) == {
        "shipped_at": "the shipping date 2026-01-05 16:59 is before the order date "
                      "2026-01-06"}
    assert dict(date_problems(replace(order, shipped_at=placed), NOW, SHANGHAI)) == {}


def test_a_record_is_refused_at_its_first_wrong_date_as_the_buyer_gave_it(policy: Policy) -> None:
    order = replace(ORDER, placed_at=parse_instant("2026-08-11", SHANGHAI),
                    shipped_at=parse_instant("2026-05-01", SHANGHAI),
                    date_only=frozenset({"placed_at", "shipped_at"}))
    with pytest.raises(UserError) as raised:
        validate_order(order, policy, "orders[0].", now=NOW)
    assert (raised.value.where, raised.value.message) == (
        "orders[0].shipped_at", "the shipping date 2026-05-01 is before the order date "
                                "2026-08-11")
    validate_order(order, policy, now=None)  # without now the dates are not checked


def test_an_order_of_another_platform_keeps_its_own_number(policy: Policy) -> None:
    validate_order(replace(ORDER, platform="temu", number="TM-2026-001"), policy)
