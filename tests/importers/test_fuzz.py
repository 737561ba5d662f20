"""Whatever a file holds, reading it ends in rows, skipped rows with a reason, or one clear
error: never an unhandled exception (hypothesis)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from aliassist.errors import UserError
from aliassist.importers.layouts import BULK_ORDER_EXPORTER, ORDER_EXPORTER, recognise
from aliassist.importers.rows import RowError, RowReader
from aliassist.importers.sources import is_unreadable, open_rows, text_rows
from aliassist.importers.values import CurrencyUnknown, DateOrderUnknown
from tests.fuzz import fuzz

SHANGHAI = ZoneInfo("Asia/Shanghai")
FUZZ = fuzz  # ALIASSIST_FUZZ_EXAMPLES examples (150 in `make test`)

cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["8187000000000101", "8.19123E+15", "8191230000000000", "Mar 05, 2026",
                     "Feb 30, 2026", "3/5/2026", "13/45/2026", "US $12.34", "€12,34", "abc",
                     "¥5", "1,2,3", "", " ", "Completed", "Awaiting delivery", "0", "-1",
                     '="8187000000000101"', "\ufffd", "2026-03-05T10:00:00+25:00"]),
    st.integers(-10**20, 10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


def read_everything(source_rows, header) -> None:  # type: ignore[no-untyped-def]
    try:
        mapping = recognise(header)
    except UserError as exc:
        assert str(exc)
        return
    if mapping is None:
        return
    reader = RowReader(mapping, SHANGHAI, header=header)
    for raw in source_rows:
        if is_unreadable(raw.cells):
            continue
        try:
            row = reader.read(raw.line, raw.cells)
        except RowError as exc:
            assert exc.reason and exc.line == raw.line
        except (DateOrderUnknown, CurrencyUnknown) as question:  # asked once for the file
            assert question.text and question.line == raw.line
        else:
            assert row.number.isdigit() and isinstance(row.placed_at, int)
            assert row.price is None or row.price >= 0


@FUZZ
@given(st.sampled_from([ORDER_EXPORTER, BULK_ORDER_EXPORTER]),
       st.lists(st.lists(cells, max_size=22), max_size=8), st.sampled_from([",", "\t", ";"]))
def test_rows_of_a_known_layout_are_read_or_refused_with_a_reason(layout, rows, delimiter
                                                                  ) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(list(layout.columns))
    writer.writerows(rows)
    try:
        source = text_rows(out.getvalue())
    except UserError as exc:
        assert str(exc)
        return
    read_everything(source.rows, source.header)


@FUZZ
@given(st.text(max_size=400))
def test_any_pasted_text(text: str) -> None:
    try:
        source = text_rows(text)
    except UserError as exc:
        assert str(exc)
        return
    read_everything(source.rows, source.header)


@FUZZ
@given(st.binary(max_size=600), st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe",
                                                 b"Order ID,Order Date,Price\n"]))
def test_any_bytes_in_a_file(tmp_path_factory, data: bytes, prefix: bytes) -> None:
    path = Path(tmp_path_factory.mktemp("fuzz")) / "orders.csv"
    path.write_bytes(prefix + data)
    try:
        source = open_rows(path)
    except UserError as exc:
        assert str(exc)
        return
    with source:
        read_everything(source.rows, source.header)
