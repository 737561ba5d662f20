"""What a person reads when a cell cannot be read, and the cells at the edges of each reading:
year-first files with two-digit years, a day or month of 0, the layout's own date form, dotted
dates (always day first), dotted thousands, and a reader that sees the same or another cell
again. Dates without a time are 00:00 in Shanghai, the platform's zone."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.instants import from_epoch
from aliassist.importers.values import (
    CellError,
    CurrencyUnknown,
    DateOrderUnknown,
    DateReader,
    MoneyReader,
    date_order_evidence,
    guess_date_order,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def day(reader: DateReader, cell: object) -> date:
    return from_epoch(reader.epoch(cell)).astimezone(SHANGHAI).date()


BAD_DATES = [
    # the cell, how the file writes numeric dates, what the person is told
    ("", "mdy", "the date is empty"),
    ("Xmas 2026", "mdy", "'Xmas 2026' is not a date"),
    ("Foo 05, 2026", "mdy", "'Foo 05, 2026' is not a date (unknown month name)"),
    ("Mar 05, 2026 25:00", "mdy", "'Mar 05, 2026 25:00' is not a time of day"),
    ("3/5/202", "mdy", "'3/5/202' is not a date (write the year with 4 digits)"),
    ("123/5/2026", "mdy", "'123/5/2026' is not a date (write the year with 4 digits)"),
    ("6/03/05", "ymd", "'6/03/05' is not a date (write the year with 4 digits)"),
    ("2/30/2026", "mdy", "'2/30/2026' is not a date (no such day)"),
    # a day or month of 0 is no day in either order: not a question about the file's order
    ("0/5/2026", None, "'0/5/2026' is not a date (no such day)"),
    ("5/0/2026", None, "'5/0/2026' is not a date (no such day)"),
    ("2026-03-05 10:00 +08:00", "mdy", "'2026-03-05 10:00 +08:00' is not a date"),
]


@pytest.mark.parametrize(("cell", "order", "message"), BAD_DATES, ids=[r[0] for r in BAD_DATES])
def test_a_date_that_cannot_be_read_says_why(cell: str, order: str | None, message: str) -> None:
    with pytest.raises(CellError) as raised:
        DateReader(SHANGHAI, order).epoch(cell)
    assert str(raised.value) == message


def test_a_cell_that_is_no_value_at_all_is_no_date() -> None:
    with pytest.raises(CellError) as raised:
        DateReader(SHANGHAI).epoch(["3/5/2026"])
    assert str(raised.value) == "['3/5/2026'] is not a date"


YEAR_FIRST = [
    # the cell in a file that writes year/month/day, the date
    ("26/03/05", date(2026, 3, 5)),
    ("26/12/31", date(2026, 12, 31)),
    ("2026/03/05", date(2026, 3, 5)),
    # a four-digit year last: the day over 12 tells the order
    ("13/03/2026", date(2026, 3, 13)),
    ("03/13/2026", date(2026, 3, 13)),
]


@pytest.mark.parametrize(("cell", "expected"), YEAR_FIRST)
def test_a_year_first_file_reads_two_digit_years_first(cell: str, expected: date) -> None:
    assert day(DateReader(SHANGHAI, "ymd"), cell) == expected


def test_a_minute_past_midnight_is_not_midnight() -> None:
    reader = DateReader(SHANGHAI, "mdy")
    midnight = reader.epoch("Mar 05, 2026")
    assert reader.epoch("Mar 05, 2026 00:01") - midnight == 60
    assert reader.epoch("Mar 05, 2026 00:00") == midnight


LAYOUT_FORM = [
    # the cell, in a file whose order is not chosen, of a layout whose exporter writes
    # unpadded numbers and a four-digit year in this order: the date, or None for a question
    ("3/5/2026", "mdy", date(2026, 3, 5)),
    ("3/5/2026", "dmy", date(2026, 5, 3)),
    ("03/5/2026", "mdy", None),  # padded: a spreadsheet's form, not the exporter's
    ("3/05/2026", "mdy", None),
    ("3/5/26", "mdy", None),  # two-digit year
    ("03/5/26", "mdy", None),
]


@pytest.mark.parametrize(("cell", "hint", "expected"), LAYOUT_FORM)
def test_only_the_layouts_own_date_form_is_read_its_way(cell: str, hint: str,
                                                        expected: date | None) -> None:
    reader = DateReader(SHANGHAI, None, hint=hint)
    if expected is not None:
        assert day(reader, cell) == expected
        return
    with pytest.raises(DateOrderUnknown) as raised:
        reader.epoch(cell)
    assert (raised.value.text, raised.value.line, str(raised.value)) == (cell, 0, cell)


def test_a_file_that_has_not_decided_its_date_order_asks_about_the_cell() -> None:
    reader = DateReader(SHANGHAI, None)
    assert reader.decided_by is None
    with pytest.raises(DateOrderUnknown) as raised:
        reader.epoch("03/05/2026")
    assert (raised.value.text, raised.value.line) == ("03/05/2026", 0)
    assert reader.order is None and reader.decided_by is None


def test_a_file_read_with_an_unknown_date_order_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^ydm$"):
        DateReader(SHANGHAI, "ydm")


def test_the_same_cell_read_again_gives_the_same_instant() -> None:
    reader = DateReader(SHANGHAI, "mdy")
    first = reader.epoch("3/5/2026")
    assert reader.epoch("3/5/2026") == first
    assert reader.epoch("3/6/2026") == first + 86400


EVIDENCE = [
    # a cell, what it tells of the file's order
    ("'13/05/2026", "dmy"),  # a spreadsheet's text mark is no part of the date
    ("X13/05/2026", None),
    ("123/05/2026", None),  # no day or month has three digits
    ("13.05.2026", None),  # dotted: always day first, not evidence of slashes' order
    ("05.13.2026", None),
]


@pytest.mark.parametrize(("cell", "order"), EVIDENCE)
def test_what_one_cell_tells_of_the_files_date_order(cell: str, order: str | None) -> None:
    assert date_order_evidence(cell) == order


@pytest.mark.parametrize(("samples", "order"), [
    (["05.13.2026"], "dmy"),  # dots mean day first, whatever the numbers
    (["123.05.2026"], None),  # not a dotted date
    (["13.05.2026", "3/13/2026"], None),  # the samples contradict each other
])
def test_dotted_dates_say_day_first(samples: list[str], order: str | None) -> None:
    assert guess_date_order(samples) == order


AMOUNTS = [
    # the cell, the currency of the file, minor units
    ("1.234.567", "USD", 123456700),  # dots as thousands
    ("1.234.567,89", "EUR", 123456789),
    ("1,234,567.89", "USD", 123456789),
]


@pytest.mark.parametrize(("cell", "currency", "minor"), AMOUNTS)
def test_amounts_with_several_thousands_marks(cell: str, currency: str, minor: int) -> None:
    assert MoneyReader(currency).read(cell) == (minor, currency)


def test_a_reader_remembers_each_amount_apart() -> None:
    reader = MoneyReader("USD")
    assert reader.read("12.34") == (1234, "USD")
    assert reader.read("12.34") == (1234, "USD")
    assert reader.read("5.00") == (500, "USD")
    assert reader.read("5.00", "EUR") == (500, "EUR")


BAD_AMOUNTS = [
    # the cell, what the person is told
    (["12.34"], "['12.34'] is not an amount"),
    (float("nan"), "the amount is not a number"),
    (float("inf"), "'inf' is not an amount"),
    ("1.234.56", "'1.234.56' is not an amount"),
]


@pytest.mark.parametrize(("cell", "message"), BAD_AMOUNTS, ids=[str(c) for c, _ in BAD_AMOUNTS])
def test_an_amount_that_cannot_be_read_says_why(cell: object, message: str) -> None:
    with pytest.raises(CellError) as raised:
        MoneyReader("USD").read(cell)
    assert str(raised.value) == message


def test_an_amount_without_a_currency_asks_about_the_cell() -> None:
    with pytest.raises(CurrencyUnknown) as raised:
        MoneyReader().read("12.34")
    assert (raised.value.text, raised.value.line, str(raised.value)) == ("12.34", 0, "12.34")


def test_a_file_that_contradicts_the_layouts_form_asks_about_that_cell() -> None:
    reader = DateReader(SHANGHAI, None, hint="mdy")
    assert day(reader, "3/5/2026") == date(2026, 3, 5)
    with pytest.raises(DateOrderUnknown) as raised:
        reader.epoch("23/1/2026")
    assert raised.value.text == "23/1/2026"
