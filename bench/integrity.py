"""Start-up with the integrity check on a 100,000-order database: opening the store (header
check, PRAGMA quick_check, schema check) against opening it without the check; and the daily
backup of the same database, for information."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from aliassist.services.sample import sample_orders
from aliassist.store import schema as db
from aliassist.store.backups import backup_database
from aliassist.store.integrity import quick_check
from aliassist.store.opening import open_store
from bench.common import ORDERS, RUNS, Result, alternate_timings, orders_label

N = ORDERS


def build(path: Path, count: int) -> None:
    """`count` sample orders with their items, written with bulk inserts."""
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    orders = sample_orders(now, count, seed=1)
    store = open_store(path)
    try:
        with store.engine.begin() as conn:
            conn.execute(insert(db.Order), [
                {"id": i + 1, "platform": o.platform, "number": o.number, "store": o.store,
                 "placed_at": o.placed_at, "shipped_at": o.shipped_at,
                 "confirmed_at": o.confirmed_at, "delivery_status": o.delivery_status,
                 "tracking_number": o.tracking_number, "carrier": o.carrier,
                 "amount": o.amount, "currency": o.currency, "created_at": now,
                 "updated_at": now} for i, o in enumerate(orders)])
            conn.execute(insert(db.OrderItem), [
                {"order_id": i + 1, "position": p, "title": item.title, "url": item.url,
                 "sku": item.sku, "quantity": item.quantity, "price": item.price}
                for i, o in enumerate(orders) for p, item in enumerate(o.items)])
            conn.execute(insert(db.Dispute), [
                {"order_id": i + 1, "position": p, "reason": d.reason, "status": d.status,
                 "opened_at": d.opened_at, "remedy": d.remedy, "refund_amount": d.refund_amount,
                 "description": d.description}
                for i, o in enumerate(orders) for p, d in enumerate(o.disputes)])
    finally:
        store.close()


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="aliassist-bench-"))
    try:
        path = folder / "big.db"
        build(path, N)
        size_mb = path.stat().st_size / 1e6

        def open_checked() -> None:
            open_store(path, backup=False).close()

        def open_unchecked() -> None:
            open_store(path, check=False, backup=False).close()

        open_unchecked()  # warm the page cache for both
        checked, baseline = alternate_timings(open_unchecked, open_checked, max(RUNS, 7))
        check_alone, baseline2 = alternate_timings(open_unchecked, lambda: quick_check(path),
                                                   RUNS)
        store = open_store(path, backup=False)
        try:
            backup, baseline3 = alternate_timings(
                open_unchecked, lambda: backup_database(store, reason="manual"), RUNS)
        finally:
            store.close()
        return [
            Result(f"S1 open with quick_check, {orders_label()} orders ({size_mb:.0f} MB)",
                   checked, baseline, "ms", "+<= 250 ms", compare="delta"),
            Result("S1' quick_check alone vs open without it", check_alone, baseline2, "ms",
                   "info"),
            Result("S2 daily backup of the same database vs open without the check", backup,
                   baseline3, "ms", "info"),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
