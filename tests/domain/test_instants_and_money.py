"""Date-only values mean 00:00 in the platform's zone; money is integer minor units."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.instants import (
    days_left,
    format_instant,
    from_epoch,
    is_date_only,
    parse_instant,
    to_epoch,
    utc_now,
)
from aliassist.domain.money import format_amount, parse_amount
from aliassist.errors import UserError

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_date_only_is_midnight_in_shanghai() -> None:
    assert parse_instant("2026-03-03", SHANGHAI) == datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
    assert parse_instant("20260303", SHANGHAI) == datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def test_times_with_and_without_zone() -> None:
    assert parse_instant("2026-03-03T10:00:00Z", SHANGHAI) == datetime(2026, 3, 3, 10,
                                                                        tzinfo=UTC)
    assert parse_instant("2026-03-03T10:00+02:00", SHANGHAI) == datetime(2026, 3, 3, 8,
                                                                          tzinfo=UTC)
    # No zone: the platform's zone.
    assert parse_instant("2026-03-03T10:00", SHANGHAI) == datetime(2026, 3, 3, 2, tzinfo=UTC)


@pytest.mark.parametrize("text", ["03/05/2026", "2026-13-01", "yesterday", "", "2026-02-30"])
def test_bad_dates_are_rejected_with_the_field(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_instant(text, SHANGHAI, field="orders[0].placed_at")
    assert err.value.where == "orders[0].placed_at"
    assert "ISO 8601" in str(err.value) or "range" in str(err.value)


def test_instant_helpers_round_trip() -> None:
    at = datetime(2026, 1, 5, 3, 4, 5, tzinfo=UTC)
    assert from_epoch(to_epoch(at)) == at
    assert format_instant(at) == "2026-01-05T03:04:05Z"
    assert is_date_only(parse_instant("2026-01-05", SHANGHAI), SHANGHAI)
    assert not is_date_only(at, SHANGHAI)
    assert days_left(datetime(2026, 1, 6, 3, tzinfo=UTC), at) == 0
    assert days_left(datetime(2026, 1, 4, tzinfo=UTC), at) == -2


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("20.00", "USD", 2000), ("20", "USD", 2000), ("0.5", "EUR", 50), ("1500", "JPY", 1500),
    ("1.234", "KWD", 1234)])
def test_amounts_are_minor_units(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor
    assert parse_amount(format_amount(minor, currency), currency) == minor


@pytest.mark.parametrize(("text", "currency"), [
    ("20.005", "USD"), ("-1", "USD"), ("abc", "USD"), ("1.5", "JPY"), ("NaN", "USD"),
    ("1e30", "USD")])
def test_bad_amounts_are_refused(text: str, currency: str) -> None:
    with pytest.raises(UserError):
        parse_amount(text, currency, field="amount")


def test_now_is_a_whole_utc_second() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    now = utc_now()
    assert now.tzinfo is UTC and now.microsecond == 0
    assert before <= now <= datetime.now(UTC)
