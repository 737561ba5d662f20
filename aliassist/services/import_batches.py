"""Good rows of an import into orders for the writer: every row read and checked, rows of one
order grouped, and what was refused reported with its line (`ImportReport`). The command line's
own process may do the reading in a child (services/forked_import.py); the grouping and every
message are the same code either way."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from itertools import chain
from typing import TYPE_CHECKING, Any, Protocol

from aliassist.domain.instants import from_epoch
from aliassist.i18n import translate
from aliassist.importers.layouts import GENERIC, LAYOUTS
from aliassist.importers.rows import DAMAGED, RowError, RowReader
from aliassist.importers.sources import RowSource, is_unreadable
from aliassist.progress import Progress
from aliassist.store.bulk_import import ImportedOrder, OrderWriter

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

#: Rows staged per batch (and how often progress is reported).
BATCH = 4000
#: Orders handed to the writer at once.
WRITE_BATCH = 1000
#: Rows read before the writer is told how many the file probably holds: no more than a write
#: batch, so it is told before its first write (a large import may then write into the file
#: directly, and drops indexes before any entry goes into them).
EXPECT_AFTER = WRITE_BATCH
LAYOUT_NAMES = {layout.id: layout.name for layout in LAYOUTS} | {GENERIC: "other CSV/TSV"}


@dataclass
class SkippedRow:
    line: int
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason}


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do). `skipped` lines are 1-based physical
    lines of the file, the header included."""

    layout: str
    source: str
    #: the numbers of the orders created (any number of them, in flat memory)
    imported: Sequence[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    dry_run: bool = False
    rows: int = 0

    @property
    def layout_name(self) -> str:
        return LAYOUT_NAMES.get(self.layout, self.layout)

    def to_json(self) -> dict[str, Any]:
        return {"layout": self.layout, "imported": len(self.imported),
                "updated": len(self.updated), "unchanged": len(self.unchanged),
                "skipped": [s.to_json() for s in self.skipped]}

    def summary(self) -> str:
        text = translate("Imports", "{new}, {updated} updated, {unchanged} unchanged").format(
            new=translate("Imports", "%n new order(s)", None, len(self.imported)),
            updated=len(self.updated), unchanged=len(self.unchanged))
        if self.skipped:
            skipped = (translate("Imports", "%n row(s) would be skipped", None, len(self.skipped))
                       if self.dry_run else
                       translate("Imports", "%n row(s) were skipped", None, len(self.skipped)))
            text = translate("Imports", "{summary}; {skipped}").format(summary=text,
                                                                       skipped=skipped)
        return text



def source_rows(rows: RowSource, sample: list[list[Any]]) -> Iterator[Sequence[Any]]:
    """(line, cells) of the sample read already, then of the rest of the rows."""
    return chain(sample, rows.rows)



class RowSink(Protocol):
    """Where `read_all` puts the rows it read: OrderRows, or the child's sender
    (services/forked_import.py)."""

    def add(self, row: tuple[Any, ...]) -> None: ...

    def expect(self, rows: int) -> None: ...


def read_all(rows: RowSource, sample: list[list[Any]], reader: RowReader,
             orders: RowSink, report: ImportReport, progress: Progress) -> None:
    read = reader.read_tuple
    add = orders.add
    skipped = report.skipped
    count = 0
    progress.step(0, rows.size, "Reading…")
    for line, cells in source_rows(rows, sample):
        count += 1
        try:
            add(read(line, cells))
        except RowError as exc:
            problem = is_unreadable(cells)
            skipped.append(SkippedRow(line, f"cannot read this line ({problem})" if problem
                                      else exc.reason))
        if count == EXPECT_AFTER:  # how many rows the file holds, from how far these came
            orders.expect(count * rows.size // max(rows.position(), 1))
        if count % BATCH == 0:
            progress.step(rows.position(), rows.size, f"Reading line {line:,}…")
    report.rows = count


_LINE, _NUMBER, _PLACED, _STORE = 0, 1, 2, 3
_ROW_KEY, _ZERO_TAIL = 23, 24
#: Rows whose numbers may have been cut wait for the file to tell; this many distinct such
#: numbers with none that keeps its 16th digit settle it (by chance: 1 in 10^50).
_CUT_EVIDENCE = 50


class OrderRows:
    """Good rows into orders for the writer: rows of one order that come together become one
    ImportedOrder (a repeated row, or one giving the order another date, is refused); rows
    whose numbers a spreadsheet may have cut wait until the file shows whether it did."""

    def __init__(self, writer: OrderWriter, reader: RowReader, report: ImportReport,
                 tz: tzinfo):
        self.writer = writer
        self.reader = reader
        self.report = report
        self.tz = tz
        self.group: ImportedOrder | None = None
        self.keys: dict[int, int] = {}
        self.batch: list[ImportedOrder] = []
        self.pending: list[tuple[Any, ...]] = []
        self.cut = False
        #: the first line of each order number in the batch not yet written (the writer
        #: knows those of the orders it wrote), for messages about later rows
        self.batch_lines: dict[str, int] = {}
        self._worker: ThreadPoolExecutor | None = None
        self._writing: Future[None] | None = None

    def add(self, row: tuple[Any, ...]) -> None:
        if row[_ZERO_TAIL] and not self.reader.long_numbers_kept:
            if self.cut:
                self._refuse_cut(row)
                return
            self.pending.append(row)
            if self.reader.zero_tail_count >= _CUT_EVIDENCE:
                self.cut = True
                for held in self.pending:
                    self._refuse_cut(held)
                self.pending.clear()
            return
        self._group(row)
        if self.pending and self.reader.long_numbers_kept:
            waiting, self.pending = self.pending, []
            for held in waiting:
                self._group(held)

    def expect(self, rows: int) -> None:
        """The file probably holds `rows` rows (the writer prepares for as many)."""
        self._wait()
        self.writer.expect(rows)

    def finish(self) -> None:
        if self.pending:
            if self.reader.numbers_cut:
                for row in self.pending:
                    self._refuse_cut(row)
            else:
                clashing = _clashing(self.pending)
                for row in self.pending:
                    if row[_NUMBER] in clashing:
                        self._skip(row[_LINE], (
                            f"{self.reader.column_name('number')}: the order number "
                            f"{row[_NUMBER]} ends in zeros past its 15th digit and its rows "
                            f"give it {clashing[row[_NUMBER]]}: two orders a spreadsheet "
                            f"made one; {DAMAGED}"))
                    else:
                        self._group(row)
            self.pending = []
        self._flush(final=True)

    def _group(self, row: tuple[Any, ...]) -> None:
        group = self.group
        line, number = row[_LINE], row[_NUMBER]
        if group is not None and group.number == number:
            first = group.first
            if row[_ROW_KEY] in self.keys:
                self._skip(line, f"repeats line {self.keys[row[_ROW_KEY]]} (a duplicated row)")
            elif row[_PLACED] != first[_PLACED]:
                self.skip_other(line, "date", number, self.batch_lines.get(number, first[_LINE]),
                                first[_PLACED], row[_PLACED])
            elif other_store(first[_STORE], row[_STORE]):
                self.skip_other(line, "store", number,
                                self.batch_lines.get(number, first[_LINE]), first[_STORE],
                                row[_STORE])
            else:
                group.rows.append(row)
                self.keys[row[_ROW_KEY]] = line
            return
        if group is not None:
            self.batch.append(group)
            if len(self.batch) >= WRITE_BATCH:
                self._flush()
        self.group = ImportedOrder([row])
        self.keys = {row[_ROW_KEY]: line}
        self.batch_lines.setdefault(number, line)

    def _flush(self, final: bool = False) -> None:
        if final and self.group is not None:
            self.batch.append(self.group)
            self.group = None
        batch, self.batch = self.batch, []
        self._wait()
        if self.writer.background:
            # A server takes the batch while the next one is read (the driver waits for it
            # without holding the interpreter).
            if self._worker is None:
                from concurrent.futures import ThreadPoolExecutor  # a server's only

                self._worker = ThreadPoolExecutor(1, thread_name_prefix="aliassist-import")
            self._writing = self._worker.submit(self.writer.write, batch)
        else:
            self.writer.write(batch)
            self._report_refused()
        self.batch_lines.clear()
        if final:
            self._wait()

    def skip_other(self, line: int, kind: str, number: str, read_first: int, first: Any,
                   own: Any) -> None:
        """Skip the row at `line`: it gives order `number` another date or store (`kind`)
        than its first row did (`first`, its own `own`). That first row is on the line the
        writer knows for the number, else on `read_first` (a row not written yet)."""
        self._wait()
        written = self.writer.first_line(number)
        where = written if written is not None else read_first
        self._skip(line, self._other_date(number, where, first, own) if kind == "date"
                   else self._other_store(number, where, first, own))

    def _wait(self) -> None:
        """Wait for the batch being written (raising what stopped it), then report the rows
        the writer refused."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()
            self._report_refused()

    def stop(self) -> None:
        """Wait for a batch being written (what stopped it is not news: the import is over)
        and end the writer's thread."""
        writing, self._writing = self._writing, None
        if writing is not None:
            from concurrent.futures import wait

            wait([writing])
        if self._worker is not None:
            self._worker.shutdown()
            self._worker = None

    def _report_refused(self) -> None:
        for line, number, kind, earlier, own in self.writer.counts.refused:
            if kind == "date":
                self._skip(line, self._other_date(number, self._first_line(number),
                                                  earlier, own))
            elif kind == "store":
                self._skip(line, self._other_store(number, self._first_line(number),
                                                   earlier, own))
            else:
                self._skip(line, f"repeats an earlier row of order {number} (a duplicated "
                                 "row)")
        self.writer.counts.refused.clear()

    def _first_line(self, number: str, default: int | None = None) -> int | None:
        """The line where order `number` first appears in the file (as far as read)."""
        self._wait()
        written = self.writer.first_line(number)
        if written is not None:
            return written
        return self.batch_lines.get(number, default)

    def _other_date(self, number: str, first_line: int | None, first: int, own: int) -> str:
        where = f"line {first_line}" if first_line is not None else "an earlier line"
        return (f"{self.reader.column_name('placed_at')}: order {number} is dated "
                f"{day_text(first, self.tz)} on {where} but {day_text(own, self.tz)} here; "
                "one order has one date")

    def _other_store(self, number: str, first_line: int | None, first: str, own: str) -> str:
        where = f"line {first_line}" if first_line is not None else "an earlier line"
        return (f"{self.reader.column_name('store')}: order {number} is from {first!r} on "
                f"{where} but from {own!r} here; one order has one store (two orders whose "
                "numbers a spreadsheet made the same?)")

    def _refuse_cut(self, row: tuple[Any, ...]) -> None:
        self._skip(row[_LINE], (
            f"{self.reader.column_name('number')}: the order number {row[_NUMBER]} ends in "
            "zeros past its 15th digit, as does every long order number in this file: "
            f"{DAMAGED}"))

    def _skip(self, line: int, reason: str) -> None:
        self.report.skipped.append(SkippedRow(line, reason))


def _clashing(rows: list[tuple[Any, ...]]) -> dict[str, str]:
    """Numbers whose rows disagree on what one order cannot change (its date, its store)."""
    dates: dict[str, set[int]] = {}
    stores: dict[str, set[str]] = {}
    for row in rows:
        dates.setdefault(row[_NUMBER], set()).add(row[_PLACED])
        if row[_STORE] is not None:
            stores.setdefault(row[_NUMBER], set()).add(row[_STORE])
    out = {number: "two dates" for number, seen in dates.items() if len(seen) > 1}
    out.update({number: "two stores" for number, seen in stores.items()
                if len(seen) > 1 and number not in out})
    return out


def other_store(first: str | None, own: str | None) -> bool:
    """Two rows of one order name two stores (a row without a store says nothing)."""
    return first is not None and own is not None and first != own


def day_text(epoch: int, tz: tzinfo) -> str:
    local = from_epoch(epoch).astimezone(tz)
    return local.strftime("%Y-%m-%d" if (local.hour, local.minute) == (0, 0)
                          else "%Y-%m-%d %H:%M")
