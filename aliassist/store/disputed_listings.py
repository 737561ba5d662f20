"""Listings disputed from other accounts: the platform links accounts on any dispute, so the
pre-check warns before a dispute about the same listing or store from a second account.

Read through the driver's own connection (a session's, or a plain one: no SQLAlchemy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aliassist.domain.precheck import DisputedListing
from aliassist.store.order_documents import Snapshot, as_snapshot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_DISPUTED = """
SELECT o.id, o.number, a.label, o.store, i.title, i.url, d.item_id
FROM disputes d
JOIN orders o ON d.order_id = o.id
JOIN accounts a ON o.account_id = a.id
LEFT JOIN order_items i ON d.item_id = i.id
WHERE o.id != {mark} AND o.account_id != {mark}
ORDER BY d.id"""


def disputed_listings(source: Session | Snapshot, order_id: int) -> list[DisputedListing]:
    """The disputed items of orders of other accounts than `order_id`'s (every dispute status:
    the platform links accounts on any dispute). A dispute about a whole order counts for each
    of its items."""
    snapshot = as_snapshot(source)
    mark = snapshot.mark
    cursor = snapshot.dbapi.cursor()
    try:
        cursor.execute(f"SELECT account_id FROM orders WHERE id = {mark}", (order_id,))
        found = cursor.fetchone()
        account_id = None if found is None else found[0]
        if account_id is None:
            return []
        cursor.execute(_DISPUTED.format(mark=mark), (order_id, account_id))
        rows = cursor.fetchall()
        out = []
        whole: dict[int, tuple[str, str, str | None]] = {}
        for oid, number, label, store, title, url, item_id in rows:
            if item_id is None:
                whole[oid] = (number, label, store)
            else:
                out.append(DisputedListing(label, number, store, title, url))
        if whole:
            ids = list(whole)
            cursor.execute(f"SELECT order_id, title, url FROM order_items WHERE order_id IN "
                           f"({', '.join([mark] * len(ids))}) ORDER BY order_id, position, id",
                           ids)
            for oid, title, url in cursor.fetchall():
                number, label, store = whole[oid]
                out.append(DisputedListing(label, number, store, title, url))
    finally:
        cursor.close()
    return out
