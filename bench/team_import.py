"""P7: `aliassist import` of an exporter CSV into a team database (PostgreSQL; the importer
writes its new orders and items with COPY), as the user runs it (the CLI as a process, into a
team database that holds no orders yet: its schema is made before the timed run, untimed, as a
team makes it once when it sets the database up), vs `psql \\copy` of the same file's rows
into an equivalent table (the file's nine columns as text) in a process, alternated, with
the peak RSS of both. Each run gets a schema of its own on a throwaway cluster (tests/pg.py:
initdb + pg_ctl on a Unix socket).

P7' times the same import runs against the server's floor for the app's own schema: `psql
\\copy` of the orders and items rows that import stores (made once, untimed: the app's import,
then `\\copy ... TO`) into the app's freshly migrated tables, with their indexes, foreign keys
and NOTIFY triggers. What P7' leaves over 1x is the client's part of P7; what the floor leaves
over P7's baseline is the schema's. The three are alternated (baseline, floor, import).

The row count is BENCH_TEAM_ROWS (default BENCH_ORDERS, 100,000); the issue's 1M rows:
`BENCH_TEAM_ROWS=1000000 make bench BENCH_ARGS=team_import`."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import ORDERS, RUNS, Process, Result, orders_label, process_result
from bench.common import run_process as run_process
from bench.imports import HEADER, write_exporter_csv

ROWS = int(os.environ.get("BENCH_TEAM_ROWS", str(ORDERS)))


def psql() -> str:
    from tests.pg import server_bin

    found = server_bin() / "psql"
    return str(found) if found.exists() else (shutil.which("psql") or "psql")


def measure(source: Path, rows: int
            ) -> tuple[list[Process], list[Process], list[Process], int]:
    """(import runs, `psql \\copy` baseline runs, floor runs, items stored by an import)."""
    from sqlalchemy import create_engine, text

    from tests.pg import SUPERUSER, start_cluster

    cluster = start_cluster()
    imported = 0
    stored_orders = source.parent / "orders.stored.csv"
    stored_items = source.parent / "items.stored.csv"
    try:
        columns = ", ".join(f"c{i} text" for i in range(len(HEADER)))

        def psql_run(*commands: str) -> Process:
            args = [psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(cluster.folder),
                    "-U", SUPERUSER, "-d", "postgres"]
            for command in commands:
                args += ["-c", command]
            return run_process(args)

        def baseline() -> Process:
            schema = cluster.new_schema()
            return psql_run(
                f"CREATE TABLE {schema}.rows ({columns})",
                f"\\copy {schema}.rows FROM '{source}' WITH (FORMAT csv, HEADER true)")

        def migrated() -> str:
            """A new schema made by the app's migrations (the team database set up
            beforehand), its name."""
            schema = cluster.new_schema()
            run_process([sys.executable, "-m", "aliassist", "--database-url",
                         cluster.url(schema), "orders", "--json"])
            return schema

        def app_import(schema: str | None = None) -> Process:
            nonlocal imported
            url = cluster.url(schema or migrated())
            done = run_process([sys.executable, "-m", "aliassist", "--database-url", url,
                                "--now", "2026-11-21T12:00:00Z", "import", str(source)],
                               ok=(0, 1))
            engine = create_engine(url)
            with engine.connect() as conn:
                imported = conn.execute(text("SELECT count(*) FROM order_items")).scalar_one()
            engine.dispose()
            assert imported >= rows * 0.99, (imported, rows)  # a few rows may be refused
            return done

        def floor() -> Process:
            schema = migrated()
            return psql_run(
                f"SET search_path = {schema}",
                f"\\copy orders FROM '{stored_orders}' WITH (FORMAT csv)",
                f"\\copy order_items FROM '{stored_items}' WITH (FORMAT csv)")

        # the rows an import stores, once, untimed: the floor's input
        first = migrated()
        app_import(first)
        psql_run(f"\\copy {first}.orders TO '{stored_orders}' WITH (FORMAT csv)",
                 f"\\copy {first}.order_items TO '{stored_items}' WITH (FORMAT csv)")

        app: list[Process] = []
        base: list[Process] = []
        floors: list[Process] = []
        for _ in range(RUNS):
            for runs, fn in ((base, baseline), (floors, floor), (app, app_import)):
                gc.collect()
                runs.append(fn())
    finally:
        cluster.stop()
    return app, base, floors, imported


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "orders.csv"
        os.chmod(tmp, 0o755)  # psql reads it as the user running the bench: fine either way
        rows = write_exporter_csv(source, ROWS)
        app, base, floors, _ = measure(source, rows)
    return [process_result(
        f"P7 `aliassist import` of a {orders_label(rows)}-row exporter CSV into a team database "
        "(COPY; process) vs psql \\copy of the same rows", app, base, "<= 2x"),
        process_result(
        "P7' the same import vs psql \\copy of the orders and items it stores into the app's "
        "own freshly migrated tables (the server's floor for this schema)", app, floors,
        "none: the client's share of P7")]
