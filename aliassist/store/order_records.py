"""Orders as domain records (aliassist.domain.records.Order), read through the driver's own
connection: the one reading of an order whole, for the ORM's session (store.repository) and
for a plain connection (services/plain_context.py: a packet of a SQLite file, without
SQLAlchemy) alike. The rows are store.order_documents'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aliassist.domain import records as rec
from aliassist.domain.instants import from_epoch_or_none
from aliassist.errors import NotFoundError
from aliassist.store.order_documents import (
    DISPUTE_COLUMNS,
    DISPUTE_INSTANTS,
    ORDER_COLUMNS,
    ORDER_INSTANTS,
    OrderBatch,
    Row,
    Snapshot,
    as_snapshot,
    order_batches,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: orders read at a time when many are named
_BATCH = 500


def order_id_of(source: Session | Snapshot, number: str,
                platform: str = rec.DEFAULT_PLATFORM) -> int | None:
    """The id of the order `number` of `platform`, or None."""
    snapshot = as_snapshot(source)
    mark = snapshot.mark
    cursor = snapshot.dbapi.cursor()
    try:
        cursor.execute(f"SELECT id FROM orders WHERE platform = {mark} AND number = {mark}",
                       (platform, number))
        row = cursor.fetchone()
    finally:
        cursor.close()
    return None if row is None else int(row[0])


def require_order_id(source: Session | Snapshot, number: str,
                     platform: str = rec.DEFAULT_PLATFORM) -> int:
    order_id = order_id_of(source, number, platform)
    if order_id is None:
        raise NotFoundError(f"no order {number!r} in this database",
                            hint="`aliassist orders` lists the stored orders")
    return order_id


def read_order(source: Session | Snapshot, order_id: int) -> rec.Order:
    """The order `order_id` whole; NotFoundError when there is none."""
    found = read_orders(source, [order_id])
    if not found:
        raise NotFoundError(f"no order with id {order_id}")
    return found[0]


def read_orders(source: Session | Snapshot, order_ids: Sequence[int] | None = None
                ) -> list[rec.Order]:
    """The orders `order_ids` (those that exist; None: every order) whole, oldest first (order
    date, then id)."""
    if order_ids is None:
        return [o for batch in order_batches(source, _BATCH) for o in records(batch)]
    keyed: list[tuple[tuple[int, int], rec.Order]] = []
    ids = list(dict.fromkeys(order_ids))
    for start in range(0, len(ids), _BATCH):
        for batch in order_batches(source, _BATCH, ids=ids[start:start + _BATCH]):
            keyed.extend(((row[_PLACED_AT], row[0]), _record(row, batch))
                         for row in batch.orders)
    keyed.sort(key=lambda pair: pair[0])
    return [order for _, order in keyed]


def records(batch: OrderBatch) -> list[rec.Order]:
    """The batch's orders as records, in the batch's order."""
    return [_record(row, batch) for row in batch.orders]


def _fields(row: Row, spec: tuple[tuple[str, int, bool], ...]) -> dict[str, Any]:
    """A record's fields from a row: (name, the row's index, an instant) each."""
    return {name: from_epoch_or_none(row[i]) if at else row[i] for name, i, at in spec}


#: the record's fields among ORDER_COLUMNS (the rest: id, version, account, date_only)
_SCALARS = tuple((n, i, n in ORDER_INSTANTS) for i, n in enumerate(ORDER_COLUMNS)
                 if n not in ("id", "version", "account", "date_only"))
_ACCOUNT = ORDER_COLUMNS.index("account")
_PLACED_AT = ORDER_COLUMNS.index("placed_at")
_DATE_ONLY = ORDER_COLUMNS.index("date_only")
#: the Dispute fields among DISPUTE_COLUMNS after id and item_id: (name, index, an instant)
_DISPUTE_SCALARS = tuple((n, i, n in DISPUTE_INSTANTS) for i, n in enumerate(DISPUTE_COLUMNS)
                         if n not in ("id", "item_id"))


def _record(row: Row, batch: OrderBatch) -> rec.Order:
    order_id = row[0]
    items = batch.items.get(order_id, ())
    disputes = batch.disputes.get(order_id, ())
    item_index = {item[0]: n for n, item in enumerate(items)}
    dispute_index = {d[0]: n for n, d in enumerate(disputes)}
    return rec.Order(
        **_fields(row, _SCALARS),
        account=row[_ACCOUNT],
        date_only=frozenset((row[_DATE_ONLY] or "").split()),
        extensions=tuple(rec.Extension(days, from_epoch_or_none(granted))
                         for days, granted in batch.extensions.get(order_id, ())),
        items=tuple(rec.Item(title, url, sku, quantity, price, image)
                    for _, title, url, sku, quantity, price, image in items),
        disputes=tuple(
            rec.Dispute(item=item_index.get(d[1]),
                        **_fields(d, _DISPUTE_SCALARS))
            for d in disputes),
        payments=tuple(rec.Payment(kind, amount, from_epoch_or_none(at), provider)
                       for kind, provider, amount, at in batch.payments.get(order_id, ())),
        evidence=tuple(
            rec.Evidence(kind=kind, sha256=sha256, name=name, size=size, mime=mime,
                         checklist=checklist, dispute=dispute_index.get(dispute_id), note=note,
                         taken_at=from_epoch_or_none(taken), added_at=from_epoch_or_none(added))
            for kind, checklist, dispute_id, note, name, sha256, size, mime, taken, added
            in batch.evidence.get(order_id, ())),
    )
