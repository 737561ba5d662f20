"""P2: `aliassist import FILE` of a generated 100,000-row exporter CSV, as the user runs it (the
CLI as a process into a new database), vs a process doing csv parsing plus raw sqlite3
executemany of the same rows (the least any import of that file can do), alternated, with the
peak RSS of both. P2': the import's peak RSS at a tenth of the rows and at all of them (the
README promises constant memory)."""

from __future__ import annotations

import csv
import os
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.common import (
    ORDERS,
    Process,
    Result,
    alternate,
    cli,
    orders_label,
    process_result,
    run_process,
)

N = ORDERS
#: BENCH_IMPORT_LARGE=1000000 adds P2'': the peak RSS at N rows and at that many (the
#: README's constant memory at the issue's million rows; minutes per run)
LARGE = int(os.environ.get("BENCH_IMPORT_LARGE", "0"))
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


#: the least any import of that file can do, as a process: csv parsing plus raw sqlite3
#: executemany of the same rows into a new database
RAW = f"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[2])
conn.execute("CREATE TABLE rows ({', '.join(f'c{i} TEXT' for i in range(len(HEADER)))})")
with open(sys.argv[1], encoding="utf-8-sig", newline="") as fh:
    reader = csv.reader(fh)
    next(reader)
    conn.executemany("INSERT INTO rows VALUES ({', '.join('?' * len(HEADER))})", reader)
conn.commit()
conn.close()
"""


def measure(source: Path, rows: int, folder: Path) -> tuple[list[Process], list[Process]]:
    """The CLI's `import FILE` and the raw script, each a process into a new database,
    alternated."""
    runs = iter(range(1000))

    def baseline() -> Process:
        return run_process([sys.executable, "-c", RAW, str(source),
                            str(folder / f"{source.stem}-raw{next(runs)}.db")])

    def app_import() -> Process:
        db = folder / f"{source.stem}-app{next(runs)}.db"
        done = run_process(cli(db, "import", str(source)), ok=(0, 1))
        with sqlite3.connect(db) as conn:
            imported = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
        assert imported > rows // 2, (imported, rows)  # orders of one or two items
        return done

    return alternate(baseline, app_import)


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "orders.csv"
        write_exporter_csv(source)
        tenth = folder / "tenth.csv"
        write_exporter_csv(tenth, N // 10)
        app, base = measure(source, N, folder)
        small, _ = measure(tenth, N // 10, folder)
        large: list[Process] = []
        if LARGE:
            big = folder / "large.csv"
            write_exporter_csv(big, LARGE)
            large, _ = measure(big, LARGE, folder)
    rows = orders_label(N)
    growth = [p.rss for p in app]
    results = [
        process_result(f"P2 `aliassist import` of a {rows}-row exporter CSV (process)", app,
                       base, "<= 3x"),
        Result(f"P2' peak RSS of that import, {orders_label(N // 10)} rows -> {rows} rows",
               growth, [p.rss for p in small], "MiB", "flat (constant memory)",
               compare="delta"),
    ]
    if large:
        results.append(Result(
            f"P2'' peak RSS of that import, {rows} rows -> {orders_label(LARGE)} rows",
            [p.rss for p in large], growth, "MiB", "flat (constant memory)", compare="delta"))
    return results
