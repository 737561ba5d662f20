"""P7: `aliassist import` of an exporter CSV into a team database (PostgreSQL; the importer
writes its new orders and items with COPY), as the user runs it (the CLI as a process, into a
team database that holds no orders yet: its schema is made before the timed run, untimed, as a
team makes it once when it sets the database up), vs `psql \\copy` of the same file's rows
into an equivalent table (the file's nine columns as text) in a process, alternated, with
the peak RSS of both. Each run gets a schema of its own on a throwaway cluster (tests/pg.py:
initdb + pg_ctl on a Unix socket).

The row count is BENCH_TEAM_ROWS (default BENCH_ORDERS, 100,000); the issue's 1M rows:
`BENCH_TEAM_ROWS=1000000 make bench BENCH_ARGS=team_import`."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import ORDERS, Process, Result, alternate, orders_label, process_result
from bench.common import run_process as run_process
from bench.imports import HEADER, write_exporter_csv

ROWS = int(os.environ.get("BENCH_TEAM_ROWS", str(ORDERS)))


def psql() -> str:
    from tests.pg import server_bin

    found = server_bin() / "psql"
    return str(found) if found.exists() else (shutil.which("psql") or "psql")


def measure(source: Path, rows: int) -> tuple[list[Process], list[Process], int]:
    from sqlalchemy import create_engine, text

    from tests.pg import SUPERUSER, start_cluster

    cluster = start_cluster()
    imported = 0
    try:
        columns = ", ".join(f"c{i} text" for i in range(len(HEADER)))

        def baseline() -> Process:
            schema = cluster.new_schema()
            return run_process([
                psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(cluster.folder),
                "-U", SUPERUSER, "-d", "postgres",
                "-c", f"CREATE TABLE {schema}.rows ({columns})",
                "-c", f"\\copy {schema}.rows FROM '{source}' WITH (FORMAT csv, HEADER true)"])

        def app_import() -> Process:
            nonlocal imported
            url = cluster.url(cluster.new_schema())
            # the team database set up beforehand (its migrations), not part of the import
            run_process([sys.executable, "-m", "aliassist", "--database-url", url,
                         "orders", "--json"])
            done = run_process([sys.executable, "-m", "aliassist", "--database-url", url,
                                "--now", "2026-11-21T12:00:00Z", "import", str(source)],
                               ok=(0, 1))
            engine = create_engine(url)
            with engine.connect() as conn:
                imported = conn.execute(text("SELECT count(*) FROM order_items")).scalar_one()
            engine.dispose()
            assert imported >= rows * 0.99, (imported, rows)  # a few rows may be refused
            return done

        app, base = alternate(baseline, app_import)
    finally:
        cluster.stop()
    return app, base, imported


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "orders.csv"
        os.chmod(tmp, 0o755)  # psql reads it as the user running the bench: fine either way
        rows = write_exporter_csv(source, ROWS)
        app, base, _ = measure(source, rows)
    return [process_result(
        f"P7 `aliassist import` of a {orders_label(rows)}-row exporter CSV into a team database "
        "(COPY; process) vs psql \\copy of the same rows", app, base, "<= 2x")]
