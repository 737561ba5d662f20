"""Cells at the edges of what they may say: the first and last second of a day, the hours of a
12-hour clock, the last day of a month, the largest amount and the most decimals a currency
has, the smallest and largest quantity. Dates are read in two platform zones: a date without a
time is 00:00 of that date there (DOMAIN.md section 1)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.instants import from_epoch
from aliassist.importers.values import (
    CellError,
    DateReader,
    MoneyReader,
    clean_number,
    currency_of,
    guess_date_order,
    read_quantity,
    status_meaning,
)

ZONES = {"Asia/Shanghai": "2026-03-04T16:00:00Z", "America/New_York": "2026-03-05T05:00:00Z"}


def read(zone: str, value: object, order: str = "mdy") -> str:
    at = from_epoch(DateReader(ZoneInfo(zone), order).epoch(value))
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def midnight_plus(zone: str, seconds: int) -> str:
    start = datetime.fromisoformat(ZONES[zone].replace("Z", "+00:00"))
    return (start + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


TIMES_OF_DAY = [
    # the cell, seconds after 00:00 of March 5 in the platform's zone
    ("Mar 05, 2026", 0),
    ("Mar 05, 2026 00:00:00", 0),
    ("Mar 05, 2026 00:00:01", 1),
    ("Mar 05, 2026 23:59:59", 86399),
    ("3/5/2026 12:00:00 AM", 0),
    ("3/5/2026 12:00:01 AM", 1),
    ("3/5/2026 1:00 AM", 3600),
    ("3/5/2026 11:59:59 AM", 43199),
    ("3/5/2026 12:00 PM", 43200),
    ("3/5/2026 1:00 PM", 46800),
    ("3/5/2026 11:59:59 p.m.", 86399),
    ("5 March 2026, 08:15", 29700),
    ("2026-03-05 23:59", 86340),
]


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize(("cell", "seconds"), TIMES_OF_DAY, ids=[c for c, _ in TIMES_OF_DAY])
def test_times_of_day_from_the_first_to_the_last_second(zone: str, cell: str,
                                                        seconds: int) -> None:
    assert read(zone, cell) == midnight_plus(zone, seconds)


@pytest.mark.parametrize("cell", ["3/5/2026 24:00", "3/5/2026 23:60", "3/5/2026 23:59:60",
                                  "3/5/2026 0:30 AM", "3/5/2026 13:00 PM",
                                  "3/5/2026 00:00 PM"])
def test_a_time_past_the_end_of_the_day_or_the_clock_is_refused(cell: str) -> None:
    with pytest.raises(CellError, match="time of day"):
        read("Asia/Shanghai", cell)


@pytest.mark.parametrize("zone", ZONES)
def test_workbook_values_at_midnight_and_one_second_after(zone: str) -> None:
    assert read(zone, date(2026, 3, 5)) == midnight_plus(zone, 0)
    assert read(zone, datetime(2026, 3, 5)) == midnight_plus(zone, 0)
    assert read(zone, datetime(2026, 3, 5, 0, 0, 1)) == midnight_plus(zone, 1)
    assert read(zone, datetime(2026, 3, 4, 23, 59, 59)) == midnight_plus(zone, -1)
    # a value with its own zone is that instant, wherever the platform is
    plus_two = timezone(timedelta(hours=2))
    assert read(zone, datetime(2026, 3, 5, 0, 0, tzinfo=plus_two)) == "2026-03-04T22:00:00Z"


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize(("cell", "instant"), [
    ("2026-03-05T00:00:00Z", "2026-03-05T00:00:00Z"),
    ("2026-03-05 00:00:00+08:00", "2026-03-04T16:00:00Z"),
    ("2026-03-04T23:59:59-0500", "2026-03-05T04:59:59Z"),
])
def test_a_time_with_its_own_zone_is_not_moved_to_the_platforms(zone: str, cell: str,
                                                                 instant: str) -> None:
    assert read(zone, cell) == instant


@pytest.mark.parametrize(("cell", "order", "day"), [
    ("Feb 28, 2026", "mdy", "2026-02-28"),
    ("Feb 29, 2028", "mdy", "2028-02-29"),
    ("12/31/2026", "mdy", "2026-12-31"),
    ("31/12/2026", "dmy", "2026-12-31"),
    ("1/1/2026", "mdy", "2026-01-01"),
    ("2026.12.31", "dmy", "2026-12-31"),
    ("Sept 30, 2026", "mdy", "2026-09-30"),
])
def test_the_last_and_first_days_are_read(cell: str, order: str, day: str) -> None:
    assert read("UTC", cell, order) == f"{day}T00:00:00Z"


@pytest.mark.parametrize(("cell", "order"), [
    ("Feb 29, 2026", "mdy"), ("Apr 31, 2026", "mdy"), ("13/12/2026", "mdy"),
    ("12/13/2026", "dmy"), ("0/5/2026", "mdy"), ("3/0/2026", "mdy"), ("2026-13-01", "mdy"),
])
def test_a_day_past_the_end_of_its_month_is_refused(cell: str, order: str) -> None:
    with pytest.raises(CellError, match="no such day"):
        read("UTC", cell, order)


@pytest.mark.parametrize(("samples", "order"), [
    (["12/12/2026"], None),
    (["13/12/2026"], "dmy"),
    (["12/13/2026"], "mdy"),
    (["13/12/2026", "12/13/2026"], None),  # they disagree: cannot tell
    (["2026/13/12", "12/12/2026"], None),  # year first says nothing about the others
    (["not a date", "13.01.2026"], "dmy"),
])
def test_guessing_the_date_order_at_twelve(samples: list[str], order: str | None) -> None:
    assert guess_date_order(samples) == order


# ---------------------------------------------------------------------------------------------
# Amounts

@pytest.mark.parametrize(("cell", "currency", "minor"), [
    ("0", "USD", 0),
    ("0.01", "USD", 1),
    ("10000000000000.00", "USD", 10**15),  # the largest amount kept
    ("12.34", "USD", 1234),
    ("12.340", "USD", 1234),  # a trailing zero is not a third decimal
    ("1.234", "KWD", 1234),
    ("12", "JPY", 12),
    ("12.0", "JPY", 12),
    ("1,000,000.00", "USD", 100_000_000),
    ("1.000.000,00", "EUR", 100_000_000),
    ("1 000 000,5", "EUR", 100_000_050),
])
def test_amounts_at_the_edges(cell: str, currency: str, minor: int) -> None:
    assert MoneyReader(currency).read(cell) == (minor, currency)


@pytest.mark.parametrize(("cell", "currency", "why"), [
    ("10000000000000.01", "USD", "too large"),
    ("-0.01", "USD", "negative"),
    ("12.345", "USD", "more than 2 decimals for USD"),
    ("1.2345", "KWD", "more than 3 decimals for KWD"),
    ("12.5", "JPY", "more than 0 decimals for JPY"),
    ("1,00,000.00", "USD", "not an amount"),
    ("1.00.000,00", "EUR", "not an amount"),
    (",5", "EUR", "not an amount"),
])
def test_amounts_past_the_edges_say_why(cell: str, currency: str, why: str) -> None:
    with pytest.raises(CellError, match=why):
        MoneyReader(currency).read(cell)


def test_workbook_numbers_at_the_edges() -> None:
    assert MoneyReader("USD").read(0) == (0, "USD")
    assert MoneyReader("USD").read(0.01) == (1, "USD")
    assert MoneyReader("JPY").read(1500.0) == (1500, "JPY")
    for bad, why in [(float("nan"), "not a number"), (True, "not an amount"),
                     (-1, "negative"), (1e14, "too large")]:
        with pytest.raises(CellError, match=why):
            MoneyReader("USD").read(bad)


# ---------------------------------------------------------------------------------------------
# Quantities and order numbers

@pytest.mark.parametrize(("cell", "quantity"), [
    ("1", 1), (1, 1), (1.0, 1), ("1000000", 1_000_000), (1_000_000, 1_000_000), (" 7 ", 7)])
def test_quantities_from_1_to_a_million(cell: object, quantity: int) -> None:
    assert read_quantity(cell) == quantity


@pytest.mark.parametrize("cell", ["0", 0, 0.0, "1000001", 1_000_001, True, "", 2.5])
def test_quantities_outside_1_to_a_million_are_refused(cell: object) -> None:
    with pytest.raises(CellError, match="quantity"):
        read_quantity(cell)


def test_order_numbers_as_floats_up_to_the_last_exact_one() -> None:
    assert clean_number(float(2**53 - 1)) == str(2**53 - 1)
    assert clean_number(float(2**53)) != str(2**53)  # past it a float cannot be trusted
    assert clean_number(-12.0) == "-12"
    assert clean_number(12.5) == "12.5"
    assert clean_number(True) == "True"
    assert clean_number(' ="  #8187000000000101 " ') == "8187000000000101"


def test_scientific_notation_is_kept_visible_for_the_check_to_refuse() -> None:
    assert clean_number(8.187e18) == "8.187E+18"
    assert clean_number("X-1") == "X-1"  # only the spreadsheet marks are dropped


def test_one_sample_with_a_day_over_12_first_is_enough_among_ambiguous_ones() -> None:
    assert guess_date_order(["12/13/2026", "12/12/2026"]) == "mdy"
    assert guess_date_order(["13/12/2026", "12/12/2026"]) == "dmy"


@pytest.mark.parametrize(("mark", "code"), [
    ("us $", "USD"), ("usd", "USD"), ("sek", "SEK"), (" CHF ", "CHF"), ("Kč", "CZK")])
def test_currency_marks_in_any_case(mark: str, code: str) -> None:
    assert currency_of(mark) == code


@pytest.mark.parametrize(("mark", "message"), [
    ("  ", "the currency is empty"),
    ("Dollars?", "'Dollars?' is not a currency this app knows"),
    ("kr", "'kr' can mean SEK, NOK or DKK; choose the currency"),
])
def test_currency_marks_that_cannot_be_read_say_why(mark: str, message: str) -> None:
    with pytest.raises(CellError) as raised:
        currency_of(mark)
    assert str(raised.value) == message


def test_a_status_that_says_nothing_confirms_nothing() -> None:
    assert status_meaning(None) == (None, False)
    assert status_meaning("") == (None, False)
