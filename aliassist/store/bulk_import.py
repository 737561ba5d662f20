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

Memory stays flat: one batch at a time, plus the order numbers the report lists.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aliassist.domain.records import DEFAULT_PLATFORM, ORDER_DATES

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
_ORDER_COLUMNS = ("platform", "number", "account_id", *EXPORT_FIELDS, *FILL_FIELDS, "amount",
                  "currency", "created_at", "updated_at", *MARKER_FIELDS)
_ITEM_INDEXES = tuple(_F[f] for f in ITEM_FIELDS)
_BATCH_SQL_LIMIT = 500  # numbers per IN (...) query


@dataclass
class ImportedOrder:
    """Rows of one order that came together in the file (the first row gives its facts)."""

    rows: list[tuple[Any, ...]]

    @property
    def first(self) -> tuple[Any, ...]:
        return self.rows[0]

    @property
    def number(self) -> str:
        return self.rows[0][_F["number"]]

    def item_rows(self) -> list[tuple[Any, ...]]:
        return [r for r in self.rows if r[_F["title"]] is not None or r[_F["url"]] is not None]

    def total(self) -> int | None:
        return self.first[_F["total"]]

    def item_sum(self) -> int | None:
        prices = [(r[_F["price"]], r[_F["quantity"]] or 1) for r in self.rows]
        if any(price is None for price, _ in prices):
            return None
        return sum(price * quantity for price, quantity in prices)


@dataclass
class WriteCounts:
    imported: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: rows refused while writing: (line, number, "date", "store" or "repeat", the order's
    #: value, the row's value)
    refused: list[tuple[int, str, str, Any, Any]] = field(default_factory=list)


def _item(row: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(row[i] for i in _ITEM_INDEXES)


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

    def _sql(self, sql: str) -> str:
        if self.sqlite:
            return sql
        sql = sql.replace("?", "%s").replace("main.", "")
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

    def copy(self, table: str, columns: Sequence[str], values: list[tuple[Any, ...]]) -> None:
        """Insert rows: with COPY on PostgreSQL (rows streamed to the server, one statement
        for the batch), executemany on SQLite."""
        if not values:
            return
        if self.sqlite:
            self.conn.executemany(
                f"INSERT INTO main.{table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' * len(columns))})", values)
            return
        with self.conn.cursor() as cursor, cursor.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)

    def new_order_ids(self, count: int) -> list[int] | None:
        """`count` ids for new orders taken from the id sequence (PostgreSQL: other writers
        take theirs at the same time), or None: SQLite gives the largest rowid + 1."""
        if self.sqlite:
            return None
        return [row[0] for row in self.rows(
            "SELECT nextval(pg_get_serial_sequence('orders', 'id')) "
            "FROM generate_series(1, ?)", (count,))]


class OrderWriter:
    """Writes batches of imported orders on the driver's own connection (DriverConnection),
    inside the caller's transaction."""

    def __init__(self, conn: Any, now: int, platform: str = DEFAULT_PLATFORM):
        self.conn = DriverConnection(conn)
        self.now = now
        self.platform = platform
        #: the orders this import created (by id): rows further down the file add to them
        self.created: set[int] = set()
        self.counts = WriteCounts()
        self._status: dict[str, list[str]] = {}  # number -> the report list it is in
        self._accounts: dict[str, int] = {}
        #: orders stored before: the date, the store, the item count this import gave them so
        #: far and those items' values
        self._seen_before: dict[str, tuple[int, Any, int, set[tuple[Any, ...]]]] = {}

    def write(self, batch: list[ImportedOrder]) -> None:
        if not batch:
            return
        # An order whose rows come apart in the file can be in a batch twice: its later rows
        # go in after the first ones are written.
        numbers: set[str] = set()
        first: list[ImportedOrder] = []
        later: list[ImportedOrder] = []
        for order in batch:
            (later if order.number in numbers else first).append(order)
            numbers.add(order.number)
        self._write(first)
        self.write(later)

    def _write(self, batch: list[ImportedOrder]) -> None:
        found = self._ids({o.number for o in batch})
        new = [o for o in batch if o.number not in found]
        before = [o for o in batch if o.number in found and found[o.number] not in self.created]
        again = [o for o in batch if o.number in found and found[o.number] in self.created]
        self._insert(new)
        self._update(before, found)
        self._add_rows(again, found)

    # -- new orders ------------------------------------------------------------------------

    def _insert(self, orders: list[ImportedOrder]) -> None:
        if not orders:
            return
        conn, now, f = self.conn, self.now, _F
        accounts = self._account_ids({o.first[f["account"]] for o in orders} - {None})
        ids: Sequence[int] | None = conn.new_order_ids(len(orders))
        first_id = conn.rows("SELECT COALESCE(MAX(id), 0) FROM main.orders")[0][0] + 1
        rows = []
        for order in orders:
            r = order.first
            total = order.total()
            rows.append((self.platform, r[f["number"]], accounts.get(r[f["account"]]),
                         *(r[f[name]] for name in EXPORT_FIELDS),
                         *(r[f[name]] for name in FILL_FIELDS),
                         total if total is not None else order.item_sum(), r[f["currency"]],
                         now, now, *(r[f[name]] for name in MARKER_FIELDS)))
        if ids is not None:  # PostgreSQL: ids taken from the sequence, rows by COPY
            conn.copy("orders", ("id", *_ORDER_COLUMNS),
                      [(order_id, *row) for order_id, row in zip(ids, rows, strict=True)])
        else:
            conn.many(f"INSERT INTO main.orders ({', '.join(_ORDER_COLUMNS)}) VALUES "
                      f"({', '.join('?' * len(_ORDER_COLUMNS))})", rows)
            # A rowid is the largest one + 1: the ids follow the order of the rows.
            last_id = conn.rows("SELECT MAX(id) FROM main.orders")[0][0]
            if last_id - first_id + 1 == len(orders):
                ids = range(first_id, last_id + 1)
            else:  # pragma: no cover - SQLite chose other rowids
                found = self._ids({o.number for o in orders})
                ids = [found[o.number] for o in orders]
        self.created.update(ids)
        items = [_new_item(order_id, position, _item(r))
                 for order_id, order in zip(ids, orders, strict=True)
                 for position, r in enumerate(order.item_rows())]
        self._insert_items(items)
        for order in orders:
            self.counts.imported.append(order.number)
            self._status[order.number] = self.counts.imported

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
                                               offset + len(staged_items), given)
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
        status = self._status.get(number)
        if status is None:
            target = self.counts.updated if changed else self.counts.unchanged
        elif changed and status is self.counts.unchanged:
            status.remove(number)
            target = self.counts.updated
        else:
            return
        target.append(number)
        self._status[number] = target

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
