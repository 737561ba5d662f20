"""The bulk path for imported orders: a reseller's 100,000-row export goes in with executemany
batches on SQLite and COPY on PostgreSQL, never as one ORM object per row.

The importer hands over orders in batches, each an `ImportedOrder` (its rows, the facts of its
first row). In the caller's transaction the writer

- inserts the orders the database does not have, with their items;
- updates the ones it had before the import, field by field where the export says something
  newer: status, tracking, dates, store, amounts; what the buyer added (notes, disputes,
  evidence, extensions, payments, protection dates, account, carrier, a confirmation date) is
  never overwritten, and items are updated by position and never deleted;
- adds the rows of an order that came earlier in the same file (rows of one order need not be
  together) as more items, refusing a row that repeats one of its items or gives it another
  date.

Memory stays flat: one batch at a time; the numbers of the new orders go to a temporary file
(SpooledTexts), the first line of each in a temporary table, the ids created as runs. Only
the orders stored before that the file names are kept in memory (number -> changed).
"""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from aliassist.domain.order_fields import DEFAULT_PLATFORM, ORDER_DATES
from aliassist.store.spooled_texts import SpooledTexts

#: An imported row, field by field (importers.rows.ImportRow has the same fields).
ROW_FIELDS = (
    "line", "number", "placed_at", "store", "store_url", "status_text", "delivery_status",
    "confirmed_at", "tracking_number", "tracking_status", "tracking_updated_at", "tracking_url",
    "delivered_at", "total", "currency", "account", "carrier", "title", "url", "sku",
    "quantity", "price", "image_url", "row_key", "zero_tail", "date_only",
    "confirmed_estimate", "delivered_estimate")
_F = {name: i for i, name in enumerate(ROW_FIELDS)}
#: Order fields an export owns: a newer export replaces them (when it gives a value).
EXPORT_FIELDS = ("placed_at", "store", "store_url", "status_text", "delivery_status",
                 "tracking_number", "tracking_status", "tracking_updated_at", "tracking_url")
#: Order fields an export only fills in when the database has nothing.
FILL_FIELDS = ("confirmed_at", "delivered_at", "carrier")
#: Markers that go with the dates: which are date-only, where an inferred one came from.
MARKER_FIELDS = ("date_only", "confirmed_estimate", "delivered_estimate")
ITEM_FIELDS = ("title", "url", "sku", "quantity", "price", "image_url")
#: the columns of a new order the import gives alike to all (the platform, its own time)
_IMPORT_COLUMNS = ("platform", "created_at", "updated_at")
#: the columns of a new order: the import's, those the writer computes, then those taken from
#: its first row
_ORDER_COLUMNS = (*_IMPORT_COLUMNS, "account_id", "amount", "number", *EXPORT_FIELDS,
                  *FILL_FIELDS, "currency", *MARKER_FIELDS)
#: a new order's values from its first row, in _ORDER_COLUMNS' order after "amount"
_ORDER_VALUES = itemgetter(*(_F[name] for name in
                              _ORDER_COLUMNS[_ORDER_COLUMNS.index("amount") + 1:]))
_ITEM_INDEXES = tuple(_F[f] for f in ITEM_FIELDS)
_ITEM_VALUES = itemgetter(*_ITEM_INDEXES)
_LINE, _NUMBER, _ACCOUNT, _TOTAL = _F["line"], _F["number"], _F["account"], _F["total"]
_TITLE, _URL, _SKU, _QUANTITY, _PRICE, _IMAGE = _ITEM_INDEXES
_NUMBER_OF = attrgetter("number")
_BATCH_SQL_LIMIT = 500  # numbers per IN (...) query
#: the array type of the lines kept for the import's new orders (a line number of the file)
_LINE_TYPE = "q"
#: an import of this many rows or more into a table of no more orders builds the orders'
#: plain indexes once at its end (OrderWriter.expect); below it the saving is milliseconds
BULK_ROWS = 5_000
#: the page cache of such an import on SQLite, in KiB (SQLite's default: 2,000). Each new
#: order puts an entry at a random place in the index of order numbers; once that index
#: outgrows the cache most entries cost a page written out and read back. 4 MiB holds it for
#: some 100,000 orders: such an import's writing takes a tenth less time, for 3 MiB more at
#: its peak (8 MiB gained no more there and cost 13 MiB at a million rows)
BULK_CACHE_KIB = 4096


class ImportedOrder:
    """Rows of one order that came together in the file (the first row gives its facts)."""

    __slots__ = ("number", "rows")

    def __init__(self, rows: list[tuple[Any, ...]]):
        self.rows = rows
        self.number: str = rows[0][_NUMBER]

    def __repr__(self) -> str:
        return f"ImportedOrder({self.rows!r})"

    @property
    def first(self) -> tuple[Any, ...]:
        return self.rows[0]

    def item_rows(self) -> list[tuple[Any, ...]]:
        return [r for r in self.rows if r[_TITLE] is not None or r[_URL] is not None]

    def total(self) -> int | None:
        return self.rows[0][_TOTAL]

    def item_sum(self) -> int | None:
        total = 0
        for r in self.rows:
            price = r[_PRICE]
            if price is None:
                return None
            total += price * (r[_QUANTITY] or 1)
        return total


def _first_line(order: ImportedOrder) -> int:
    return order.rows[0][_LINE]


@dataclass
class WriteCounts:
    #: the numbers of the orders the import created, in the file's order
    imported: SpooledTexts = field(default_factory=SpooledTexts)
    #: the orders stored before that the import met: number -> whether it changed them
    before: dict[str, bool] = field(default_factory=dict)
    #: rows refused while writing: (line, number, "date", "store" or "repeat", the order's
    #: value, the row's value)
    refused: list[tuple[int, str, str, Any, Any]] = field(default_factory=list)

    @property
    def updated(self) -> list[str]:
        return [number for number, changed in self.before.items() if changed]

    @property
    def unchanged(self) -> list[str]:
        return [number for number, changed in self.before.items() if not changed]


class IdRanges:
    """A set of ids kept as sorted runs (start, stop): the orders an import created, which the
    store numbers in increasing runs, in flat memory."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._stops: list[int] = []

    def add(self, ids: Sequence[int]) -> None:
        """Add `ids` (in increasing order they extend the last run at no cost)."""
        starts, stops = self._starts, self._stops
        for value in ids:
            if stops and stops[-1] == value:
                stops[-1] = value + 1
            elif not stops or value > stops[-1]:
                starts.append(value)
                stops.append(value + 1)
            elif value not in self:  # an id below the last run: a run of its own, in place
                index = bisect_right(starts, value)
                starts.insert(index, value)
                stops.insert(index, value + 1)

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        index = bisect_right(self._starts, value) - 1
        return index >= 0 and value < self._stops[index]


def _filled_columns(columns: Sequence[str], rows: list[tuple[Any, ...]]
                    ) -> tuple[Sequence[str], list[tuple[Any, ...]]]:
    """`columns` and `rows` without the columns that are None in every row."""
    empty = [index for index, values in enumerate(zip(*rows, strict=True))
             if values.count(None) == len(rows)]
    if not empty:
        return columns, rows
    kept = [index for index in range(len(columns)) if index not in empty]
    if not kept:
        return columns, rows
    pick = itemgetter(*kept)
    if len(kept) == 1:
        return [columns[kept[0]]], [(value,) for value in map(pick, rows)]
    return [columns[index] for index in kept], list(map(pick, rows))


#: rows per INSERT statement of the SQLite path (a statement of many rows costs one step of
#: the virtual machine's setup for all of them; SQLite takes up to 32,766 values a statement)
_ROWS_PER_STATEMENT = 100


def _same_in_every_row(values: tuple[Any, ...]) -> bool:
    """Whether every value of a column is the first one (and of its type: 1 is not True)."""
    first = values[0]
    if values.count(first) != len(values):
        return False
    return first is None or first.__class__ is str or len(set(map(type, values))) == 1


def sqlite_insert(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                  rows: list[tuple[Any, ...]], *, scattered: bool = False,
                  unless_stored: bool = False, literals: dict[str, str | int] | None = None
                  ) -> None:
    """Insert `rows` (values in `columns`' order) with statements of many rows each; a column
    that is None in every row is left out (it takes its default), one that holds the same value
    in every row is bound once per statement. Every value sent to SQLite costs time: an export
    fills some columns only, and many of them alike (the platform, the import's time).

    `scattered` rows go in one row a statement: rows that land all over an index of the
    table (orders by number) in a transaction that checks foreign keys, and the lines the
    import keeps in a temporary table. Before a statement of several rows, any of which could
    fail, SQLite keeps every page the statement changes, to undo just that statement: for
    scattered rows that is nearly every page, written to a temporary file (about 400 MB for
    100,000 orders). A statement no constraint can stop midway (INSERT OR IGNORE into a table
    without CHECK constraints, foreign keys unchecked) needs no such copy: those rows go in
    many a statement.

    `unless_stored`: a row whose key is stored already is left out (INSERT OR IGNORE); the
    caller counts the rows that went in.

    `literals`: columns every row gives the same value (text or an integer), not in `rows`:
    written into a statement of one row, bound once in a statement of many."""
    if not rows:
        return
    verb = "INSERT OR IGNORE" if unless_stored else "INSERT"
    if scattered:  # one row a statement: each binds every value it holds, as it comes
        columns, rows = _filled_columns(columns, rows)
        literals = literals or {}
        names = ", ".join([*columns, *literals])
        values = ", ".join([*(f"?{n + 1}" for n in range(len(columns))),
                            *map(_sql_literal, literals.values())])
        conn.executemany(f"{verb} INTO {table} ({names}) VALUES ({values})", rows)
        return
    by_column = list(zip(*rows, strict=True))
    same = [index for index, values in enumerate(by_column) if _same_in_every_row(values)]
    given = literals or {}
    constants = [*given.values(),
                 *(by_column[index][0] for index in same if by_column[index][0] is not None)]
    named = [*given, *(columns[index] for index in same if by_column[index][0] is not None)]
    varying = [index for index in range(len(columns)) if index not in same]
    if not varying:  # the same row many times: one statement per row
        for _ in rows:
            conn.execute(f"{verb} INTO {table} ({', '.join(named) or columns[0]}) VALUES "
                         f"({', '.join('?' * len(constants)) or 'NULL'})", constants)
        return
    names = ", ".join([*named, *(columns[index] for index in varying)])
    width = len(varying)
    pick = itemgetter(*varying)
    picked = list(map(pick, rows)) if width > 1 else [(v,) for v in map(pick, rows)]
    per_statement = max(1, min(_ROWS_PER_STATEMENT, (_variable_limit(conn) - len(constants))
                               // width))
    full = len(picked) - len(picked) % per_statement
    if full:
        sql = _insert_sql(verb, table, names, len(constants), width, per_statement)
        for start in range(0, full, per_statement):
            conn.execute(sql, [*constants,
                               *chain.from_iterable(picked[start:start + per_statement])])
    if full < len(picked):
        conn.execute(_insert_sql(verb, table, names, len(constants), width,
                                 len(picked) - full),
                     [*constants, *chain.from_iterable(picked[full:])])


def _sql_literal(value: str | int) -> str:
    """`value` as a SQL literal: an integer's digits, a text quoted (quotes doubled)."""
    if value.__class__ is int:
        return str(value)
    if value.__class__ is not str or "\x00" in value:
        raise ValueError(f"{value!r} is not written into a statement")
    return "'" + value.replace("'", "''") + "'"


@lru_cache(maxsize=64)
def _insert_sql(verb: str, table: str, names: str, constants: int, width: int, count: int
                ) -> str:
    """`verb` (INSERT or INSERT OR IGNORE) of `count` rows into `names`: the first
    `constants` values (bound once) in every row, then `width` values of each row in turn."""
    first = [f"?{n + 1}" for n in range(constants)]
    values = ", ".join(
        "(" + ", ".join([*first, *(f"?{constants + r * width + c + 1}" for c in range(width))])
        + ")" for r in range(count))
    return f"{verb} INTO {table} ({names}) VALUES {values}"


def _variable_limit(conn: sqlite3.Connection) -> int:
    """How many values one statement may bind (SQLITE_LIMIT_VARIABLE_NUMBER)."""
    return int(conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


def _item(row: Sequence[Any]) -> tuple[Any, ...]:
    return _ITEM_VALUES(row)


def _new_item(order_id: int, position: int, values: Sequence[Any]) -> tuple[Any, ...]:
    title, url, sku, quantity, price, image_url = values
    return (order_id, position, title or "", url, sku, quantity or 1, price, image_url)


class DriverConnection:
    """The driver's own connection (sqlite3 or psycopg) under the caller's transaction, with the
    few calls the writer makes. Its SQL is written for SQLite (`?`, `main.`, `INSERT OR
    IGNORE`) and turned into PostgreSQL's where it differs."""

    def __init__(self, conn: Any):
        self.conn = conn
        self.sqlite = isinstance(conn, sqlite3.Connection)
        #: the orders' id sequence (PostgreSQL), named once
        self._id_sequence: str | None = None

    def _sql(self, sql: str) -> str:
        if self.sqlite:
            return sql
        sql = sql.replace("?", "%s").replace("main.", "").replace("temp.", "")
        if sql.startswith("INSERT OR IGNORE INTO"):
            sql = sql.replace("INSERT OR IGNORE INTO", "INSERT INTO", 1) + \
                " ON CONFLICT DO NOTHING"
        return sql

    def rows(self, sql: str, values: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self.sqlite:
            return self.conn.execute(sql, values).fetchall()
        with self.conn.cursor() as cursor:
            cursor.execute(self._sql(sql), values)
            return cursor.fetchall() if cursor.description else []

    def many(self, sql: str, values: list[tuple[Any, ...]]) -> None:
        if not values:
            return
        if self.sqlite:
            self.conn.executemany(sql, values)
            return
        with self.conn.cursor() as cursor:
            cursor.executemany(self._sql(sql), values)

    def copy(self, table: str, columns: Sequence[str], values: list[tuple[Any, ...]], *,
             scattered: bool = False) -> None:
        """Insert rows: with COPY on PostgreSQL (rows streamed to the server, one statement
        for the batch), executemany on SQLite. A column that is NULL in every row is left out
        (it takes its default: NULL for the writer's columns): an export fills only some of
        them, and every value sent costs time."""
        if not values:
            return
        if self.sqlite:
            sqlite_insert(self.conn, table if '.' in table else 'main.' + table, columns,
                          values, scattered=scattered)
            return
        columns, values = _filled_columns(columns, values)
        with self.conn.cursor() as cursor, cursor.copy(
                f"COPY {table.removeprefix('temp.')} ({', '.join(columns)}) FROM STDIN"
        ) as copy:
            for row in values:
                copy.write_row(row)

    def new_order_ids(self, count: int) -> list[int] | None:
        """`count` ids for new orders taken from the id sequence (PostgreSQL: other writers
        take theirs at the same time), or None: SQLite gives the largest rowid + 1."""
        if self.sqlite:
            return None
        if self._id_sequence is None:
            self._id_sequence = self.rows("SELECT pg_get_serial_sequence('orders', 'id')")[0][0]
        # The sequence as a value, not looked up by name in the query: that would be done
        # for every id (5x the server's time for them).
        return [row[0] for row in self.rows(
            "SELECT nextval(?::regclass) FROM generate_series(1, ?)",
            (self._id_sequence, count))]


class OrderWriter:
    """Writes batches of imported orders on the driver's own connection (DriverConnection),
    inside the caller's transaction."""

    def __init__(self, conn: Any, now: int, platform: str = DEFAULT_PLATFORM, *,
                 bulk_write: Callable[[], bool] | None = None):
        self.conn = DriverConnection(conn)
        #: the transaction's own `bulk_write` (store.plain_open.PlainWriting), asked when a
        #: large import is expected, before its first write
        self._bulk_write = bulk_write
        #: foreign keys go unchecked in this transaction (`bulk_write`): new orders go in many
        #: a statement
        self._unchecked = False
        self.now = now
        self.platform = platform
        #: the orders this import created (by id): rows further down the file add to them
        self.created = IdRanges()
        self.counts = WriteCounts()
        self._accounts: dict[str, int] = {}
        #: orders stored before: the date, the store, the item count this import gave them so
        #: far, those items' values and the first line of the file that gave the order
        self._seen_before: dict[str, tuple[int, Any, int, set[tuple[Any, ...]], int]] = {}
        self._lines_table = False
        #: the orders table's indexes dropped for this import, to build again in `finish`
        self._dropped: list[str] = []
        #: the connection's cache_size before `expect` widened it, for `finish` to restore
        self._cache_size: int | None = None

    def expect(self, rows: int) -> None:
        """Told early how many rows the file probably holds. On SQLite an import of at least
        BULK_ROWS rows, and at least as many as the orders stored, drops the orders' plain
        indexes (not the unique ones: the order numbers are still looked up and kept unique;
        not the partial ones) for the rest of its transaction; `finish` builds them again. One
        index sorted once at the end costs less than an entry put into each index at random
        for every row. Any import of BULK_ROWS rows or more asks its transaction to be set up
        for a bulk write (`bulk_write`: foreign keys unchecked, the file written directly)."""
        if not self.conn.sqlite or rows < BULK_ROWS:
            return
        self._widen_cache()
        if self._bulk_write is not None and not self._unchecked:
            self._unchecked = self._bulk_write()
        if self._dropped or self.conn.rows("SELECT COUNT(*) FROM main.orders")[0][0] > rows:
            return
        # not the partial ones either (the account's and the assignee's): an import's rows
        # are not in them, or (--account) all under one key, so they cost little as they go
        plain = {row[1] for row in self.conn.rows("PRAGMA main.index_list(orders)")
                 if not row[2] and row[3] == "c" and not row[4]}
        indexes = [(name, sql) for name, sql in self.conn.rows(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'orders' ORDER BY name") if name in plain and sql]
        if not indexes:
            return
        sqlite = self.conn.conn
        if not sqlite.in_transaction:  # DDL would not open the caller's transaction
            sqlite.execute("BEGIN")
        for name, sql in indexes:
            sqlite.execute(f'DROP INDEX main."{name}"')
            self._dropped.append(sql)

    def _widen_cache(self) -> None:
        """Give a large import on SQLite a page cache of BULK_CACHE_KIB at least, until
        `finish` (or `give_back_cache`)."""
        if self._cache_size is not None:
            return
        size = self.conn.rows("PRAGMA main.cache_size")[0][0]
        kib = -size if size < 0 else size * self.conn.rows("PRAGMA main.page_size")[0][0] // 1024
        if kib < BULK_CACHE_KIB:
            self.conn.rows(f"PRAGMA main.cache_size = -{BULK_CACHE_KIB}")
            self._cache_size = size

    def give_back_cache(self) -> None:
        """Give the connection back the cache it had before `expect` (done by `finish`; call it
        when the import stops without finishing: a setting outlives the rollback)."""
        if self._cache_size is not None:
            self.conn.rows(f"PRAGMA main.cache_size = {self._cache_size}")
            self._cache_size = None

    def write(self, batch: list[ImportedOrder]) -> None:
        if not batch:
            return
        # An order whose rows come apart in the file can be in a batch twice: its later rows
        # go in after the first ones are written.
        numbers: set[str] = set()
        first: list[ImportedOrder] = []
        later: list[ImportedOrder] = []
        for order in batch:
            number = order.number
            if number in numbers:
                later.append(order)
            else:
                first.append(order)
                numbers.add(number)
        self._write(first, numbers)
        self.write(later)

    def _write(self, batch: list[ImportedOrder], numbers: set[str]) -> None:
        if self.conn.sqlite:
            # Each order goes in unless its number is stored (INSERT OR IGNORE): a batch of
            # new orders (always, into a new database) looks none of its numbers up.
            stored = self._insert(batch)
            if stored:
                self._met_again(stored, self._ids({o.number for o in stored}))
            return
        found = self._ids(numbers)
        if not found:  # a file of new orders (always, into a new database)
            self._insert(batch)
            return
        self._insert([o for o in batch if o.number not in found])
        self._met_again([o for o in batch if o.number in found], found)

    def _met_again(self, orders: list[ImportedOrder], found: dict[str, int]) -> None:
        """Orders the database holds (`found`: number -> id): stored before the import, or
        created by it from rows further up the file."""
        created = self.created
        self._update([o for o in orders if found[o.number] not in created], found)
        self._add_rows([o for o in orders if found[o.number] in created], found)

    @property
    def background(self) -> bool:
        """Whether batches may be written from another thread while the next is read: on a
        server, whose driver waits for it without holding the interpreter (SQLite's work is
        the interpreter's own)."""
        return not self.conn.sqlite

    def first_line(self, number: str) -> int | None:
        """The line of the file whose row first gave order `number` to this import (None when
        no row of it was written yet)."""
        seen = self._seen_before.get(number)
        if seen is not None:
            return seen[4]
        if not self._lines_table:
            return None
        found = self.conn.rows("SELECT id FROM main.orders WHERE platform = ? AND number = ?",
                               (self.platform, number))
        if not found:
            return None
        order_id = found[0][0]
        run = self.conn.rows(
            "SELECT first_id, lines FROM temp.aliassist_import_lines WHERE first_id <= ? "
            "ORDER BY first_id DESC LIMIT 1", (order_id,))
        if not run:
            return None
        lines = array(_LINE_TYPE)
        lines.frombytes(bytes(run[0][1]))
        at = order_id - run[0][0]
        return lines[at] if at < len(lines) else None

    def finish(self) -> None:
        """Build again the indexes `expect` dropped and drop what the import kept beside the
        orders (call before the commit)."""
        for sql in self._dropped:
            self.conn.conn.execute(sql)
        self._dropped = []
        self.give_back_cache()
        if self._lines_table:
            self.conn.rows("DROP TABLE temp.aliassist_import_lines")
            self._lines_table = False

    # -- new orders ------------------------------------------------------------------------

    def _insert(self, orders: list[ImportedOrder]) -> list[ImportedOrder]:
        """Insert `orders` with their items. On SQLite an order whose number is stored already
        is left out and returned (on PostgreSQL the caller leaves such orders out)."""
        if not orders:
            return []
        stored: list[ImportedOrder] = []
        conn, now, platform = self.conn, self.now, self.platform
        account_of = self._account_ids({o.rows[0][_ACCOUNT] for o in orders} - {None}).get
        ids: Sequence[int] | None = conn.new_order_ids(len(orders))
        first_id = 0 if ids is not None else \
            conn.rows("SELECT COALESCE(MAX(id), 0) FROM main.orders")[0][0] + 1
        rows = []
        for order in orders:
            r = order.rows[0]
            amount = r[_TOTAL]
            if amount is None:
                amount = order.item_sum()
            rows.append((account_of(r[_ACCOUNT]), amount, *_ORDER_VALUES(r)))
        if ids is not None:  # PostgreSQL: ids taken from the sequence, rows by COPY
            conn.copy("orders", ("id", *_ORDER_COLUMNS),
                      [(order_id, platform, now, now, *row)
                       for order_id, row in zip(ids, rows, strict=True)])
        else:
            sqlite = conn.conn
            changes = sqlite.total_changes
            # scattered, by number: one a statement unless nothing can stop one midway
            sqlite_insert(sqlite, "main.orders", _ORDER_COLUMNS[len(_IMPORT_COLUMNS):], rows,
                          scattered=not self._unchecked, unless_stored=True,
                          literals=dict(zip(_IMPORT_COLUMNS, (platform, now, now),
                                            strict=True)))
            went_in = sqlite.total_changes - changes
            # A rowid is the largest one + 1: the ids follow the order of the rows.
            last_id = conn.rows("SELECT MAX(id) FROM main.orders")[0][0] or 0
            if went_in == len(orders) and last_id - first_id + 1 == len(orders):
                ids = range(first_id, last_id + 1)
            else:  # some numbers were stored already (or SQLite chose other rowids)
                found = self._ids({o.number for o in orders})
                lost = [o.number for o in orders if o.number not in found]
                if lost:  # refused for another reason than its number: as a plain INSERT
                    raise sqlite3.IntegrityError(f"order {lost[0]} could not be stored")
                stored = [o for o in orders if found[o.number] < first_id]
                orders = [o for o in orders if found[o.number] >= first_id]
                ids = [found[o.number] for o in orders]
        self.created.add(ids)
        items: list[tuple[Any, ...]] = []
        add = items.append
        for order_id, order in zip(ids, orders, strict=True):
            position = 0
            for r in order.rows:  # its item rows (ImportedOrder.item_rows), in one pass
                if r[_TITLE] is not None or r[_URL] is not None:
                    add((order_id, position, r[_TITLE] or "", r[_URL], r[_SKU],
                         r[_QUANTITY] or 1, r[_PRICE], r[_IMAGE]))
                    position += 1
        self._insert_items(items)
        self._keep_lines(ids, orders)
        self.counts.imported.extend(map(_NUMBER_OF, orders))
        return stored

    def _keep_lines(self, ids: Sequence[int], orders: list[ImportedOrder]) -> None:
        """Keep the first line of each new order, for messages about its later rows: in a
        temporary table, not in memory (a file may hold millions of orders), a row for each
        run of consecutive ids (as the store numbers a batch's new orders), their lines packed
        in one value: one row a batch, where a row an order cost a tenth of the writing."""
        if not self._lines_table:
            blob = "BLOB" if self.conn.sqlite else "BYTEA"
            self.conn.rows("CREATE TEMP TABLE IF NOT EXISTS aliassist_import_lines "
                           f"(first_id INTEGER PRIMARY KEY, lines {blob} NOT NULL)"
                           + ("" if self.conn.sqlite else " ON COMMIT DROP"))
            self.conn.rows("DELETE FROM temp.aliassist_import_lines")
            self._lines_table = True
        runs: list[tuple[int, bytes]] = []
        start = 0
        for at in range(1, len(ids) + 1):
            if at == len(ids) or ids[at] != ids[at - 1] + 1:
                runs.append((ids[start], array(_LINE_TYPE, map(
                    _first_line, orders[start:at])).tobytes()))
                start = at
        self.conn.many("INSERT INTO temp.aliassist_import_lines (first_id, lines) "
                       "VALUES (?, ?)", runs)

    def _insert_items(self, items: list[tuple[Any, ...]]) -> None:
        self.conn.copy("order_items", ("order_id", "position", *ITEM_FIELDS), items)

    # -- orders stored before the import ---------------------------------------------------

    def _update(self, orders: list[ImportedOrder], ids: dict[str, int]) -> None:
        if not orders:
            return
        conn, f = self.conn, _F
        names = (*EXPORT_FIELDS, *FILL_FIELDS, "date_only")
        order_ids = [ids[o.number] for o in orders]
        stored_rows = self._select(
            f"SELECT id, account_id, amount, currency, {', '.join(names)} FROM main.orders "
            "WHERE id IN ({})", order_ids)
        stored_by_id = {row[0]: row for row in stored_rows}
        stored_items = self._stored_items(order_ids)
        accounts = self._account_ids({o.first[f["account"]] for o in orders} - {None})
        item_updates: list[tuple[Any, ...]] = []
        item_inserts: list[tuple[Any, ...]] = []
        for order in orders:
            order_id = ids[order.number]
            seen = self._seen_before.get(order.number)
            if seen is not None and seen[0] != order.first[f["placed_at"]]:
                self.counts.refused.extend((r[f["line"]], order.number, "date", seen[0],
                                            r[f["placed_at"]]) for r in order.rows)
                continue
            store = order.first[f["store"]]
            if seen is not None and None not in (seen[1], store) and seen[1] != store:
                self.counts.refused.extend((r[f["line"]], order.number, "store", seen[1],
                                            store) for r in order.rows)
                continue
            offset = 0 if seen is None else seen[2]
            given: set[tuple[Any, ...]] = set() if seen is None else seen[3]
            staged_items = []
            for r in order.item_rows():
                item = _item(r)
                if item in given:  # a row repeated further down the file
                    self.counts.refused.append((r[f["line"]], order.number, "repeat",
                                                None, None))
                    continue
                given.add(item)
                staged_items.append(item)
            self._seen_before[order.number] = (order.first[f["placed_at"]],
                                               store if seen is None else seen[1],
                                               offset + len(staged_items), given,
                                               order.first[_LINE] if seen is None else seen[4])
            row = stored_by_id[order_id]
            account_id, stored_amount, stored_currency = row[1:4]
            stored = dict(zip(names, row[4:], strict=True))
            first = order.first
            changes = {name: first[f[name]] for name in EXPORT_FIELDS
                       if first[f[name]] is not None and first[f[name]] != stored[name]}
            changes.update({name: first[f[name]] for name in FILL_FIELDS
                            if stored[name] is None and first[f[name]] is not None})
            changes.update(_markers(changes, first, stored["date_only"]))
            # An order total from the export replaces the stored one; a sum of the rows'
            # prices only fills in a missing one (the file may list some items only).
            total = order.total()
            amount = total if total is not None else (
                order.item_sum() if stored_amount is None else None)
            currency = first[f["currency"]]
            if amount is not None and (amount, currency) != (stored_amount, stored_currency):
                changes.update(amount=amount, currency=currency)
            account = first[f["account"]]
            if account_id is None and account:
                changes["account_id"] = accounts[account]
            items_changed = _merge_items(order_id, staged_items,
                                         stored_items.get(order_id, {}), item_updates,
                                         item_inserts, offset)
            if changes or items_changed:
                changes["updated_at"] = self.now
                conn.rows(
                    f"UPDATE main.orders SET {', '.join(f'{c} = ?' for c in changes)}, "
                    "version = version + 1 "
                    "WHERE id = ?", [*changes.values(), order_id])
            self._count(order.number, bool(changes or items_changed))
        conn.many(
            f"UPDATE main.order_items SET {', '.join(f'{c} = ?' for c in ITEM_FIELDS)} "
            "WHERE id = ?", item_updates)
        self._insert_items(item_inserts)

    def _count(self, number: str, changed: bool) -> None:
        """An order stored before counts once: updated if any of its rows changed it."""
        before = self.counts.before
        before[number] = changed or before.get(number, False)

    # -- more rows of an order this import wrote -------------------------------------------

    def _add_rows(self, orders: list[ImportedOrder], ids: dict[str, int]) -> None:
        if not orders:
            return
        f = _F
        order_ids = [ids[o.number] for o in orders]
        stored = {row[0]: row[1:] for row in self._select(
            "SELECT id, placed_at, store FROM main.orders WHERE id IN ({})", order_ids)}
        placed = {order_id: values[0] for order_id, values in stored.items()}
        stored_items = self._stored_items(order_ids)
        inserts: list[tuple[Any, ...]] = []
        amounts: list[tuple[int, int]] = []
        for order in orders:
            order_id = ids[order.number]
            added: int | None = 0
            items = stored_items.setdefault(order_id, {})
            contents = {tuple(values[1:]) for values in items.values()}
            for row in order.rows:
                if row[f["placed_at"]] != placed[order_id]:
                    self.counts.refused.append((row[f["line"]], order.number, "date",
                                                placed[order_id], row[f["placed_at"]]))
                    continue
                store = stored[order_id][1]
                if None not in (store, row[f["store"]]) and store != row[f["store"]]:
                    self.counts.refused.append((row[f["line"]], order.number, "store", store,
                                                row[f["store"]]))
                    continue
                if row[f["title"]] is None and row[f["url"]] is None:
                    continue
                values = _new_item(order_id, 0, _item(row))[2:]  # as stored
                if values in contents:
                    self.counts.refused.append((row[f["line"]], order.number, "repeat",
                                                placed[order_id], row[f["placed_at"]]))
                    continue
                position = len(items)
                inserts.append((order_id, position, *values))
                items[position] = (0, *values)
                contents.add(values)
                if added is not None and row[f["price"]] is not None:
                    added += row[f["price"]] * (row[f["quantity"]] or 1)
                else:
                    added = None
            if order.total() is None and added:
                # The order's amount is the sum of its items' prices: these rows add theirs.
                amounts.append((added, order_id))
        self._insert_items(inserts)
        self.conn.many(
            "UPDATE main.orders SET amount = amount + ?, version = version + 1 "
            "WHERE id = ? AND amount IS NOT NULL",
            amounts)

    # -- reads -----------------------------------------------------------------------------

    def _select(self, sql: str, values: list[Any]) -> list[tuple[Any, ...]]:
        """`sql` with its IN ({}) filled with `values`, in chunks under SQLite's limit."""
        out: list[tuple[Any, ...]] = []
        for start in range(0, len(values), _BATCH_SQL_LIMIT):
            chunk = values[start:start + _BATCH_SQL_LIMIT]
            out.extend(self.conn.rows(sql.format(", ".join("?" * len(chunk))), chunk))
        return out

    def _ids(self, numbers: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        values = sorted(numbers)
        if not self.conn.sqlite:
            # One index lookup per number. The rows this import's transaction just wrote have
            # no statistics yet: with `number IN (...)` PostgreSQL scans every order of the
            # platform, once per batch (quadratic in the file's size).
            for row in self.conn.rows(
                    "SELECT n.number, (SELECT o.id FROM orders o WHERE o.platform = ? AND "
                    "o.number = n.number) FROM unnest(?::text[]) AS n(number)",
                    (self.platform, values)):
                if row[1] is not None:
                    found[row[0]] = row[1]
            return found
        for start in range(0, len(values), _BATCH_SQL_LIMIT):
            chunk = values[start:start + _BATCH_SQL_LIMIT]
            found.update(self.conn.rows(
                f"SELECT number, id FROM main.orders WHERE platform = ? AND number IN "
                f"({', '.join('?' * len(chunk))})", [self.platform, *chunk]))
        return found

    def _stored_items(self, order_ids: list[int]) -> dict[int, dict[int, tuple[Any, ...]]]:
        stored: dict[int, dict[int, tuple[Any, ...]]] = {}
        for row in self._select(
                f"SELECT order_id, position, id, {', '.join(ITEM_FIELDS)} "
                "FROM main.order_items WHERE order_id IN ({})", order_ids):
            stored.setdefault(row[0], {})[row[1]] = row[2:]
        return stored

    def _account_ids(self, labels: set[str]) -> dict[str, int]:
        missing = labels - self._accounts.keys()
        if missing:
            self.conn.many(
                "INSERT OR IGNORE INTO main.accounts (label, platform, created_at) "
                "VALUES (?, ?, ?)", [(label, self.platform, self.now) for label in missing])
            self._accounts.update(self._select(
                "SELECT label, id FROM main.accounts WHERE label IN ({})", sorted(missing)))
        return {label: self._accounts[label] for label in labels}


def _markers(changes: dict[str, Any], row: Sequence[Any], stored_date_only: str | None
             ) -> dict[str, Any]:
    """The marker columns to write with the dates in `changes`: each date the row writes
    brings its own date-only mark and estimate source."""
    given = set((row[_F["date_only"]] or "").split())
    marks = set((stored_date_only or "").split())
    out: dict[str, Any] = {}
    for name in ("placed_at", "confirmed_at", "delivered_at"):
        if name in changes:
            marks = marks | {name} if name in given else marks - {name}
    date_only = " ".join(sorted(marks, key=ORDER_DATES.index)) or None
    if date_only != stored_date_only:
        out["date_only"] = date_only
    for name, marker in (("confirmed_at", "confirmed_estimate"),
                         ("delivered_at", "delivered_estimate")):
        if name in changes:
            out[marker] = row[_F[marker]]
    return out


def _merge_items(order_id: int, staged: list, stored: dict[int, tuple], updates: list,
                 inserts: list, start: int = 0) -> bool:
    """Items by position (from `start`): the export's values replace stored ones where it
    gives them; new positions are added; stored items the export does not list are kept."""
    changed = False
    for position, values in enumerate(staged, start=start):
        current = stored.get(position)
        if current is None:
            inserts.append(_new_item(order_id, position, values))
            changed = True
            continue
        item_id, *old = current
        new = [v if v is not None else o for v, o in zip(values, old, strict=True)]
        if new != old:
            updates.append((*new, item_id))
            changed = True
    return changed
