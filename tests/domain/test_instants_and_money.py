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
    is_date_text,
    parse_instant,
    to_epoch,
    utc_now,
)
from aliassist.domain.money import check_currency, display_amount, format_amount, parse_amount
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


@pytest.mark.parametrize(("minor", "currency", "text"), [
    (0, "USD", "0.00"), (1, "USD", "0.01"), (-1, "USD", "-0.01"), (-250, "USD", "-2.50"),
    (5, "JPY", "5"), (0, "JPY", "0"), (1234, "KWD", "1.234"), (-1, "KWD", "-0.001"),
])
def test_amounts_in_files_at_zero_and_below(minor: int, currency: str, text: str) -> None:
    assert format_amount(minor, currency) == text


def test_amounts_for_people_name_their_currency() -> None:
    assert display_amount(None, "EUR") == ""
    assert display_amount(750, "EUR") == "7.50 EUR"
    assert display_amount(750, None) == "7.50 USD"
    assert display_amount(750, "JPY") == "750 JPY"


def test_instants_in_files_drop_the_fraction_of_a_second() -> None:
    assert format_instant(datetime(2026, 3, 5, 1, 2, 3, 999_999, tzinfo=UTC)) == (
        "2026-03-05T01:02:03Z")
    assert format_instant(None) is None


@pytest.mark.parametrize(("value", "date_only"), [
    ("2026-03-03", True),
    (" 20260303 ", True),
    ("2026-03-03T10:00", False),
    ("2026-03-03 00:00", False),
    ("3 Mar 2026", False),
    ("", False),
    (None, False),
    (20260303, False),
])
def test_only_text_that_gives_a_date_without_a_time_is_a_date(value: object,
                                                               date_only: bool) -> None:
    assert is_date_text(value) is date_only


@pytest.mark.parametrize(("code", "read"), [(" usd ", "USD"), ("Eur", "EUR"), ("JPY", "JPY")])
def test_a_currency_code_is_read_in_capitals(code: str, read: str) -> None:
    assert check_currency(code) == read


@pytest.mark.parametrize("code", [None, 840, "US", "US D", "EURO", ""])
def test_anything_but_three_letters_is_no_currency(code: object) -> None:
    with pytest.raises(UserError, match="is not an ISO 4217 currency code"):
        check_currency(code)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("0.00", "USD", 0),  # nothing refunded yet is an amount too
    ("0", "JPY", 0),
    ("0.01", "USD", 1),
    ("10000000000000.00", "USD", 10**15),  # the largest amount
])
def test_an_amount_at_its_edges_is_read(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(("text", "error"), [
    (20, 'amount: expected the amount as a decimal text such as "20.00", got 20'),
    ("abc", "amount: 'abc' is not an amount such as 20.00"),
    ("-0.01", "amount: '-0.01' is not a positive amount"),
    ("NaN", "amount: 'NaN' is not a positive amount"),
    ("0.001", "amount: '0.001' has more than 2 decimals for USD"),
    ("10000000000000.01", "amount: '10000000000000.01' is too large an amount"),
])
def test_an_amount_that_is_none_says_why_and_where(text: object, error: str) -> None:
    with pytest.raises(UserError) as err:
        parse_amount(text, "USD", field="amount")  # type: ignore[arg-type]
    assert str(err.value) == error


@pytest.mark.parametrize(("value", "message", "hint"), [
    (20260303, "expected an ISO 8601 date or date-time text, got 20260303", None),
    ("2026-02-30", "'2026-02-30' is not an ISO 8601 date or date-time (day is out of range "
     "for month)", "write it as 2026-03-05 or 2026-03-05T14:30:00Z"),
    ("soon", None, "write it as 2026-03-05 or 2026-03-05T14:30:00Z"),
])
def test_a_date_that_cannot_be_read_names_its_field_and_how_to_write_it(
        value: object, message: str | None, hint: str | None) -> None:
    with pytest.raises(UserError) as err:
        parse_instant(value, SHANGHAI, field="orders[0].placed_at")  # type: ignore[arg-type]
    assert err.value.where == "orders[0].placed_at" and err.value.hint == hint
    if message is not None:
        assert err.value.message == message


def test_an_instant_past_the_last_representable_one_names_its_field() -> None:
    with pytest.raises(UserError) as err:
        parse_instant("9999-12-31T23:00-05:00", SHANGHAI, field="orders[0].placed_at")
    assert (err.value.message, err.value.where) == (
        "'9999-12-31T23:00-05:00' is out of range (date value out of range)",
        "orders[0].placed_at")


@pytest.mark.parametrize("text", ["2026-03-03", "2026-03-03T10:00", "2026-03-03T10:00+02:00"])
def test_every_instant_is_stored_as_utc(text: str) -> None:
    # DOMAIN.md section 1: all instants are stored as UTC, whatever zone they were given in
    assert parse_instant(text, SHANGHAI).tzinfo is UTC
