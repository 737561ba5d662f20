"""The bulk path for imported rows: a reseller's 100,000-row export goes in as set operations,
never as one ORM object per row.

Rows are staged in a TEMP table (on disk if it grows: memory stays flat however big the file),
checked as a set (repeated rows, one order number with two dates, numbers a spreadsheet cut),
then merged in the caller's transaction:

- orders the database does not have are inserted with INSERT ... SELECT, their items too;
- orders it has are updated field by field where the export says something newer: status,
  tracking, dates, store, amounts; what the buyer added (notes, disputes, evidence, extensions,
  payments, protection dates, account, carrier, a confirmation date) is never overwritten, and
  items are updated by position and never deleted.

SQLite only (TEMP tables, window functions, the bare-column rule of MIN()).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aliassist.domain.records import DEFAULT_PLATFORM

#: The staged row, column by column (importers.rows.ImportRow has the same fields).
STAGED_FIELDS = (
    "line", "number", "placed_at", "store", "store_url", "status_text", "delivery_status",
    "confirmed_at", "tracking_number", "tracking_status", "tracking_updated_at", "tracking_url",
    "delivered_at", "total", "currency", "account", "carrier", "title", "url", "sku",
    "quantity", "price", "image_url", "row_key", "zero_tail")
#: Order fields an export owns: a newer export replaces them (when it gives a value).
EXPORT_FIELDS = ("placed_at", "store", "store_url", "status_text", "delivery_status",
                 "tracking_number", "tracking_status", "tracking_updated_at", "tracking_url")
#: Order fields an export only fills in when the database has nothing.
FILL_FIELDS = ("confirmed_at", "delivered_at", "carrier")
ITEM_FIELDS = ("title", "url", "sku", "quantity", "price", "image_url")
_CHUNK = 2000


@dataclass
class MergeCounts:
    imported: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


class ImportStaging:
    """The staged rows of one import, on one sqlite3 connection inside the caller's
    transaction. Use as a context manager: the TEMP tables are dropped on exit."""

    def __init__(self, conn: sqlite3.Connection, platform: str = DEFAULT_PLATFORM):
        self.conn = conn
        self.platform = platform
        self.staged = 0

    def __enter__(self) -> ImportStaging:
        self._drop()
        # Staged rows and the indexes being filled stay in memory up to 64 MiB each, and go
        # to temporary files beyond: a big file costs disk, not memory.
        self._cache = [self.conn.execute(f"PRAGMA {db}.cache_size").fetchone()[0]
                       for db in ("main", "temp")]
        self.conn.execute("PRAGMA main.cache_size = -65536")
        self.conn.execute("PRAGMA temp.cache_size = -65536")
        columns = ", ".join(STAGED_FIELDS)
        self.conn.execute(f"CREATE TEMP TABLE import_rows ({columns})")
        self._insert = (f"INSERT INTO temp.import_rows ({columns}) VALUES "
                        f"({', '.join('?' * len(STAGED_FIELDS))})")
        return self

    def __exit__(self, *exc: object) -> None:
        self._drop()
        for db, size in zip(("main", "temp"), self._cache, strict=True):
            self.conn.execute(f"PRAGMA {db}.cache_size = {int(size)}")

    def _drop(self) -> None:
        for table in ("import_rows", "import_orders", "import_items"):
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(self._insert, rows)
        self.staged += len(rows)

    # -- checks over the whole file --------------------------------------------------------

    def refuse_zero_tails(self) -> list[tuple[int, str]]:
        """Take out the rows whose numbers end in zeros past the 15th digit (for a file whose
        numbers a spreadsheet cut); return (line, number)."""
        found = self.conn.execute(
            "SELECT line, number FROM temp.import_rows WHERE zero_tail ORDER BY line").fetchall()
        self.conn.execute("DELETE FROM temp.import_rows WHERE zero_tail")
        return [(line, number) for line, number in found]

    def refuse_repeats(self) -> list[tuple[int, int]]:
        """Take out rows identical to an earlier row; return (line, line it repeats)."""
        found = self.conn.execute(
            """SELECT rowid, line, first FROM (
                   SELECT rowid, line, MIN(line) OVER (PARTITION BY number, row_key) AS first
                   FROM temp.import_rows)
               WHERE line != first ORDER BY line""").fetchall()
        self._delete(found)
        return [(line, first) for _, line, first in found]

    def refuse_conflicts(self) -> list[tuple[int, int, str, int, int]]:
        """Take out rows that give an order another date than its first row; return
        (line, first line, number, first date, this date)."""
        found = self.conn.execute(
            """SELECT rowid, line, first, number, first_date, placed_at FROM (
                   SELECT rowid, line, number, placed_at,
                          FIRST_VALUE(line) OVER w AS first,
                          FIRST_VALUE(placed_at) OVER w AS first_date
                   FROM temp.import_rows WINDOW w AS (PARTITION BY number ORDER BY line))
               WHERE placed_at != first_date ORDER BY line""").fetchall()
        self._delete(found)
        return [row[1:] for row in found]

    def _delete(self, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany("DELETE FROM temp.import_rows WHERE rowid = ?",
                              ((row[0],) for row in rows))

    # -- merge -----------------------------------------------------------------------------

    def merge(self, now: int) -> MergeCounts:
        """Insert the new orders and update the known ones. Returns their numbers."""
        conn = self.conn
        # One row per order: the facts of its first row (SQLite takes bare columns from the
        # row that gives MIN(line)); its total, else the sum of its items.
        conn.execute(
            """CREATE TEMP TABLE import_orders AS
               SELECT MIN(line) AS line, number, placed_at, store, store_url, status_text,
                      delivery_status, confirmed_at, tracking_number, tracking_status,
                      tracking_updated_at, tracking_url, delivered_at, account, carrier,
                      currency, total,
                      CASE WHEN COUNT(price) = COUNT(*)
                           THEN SUM(price * COALESCE(quantity, 1)) END AS item_sum,
                      CAST(NULL AS INTEGER) AS order_id
               FROM temp.import_rows GROUP BY number""")
        conn.execute("CREATE INDEX temp.ix_import_orders_number ON import_orders (number)")
        conn.execute(
            """CREATE TEMP TABLE import_items AS
               SELECT number, ROW_NUMBER() OVER (PARTITION BY number ORDER BY line) - 1
                          AS position, title, url, sku, quantity, price, image_url
               FROM temp.import_rows WHERE title IS NOT NULL OR url IS NOT NULL""")
        conn.execute("CREATE INDEX temp.ix_import_items_number ON import_items (number)")
        conn.execute(
            """UPDATE temp.import_orders SET order_id = (
                   SELECT o.id FROM main.orders o
                   WHERE o.platform = ? AND o.number = import_orders.number)""",
            (self.platform,))
        conn.execute(
            """INSERT OR IGNORE INTO main.accounts (label, platform, created_at)
               SELECT DISTINCT account, ?, ? FROM temp.import_orders
               WHERE account IS NOT NULL""", (self.platform, now))
        counts = MergeCounts()
        counts.imported = [r[0] for r in conn.execute(
            "SELECT number FROM temp.import_orders WHERE order_id IS NULL ORDER BY line")]
        self._insert_new(now)
        self._update_known(now, counts)
        return counts

    def _insert_new(self, now: int) -> None:
        conn = self.conn
        conn.execute(
            """INSERT INTO main.orders (platform, number, account_id, store, store_url,
                   placed_at, confirmed_at, delivered_at, delivery_status, tracking_number,
                   carrier, tracking_status, tracking_updated_at, tracking_url, status_text,
                   amount, currency, created_at, updated_at)
               SELECT ?, s.number, a.id, s.store, s.store_url, s.placed_at, s.confirmed_at,
                      s.delivered_at, s.delivery_status, s.tracking_number, s.carrier,
                      s.tracking_status, s.tracking_updated_at, s.tracking_url, s.status_text,
                      COALESCE(s.total, s.item_sum), s.currency, ?, ?
               FROM temp.import_orders s LEFT JOIN main.accounts a ON a.label = s.account
               WHERE s.order_id IS NULL ORDER BY s.line""", (self.platform, now, now))
        conn.execute(
            """INSERT INTO main.order_items (order_id, position, title, url, sku, quantity,
                   price, image_url)
               SELECT o.id, i.position, COALESCE(i.title, ''), i.url, i.sku,
                      COALESCE(i.quantity, 1),
                      i.price, i.image_url
               FROM temp.import_items i
               JOIN temp.import_orders s ON s.number = i.number AND s.order_id IS NULL
               JOIN main.orders o ON o.platform = ? AND o.number = i.number""",
            (self.platform,))

    def _update_known(self, now: int, counts: MergeCounts) -> None:
        conn = self.conn
        staged_cols = ", ".join(f"s.{f}" for f in (*EXPORT_FIELDS, *FILL_FIELDS))
        stored_cols = ", ".join(f"o.{f}" for f in (*EXPORT_FIELDS, *FILL_FIELDS))
        last = -1
        while True:
            chunk = conn.execute(
                f"""SELECT s.rowid, s.order_id, s.number, s.account, s.total, s.item_sum,
                           s.currency,
                           {staged_cols}, o.account_id, o.amount, o.currency, {stored_cols}
                    FROM temp.import_orders s JOIN main.orders o ON o.id = s.order_id
                    WHERE s.rowid > ? ORDER BY s.rowid LIMIT ?""", (last, _CHUNK)).fetchall()
            if not chunk:
                return
            last = chunk[-1][0]
            ids = [row[1] for row in chunk]
            staged_items, stored_items = self._items_of(ids)
            order_updates: list[tuple[Any, ...]] = []
            item_updates: list[tuple[Any, ...]] = []
            item_inserts: list[tuple[Any, ...]] = []
            accounts = self._account_ids({row[3] for row in chunk if row[3]})
            n = len(EXPORT_FIELDS) + len(FILL_FIELDS)
            for row in chunk:
                _, order_id, number, account, total, item_sum, currency = row[:7]
                staged = dict(zip((*EXPORT_FIELDS, *FILL_FIELDS), row[7:7 + n], strict=True))
                account_id, stored_amount, stored_currency = row[7 + n:10 + n]
                stored = dict(zip((*EXPORT_FIELDS, *FILL_FIELDS), row[10 + n:], strict=True))
                changes = {name: staged[name] for name in EXPORT_FIELDS
                           if staged[name] is not None and staged[name] != stored[name]}
                changes.update({name: staged[name] for name in FILL_FIELDS
                                if stored[name] is None and staged[name] is not None})
                # An order total from the export replaces the stored one; a sum of the rows'
                # prices only fills in a missing one (the file may list some items only).
                amount = total if total is not None else (
                    item_sum if stored_amount is None else None)
                if amount is not None and (amount, currency) != (stored_amount,
                                                                  stored_currency):
                    changes.update(amount=amount, currency=currency)
                if account_id is None and account:
                    changes["account_id"] = accounts[account]
                items_changed = _merge_items(order_id, staged_items.get(number, []),
                                             stored_items.get(order_id, {}), item_updates,
                                             item_inserts)
                if changes:
                    changes["updated_at"] = now
                    order_updates.append((order_id, changes))
                elif items_changed:
                    order_updates.append((order_id, {"updated_at": now}))
                (counts.updated if changes or items_changed else counts.unchanged).append(
                    number)
            for order_id, changes in order_updates:
                names = list(changes)
                conn.execute(
                    f"UPDATE main.orders SET {', '.join(f'{c} = ?' for c in names)} "
                    "WHERE id = ?", [*changes.values(), order_id])
            conn.executemany(
                f"UPDATE main.order_items SET {', '.join(f'{c} = ?' for c in ITEM_FIELDS)} "
                "WHERE id = ?", item_updates)
            conn.executemany(
                f"INSERT INTO main.order_items (order_id, position, {', '.join(ITEM_FIELDS)}) "
                f"VALUES (?, ?, {', '.join('?' * len(ITEM_FIELDS))})", item_inserts)

    def _items_of(self, order_ids: list[int]) -> tuple[dict[str, list], dict[int, dict]]:
        marks = ", ".join("?" * len(order_ids))
        staged: dict[str, list] = {}
        for row in self.conn.execute(
                f"""SELECT i.number, i.position, {', '.join(f'i.{f}' for f in ITEM_FIELDS)}
                    FROM temp.import_items i JOIN temp.import_orders s ON s.number = i.number
                    WHERE s.order_id IN ({marks}) ORDER BY i.number, i.position""", order_ids):
            staged.setdefault(row[0], []).append(row[2:])
        stored: dict[int, dict] = {}
        for row in self.conn.execute(
                f"""SELECT order_id, position, id, {', '.join(ITEM_FIELDS)}
                    FROM main.order_items WHERE order_id IN ({marks})""", order_ids):
            stored.setdefault(row[0], {})[row[1]] = row[2:]
        return staged, stored

    def _account_ids(self, labels: set[str]) -> dict[str, int]:
        if not labels:
            return {}
        marks = ", ".join("?" * len(labels))
        return dict(self.conn.execute(
            f"SELECT label, id FROM main.accounts WHERE label IN ({marks})", list(labels)))


def _merge_items(order_id: int, staged: list, stored: dict[int, tuple], updates: list,
                 inserts: list) -> bool:
    """Items by position: the export's values replace stored ones where it gives them; new
    positions are added; stored items the export does not list are kept."""
    changed = False
    for position, values in enumerate(staged):
        current = stored.get(position)
        if current is None:
            title, url, sku, quantity, price, image_url = values
            inserts.append((order_id, position, title or "", url, sku, quantity or 1, price,
                            image_url))
            changed = True
            continue
        item_id, *old = current
        new = [v if v is not None else o for v, o in zip(values, old, strict=True)]
        if new != old:
            updates.append((*new, item_id))
            changed = True
    return changed
