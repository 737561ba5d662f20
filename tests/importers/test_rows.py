"""Rows of an exporter file read into ImportRows, each field in one pass over the mapped cells: what
a row gives, what it lacks, and what is wrong with it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from aliassist.importers.layouts import FIELDS, ORDER_EXPORTER, ColumnMapping
from aliassist.importers.rows import RowError, RowReader

SHANGHAI = ZoneInfo("Asia/Shanghai")
HEADER = list(ORDER_EXPORTER.columns)
ROW = ["8187000000000101", "Mar 05, 2026", "Completed", "Phone case", "https://a.example/1",
       "US", "12.34", "Bright Store", "https://a.example/store/1"]


def exporter_reader(**options: object) -> RowReader:
    mapping = ColumnMapping({f: i for i, f in enumerate(ORDER_EXPORTER.columns.values())
                             if f is not None}, None, "order_exporter")
    return RowReader(mapping, SHANGHAI, header=HEADER, **options)  # type: ignore[arg-type]


def test_each_field_comes_in_its_place_stripped_and_empty_when_the_row_does_not_give_it(
        ) -> None:
    values = exporter_reader().field_values(2, [f" {cell} " for cell in ROW[:4]] + ["", " "])
    assert dict(zip(FIELDS, values, strict=True)) == {
        **dict.fromkeys(FIELDS, ""), "number": ROW[0], "placed_at": ROW[1], "status": ROW[2],
        "title": ROW[3]}


def test_a_workbooks_numbers_and_dates_are_kept_as_they_are() -> None:
    when = datetime(2026, 3, 5, 10, 30)
    values = exporter_reader().field_values(2, [8187000000000101, when, *ROW[2:6], 12.5])
    assert (values[0], values[1], values[17]) == (8187000000000101, when, 12.5)


def test_a_cell_the_encoding_could_not_read_in_a_column_not_imported_does_not_matter() -> None:
    reader = exporter_reader()
    row = reader.read(2, [*ROW, "not \ufffd imported"])
    assert row.title == "Phone case"


@pytest.mark.parametrize("row, reason", [
    ([*ROW[:3], "Phone \ufffd case", *ROW[4:]],
     "Product Title: has bytes that are not text in the file's encoding"),
    ([*ROW[:2], "x" * 101, *ROW[3:]], "Status: longer than 100 characters"),
    (["", *ROW[1:]], "Order ID: the order number is missing"),
    ([ROW[0], " ", *ROW[2:]], "Order Date: the order date is missing"),
])
def test_what_is_wrong_with_a_row_is_said_as_before(row: list[str], reason: str) -> None:
    with pytest.raises(RowError) as caught:
        exporter_reader().read(7, row)
    assert (caught.value.line, caught.value.reason) == (7, reason)


def test_each_date_text_is_read_apart_even_when_two_texts_name_one_day() -> None:
    reader = exporter_reader()
    texts = ["Mar 05, 2026", "Mar 5, 2026", "Mar 06, 2026", "Mar 05, 2026 10:30"]
    placed = [reader.read(2 + n, [ROW[0], text, *ROW[2:]]).placed_at
              for n, text in enumerate(texts)]
    assert placed[0] == placed[1] and len({placed[0], placed[2], placed[3]}) == 3
    assert reader.dates.known == dict(zip(texts, placed, strict=True))
    # read again, from what was kept: the same instants
    assert [reader.read(9, [ROW[0], text, *ROW[2:]]).placed_at for text in texts] == placed


def test_empty_text_cells_are_fields_the_row_does_not_give() -> None:
    row = exporter_reader(account="me@example.com").read(
        2, [ROW[0], ROW[1], "", "", " ", "", "", "", ""])
    assert (row.status_text, row.title, row.url, row.store, row.store_url, row.price,
            row.currency, row.account) == (None, None, None, None, None, None, None,
                                           "me@example.com")


def test_a_row_of_text_at_each_fields_limit_is_read_and_one_past_it_is_not() -> None:
    reader = exporter_reader()
    at_limit = [*ROW[:2], " " + "s" * 100 + " ", "t" * 20000, *ROW[4:7], "b" * 300, ROW[8]]
    values = dict(zip(FIELDS, reader.field_values(3, at_limit), strict=True))
    assert (len(values["status"]), len(values["title"]), len(values["store"])) == (100, 20000,
                                                                                  300)
    for column, long in ((2, "s" * 101), (3, "t" * 20001), (7, "b" * 301)):
        with pytest.raises(RowError, match="longer than"):
            reader.field_values(3, [*at_limit[:column], long, *at_limit[column + 1:]])


def test_long_order_numbers_are_kept_whole_and_tell_the_file_kept_its_digits() -> None:
    reader = exporter_reader()
    assert reader.read(2, ["818796417835294721", *ROW[1:]]).number == "818796417835294721"
    assert reader.long_numbers_kept
    zeroed = exporter_reader()
    with pytest.raises(RowError, match="ends in zeros past its 15th digit"):
        zeroed.read(2, ["818796417835290000", *ROW[1:]])
    assert not zeroed.long_numbers_kept
