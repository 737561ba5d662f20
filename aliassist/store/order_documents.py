"""Every order whole (its row, items, extensions, disputes, payments and evidence) as plain
rows, a batch of orders at a time: what `orders --json` and `export-data` read.

One query per table per batch and no ORM object per row, so 100,000 orders stream in seconds
with flat memory. Orders come oldest first (order date, then id), as `repository.iter_orders`
gives them; each list in an order's position order. Instants are seconds since 1970 (as
stored), money integer minor units.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

#: the columns of `OrderBatch.orders`, in order
ORDER_COLUMNS = ("id", "number", "platform", "account", "store", "store_url", "placed_at",
                 "shipped_at", "protection_days", "protection_ends_at", "confirmed_at",
                 "delivered_at", "delivery_status", "tracking_number", "carrier",
                 "tracking_status", "tracking_updated_at", "tracking_url", "status_text",
                 "amount", "currency", "note", "date_only", "confirmed_estimate",
                 "delivered_estimate", "assignee", "version")
#: the columns of each list's rows (after the order id, which the batch groups them by)
ITEM_COLUMNS = ("id", "title", "url", "sku", "quantity", "price", "image_url")
EXTENSION_COLUMNS = ("days", "granted_at")
DISPUTE_COLUMNS = ("id", "item_id", "reason", "status", "platform_id", "opened_at",
                   "seller_responded_at", "escalated_at", "return_requested_at",
                   "return_shipped_at", "closed_at", "return_tracking", "remedy",
                   "refund_amount", "description")
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


def order_batches(session: Session, batch: int, *, assignee: str | None = None
                  ) -> Iterator[OrderBatch]:
    """Every order (with `assignee`, only the orders assigned to that name), `batch` at a time.
    Read inside the caller's transaction, so the batches are one snapshot.

    The orders are one query read as it goes (a server-side cursor on PostgreSQL), the lists
    one query per table per batch (on SQLite the batch's ids are a JSON list its json_each
    reads); rows are the driver's own tuples."""
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    conn = session.connection()
    dbapi: Any = conn.connection.dbapi_connection
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    params: tuple[str, ...] = ()
    if assignee is None:
        sql = _ORDERS.format(where="1 = 1")
    else:
        sql, params = _ORDERS.format(where=f"o.assignee = {mark}"), (assignee,)
    orders = (dbapi.cursor(name="aliassist_order_documents")
              if conn.dialect.name == "postgresql" else dbapi.cursor())
    lists = dbapi.cursor()
    # The batch's ids go in as one parameter, so each list's statement is the same text every
    # batch (prepared once: a statement per batch would fill SQLite's statement cache)
    ids_of: Callable[[list[int]], Any]
    if conn.dialect.name == "postgresql":
        ids_in, ids_of = f"= ANY({mark})", list
    else:
        ids_in, ids_of = f"IN (SELECT value FROM json_each({mark}))", _json_list
    statements = [f"SELECT order_id, {columns} FROM {table} WHERE order_id {ids_in} "
                  "ORDER BY order_id, position, id" for table, columns in _LISTS]
    statements.append(_EVIDENCE.format(ids=ids_in))
    try:
        # a table without a row (no order has extensions, say) is not asked again per batch
        held = []
        for table in (*(table for table, _ in _LISTS), "evidence"):
            lists.execute(f"SELECT EXISTS (SELECT 1 FROM {table})")
            held.append(bool(lists.fetchone()[0]))
        orders.execute(sql, params)
        while rows := orders.fetchmany(batch):
            ids = (ids_of([row[0] for row in rows]),)
            found: list[dict[int, list[Row]]] = []
            for statement, any_rows in zip(statements, held, strict=True):
                if not any_rows:
                    found.append({})
                    continue
                lists.execute(statement, ids)
                found.append(_grouped(lists.fetchall()))
            items, extensions, disputes, payments, evidence = found
            yield OrderBatch(rows, items, extensions, disputes, payments, evidence)
    finally:
        lists.close()
        orders.close()
