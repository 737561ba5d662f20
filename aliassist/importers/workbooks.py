"""Rows of spreadsheet workbooks, streamed: XLSX (Excel, LibreOffice, Google Sheets) and ODS
(LibreOffice's own). Both are ZIP files of XML; the first sheet's XML is fed to expat in chunks
and each row is handed on as soon as it ends, so memory stays flat whatever the file holds.

A workbook is a file from outside: every part is read under limits (rows, columns, characters
in a cell, uncompressed bytes of a part, characters of the shared strings), and XML with a
document type declaration (where entity expansion and external entities live) is refused. A
broken limit or malformed XML is a WorkbookError that says which.

Cells come out as Python values: text as str, numbers as int (a whole number written without
a fraction) or float, cells with a date format (XLSX) or of date type (ODS) as datetime.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from xml.parsers import expat

from aliassist.errors import UserError

#: The most rows and columns a spreadsheet program makes (Excel's and LibreOffice's limits).
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
#: Characters in one cell (spreadsheets keep at most 32,767).
MAX_CELL_CHARS = 262_144
#: Uncompressed bytes of one XML part (a 100,000-row export's sheet is about 100 MB).
MAX_PART_BYTES = 1024 * 1024 * 1024
#: Characters of all the shared strings together (they are held in memory).
MAX_SHARED_CHARS = 64 * 1024 * 1024
#: Uncompressed bytes of the small parts (workbook, relationships, styles).
MAX_SMALL_PART = 16 * 1024 * 1024
_CHUNK = 64 * 1024

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


class WorkbookError(UserError):
    """A workbook that cannot be read: too large for a limit, or malformed."""


@dataclass
class SheetRow:
    line: int
    cells: list[Any]


class _StopReading(Exception):  # noqa: N818 (not an error)
    """The parser has read all it needs (ODS: the first table ended)."""


def _parser(part: str, label: str) -> Any:
    """An expat parser with namespaces that refuses DTDs, entity declarations and external
    entities."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: object) -> None:
        raise WorkbookError(f"{part} declares a document type (DTD): refused, as entity "
                            "expansion or external entities could hide in it", where=label)

    def external(*_: object) -> int:
        raise WorkbookError(f"{part} refers to an external entity: refused", where=label)

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = external
    parser.buffer_text = True
    return parser


def _feed(book: zipfile.ZipFile, name: str, parser: Any, label: str, limit: int,
          out: list[Any] | None = None, progress: list[int] | None = None) -> Iterator[Any]:
    """Parse part `name` chunk by chunk, yielding what the handlers put in `out` after each
    chunk; `progress[0]` counts the bytes read."""
    read = 0
    try:
        with book.open(name) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                read += len(chunk)
                if progress is not None:
                    progress[0] = read
                if read > limit:
                    raise WorkbookError(
                        f"{name} holds more than {limit // (1024 * 1024):,} MB of XML "
                        "uncompressed, more than a spreadsheet of orders ever does", where=label)
                try:
                    parser.Parse(chunk, not chunk)
                except _StopReading:
                    if out:
                        yield from out
                    return
                except expat.ExpatError as exc:
                    raise WorkbookError(
                        f"{name} is not well-formed XML ({expat.ErrorString(exc.code)}, line "
                        f"{exc.lineno}, column {exc.offset})", where=label) from None
                if out:
                    yield from out
                    out.clear()
                if not chunk:
                    return
    except KeyError:
        raise WorkbookError(f"the workbook has no {name}", where=label) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
            OSError, EOFError) as exc:
        raise WorkbookError(f"the workbook's {name} cannot be unpacked ({exc})",
                            where=label) from None


class _Text:
    """Character data of the element being read, capped at MAX_CELL_CHARS."""

    def __init__(self, label: str, what: str):
        self.parts: list[str] = []
        self.size = 0
        self.on = False
        self.label = label
        self.what = what

    def add(self, data: str) -> None:
        if self.on:
            self.size += len(data)
            if self.size > MAX_CELL_CHARS:
                raise WorkbookError(f"a cell of {self.what} holds more than "
                                    f"{MAX_CELL_CHARS:,} characters", where=self.label)
            self.parts.append(data)

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        self.size = 0
        return text


def _check_row(line: int, width: int, label: str) -> None:
    if line > MAX_ROWS:
        raise WorkbookError(f"the sheet has more than {MAX_ROWS:,} rows", where=label)
    if width > MAX_COLUMNS:
        raise WorkbookError(f"row {line} has more than {MAX_COLUMNS:,} columns", where=label)


def _number(text: str) -> int | float:
    text = text.strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    return float(text)


# ---------------------------------------------------------------------------------------------
# XLSX


_COLUMN = re.compile(r"^([A-Z]{1,3})")
#: Built-in number formats that show dates and times.
_DATE_FORMAT_IDS = frozenset({*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)})
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def _is_date_format(code: str) -> bool:
    return bool(re.search(r"[dmyhs]", _FORMAT_NOISE.sub("", code).lower().split(";")[0]))


def _column(ref: str | None, fallback: int) -> int:
    if not ref:
        return fallback
    match = _COLUMN.match(ref)
    if not match:
        return fallback
    index = 0
    for ch in match[1]:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _small(book: zipfile.ZipFile, name: str, label: str,
           start: Callable[[str, dict[str, str]], None]) -> None:
    parser = _parser(name, label)
    parser.StartElementHandler = start
    for _ in _feed(book, name, parser, label, MAX_SMALL_PART):
        pass


def xlsx_rows(book: zipfile.ZipFile, label: str
              ) -> tuple[Iterator[SheetRow], Callable[[], int], int]:
    """The first sheet's rows, a function telling the bytes read so far, and the sheet's
    uncompressed size."""
    sheets: list[str] = []
    targets: dict[str, str] = {}
    epoch = [datetime(1899, 12, 30)]

    def workbook(name: str, attrs: dict[str, str]) -> None:
        if name == f"{_MAIN} sheet":
            sheets.append(attrs.get(f"{_RELS} id", ""))
        elif name == f"{_MAIN} workbookPr" and attrs.get("date1904") in ("1", "true"):
            epoch[0] = datetime(1904, 1, 1)

    def rels(name: str, attrs: dict[str, str]) -> None:
        if name == f"{_PKG_RELS} Relationship":
            targets[attrs.get("Id", "")] = attrs.get("Target", "")

    _small(book, "xl/workbook.xml", label, workbook)
    if "xl/_rels/workbook.xml.rels" in book.namelist():
        _small(book, "xl/_rels/workbook.xml.rels", label, rels)
    if not sheets:
        raise WorkbookError("the workbook has no sheet", where=label)
    target = targets.get(sheets[0], "worksheets/sheet1.xml")
    sheet = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    if sheet not in book.namelist():
        raise WorkbookError(f"the workbook's first sheet ({sheet}) is missing", where=label)
    dates = _date_styles(book, label)
    shared = _shared_strings(book, label)
    size = book.getinfo(sheet).file_size
    progress = [0]
    return _sheet_rows(book, sheet, label, shared, dates, epoch[0], progress), \
        (lambda: progress[0]), size


def _date_styles(book: zipfile.ZipFile, label: str) -> list[bool]:
    """For each cell style (the `s` of a cell), whether it shows a date."""
    if "xl/styles.xml" not in book.namelist():
        return []
    custom: dict[int, bool] = {}
    styles: list[bool] = []
    depth = {"cellXfs": False}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == f"{_MAIN} numFmt":
            with contextlib.suppress(ValueError):
                custom[int(attrs.get("numFmtId", "-1"))] = _is_date_format(
                    attrs.get("formatCode", ""))
        elif name == f"{_MAIN} cellXfs":
            depth["cellXfs"] = True
        elif name == f"{_MAIN} xf" and depth["cellXfs"]:
            try:
                number = int(attrs.get("numFmtId", "0"))
            except ValueError:
                number = 0
            styles.append(custom.get(number, number in _DATE_FORMAT_IDS))

    def end(name: str) -> None:
        if name == f"{_MAIN} cellXfs":
            depth["cellXfs"] = False

    parser = _parser("xl/styles.xml", label)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    for _ in _feed(book, "xl/styles.xml", parser, label, MAX_SMALL_PART):
        pass
    return styles


def _shared_strings(book: zipfile.ZipFile, label: str) -> list[str]:
    name = "xl/sharedStrings.xml"
    if name not in book.namelist():
        return []
    strings: list[str] = []
    text = _Text(label, "the shared strings")
    total = [0]
    depth = [0]  # inside <rPh> (phonetic hints), whose text is not the cell's

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{_MAIN} t" and not depth[0]:
            text.on = True
        elif tag == f"{_MAIN} rPh":
            depth[0] += 1

    def end(tag: str) -> None:
        if tag == f"{_MAIN} t":
            text.on = False
        elif tag == f"{_MAIN} rPh":
            depth[0] -= 1
        elif tag == f"{_MAIN} si":
            value = text.take()
            total[0] += len(value) + 1
            if total[0] > MAX_SHARED_CHARS:
                raise WorkbookError(f"the shared strings hold more than "
                                    f"{MAX_SHARED_CHARS:,} characters", where=label)
            strings.append(value)

    parser = _parser(name, label)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.add
    for _ in _feed(book, name, parser, label, MAX_PART_BYTES):
        pass
    return strings


def _sheet_rows(book: zipfile.ZipFile, name: str, label: str, shared: list[str],
                dates: list[bool], epoch: datetime, progress: list[int]
                ) -> Iterator[SheetRow]:
    out: list[SheetRow] = []
    text = _Text(label, "the sheet")
    state: dict[str, Any] = {"line": 0, "cells": None, "col": 0, "type": "n", "style": 0}
    c_tag, v_tag, t_tag, row_tag = (f"{_MAIN} c", f"{_MAIN} v", f"{_MAIN} t", f"{_MAIN} row")

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == c_tag:
            cells = state["cells"]
            state["col"] = _column(attrs.get("r"), len(cells) if cells is not None else 0)
            state["type"] = attrs.get("t", "n")
            try:
                state["style"] = int(attrs.get("s", "0"))
            except ValueError:
                state["style"] = 0
        elif tag in (v_tag, t_tag):
            text.on = True
        elif tag == row_tag:
            try:
                line = int(attrs["r"])
            except (KeyError, ValueError):
                line = state["line"] + 1
            state["line"] = max(line, state["line"] + 1)
            state["cells"] = []

    def end(tag: str) -> None:
        if tag in (v_tag, t_tag):
            text.on = False
        elif tag == c_tag:
            raw = text.take()
            cells = state["cells"]
            if cells is None or not raw:
                return
            column = state["col"]
            _check_row(state["line"], column + 1, label)
            value = _xlsx_value(raw, state["type"], state["style"], shared, dates, epoch,
                                label)
            if column >= len(cells):
                cells.extend([""] * (column - len(cells) + 1))
            cells[column] = value
        elif tag == row_tag:
            cells = state["cells"]
            _check_row(state["line"], 0, label)
            if cells and any(c != "" for c in cells):
                while cells and cells[-1] == "":
                    cells.pop()
                out.append(SheetRow(state["line"], cells))
            state["cells"] = None

    parser = _parser(name, label)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.add
    yield from _feed(book, name, parser, label, MAX_PART_BYTES, out, progress)


def _xlsx_value(raw: str, kind: str, style: int, shared: list[str], dates: list[bool],
                epoch: datetime, label: str) -> Any:
    if kind == "s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            raise WorkbookError(f"a cell refers to shared string {raw[:20]!r}, which the "
                                "workbook does not have", where=label) from None
    if kind in ("str", "inlineStr", "e", "d"):
        return raw
    if kind == "b":
        return raw.strip() in ("1", "true")
    try:
        number = _number(raw)
    except ValueError:
        raise WorkbookError(f"a number cell holds {raw[:40]!r}", where=label) from None
    if 0 <= style < len(dates) and dates[style] and 0 <= number < 2_958_466:
        return epoch + timedelta(days=float(number))
    return number


# ---------------------------------------------------------------------------------------------
# ODS


def ods_rows(book: zipfile.ZipFile, label: str
             ) -> tuple[Iterator[SheetRow], Callable[[], int], int]:
    """The first table's rows of an OpenDocument spreadsheet (like xlsx_rows)."""
    name = "content.xml"
    if name not in book.namelist():
        raise WorkbookError("the spreadsheet has no content.xml", where=label)
    progress = [0]
    return _table_rows(book, name, label, progress), (lambda: progress[0]), \
        book.getinfo(name).file_size


def _table_rows(book: zipfile.ZipFile, name: str, label: str, progress: list[int]
                ) -> Iterator[SheetRow]:
    out: list[SheetRow] = []
    text = _Text(label, "the table")
    tags = {"table": f"{_TABLE} table", "row": f"{_TABLE} table-row",
            "cell": f"{_TABLE} table-cell", "covered": f"{_TABLE} covered-table-cell",
            "p": f"{_TEXT} p", "s": f"{_TEXT} s", "tab": f"{_TEXT} tab",
            "br": f"{_TEXT} line-break", "note": f"{_OFFICE} annotation"}
    state: dict[str, Any] = {"tables": 0, "in_table": False, "line": 0, "cells": None,
                             "empty": 0, "row_repeat": 1, "cell": None, "paragraphs": 0,
                             "notes": 0}

    def repeat(attrs: dict[str, str], key: str) -> int:
        try:
            return max(1, int(attrs.get(f"{_TABLE} {key}", "1")))
        except ValueError:
            return 1

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == tags["table"]:
            state["tables"] += 1
            state["in_table"] = state["tables"] == 1
        elif not state["in_table"]:
            return
        elif tag == tags["row"]:
            state["cells"], state["empty"] = [], 0
            state["row_repeat"] = repeat(attrs, "number-rows-repeated")
        elif tag in (tags["cell"], tags["covered"]):
            state["cell"] = attrs
            state["paragraphs"] = 0
        elif tag == tags["note"]:  # a comment on the cell, not its text
            state["notes"] += 1
        elif tag == tags["p"] and not state["notes"] and state["cell"] is not None:
            text.on = True
            if state["paragraphs"]:
                text.add("\n")
            state["paragraphs"] += 1
        elif tag == tags["s"]:
            text.add(" " * min(_spaces(attrs), MAX_CELL_CHARS + 1))
        elif tag == tags["tab"]:
            text.add("\t")
        elif tag == tags["br"]:
            text.add("\n")

    def end(tag: str) -> None:
        if tag == tags["table"] and state["in_table"]:
            raise _StopReading
        if not state["in_table"]:
            return
        if tag == tags["p"]:
            text.on = False
        elif tag == tags["note"]:
            state["notes"] -= 1
        elif tag in (tags["cell"], tags["covered"]):
            text.on = False
            attrs = state["cell"] or {}
            state["cell"] = None
            value = _ods_value(attrs, text.take(), label)
            count = repeat(attrs, "number-columns-repeated")
            cells = state["cells"]
            if cells is None:
                return
            if value == "":
                state["empty"] += count
                return
            width = len(cells) + state["empty"] + count
            _check_row(state["line"] + 1, width, label)
            cells.extend([""] * state["empty"])
            cells.extend([value] * count)
            state["empty"] = 0
        elif tag == tags["row"]:
            cells, count = state["cells"], state["row_repeat"]
            state["cells"] = None
            if not cells:
                state["line"] += count
                return
            _check_row(state["line"] + count, 0, label)
            for _ in range(count):
                state["line"] += 1
                out.append(SheetRow(state["line"], list(cells)))

    parser = _parser(name, label)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.add
    yield from _feed(book, name, parser, label, MAX_PART_BYTES, out, progress)


def _spaces(attrs: dict[str, str]) -> int:
    try:
        return max(1, int(attrs.get(f"{_TEXT} c", "1")))
    except ValueError:
        return 1


def _ods_value(attrs: dict[str, str], shown: str, label: str) -> Any:
    kind = attrs.get(f"{_OFFICE} value-type")
    if kind in ("float", "percentage", "currency"):
        raw = attrs.get(f"{_OFFICE} value", "")
        try:
            return _number(raw)
        except ValueError:
            raise WorkbookError(f"a number cell holds {raw[:40]!r}", where=label) from None
    if kind == "date":
        raw = attrs.get(f"{_OFFICE} date-value", "")
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            return shown
    return shown


# ---------------------------------------------------------------------------------------------


def open_workbook(path: Any, label: str
                  ) -> tuple[str, Iterator[SheetRow], Callable[[], int], int, Callable[[], None]]:
    """(kind "xlsx" or "ods", rows, bytes read so far, size, close) of the workbook at `path`
    (a path or an open binary file)."""
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise WorkbookError(f"not a readable XLSX or ODS workbook ({exc})", where=label) from None
    try:
        names = set(book.namelist())
        if "mimetype" in names and _mimetype(book).strip() == ODS_MIMETYPE:
            rows, position, size = ods_rows(book, label)
            return "ods", rows, position, size, book.close
        if "xl/workbook.xml" in names:
            rows, position, size = xlsx_rows(book, label)
            return "xlsx", rows, position, size, book.close
        raise WorkbookError("a ZIP file that is neither an XLSX nor an ODS workbook",
                            where=label, hint="save it from the spreadsheet as .xlsx, .ods or "
                                              "CSV and import that")
    except BaseException:
        book.close()
        raise


def _mimetype(book: zipfile.ZipFile) -> bytes:
    try:
        with book.open("mimetype") as fh:
            return fh.read(200)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError):
        return b""

