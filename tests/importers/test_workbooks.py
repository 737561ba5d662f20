"""XLSX and ODS workbooks are read streamed, under limits: a hostile workbook (a ZIP bomb of
blank space or rows, a huge cell or shared-strings table, malformed XML, entity expansion,
external entities) ends in a message that says which limit or what is malformed, in flat
memory, never in a traceback."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest

from aliassist.errors import UserError
from aliassist.importers import workbooks
from aliassist.importers.sources import open_rows

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
TAIL = "</sheetData></worksheet>"
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Order ID</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Order Date</t></is></c></row>')


def workbook(path: Path, sheet: bytes | Iterable[bytes], *, shared: bytes | None = None,
             styles: bytes | None = None) -> Path:
    """A minimal XLSX: the workbook, its relationships and the first sheet (written in chunks
    when `sheet` is an iterable, so a bomb never sits in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/workbook.xml", (
            f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>'))
        book.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" '
            'Type="worksheet"/></Relationships>'))
        if shared is not None:
            book.writestr("xl/sharedStrings.xml", shared)
        if styles is not None:
            book.writestr("xl/styles.xml", styles)
        if isinstance(sheet, bytes):
            book.writestr("xl/worksheets/sheet1.xml", sheet)
        else:
            with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
                for chunk in sheet:
                    out.write(chunk)
    return path


def read_all(path: Path) -> list[list[object]]:
    with open_rows(path) as rows:
        return [rows.header, *(r.cells for r in rows.rows)]


def refused(path: Path) -> str:
    with pytest.raises(UserError) as caught:
        read_all(path)
    return str(caught.value)


def test_a_well_formed_sheet_with_shared_strings_dates_and_gaps(tmp_path: Path) -> None:
    shared = (f'<sst xmlns="{MAIN}"><si><t>Order ID</t></si><si><r><t>Order </t></r>'
              '<r><t>Date</t></r><rPh><t>hint</t></rPh></si></sst>').encode()
    styles = (f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="164" '
              'formatCode="dd/mm/yy;@"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/>'
              '<xf numFmtId="14"/></cellXfs></styleSheet>').encode()
    sheet = (HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
             '<row r="3"><c r="A3" t="str"><v>8187000000000101</v></c><c r="B3" s="1">'
             '<v>46086</v></c><c r="D3" s="2"><v>46087.5</v></c></row>' + TAIL).encode()
    rows = read_all(workbook(tmp_path / "ok.xlsx", sheet, shared=shared, styles=styles))
    assert rows[0] == ["Order ID", "Order Date"]
    number, placed, gap, later = rows[1]
    assert number == "8187000000000101" and gap == ""
    assert placed.isoformat() == "2026-03-05T00:00:00"
    assert later.isoformat() == "2026-03-06T12:00:00"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory from /proc")
def test_a_bomb_of_blank_space_stops_at_the_size_limit_in_flat_memory(tmp_path: Path) -> None:
    """128 MB of blank space in a ZIP of well under 1 MB, read in a separate process with the
    size limit lowered to 96 MB (the real one, 1 GB, takes minutes to reach): it says which
    limit broke, and its peak resident memory stays far below what it read."""
    space = b" " * (1024 * 1024)
    bomb = workbook(tmp_path / "bomb.xlsx", [HEAD.encode(), HEADER_ROW.encode(),
                                             *([space] * 128), TAIL.encode()])
    assert bomb.stat().st_size < 1024 * 1024
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from aliassist.errors import UserError\n"
        "from aliassist.importers import workbooks\n"
        "from aliassist.importers.sources import open_rows\n"
        "workbooks.MAX_PART_BYTES = 96 * 1024 * 1024\n"
        "try:\n"
        "    with open_rows(Path(sys.argv[1])) as rows:\n"
        "        for _ in rows.rows: pass\n"
        "except UserError as exc:\n"
        "    print(exc)\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print(next(line.split()[1] for line in status.splitlines()\n"
        "           if line.startswith('VmHWM:')))\n")
    done = subprocess.run([sys.executable, "-c", probe, str(bomb)], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    message, peak_kb = done.stdout.strip().splitlines()
    assert "more than 96 MB of XML uncompressed" in message
    assert "Traceback" not in done.stderr
    assert int(peak_kb) < 48 * 1024  # it read 96 MB of XML (VmHWM: this process's own peak)


def test_too_many_rows_or_columns(tmp_path: Path) -> None:
    last = workbooks.MAX_ROWS + 1
    rows = (HEAD + HEADER_ROW + f'<row r="{last}"><c r="A{last}"'
            ' t="str"><v>x</v></c></row>' + TAIL).encode()
    assert f"more than {workbooks.MAX_ROWS:,} rows" in refused(workbook(tmp_path / "r.xlsx", rows))
    wide = (HEAD + HEADER_ROW + '<row r="2"><c r="XFE2" t="str"><v>x</v></c></row>'
            + TAIL).encode()
    assert f"more than {workbooks.MAX_COLUMNS:,} columns" in refused(
        workbook(tmp_path / "c.xlsx", wide))


def test_junk_rows_count_towards_the_row_limit(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Empty rows hold nothing but still count (the limit lowered so the test is quick)."""
    monkeypatch.setattr(workbooks, "MAX_ROWS", 50_000)
    junk = [HEAD.encode(), HEADER_ROW.encode(), *(b"<row/>" * 10_000 for _ in range(6)),
            TAIL.encode()]
    assert "more than 50,000 rows" in refused(workbook(tmp_path / "junk.xlsx", junk))


def test_a_huge_cell_and_huge_shared_strings(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    big = "x" * (workbooks.MAX_CELL_CHARS + 1)
    cell = (HEAD + HEADER_ROW + f'<row r="2"><c r="A2" t="inlineStr"><is><t>{big}</t></is></c>'
            '</row>' + TAIL).encode()
    assert f"more than {workbooks.MAX_CELL_CHARS:,} characters" in refused(
        workbook(tmp_path / "cell.xlsx", cell))
    monkeypatch.setattr(workbooks, "MAX_SHARED_CHARS", 4 * 1024 * 1024)  # quick to reach
    one = "<si><t>" + "y" * (workbooks.MAX_CELL_CHARS - 10) + "</t></si>"
    count = workbooks.MAX_SHARED_CHARS // len(one) + 2
    shared = (f'<sst xmlns="{MAIN}">' + one * count + "</sst>").encode()
    message = refused(workbook(tmp_path / "sst.xlsx", (HEAD + HEADER_ROW + TAIL).encode(),
                               shared=shared))
    assert "shared strings hold more than" in message


@pytest.mark.parametrize(("xml", "why"), [
    (HEAD + HEADER_ROW + "<row><c>", "not well-formed XML"),
    (HEAD + HEADER_ROW + '<row r="2"><c t="str"><v>&undefined;</v></c></row>' + TAIL,
     "not well-formed XML"),
    ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
     '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' + HEAD[HEAD.index("<worksheet"):]
     + '<row r="1"><c t="str"><v>&lol2;</v></c></row>' + TAIL, "document type (DTD)"),
    ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
     + HEAD[HEAD.index("<worksheet"):] + '<row r="1"><c t="str"><v>&xxe;</v></c></row>' + TAIL,
     "document type (DTD)"),
])
def test_malformed_xml_entities_and_external_entities_are_refused(tmp_path: Path, xml: str,
                                                                  why: str) -> None:
    message = refused(workbook(tmp_path / "bad.xlsx", xml.encode()))
    assert why in message and "sheet1.xml" in message and "root:" not in message


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("readme.txt", "hello")
    assert "neither an XLSX nor an ODS" in refused(path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert "not a readable XLSX or ODS workbook" in refused(broken)


ODS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
            '<office:spreadsheet><table:table table:name="Orders">')
ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def ods(path: Path, table: str) -> Path:
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", workbooks.ODS_MIMETYPE, zipfile.ZIP_STORED)
        book.writestr("content.xml", ODS_HEAD + table + ODS_TAIL, zipfile.ZIP_DEFLATED)
    return path


def cell(text: str, extra: str = "") -> str:
    return f"<table:table-cell{extra}><text:p>{text}</text:p></table:table-cell>"


def test_ods_repeated_cells_and_rows_comments_and_spaces(tmp_path: Path) -> None:
    table = (
        "<table:table-row>" + cell("Order ID") + cell("Order Date") + "</table:table-row>"
        '<table:table-row table:number-rows-repeated="2">'
        + cell("8187000000000101")
        + '<table:table-cell table:number-columns-repeated="2"/>'
        + cell("a<text:s text:c=\"3\"/>b", ' office:value-type="string"')
        + '<table:table-cell office:value-type="date" office:date-value="2026-03-05">'
          "<office:annotation><text:p>a note</text:p></office:annotation>"
          "<text:p>05/03/26</text:p></table:table-cell>"
        + '<table:table-cell office:value-type="float" office:value="3.4"><text:p>3,4</text:p>'
          '</table:table-cell><table:table-cell table:number-columns-repeated="1000"/>'
        + "</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>')
    rows = read_all(ods(tmp_path / "ok.ods", table))
    assert rows[0] == ["Order ID", "Order Date"]
    assert len(rows) == 3 and rows[1] == rows[2]
    number, gap1, gap2, text, placed, price = rows[1]
    assert (number, gap1, gap2, text, price) == ("8187000000000101", "", "", "a   b", 3.4)
    assert placed.isoformat() == "2026-03-05T00:00:00"


def test_ods_rows_repeated_past_the_limit(tmp_path: Path) -> None:
    table = ("<table:table-row>" + cell("Order ID") + "</table:table-row>"
             '<table:table-row table:number-rows-repeated="2000000">' + cell("x")
             + "</table:table-row>")
    assert "rows" in refused(ods(tmp_path / "rows.ods", table))
