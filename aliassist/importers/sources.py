"""Rows out of a file or pasted text, streamed: CSV and TSV in any encoding (see encoding.py),
and XLSX and ODS workbooks (see workbooks.py). Every row carries the 1-based physical line of
the file where it starts (the header is line 1; a quoted cell that spans lines counts each
line), or the row number of the sheet. Nothing is read whole: a 1 GB file streams in constant
memory and reports its progress as bytes read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from operator import methodcaller
from pathlib import Path
from typing import IO, Any, NamedTuple

from aliassist.errors import UserError
from aliassist.fileio import open_input
from aliassist.i18n import translate
from aliassist.importers.encoding import SAMPLE_BYTES, detect_encoding

#: One cell may hold this many characters (csv's default of 128 KB is too small for titles
#: pasted with their descriptions, and a bad file should get a message, not a crash).
FIELD_LIMIT = 16 * 1024 * 1024
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class RawRow(NamedTuple):
    """A row and the line it starts on (a tuple: a file may have millions of them)."""

    line: int
    cells: list[Any]


@dataclass
class RowSource:
    """A header and the rows after it. `position()`/`size` measure progress in the source's
    own unit (bytes for text, rows for a workbook)."""

    label: str
    kind: str  # "csv", "tsv", "xlsx", "ods", "text"
    header: list[str]
    header_line: int
    rows: Iterator[RawRow]
    size: int
    encoding: str | None = None
    delimiter: str | None = None
    _position: Any = field(default=None, repr=False)
    _close: Any = field(default=None, repr=False)
    #: the open stream, kept referenced while rows are read
    _stream: Any = field(default=None, repr=False)

    def position(self) -> int:
        return self._position() if self._position else 0

    def close(self) -> None:
        if self._close:
            self._close()
            self._close = None

    def __enter__(self) -> RowSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_rows(path: Path, *, headerless: bool = False) -> RowSource:
    """Open a CSV, TSV, XLSX or ODS file for reading rows. Raises UserError for a missing, empty or
    unreadable file."""
    label = str(path)
    fh = open_input(path)
    try:
        head = fh.read(SAMPLE_BYTES)
        size = path.stat().st_size
        if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
            raise UserError(translate("Imports", "the file is empty: it has no header and no rows"),
                            where=label,
                            hint="export the orders again")
        if head.startswith(_ZIP):
            fh.close()
            return _workbook_rows(path, label)
        if head.startswith(_OLE2):
            raise UserError(translate("Imports", "this is an old Excel .xls workbook"), where=label,
                            hint="save it as .xlsx, .ods or CSV and import that")
        encoding = detect_encoding(head)
        fh.seek(0)
        text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
        return _text_rows(text, label, size, lambda: fh.tell(), fh.close,
                          headerless=headerless)
    except BaseException:
        fh.close()
        raise


def text_rows(text: str, label: str = "pasted rows", *, headerless: bool = False) -> RowSource:
    """Rows of text pasted from a page, a spreadsheet or an exporter (tab- or comma-separated)."""
    if not text.strip():
        raise UserError(translate("Imports", "there is nothing to import: the pasted text is "
                                             "empty"),
                        where=label)
    stream = io.StringIO(text.lstrip("\ufeff"), newline="")
    return _text_rows(stream, label, len(text), stream.tell, None, headerless=headerless,
                      kind="text")


def _text_rows(stream: IO[str], label: str, size: int, position: Any, close: Any, *,
               headerless: bool, kind: str | None = None) -> RowSource:
    csv.field_size_limit(FIELD_LIMIT)
    lines = map(_WITHOUT_NUL, stream)
    # The header decides the delimiter: the one it uses most (tab, comma or semicolon).
    first: str | None = None
    skipped = 0
    for line in lines:
        if line.strip().strip("\ufeff"):
            first = line
            break
        skipped += 1
    if first is None:
        raise UserError(translate("Imports", "the file is empty: it has no header and no rows"),
                        where=label,
                        hint="export the orders again")
    delimiter = max("\t,;", key=first.count) if any(d in first for d in "\t,;") else ","
    chained = chain((first.lstrip("\ufeff"),), lines)
    reader = csv.reader(chained, delimiter=delimiter, strict=False)
    rows = _csv_records(reader, label, skipped)
    if headerless:
        header: list[str] = []
        header_line = 0
    else:
        try:
            record = next(rows)
        except StopIteration:
            raise UserError(translate("Imports", "the file is empty"), where=label) from None
        header, header_line = [str(c).strip() for c in record.cells], record.line
    return RowSource(label, kind or ("tsv" if delimiter == "\t" else "csv"), header,
                     header_line, rows, size, getattr(stream, "encoding", None), delimiter,
                     position, close, stream)


#: a line without the NUL characters some exporters leave in (csv stops at them); a C-level
#: call per line, not a generator's step
_WITHOUT_NUL = methodcaller("replace", "\x00", "")


def _csv_records(reader: Any, label: str, offset: int) -> Iterator[RawRow]:
    """Records with the physical line each starts on; unreadable records become an empty row at
    their line (reported by the caller as skipped) instead of stopping the whole file."""
    last = 0
    make = tuple.__new__
    join = "".join
    while True:
        try:
            for cells in reader:
                start = last + 1
                last = reader.line_num + offset
                # not a blank line: its first cell says so at once (an order number)
                if cells and (cells[0].strip() or join(cells).strip()):
                    yield make(RawRow, (start, cells))
            return
        except csv.Error as exc:
            line = reader.line_num + offset
            if line == last:
                raise UserError(translate("Imports", "cannot read past line {line}: {exc}")
                                .format(line=line, exc=exc), where=label) from None
            last = line
            yield RawRow(line, [_Unreadable(str(exc))])


class _Unreadable(str):
    """A row csv could not split; its text is csv's complaint."""

    __slots__ = ()


def is_unreadable(cells: list[Any]) -> str | None:
    if len(cells) == 1 and isinstance(cells[0], _Unreadable):
        return str(cells[0])
    return None


def _workbook_rows(path: Path, label: str) -> RowSource:
    # loaded for a workbook only: a CSV import does without zipfile and the XML reader
    from aliassist.importers.workbooks import open_workbook

    book = open_workbook(path, label)
    kind, sheet, position, size, close = book
    try:
        first = next(sheet)
    except StopIteration:
        close()
        raise UserError(translate("Imports", "the file is empty: the sheet has no header and no "
                                             "rows"),
                        where=label) from None
    except BaseException:
        close()
        raise
    header = [str(c).strip() for c in first.cells]
    rows = (RawRow(row.line, row.cells) for row in sheet)
    return RowSource(label, kind, header, first.line, rows, size, None, None, position, close)
