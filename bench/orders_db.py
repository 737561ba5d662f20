"""A database of 100,000 made-up orders in every state, written with raw inserts (fast to make;
the import's own speed is P2's business)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
#: orders made and written at a time
CHUNK = 100_000


def build_orders_db(path: Path, count: int = 100_000) -> Path:
    from aliassist.domain.instants import to_epoch
    from aliassist.services.sample import sample_orders
    from aliassist.store.opening import open_store

    open_store(path).close()  # the schema, at head

    def e(value: datetime | None) -> int | None:
        return None if value is None else to_epoch(value)

    conn = sqlite3.connect(path)
    accounts: dict[str, int] = {}
    # In batches of CHUNK orders (each its own seed: the first batch is the 100k database), so
    # a million orders never sit in memory as objects at once.
    for first in range(0, count, CHUNK):
        orders = sample_orders(NOW, min(CHUNK, count - first), seed=1 + first // CHUNK)
        new = sorted({o.account for o in orders if o.account} - accounts.keys())
        added = {label: len(accounts) + n for n, label in enumerate(new, start=1)}
        accounts.update(added)
        conn.executemany("INSERT INTO accounts (id, label, platform) VALUES (?, ?, 'aliexpress')",
                         [(n, label) for label, n in added.items()])
        conn.executemany(
            "INSERT INTO orders (id, platform, number, account_id, store, placed_at, shipped_at, "
            "confirmed_at, delivery_status, tracking_number, carrier, amount, currency) "
            "VALUES (?, 'aliexpress', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, o.number, accounts.get(o.account or ""), o.store, e(o.placed_at), e(o.shipped_at),
              e(o.confirmed_at), o.delivery_status, o.tracking_number, o.carrier, o.amount,
              o.currency) for i, o in enumerate(orders, start=first + 1)])
        conn.executemany(
            "INSERT INTO order_items (order_id, position, title, url, sku, quantity, price) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(i, p, it.title, it.url, it.sku, it.quantity, it.price)
             for i, o in enumerate(orders, start=first + 1) for p, it in enumerate(o.items)])
        conn.executemany(
            "INSERT INTO disputes (order_id, position, reason, status, opened_at, remedy, "
            "refund_amount, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, p, d.reason, d.status, e(d.opened_at), d.remedy, d.refund_amount, d.description)
             for i, o in enumerate(orders, start=first + 1) for p, d in enumerate(o.disputes)])
        conn.executemany(
            "INSERT INTO payments (order_id, position, kind, amount, at) VALUES (?, ?, ?, ?, ?)",
            [(i, p, pay.kind, pay.amount, e(pay.at))
             for i, o in enumerate(orders, start=first + 1) for p, pay in enumerate(o.payments)])
    conn.commit()
    conn.close()
    return path
