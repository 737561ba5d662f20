"""Rows of an exporter file read into ImportRows: a row of plain text cells is read in a few calls
over the whole row, and that reading gives what the field-by-field one gives (or leaves the row
to it whenever a cell needs a closer look)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aliassist.importers.layouts import BULK_ORDER_EXPORTER, ORDER_EXPORTER, ColumnMapping
from aliassist.importers.rows import RowError, RowReader
from tests.fuzz import fuzz

SHANGHAI = ZoneInfo("Asia/Shanghai")
HEADER = list(ORDER_EXPORTER.columns)
ROW = ["8187000000000101", "Mar 05, 2026", "Completed", "Phone case", "https://a.example/1",
       "US", "12.34", "Bright Store", "https://a.example/store/1"]


def exporter_reader(**options: object) -> RowReader:
    mapping = ColumnMapping({f: i for i, f in enumerate(ORDER_EXPORTER.columns.values())
                             if f is not None}, None, "order_exporter")
    return RowReader(mapping, SHANGHAI, header=HEADER, **options)  # type: ignore[arg-type]


cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "  x  ", "\ufffd", "a\ufffdb", "Completed", "8187000000000101",
                     "Mar 05, 2026", "12.34", "US", "x" * 101, "y" * 301, " " + "z" * 100]),
    st.integers(-5, 5), st.floats(allow_nan=False), st.none(),
    st.just(date(2026, 3, 5)), st.just(datetime(2026, 3, 5, 10, 30)),
)


@fuzz
@given(st.lists(cells, max_size=12), st.sampled_from([ORDER_EXPORTER, BULK_ORDER_EXPORTER]))
def test_the_whole_row_reading_gives_what_the_field_by_field_reading_gives(row, layout
                                                                          ) -> None:
    mapping = ColumnMapping({f: i for i, f in enumerate(layout.columns.values())
                             if f is not None}, "mdy", layout.id)
    reader = RowReader(mapping, SHANGHAI, header=list(layout.columns))
    fast = reader.text_values(row)
    try:
        slow = reader.field_values(2, row)
    except RowError:
        assert fast is None  # the field-by-field reading says what is wrong
        return
    assert fast is None or fast == slow


def test_a_row_of_text_is_read_as_a_whole_and_gives_each_field_stripped() -> None:
    reader = exporter_reader()
    values = reader.text_values([f" {cell} " for cell in ROW])
    assert values == reader.field_values(2, ROW)
    assert values is not None and values[:2] == ("8187000000000101", "Mar 05, 2026")


@pytest.mark.parametrize("row", [
    ROW[:5],  # shorter than the mapping
    [*ROW[:3], "Phone \ufffd case", *ROW[4:]],  # bytes the encoding could not read
    [*ROW[:2], "x" * 101, *ROW[3:]],  # longer than the status may be
    [*ROW[:6], 12.34, *ROW[7:]],  # a workbook's number
])
def test_a_row_that_needs_a_closer_look_is_read_field_by_field(row: list[object]) -> None:
    assert exporter_reader().text_values(row) is None


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
