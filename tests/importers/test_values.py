"""Cells as exporters write them: dates, amounts, currencies, statuses, order numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.instants import from_epoch
from aliassist.importers.values import (
    CellError,
    CurrencyUnknown,
    DateOrderUnknown,
    DateReader,
    MoneyReader,
    clean_number,
    currency_of,
    date_order_evidence,
    guess_date_order,
    read_quantity,
    status_meaning,
    tracking_says_delivered,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def instant(reader: DateReader, value: object) -> str:
    return from_epoch(reader.epoch(value)).isoformat()


@pytest.mark.parametrize("text", ["Mar 05, 2026", "Mar 5, 2026", "March 5 2026", "5 Mar 2026",
                                  "3/5/2026", "03/05/2026", "2026-03-05", "2026/3/5"])
def test_a_date_without_a_time_is_midnight_in_shanghai(text: str) -> None:
    assert instant(DateReader(SHANGHAI, "mdy"), text) == "2026-03-04T16:00:00+00:00"


def test_the_layouts_convention_decides_numeric_dates() -> None:
    assert instant(DateReader(SHANGHAI, "mdy"), "3/5/2026").startswith("2026-03-04")
    assert instant(DateReader(SHANGHAI, "dmy"), "3/5/2026").startswith("2026-05-02")
    assert instant(DateReader(SHANGHAI, "dmy"), "24.03.2026").startswith("2026-03-23")


def test_times_are_read_in_the_platform_zone_unless_a_zone_is_given() -> None:
    reader = DateReader(SHANGHAI, "mdy")
    assert instant(reader, "3/9/2026, 2:30:00 PM") == "2026-03-09T06:30:00+00:00"
    assert instant(reader, "Mar 09, 2026 14:30") == "2026-03-09T06:30:00+00:00"
    assert instant(reader, "2026-03-09T14:30:00Z") == "2026-03-09T14:30:00+00:00"
    assert instant(reader, datetime(2026, 3, 9)) == "2026-03-08T16:00:00+00:00"
    assert instant(reader, date(2026, 3, 9)) == "2026-03-08T16:00:00+00:00"
    assert instant(reader, datetime(2026, 3, 9, 12, tzinfo=UTC)) == "2026-03-09T12:00:00+00:00"


@pytest.mark.parametrize("text, why", [
    ("Feb 30, 2026", "no such day"), ("13/45/2026", "no such day"), ("soon", "not a date"),
    ("Foo 05, 2026", "unknown month"), ("3/5/126", "4 digits"), ("3/5/2026 25:00", "time"),
    ("", "empty")])
def test_bad_dates_say_why(text: str, why: str) -> None:
    with pytest.raises(CellError, match=why):
        DateReader(SHANGHAI).epoch(text)


def test_guessing_the_date_order_from_samples() -> None:
    assert guess_date_order(["24.03.2026", "02.04.2026"]) == "dmy"
    assert guess_date_order(["3/24/2026"]) == "mdy"
    assert guess_date_order(["3/4/2026", "2026-01-30"]) is None


@pytest.mark.parametrize("text, minor, code", [
    ("US $12.34", 1234, "USD"), ("$1,234.56", 123456, "USD"), ("12.34", 1234, "USD"),
    ("€12,34", 1234, "EUR"), ("1 234,56 руб.", 123456, "RUB"), ("1.234,56 €", 123456, "EUR"),
    ("RUB 99", 9900, "RUB"), ("₩12,000", 12000, "KRW"), ("0.5", 50, "USD"),
    ("1,024.50", 102450, "USD"), ("1,024", 102400, "USD"), ("CA $3.10", 310, "CAD")])
def test_amounts_as_pages_show_them(text: str, minor: int, code: str) -> None:
    assert MoneyReader("USD").read(text) == (minor, code)


def test_numbers_from_a_workbook_are_read_exactly() -> None:
    assert MoneyReader("USD").read(12.34) == (1234, "USD")
    assert MoneyReader("USD").read(7) == (700, "USD")


@pytest.mark.parametrize("text, why", [
    ("abc", "not an amount"), ("12.345", "decimals"), ("-3.00", "negative"),
    ("¥120", "CNY or JPY"), ("1,23,4", "not an amount"), ("12.34.56", "not an amount")])
def test_bad_amounts_say_why(text: str, why: str) -> None:
    with pytest.raises(CellError, match=why):
        MoneyReader("USD").read(text)


def test_a_bare_amount_is_a_question_about_the_files_currency() -> None:
    with pytest.raises(CurrencyUnknown):
        MoneyReader(None).read("12.00")
    assert MoneyReader(None).read("12.00", "EUR") == (1200, "EUR")


def test_currency_columns() -> None:
    assert currency_of("US") == "USD"
    assert currency_of("€") == "EUR"
    assert currency_of("pln") == "PLN"
    with pytest.raises(CellError, match="choose the currency"):
        currency_of("kr")


def test_statuses_map_onto_the_model() -> None:
    assert status_meaning("Awaiting delivery") == ("in_transit", False)
    assert status_meaning("To ship") == ("not_shipped", False)
    assert status_meaning("  Completed ") == ("delivered", True)
    assert status_meaning("Something new") == (None, False)
    assert tracking_says_delivered("Delivered to the recipient")
    assert not tracking_says_delivered("Not delivered: address unknown")
    assert not tracking_says_delivered("In transit")


def test_order_number_cells() -> None:
    assert clean_number('="8187000000000101"') == "8187000000000101"
    assert clean_number("'8187000000000101") == "8187000000000101"
    assert clean_number(8187000000000101) == "8187000000000101"
    assert clean_number(8187000000000101.0) == "8187000000000101"
    assert "E+" in clean_number(8.187e18)


def test_quantities() -> None:
    assert read_quantity("3") == 3
    assert read_quantity(2.0) == 2
    for bad in ("0", "two", "1.5", -1):
        with pytest.raises(CellError):
            read_quantity(bad)


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("03/05/26", "mdy", date(2026, 3, 5)), ("03/05/26", "dmy", date(2026, 5, 3)),
    ("05.03.26", "mdy", date(2026, 3, 5)),  # dots are day first wherever they are written
    ("23/01/26", None, date(2026, 1, 23)), ("1/23/2026", None, date(2026, 1, 23)),
    ("2026-03-05", None, date(2026, 3, 5)), ("5-Mar-26", None, date(2026, 3, 5)),
    ("Mar 05, 26", None, date(2026, 3, 5)), ("'03/03/2026", None, date(2026, 3, 3)),
])
def test_dates_as_spreadsheets_write_them(text: str, order: str | None,
                                          expected: date) -> None:
    reader = DateReader(SHANGHAI, order)
    assert from_epoch(reader.epoch(text)).astimezone(SHANGHAI).date() == expected


def test_a_file_decides_its_date_order_or_asks() -> None:
    reader = DateReader(SHANGHAI, None)
    with pytest.raises(DateOrderUnknown):
        reader.epoch("03/05/26")
    reader.epoch("23/01/26")  # a day over 12: the file writes day first
    assert reader.order == reader.decided_by == "dmy"
    assert from_epoch(reader.epoch("03/05/26")).astimezone(SHANGHAI).date() == date(2026, 5, 3)
    with pytest.raises(CellError, match="no such day"):
        reader.epoch("01/23/26")


def test_a_layouts_own_date_form_is_read_its_way_until_the_file_says_otherwise() -> None:
    reader = DateReader(SHANGHAI, None, hint="mdy")
    assert from_epoch(reader.epoch("3/5/2026")).astimezone(SHANGHAI).date() == date(2026, 3, 5)
    with pytest.raises(DateOrderUnknown):
        reader.epoch("03/05/26")  # a spreadsheet's form: the hint does not cover it
    with pytest.raises(DateOrderUnknown):
        reader.epoch("23/1/2026")  # the file contradicts the rows read the layout's way
    assert guess_date_order(["24.03.2026", "02.04.2026"]) == "dmy"
    assert date_order_evidence("13/12/26") == "dmy" and date_order_evidence("12/13/26") == "mdy"
    assert date_order_evidence("05.03.26") is None and date_order_evidence(7) is None


@pytest.mark.parametrize("currency", ["USD", "JPY", "KWD", "EUR"])
def test_a_plainly_written_amount_reads_as_the_decimal_reading_gives_it(currency: str) -> None:
    """The shortcut for amounts such as 12.34 gives what reading them as a Decimal gives, and
    leaves every other text (separators, signs, other digits, too many decimals) to it."""
    import random
    from decimal import Decimal

    from aliassist.domain.money import exponent
    from aliassist.importers.values import _decimal, _plain_minor

    pick = random.Random(7)
    texts = ["0", "00", "12", "12.3", "12.34", "12.345", "012.30", "999999999999",
             "9999999999999", "1.", ".5", "1.2.3", "٣", "²", "1,234.56", "12.300", " 12",
             "-1.00", "+1"]
    texts += [f"{pick.randrange(10 ** pick.randrange(1, 14))}."
              f"{pick.randrange(1000):0{pick.randrange(1, 4)}d}" for _ in range(2000)]
    shortcut = 0
    for text in texts:
        fast = _plain_minor(text, currency)
        if fast is None:
            continue
        shortcut += 1
        assert fast == int(_decimal(text, currency).scaleb(exponent(currency))
                           .quantize(Decimal(1))), text
    assert shortcut > (100 if exponent(currency) else 3)  # JPY: whole amounts only
    for text in ("1.", ".5", "1.2.3", "٣", "²", "1,234.56", " 12", "-1.00", "+1",
                 "1" * 13, "1." + "0" * (exponent(currency) + 1)):
        assert _plain_minor(text, currency) is None, text
