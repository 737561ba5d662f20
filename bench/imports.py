"""P2: importing a generated 100,000-row exporter CSV vs csv parsing plus raw sqlite3
executemany of the same rows (the least any import of that file can do)."""

from __future__ import annotations

import csv
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.common import Result, timings

N = 100_000
NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
HEADER = ["Order ID", "Order Date", "Status", "Product Title", "Product Link", "Currency",
          "Price", "Store Name", "Store Link"]
STATUSES = {"not_shipped": "To ship", "in_transit": "Awaiting delivery",
            "delivered": "Completed"}


def write_exporter_csv(path: Path, rows: int = N) -> int:
    """An AliExpress Order Exporter CSV of `rows` rows (orders of one or two items)."""
    from aliassist.domain.money import format_amount
    from aliassist.services.sample import sample_orders

    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for order in sample_orders(NOW, rows, seed=3):
            day = order.placed_at.astimezone(UTC).strftime("%b %d, %Y")
            for item in order.items:
                out.writerow([order.number, day, STATUSES.get(order.delivery_status or "", ""),
                              item.title, item.url or "", "US",
                              format_amount(item.price or 0, "USD"), order.store or "",
                              f"https://www.aliexpress.com/store/{len(order.store or '')}"])
                written += 1
                if written == rows:
                    return written
    return written


def raw_baseline(path: Path, db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE rows ({', '.join(f'c{i} TEXT' for i in range(len(HEADER)))})")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        conn.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * len(HEADER))})", reader)
    conn.commit()
    conn.close()


def run() -> list[Result]:
    from aliassist.services.context import open_context
    from aliassist.services.imports import ImportSource, run_import

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "orders.csv"
        write_exporter_csv(source)
        runs = iter(range(1000))

        def baseline() -> None:
            raw_baseline(source, folder / f"raw{next(runs)}.db")

        def app_import() -> None:
            ctx = open_context(folder / f"app{next(runs)}.db", now=NOW)
            try:
                report = run_import(ctx, ImportSource(path=source))
                assert len(report.imported) > N // 2, report.summary()
            finally:
                ctx.close()

        base = min(timings(baseline, 3))
        measured = min(timings(app_import, 3))
    return [Result("P2 import a 100k-row exporter CSV into a new database", measured, base,
                   "s", "<= 3x")]
