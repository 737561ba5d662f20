"""Import orders from exporter files and pasted rows (`aliassist import`, File > Import orders,
drag-and-drop, Ctrl+V): recognise the layout, preview, then stream every row into the store in
one transaction. Bad rows are reported with their line and skipped; good rows go in; nothing
stored before is lost; a cancelled import or a dry run writes nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aliassist.domain.dates import value_text
from aliassist.domain.instants import from_epoch, to_epoch
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.importers.layouts import (
    FIELDS,
    ColumnMapping,
    guess_mapping,
    header_signature,
    headerless_signature,
    recognise,
    recognise_headerless,
)
from aliassist.importers.layouts import REQUIRED as REQUIRED
from aliassist.importers.rows import ImportRow, RowError, RowReader
from aliassist.importers.sources import RowSource, is_unreadable, open_rows, text_rows
from aliassist.importers.values import (
    CurrencyUnknown,
    DateOrderUnknown,
    date_order_evidence,
    guess_date_order,
)
from aliassist.progress import Progress
from aliassist.services.gc_passes import without_gc_passes
from aliassist.services.import_batches import BATCH as BATCH
from aliassist.services.import_batches import LAYOUT_NAMES as LAYOUT_NAMES
from aliassist.services.import_batches import WRITE_BATCH as WRITE_BATCH
from aliassist.services.import_batches import (
    ImportReport,
    OrderRows,
    day_text,
    other_store,
    read_all,
    source_rows,
)
from aliassist.store.bulk_import import ROW_FIELDS, OrderWriter
from aliassist.store.database import (
    StoreError,
    safe_url,
    server_errors,
    server_problem,
    sqlite_problem,
)
from aliassist.store.settings import get_setting, set_setting

#: Settings key: remembered column mappings, by header signature.
MAPPINGS_KEY = "import.column_mappings"

if TYPE_CHECKING:
    from aliassist.services.context import AppContext
    from aliassist.services.plain_context import PlainContext

    #: what an import runs on: the app's context, or (a command's import into a SQLite file)
    #: the same without SQLAlchemy (services/plain_context.py)
    ImportContext = AppContext | PlainContext

assert ImportRow._fields == ROW_FIELDS, "importers.rows and store.bulk_import disagree"


@dataclass(frozen=True)
class ImportSource:
    """A file, or text pasted from the clipboard."""

    path: Path | None = None
    text: str | None = None

    @property
    def label(self) -> str:
        return str(self.path) if self.path is not None else "pasted rows"

    def open(self) -> RowSource:
        """Rows with their header; pasted rows may come without one."""
        if self.path is not None:
            return open_rows(self.path)
        assert self.text is not None
        source = text_rows(self.text, self.label)
        if recognise(source.header, self.label) is None and _looks_like_data(source.header):
            source.close()
            return text_rows(self.text, self.label, headerless=True)
        return source


def _looks_like_data(header: list[str]) -> bool:
    """A first pasted line that starts with an order number is a row, not a header."""
    first = header[0].strip().lstrip("'#=\"").rstrip('"') if header else ""
    return first.isdigit() and len(first) >= 6


class NeedsMapping(UserError):  # noqa: N818 (a request to the person, not a failure)
    """The header is no known layout and no mapping is remembered for it: the person maps the
    columns once (the window asks; the command line takes --map)."""

    def __init__(self, label: str, header: list[str], sample: list[list[Any]],
                 headerless: bool = False):
        super().__init__(
            "the columns are not those of a known exporter (AliExpress Order Exporter, "
            "AliExpress Bulk Order Exporter), and no column mapping is remembered for them",
            where=label,
            hint="map the columns once in the window (File ▸ Import orders…), or give "
                 "--map 'number=COLUMN' --map 'placed_at=COLUMN' ...")
        self.header = header
        self.sample = sample
        #: pasted rows without a header: `header` only names the columns by position
        self.headerless = headerless
        self.guess = guess_mapping([] if headerless else header)
        self.date_order = guess_date_order(
            [str(row[i]) for row in sample for i in [self.guess.get("placed_at", -1)]
             if 0 <= i < len(row)]) or "mdy"


class NeedsDateOrder(UserError):  # noqa: N818 (a question to the person, not a failure)
    """The file writes dates that read as month/day and as day/month, and none of its dates
    decides which: the person says it once (the preview's choice, --dates)."""

    def __init__(self, label: str, line: int, text: str):
        super().__init__(
            f"the dates can be read month first or day first ({text!r} on line {line}) and "
            "no date in the file tells which", where=label,
            hint="say how the file writes dates: --dates mdy (month/day/year) or --dates dmy "
                 "(day/month/year), or choose it in the import preview")
        self.line = line
        self.text = text


class NeedsCurrency(UserError):  # noqa: N818 (a question to the person, not a failure)
    """Amounts written without a currency, and no currency chosen for the file."""

    def __init__(self, label: str, line: int, text: str):
        super().__init__(
            f"the amounts carry no currency ({text!r} on line {line}): which currency is the "
            "file in?", where=label,
            hint="give it once: --currency USD (or EUR, GBP, ...), or choose it in the import "
                 "preview")
        self.line = line



# ---------------------------------------------------------------------------------------------
# Mappings


def remembered_mappings(ctx: ImportContext) -> dict[str, Any]:
    value = ctx.setting(MAPPINGS_KEY, {})
    return value if isinstance(value, dict) else {}


def remember_mapping(ctx: AppContext, header: list[str], mapping: ColumnMapping) -> None:
    """Keep `mapping` for files with this header (or pasted rows of this width)."""
    key = header_signature(header) if any(header) else headerless_signature(
        max(mapping.columns.values(), default=0) + 1)
    with ctx.session() as session, session.begin():
        saved = get_setting(session, MAPPINGS_KEY, {})
        saved = saved if isinstance(saved, dict) else {}
        saved[key] = mapping.to_json(header)
        set_setting(session, MAPPINGS_KEY, saved)


def mapping_from_options(options: Mapping[str, str], header: list[str],
                         date_order: str | None = None) -> ColumnMapping:
    """A mapping from FIELD=COLUMN pairs (a column by its header name or as #N, counted from 1).
    """
    columns: dict[str, int] = {}
    for target, column in options.items():
        if target not in FIELDS:
            raise UserError(translate("Imports", "unknown field {field}; fields: {fields}")
                            .format(field=repr(target), fields=", ".join(FIELDS)),
                            where="--map")
        found = ColumnMapping.from_json({"fields": {target: column}}, header).columns
        if target not in found or (header and found[target] >= len(header)):
            shown = column if len(column) <= 40 else f"{column[:40]}…"
            raise UserError(translate("Imports", "no column {column} in the file (columns: "
                                                 "{columns}; or #1 to #{last} by position)")
                            .format(column=repr(shown),
                                    columns=", ".join(repr(h) for h in header)
                                    or translate("Imports", "none"),
                                    last=max(len(header), 1)), where="--map")
        columns[target] = found[target]
    mapping = ColumnMapping(columns, date_order)
    if mapping.missing():
        raise UserError(translate("Imports", "map at least {fields}")
                        .format(fields=", ".join(mapping.missing())), where="--map")
    return mapping


def resolve_mapping(ctx: ImportContext, source: RowSource,
                    mapping: ColumnMapping | None) -> tuple[ColumnMapping, list[list[Any]]]:
    """The mapping to read `source` with: the one given, a known layout, or one remembered for
    this header. Returns it with the first rows (already read from the source)."""
    sample: list[list[Any]] = []
    if mapping is not None:
        return mapping, sample
    header = source.header
    if header:
        known = recognise(header, source.label)
        if known is not None:
            return known, sample
        remembered = remembered_mappings(ctx).get(header_signature(header))
        if remembered is not None:
            found = ColumnMapping.from_json(remembered, header)
            if not found.missing():
                return found, sample
        raise NeedsMapping(source.label, header, _peek(source, sample))
    first = _peek(source, sample)
    width = max((len(r) for r in first), default=0)
    if first:
        known = recognise_headerless(width, first[0])
        if known is not None:
            return known, sample
    remembered = remembered_mappings(ctx).get(headerless_signature(width))
    if remembered is not None:
        found = ColumnMapping.from_json(remembered, [])
        if not found.missing():
            return found, sample
    columns = [f"Column {i + 1}" for i in range(width)]
    raise NeedsMapping(source.label, columns, first, headerless=True)


def _peek(source: RowSource, sample: list[list[Any]], count: int = 20) -> list[list[Any]]:
    """Read the first rows into `sample` (kept there for the import to use)."""
    for raw in source.rows:
        sample.append([raw.line, raw.cells])
        if len(sample) >= count:
            break
    return [cells for _, cells in sample]


# ---------------------------------------------------------------------------------------------
# Preview


@dataclass
class PreviewRow:
    line: int
    row: ImportRow | None
    reason: str | None = None
    #: the line's cells as read from the file (shown for a row that will be skipped)
    cells: tuple[str, ...] = ()

    def raw(self, mapping: ColumnMapping, field: str) -> str:
        """The cell the mapping reads `field` from, as the file wrote it ("" when absent)."""
        index = mapping.columns.get(field)
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]

    def placed_text(self, platform_tz: tzinfo) -> str:
        """The row's order date as the file gives it (a date stays that date in every zone)."""
        if self.row is None:
            return ""
        return value_text(from_epoch(self.row.placed_at), platform_tz=platform_tz,
                          date_only="placed_at" in (self.row.date_only or "").split())


@dataclass
class ImportPreview:
    source: ImportSource
    platform_tz: tzinfo
    mapping: ColumnMapping
    header: list[str]
    rows: list[PreviewRow]
    encoding: str | None
    kind: str
    size: int
    #: the preview stopped before the end of the file
    more: bool
    #: how the rows' numeric dates were read (None: the file has none that needed an order)
    date_order: str | None = None
    #: the file's dates read both ways and nothing decides: the person must choose
    dates_unknown: bool = False
    #: amounts without a currency and none chosen: the person must choose
    currency_unknown: bool = False

    @property
    def layout_name(self) -> str:
        return self.mapping.layout_name


def preview_import(ctx: AppContext, source: ImportSource, *,
                   mapping: ColumnMapping | None = None, currency: str | None = None,
                   account: str | None = None, dates: str | None = None,
                   limit: int = 200) -> ImportPreview:
    """The first `limit` rows as they would be imported. Raises NeedsMapping for an unknown
    header without a remembered mapping. A file whose dates read both ways and which does not
    say (nor `dates`) previews with `dates_unknown` set and those rows' reason saying so; one
    whose amounts carry no currency (and no `currency`) with `currency_unknown`."""
    with source.open() as rows:
        mapping, sample = resolve_mapping(ctx, rows, mapping)
        raw: list[tuple[int, list[Any]]] = []
        for line, cells in source_rows(rows, sample):
            raw.append((line, cells))
            if len(raw) > limit:
                break
        more = len(raw) > limit
        del raw[limit:]
        order = dates or mapping.date_order
        for attempt in range(2):
            reader = RowReader(mapping, ctx.policy.tz, currency=currency, account=account,
                               header=rows.header, date_order=order, now=to_epoch(ctx.now()))
            out = [_read(reader, line, cells) for line, cells in raw]
            if attempt or order is not None or not any(r.reason == _DATES_UNKNOWN
                                                       for r in out):
                break
            order = file_date_order(source, mapping)
            if order is None:
                break
        _preview_set_problems(out, reader, ctx.policy.tz)
        preview = ImportPreview(source, ctx.policy.tz, mapping, rows.header, out,
                                rows.encoding, rows.kind, rows.size, more)
        preview.date_order = reader.dates.order
        preview.dates_unknown = any(r.reason == _DATES_UNKNOWN for r in out)
        preview.currency_unknown = any(r.reason == _CURRENCY_UNKNOWN for r in out)
        if preview.dates_unknown and not preview.currency_unknown and currency is None:
            # Rows stopped at their date: read them once more, any way, to ask both at once.
            probe = RowReader(mapping, ctx.policy.tz, header=rows.header, date_order="mdy")
            preview.currency_unknown = any(_read(probe, line, cells).reason == _CURRENCY_UNKNOWN
                                           for line, cells in raw)
        return preview


_DATES_UNKNOWN = ("the date reads as month/day and as day/month, and no date in the file tells "
                  "which: choose how the file writes dates")
_CURRENCY_UNKNOWN = "the amount carries no currency: choose the file's currency"


def file_date_order(source: ImportSource, mapping: ColumnMapping) -> str | None:
    """'mdy' or 'dmy' when the file's own dates decide it (a day over 12 in a date written
    with slashes or dashes, and none saying the other), else None. Reads the whole file, only
    its date columns."""
    columns = [mapping.columns[f] for f in ("placed_at", "tracking_updated_at")
               if f in mapping.columns]
    found: set[str] = set()
    with source.open() as rows:
        for raw in rows.rows:
            cells = raw.cells
            for index in columns:
                if index < len(cells):
                    said = date_order_evidence(cells[index])
                    if said is not None:
                        found.add(said)
                        if len(found) > 1:
                            return None
    return found.pop() if found else None


def _preview_set_problems(rows: list[PreviewRow], reader: RowReader, tz: tzinfo) -> None:
    """What the import's checks over the whole file find among the previewed rows."""
    seen: dict[tuple[str, int], int] = {}
    first: dict[str, ImportRow] = {}
    for item in rows:
        row = item.row
        if row is None:
            continue
        if reader.numbers_cut and row.zero_tail:
            item.row, item.reason = None, (
                f"{reader.column_name('number')}: the order number {row.number} ends in zeros "
                "past its 15th digit, as does every long order number in this file")
        elif (row.number, row.row_key) in seen:
            item.row, item.reason = None, (
                f"repeats line {seen[row.number, row.row_key]} (a duplicated row)")
        elif row.number in first and first[row.number].placed_at != row.placed_at:
            earlier = first[row.number]
            item.row, item.reason = None, (
                f"{reader.column_name('placed_at')}: order {row.number} is dated "
                f"{day_text(earlier.placed_at, tz)} on line {earlier.line} but "
                f"{day_text(row.placed_at, tz)} here; one order has one date")
        elif row.number in first and other_store(first[row.number].store, row.store):
            earlier = first[row.number]
            item.row, item.reason = None, (
                f"{reader.column_name('store')}: order {row.number} is from {earlier.store!r} "
                f"on line {earlier.line} but from {row.store!r} here; one order has one store")
        else:
            seen[row.number, row.row_key] = row.line
            first.setdefault(row.number, row)



def _read(reader: RowReader, line: int, cells: list[Any]) -> PreviewRow:
    problem = is_unreadable(cells)
    if problem:
        return PreviewRow(line, None, f"cannot read this line ({problem})")
    raw = tuple("" if c is None else " ".join(str(c).split()) for c in cells)
    try:
        return PreviewRow(line, reader.read(line, cells), cells=raw)
    except RowError as exc:
        return PreviewRow(line, None, exc.reason, raw)
    except DateOrderUnknown:
        return PreviewRow(line, None, _DATES_UNKNOWN, raw)
    except CurrencyUnknown:
        return PreviewRow(line, None, _CURRENCY_UNKNOWN, raw)


# ---------------------------------------------------------------------------------------------
# Import


def run_import(ctx: ImportContext, source: ImportSource, *, mapping: ColumnMapping | None = None,
               dry_run: bool = False, currency: str | None = None, account: str | None = None,
               dates: str | None = None, progress: Progress | None = None,
               fork: bool = False) -> ImportReport:
    """Import every row of `source` in one transaction (none at all for a dry run or when
    cancelled). Raises UserError when nothing can be read: a missing or empty file, an unknown
    layout (NeedsMapping), a required column missing, dates that read both ways in a file that
    does not tell which (NeedsDateOrder: `dates` answers), amounts without a currency
    (NeedsCurrency: `currency` answers).

    `fork`: this process is the command line's own, and nothing watches the progress: on a
    machine with a core to spare a child reads the rows while this process writes them
    (services/forked_import.py)."""
    try:
        return _import(ctx, source, mapping, dry_run, currency, account, dates, progress,
                       fork)
    except DateOrderUnknown as unknown:
        if dates is not None:
            raise
        with source.open() as rows:
            found, _ = resolve_mapping(ctx, rows, mapping)
        decided = file_date_order(source, found)
        if decided is None:
            raise NeedsDateOrder(source.label, unknown.line, unknown.text) from None
        return _import(ctx, source, mapping, dry_run, currency, account, decided, progress,
                       fork)


def _import(ctx: ImportContext, source: ImportSource, mapping: ColumnMapping | None,
            dry_run: bool, currency: str | None, account: str | None, dates: str | None,
            progress: Progress | None, fork: bool = False) -> ImportReport:
    if fork and progress is None:
        from aliassist.services.forked_import import ChildReadError, can_read_in_child

        if can_read_in_child():
            try:
                return _import_once(ctx, source, mapping, dry_run, currency, account, dates,
                                    Progress(), forked=True)
            except ChildReadError:  # rolled back: the import again, all in this process
                pass
    return _import_once(ctx, source, mapping, dry_run, currency, account, dates,
                        progress or Progress())


def _import_once(ctx: ImportContext, source: ImportSource, mapping: ColumnMapping | None,
                 dry_run: bool, currency: str | None, account: str | None, dates: str | None,
                 progress: Progress, *, forked: bool = False) -> ImportReport:
    # the rows make no reference cycles: no collector passes over the process's objects
    with source.open() as rows, without_gc_passes():
        mapping, sample = resolve_mapping(ctx, rows, mapping)
        reader = RowReader(mapping, ctx.policy.tz, currency=currency, account=account,
                           header=rows.header, date_order=dates, now=to_epoch(ctx.now()))
        report = ImportReport(mapping.layout, source.label, dry_run=dry_run)
        where = str(ctx.store.path or safe_url(ctx.store.url))
        try:
            txn = ctx.writing()
        except driver_errors() as exc:
            raise _cannot_save(exc, where, source.label) from None
        writer: OrderWriter | None = None
        try:
            writer = OrderWriter(txn.driver, to_epoch(ctx.now()),
                                 bulk_write=txn.bulk_write)
            orders = OrderRows(writer, reader, report, ctx.policy.tz)
            try:
                try:
                    if forked:
                        from aliassist.services.forked_import import read_in_child

                        read_in_child(rows, sample, reader, orders, report)
                    else:
                        read_all(rows, sample, reader, orders, report, progress)
                except CurrencyUnknown as unknown:
                    raise NeedsCurrency(source.label, unknown.line, unknown.text) from None
                if report.rows == 0:
                    raise UserError(translate("Imports", "the file has a header but no rows"),
                                    where=source.label,
                                    hint=translate("Imports", "export the orders again"))
                progress.step(rows.size, rows.size, "Saving the orders…")
                orders.finish()
            finally:
                orders.stop()
            writer.finish()
            report.imported = writer.counts.imported
            report.updated = writer.counts.updated
            report.unchanged = writer.counts.unchanged
            if dry_run:
                txn.rollback()
            else:
                txn.commit()
        except driver_errors() as exc:  # the writer's own connection: busy, full, read-only
            txn.rollback()
            raise _cannot_save(exc, where, source.label) from None
        except BaseException:
            txn.rollback()
            raise
        finally:
            if writer is not None:
                with contextlib.suppress(*driver_errors()):
                    writer.give_back_cache()
            txn.close()
    report.skipped.sort(key=lambda s: s.line)
    return report


def _cannot_save(exc: BaseException, where: str, label: str) -> StoreError:
    return sqlite_problem(exc, where) or server_problem(exc, where) or StoreError(
        f"the orders cannot be saved ({exc}); nothing was changed", where=label)


def driver_errors() -> tuple[type[BaseException], ...]:
    """The errors of the drivers' own connections, which the bulk writer uses directly (the
    PostgreSQL driver's only when it is loaded: a SQLite import never loads it)."""
    return (sqlite3.Error, *server_errors()) if "psycopg" in sys.modules else (sqlite3.Error,)
