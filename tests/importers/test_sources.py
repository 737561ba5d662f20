"""Rows out of files: encodings, delimiters, line numbers, workbooks, empty and broken files,
and a big file streamed in flat memory."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aliassist.errors import UserError
from aliassist.importers.encoding import detect_encoding
from aliassist.importers.sources import is_unreadable, open_rows, text_rows
from tests.conftest import FIXTURES

SAMPLES = FIXTURES / "imports"


@pytest.mark.parametrize("data, expected", [
    (codecs.BOM_UTF8 + "Order ID,Магазин\n".encode(), "utf-8-sig"),
    ("Order ID\tStore\n".encode("utf-16"), "utf-16"),
    ("Order ID\tStore\n".encode("utf-16-le"), "utf-16-le"),
    ("Order ID,Store\nä,ö\n".encode(), "utf-8"),
    ("Номер заказа;Магазин;Товар\nПлед флисовый серый;Магазин Уют\n".encode("cp1251"),
     "cp1251"),
])
def test_encodings_are_recognised(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


def test_a_utf16_unicode_text_file_reads_like_any_other() -> None:
    with open_rows(SAMPLES / "bulk-order-exporter.txt") as rows:
        assert rows.kind == "tsv"
        assert rows.header[0] == "Order Number"
        first = next(rows.rows)
    assert first.line == 2 and first.cells[0] == "8191234567890121"


def test_cp1251_text_is_decoded() -> None:
    with open_rows(SAMPLES / "bulk-order-exporter-cp1251.tsv") as rows:
        row = next(rows.rows)
    assert "Магазин Уют" in row.cells
    assert "Плед флисовый 150x200" in row.cells


def test_line_numbers_count_physical_lines_of_quoted_cells() -> None:
    with open_rows(SAMPLES / "order-exporter.csv") as rows:
        lines = [r.line for r in rows.rows]
    # The second row's title spans two lines, so the rows after it start one line later.
    assert lines == [2, 3, 5, 6]


def test_blank_lines_are_passed_over_but_counted() -> None:
    source = text_rows("\n\nOrder ID,Order Date\n\n1,2\n")
    assert source.header == ["Order ID", "Order Date"]
    assert [(r.line, r.cells) for r in source.rows] == [(5, ["1", "2"])]


def test_the_delimiter_comes_from_the_header() -> None:
    assert text_rows("a;b;c\n1;2;3\n").delimiter == ";"
    assert text_rows("a\tb,c\n").delimiter == "\t"


def test_xlsx_rows_keep_their_cell_types() -> None:
    with open_rows(SAMPLES / "order-exporter.xlsx") as rows:
        assert rows.kind == "xlsx" and rows.header[0] == "Order ID"
        found = list(rows.rows)
    assert found[0].line == 2 and found[0].cells[0] == 8187000000000101
    assert found[-1].cells[1].year == 2026


@pytest.mark.parametrize("name, message", [
    ("empty.csv", "the file is empty"), ("nope.csv", "file not found")])
def test_missing_and_empty_files_are_refused(name: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        open_rows(SAMPLES / name)


def test_a_folder_and_an_old_xls_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder"):
        open_rows(tmp_path)
    old = tmp_path / "orders.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(UserError, match=r"\.xls"):
        open_rows(old)
    broken = tmp_path / "orders.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="XLSX"):
        open_rows(broken)


def test_nul_bytes_and_unterminated_quotes_do_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"a,b\n1,\x002\n\"3,4\n5,6\n")
    with open_rows(path) as rows:
        found = [(r.line, r.cells) for r in rows.rows]
    assert found[0] == (2, ["1", "2"])
    assert all(is_unreadable(cells) is None for _, cells in found)


def test_a_big_file_streams_in_flat_memory(tmp_path: Path) -> None:
    """Reading 40 MB costs no more memory than reading 4 MB: nothing is held whole."""
    script = textwrap.dedent("""
        import resource, sys
        from pathlib import Path
        from aliassist.importers.sources import open_rows
        path = Path(sys.argv[1])
        line = ("8187000000000101,Mar 05 2026,Completed,USB cable braided 2 m,https://x/1,US,"
                "3.49,Store,https://s\\n")
        with path.open("w") as fh:
            fh.write("Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,"
                     "Store Name,Store Link\\n")
            for _ in range(int(sys.argv[2])):
                fh.write(line)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        count = 0
        with open_rows(path) as rows:
            for row in rows.rows:
                count += 1
            assert rows.position() == path.stat().st_size
        print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)
    """)
    grown = {}
    for rows in (40_000, 400_000):
        out = subprocess.run([sys.executable, "-c", script, str(tmp_path / f"{rows}.csv"),
                              str(rows)], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONPATH": str(Path.cwd())})
        count, kib = map(int, out.stdout.split())
        assert count == rows
        grown[rows] = kib
    assert grown[400_000] < grown[40_000] + 8 * 1024, grown  # KiB: not 10x the small one


def test_a_csv_file_that_starts_like_a_zip_archive_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(UserError, match="not a readable XLSX"):
        open_rows(path)
