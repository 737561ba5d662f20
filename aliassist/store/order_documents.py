"""Every order whole (its row, items, extensions, disputes, payments and evidence) as plain
rows, a batch of orders at a time: what `orders --json` and `export-data` read.

One query per table per batch and no ORM object per row, so 100,000 orders stream in seconds
with flat memory. Orders come oldest first (order date, then id), as `repository.iter_orders`
gives them; each list in an order's position order. Instants are seconds since 1970 (as
stored), money integer minor units.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: orders a listing reads at a time (as store.repository reads them: no SQLAlchemy here)
BATCH = 2000
#: the columns of `OrderBatch.orders`, in order
ORDER_COLUMNS = ("id", "number", "platform", "account", "store", "store_url", "placed_at",
                 "shipped_at", "protection_days", "protection_ends_at", "confirmed_at",
                 "delivered_at", "delivery_status", "tracking_number", "carrier",
                 "tracking_status", "tracking_updated_at", "tracking_url", "status_text",
                 "amount", "currency", "note", "date_only", "confirmed_estimate",
                 "delivered_estimate", "assignee", "version")
#: the order's instants among ORDER_COLUMNS (seconds since 1970, as stored)
ORDER_INSTANTS = ("placed_at", "shipped_at", "protection_ends_at", "confirmed_at",
                  "delivered_at", "tracking_updated_at")
#: the columns of each list's rows (after the order id, which the batch groups them by)
ITEM_COLUMNS = ("id", "title", "url", "sku", "quantity", "price", "image_url")
EXTENSION_COLUMNS = ("days", "granted_at")
DISPUTE_COLUMNS = ("id", "item_id", "reason", "status", "platform_id", "opened_at",
                   "seller_responded_at", "escalated_at", "return_requested_at",
                   "return_shipped_at", "closed_at", "return_tracking", "remedy",
                   "refund_amount", "description")
#: a dispute's instants among DISPUTE_COLUMNS
DISPUTE_INSTANTS = ("opened_at", "seller_responded_at", "escalated_at", "return_requested_at",
                    "return_shipped_at", "closed_at")
PAYMENT_COLUMNS = ("kind", "provider", "amount", "at")
EVIDENCE_COLUMNS = ("kind", "checklist", "dispute_id", "note", "name", "sha256", "size",
                    "mime", "taken_at", "added_at")

Row = tuple[Any, ...]


@dataclass(frozen=True)
class OrderBatch:
    """Some orders, oldest first, and the rows of their lists by order id (an order without
    any row of a list is absent from its dict)."""

    #: ORDER_COLUMNS
    orders: list[Row]
    #: ITEM_COLUMNS, by position
    items: dict[int, list[Row]]
    #: EXTENSION_COLUMNS, by position
    extensions: dict[int, list[Row]]
    #: DISPUTE_COLUMNS, by position
    disputes: dict[int, list[Row]]
    #: PAYMENT_COLUMNS, by position
    payments: dict[int, list[Row]]
    #: EVIDENCE_COLUMNS (size and mime of the stored file), by position
    evidence: dict[int, list[Row]]


_ORDERS = """
SELECT o.id, o.number, o.platform, a.label, o.store, o.store_url, o.placed_at, o.shipped_at,
       o.protection_days, o.protection_ends_at, o.confirmed_at, o.delivered_at,
       o.delivery_status, o.tracking_number, o.carrier, o.tracking_status,
       o.tracking_updated_at, o.tracking_url, o.status_text, o.amount, o.currency, o.note,
       o.date_only, o.confirmed_estimate, o.delivered_estimate, o.assignee, o.version
FROM orders o LEFT JOIN accounts a ON a.id = o.account_id
WHERE {where}
ORDER BY o.placed_at, o.id"""

#: (table, its columns after order_id) of each list, in OrderBatch's field order
_LISTS = (
    ("order_items", "id, title, url, sku, quantity, price, image_url"),
    ("extensions", "days, granted_at"),
    ("disputes", "id, item_id, reason, status, platform_id, opened_at, seller_responded_at, "
                 "escalated_at, return_requested_at, return_shipped_at, closed_at, "
                 "return_tracking, remedy, refund_amount, description"),
    ("payments", "kind, provider, amount, at"),
)
_EVIDENCE = """
SELECT e.order_id, e.kind, e.checklist, e.dispute_id, e.note, e.name, e.sha256, f.size, f.mime,
       e.taken_at, e.added_at
FROM evidence e LEFT JOIN evidence_files f ON f.sha256 = e.sha256
WHERE e.order_id {ids}
ORDER BY e.order_id, e.position, e.id"""


def _grouped(rows: list[Row]) -> dict[int, list[Row]]:
    """(order_id, ...) rows -> {order_id: [(...), ...]}, keeping their order."""
    out: dict[int, list[Row]] = {}
    for row in rows:
        found = out.get(row[0])
        if found is None:
            out[row[0]] = [row[1:]]
        else:
            found.append(row[1:])
    return out


def _json_list(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


#: where an order stands in the listing's order (placed_at, id): a key splits the orders in two
Key = tuple[int, int]


@dataclass(frozen=True)
class Snapshot:
    """A read transaction on the driver's own connection (sqlite3, or psycopg when
    `postgres`): what the listing reads through, from a session or from a plain connection
    (services/plain_context.py)."""

    dbapi: Any
    postgres: bool = False

    @property
    def mark(self) -> str:
        """The driver's parameter mark."""
        return "%s" if self.postgres else "?"


def snapshot_of(session: Session) -> Snapshot:
    """The driver connection under the session's transaction (what the session changed is
    flushed first, as the ORM's own queries do, so a read sees it)."""
    session.flush()
    conn = session.connection()
    return Snapshot(conn.connection.dbapi_connection, conn.dialect.name == "postgresql")


def as_snapshot(source: Session | Snapshot) -> Snapshot:
    """The snapshot a read goes through: `source` itself, or the session's."""
    return source if isinstance(source, Snapshot) else snapshot_of(source)


def order_batches(source: Session | Snapshot, batch: int, *, assignee: str | None = None,
                  after: Key | None = None, upto: Key | None = None,
                  ids: Sequence[int] | None = None) -> Iterator[OrderBatch]:
    """Every order (with `assignee`, only the orders assigned to that name; with `after` /
    `upto`, only those past / up to that key; with `ids`, only those), `batch` at a time.
    Read inside the caller's transaction, so the batches are one snapshot.

    The orders are one query read as it goes (a server-side cursor on PostgreSQL, unless
    `ids` names the few to read), the lists one query per table per batch (on SQLite the
    batch's ids are a JSON list its json_each reads); rows are the driver's own tuples."""
    snapshot = as_snapshot(source)
    return _batches(snapshot.dbapi, snapshot.postgres, batch, assignee, after, upto, ids)


def middle_key(source: Session | Snapshot, *, assignee: str | None = None, least: int = 2,
               first_share: float = 0.5) -> Key | None:
    """The key of the order that ends the first part of the listing, `first_share` of its
    orders (half by default), or None when fewer than `least` orders are listed."""
    snapshot = as_snapshot(source)
    mark = snapshot.mark
    where, params = ("", ()) if assignee is None else (f"WHERE assignee = {mark}", (assignee,))
    cursor = snapshot.dbapi.cursor()
    try:
        cursor.execute(f"SELECT COUNT(*) FROM orders {where}", params)
        count = cursor.fetchone()[0]
        if count < max(least, 2):
            return None
        cursor.execute(f"SELECT placed_at, id FROM orders {where} ORDER BY placed_at, id "
                       f"LIMIT 1 OFFSET {min(max(int(count * first_share) - 1, 0), count - 2)}",
                       params)
        row = cursor.fetchone()
    finally:
        cursor.close()
    return int(row[0]), int(row[1])


def last_key(batch: OrderBatch) -> Key:
    """The key of the last order of `batch` (a listing goes on after it)."""
    row = batch.orders[-1]
    return int(row[_PLACED_AT]), int(row[0])


_PLACED_AT = ORDER_COLUMNS.index("placed_at")


def stamp(source: Session | Snapshot) -> tuple[int, ...]:
    """What tells two reads of a SQLite file apart (store.snapshot_stamp): equal stamps, the
    same orders."""
    from aliassist.store.snapshot_stamp import driver_stamp

    return driver_stamp(as_snapshot(source).dbapi)


@contextmanager
def file_order_batches(path: Path, batch: int, *, assignee: str | None = None,
                       after: Key | None = None, upto: Key | None = None
                       ) -> Iterator[tuple[tuple[int, ...], Iterator[OrderBatch]]]:
    """`order_batches` of the SQLite file at `path` on a connection of its own (read only, in
    one read transaction), with the stamp of what it reads; for a process that has no
    connection of the store (a forked one)."""
    from aliassist.store.snapshot_stamp import driver_stamp

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("BEGIN")  # the snapshot starts at the first read, the stamp's
        yield driver_stamp(conn), _batches(conn, False, batch, assignee, after, upto)
    finally:
        conn.close()


def _batches(dbapi: Any, postgres: bool, batch: int, assignee: str | None, after: Key | None,
             upto: Key | None, ids: Sequence[int] | None = None) -> Iterator[OrderBatch]:
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    mark = "%s" if postgres else "?"
    conditions: list[str] = ["1 = 1"]
    params: list[Any] = []
    if assignee is not None:
        conditions.append(f"o.assignee = {mark}")
        params.append(assignee)
    if after is not None:
        conditions.append(f"(o.placed_at, o.id) > ({mark}, {mark})")
        params.extend(after)
    if upto is not None:
        conditions.append(f"(o.placed_at, o.id) <= ({mark}, {mark})")
        params.extend(upto)
    # The batch's ids go in as one parameter, so each list's statement is the same text every
    # batch (prepared once: a statement per batch would fill SQLite's statement cache)
    ids_of: Callable[[list[int]], Any]
    if postgres:
        ids_in, ids_of = f"= ANY({mark})", list
    else:
        ids_in, ids_of = f"IN (SELECT value FROM json_each({mark}))", _json_list
    if ids is not None:
        conditions.append(f"o.id {ids_in}")
        params.append(ids_of([int(i) for i in ids]))
    sql = _ORDERS.format(where=" AND ".join(conditions))
    server_side = postgres and ids is None
    orders = dbapi.cursor(name="aliassist_order_documents") if server_side else dbapi.cursor()
    lists = dbapi.cursor()
    statements = [f"SELECT order_id, {columns} FROM {table} WHERE order_id {ids_in} "
                  "ORDER BY order_id, position, id" for table, columns in _LISTS]
    statements.append(_EVIDENCE.format(ids=ids_in))
    try:
        # a table without a row (no order has extensions, say) is not asked again per batch (a
        # read of the orders named is one batch: each table is asked once anyway)
        held = []
        for table in (*(table for table, _ in _LISTS), "evidence"):
            if ids is not None:
                held.append(True)
                continue
            lists.execute(f"SELECT EXISTS (SELECT 1 FROM {table})")
            held.append(bool(lists.fetchone()[0]))
        orders.execute(sql, tuple(params))
        while rows := orders.fetchmany(batch):
            batch_ids = (ids_of([row[0] for row in rows]),)
            found: list[dict[int, list[Row]]] = []
            for statement, any_rows in zip(statements, held, strict=True):
                if not any_rows:
                    found.append({})
                    continue
                lists.execute(statement, batch_ids)
                found.append(_grouped(lists.fetchall()))
            items, extensions, disputes, payments, evidence = found
            yield OrderBatch(rows, items, extensions, disputes, payments, evidence)
    finally:
        lists.close()
        orders.close()
