"""J1: `aliassist orders --json` on a database of 100,000 orders, as the user runs it (the CLI
as a process, its output into a file), vs a process reading the same orders table with raw
sqlite3 and writing one JSON object per order with json; alternated, with the peak RSS of both.

J1': `aliassist export-data` of the same database, vs a process reading the same tables (the
orders with their account, items, extensions, disputes, payments and evidence) with raw sqlite3,
each order's lists merged in from one cursor per table, and writing one JSON object per order
into a data file."""

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

#: the least an export of the orders can do: every table the data file carries, streamed (one
#: cursor per table, ordered by order id, merged into each order), one object a line
RAW_EXPORT = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
orders = conn.execute("SELECT o.*, a.label AS account FROM orders o "
                      "LEFT JOIN accounts a ON a.id = o.account_id ORDER BY o.id")
names = [d[0] for d in orders.description]
lists = {}
for table, key in (("order_items", "items"), ("extensions", "extensions"),
                   ("disputes", "disputes"), ("payments", "payments"), ("evidence", "evidence")):
    cursor = conn.cursor()
    cursor.execute(f"SELECT order_id, * FROM {table} ORDER BY order_id, position")
    columns = [d[0] for d in cursor.description][1:]
    lists[key] = [cursor, columns, next(cursor, None)]
dumps = json.dumps
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write('{\\n "format": "aliassist-data",\\n "orders": [')
    first = True
    for row in orders:
        doc = dict(zip(names, row))
        for key, state in lists.items():
            cursor, columns, pending = state
            found = []
            while pending is not None and pending[0] == row[0]:
                found.append(dict(zip(columns, pending[1:])))
                pending = next(cursor, None)
            state[2] = pending
            doc[key] = found
        out.write("\\n" if first else ",\\n")
        out.write(dumps(doc, ensure_ascii=False))
        first = False
    out.write("\\n ]\\n}\\n")
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

        exported = folder / "export.json"

        def export_baseline() -> Process:
            done = run_process([sys.executable, "-c", RAW_EXPORT, str(db), str(exported)])
            with exported.open(encoding="utf-8") as fh:
                assert len(json.load(fh)["orders"]) == ORDERS
            return done

        def export_app() -> Process:
            done = run_process(cli(db, "export-data", str(exported)))
            with exported.open(encoding="utf-8") as fh:
                written = json.load(fh)["orders"]
            assert len(written) == ORDERS and "version" in written[0], len(written)
            return done

        export_runs, export_base_runs = alternate(export_baseline, export_app)
    return [process_result(f"J1 `aliassist orders --json`, {orders_label()} orders (process)",
                           app_runs, base_runs, "<= 2x"),
            process_result(f"J1' `aliassist export-data`, {orders_label()} orders (process)",
                           export_runs, export_base_runs, "<= 2x")]
