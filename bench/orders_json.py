"""J1: `aliassist orders --json` on a database of 100,000 orders, as the user runs it (the CLI
as a process, its output into a file), vs a process reading the same orders table with raw
sqlite3 and writing one JSON object per order with json; alternated, with the peak RSS of both."""

from __future__ import annotations

import json
import sys
import tempfile
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
from bench.orders_db import build_orders_db

#: the least a JSON listing of the orders can do: every column of every order, one object a line
RAW = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
cursor = conn.execute("SELECT * FROM orders ORDER BY id")
names = [d[0] for d in cursor.description]
out = sys.stdout
dumps = json.dumps
for row in cursor:
    out.write(dumps(dict(zip(names, row))))
    out.write("\\n")
conn.close()
"""


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = build_orders_db(folder / "orders.db", ORDERS)
        out = folder / "out.json"

        def baseline() -> Process:
            done = run_process([sys.executable, "-c", RAW, str(db)], stdout=out)
            lines = sum(1 for _ in out.open(encoding="utf-8"))
            assert lines == ORDERS, lines
            return done

        def app() -> Process:
            done = run_process(cli(db, "orders", "--json"), stdout=out)
            with out.open(encoding="utf-8") as fh:
                listed = json.load(fh)
            assert len(listed) == ORDERS and "days_left" in listed[0], len(listed)
            return done

        app_runs, base_runs = alternate(baseline, app)
    return [process_result(f"J1 `aliassist orders --json`, {orders_label()} orders (process)",
                           app_runs, base_runs, "<= 2x")]
