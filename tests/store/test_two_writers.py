"""Two writers on one database: the window (a long-lived context saving edits) and a command
in another process. WAL and the busy timeout let both finish; when one writer holds the
database longer than the timeout, the other stops with a clear message and changes nothing."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from aliassist.importers.datafile import order_to_json
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext, open_context
from aliassist.services.sample import sample_orders
from aliassist.store import database
from aliassist.store.database import StoreBusyError
from tests.cli.test_cli import cli
from tests.conftest import NOW


def data_file(folder: Path, count: int, seed: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "orders.json"
    orders = [order_to_json(o) for o in sample_orders(NOW, count, seed=seed)]
    for o in orders:
        o.pop("evidence")
    path.write_text(json.dumps({"format": "aliassist-data", "version": 1, "orders": orders}),
                    encoding="utf-8")
    return path


def command(db: Path, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "aliassist", "--db", str(db),
                             "--now", "2026-11-21T12:00:00Z", *argv],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count(db: Path, sql: str = "SELECT COUNT(*) FROM orders") -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.sqlite_only  # SQLite's WAL and busy timeout (tests/store/test_team_writers.py: PG)
def test_the_window_and_a_command_write_at_the_same_time(ctx: AppContext,
                                                         tmp_path: Path) -> None:
    mine = sample_orders(NOW, 30, seed=11)
    ids = [order_service.save_order_record(ctx, o) for o in mine]
    proc = command(ctx.store.path, "import-data", str(data_file(tmp_path / "in", 200, seed=3)))
    edits = 0
    # the window keeps saving while the command runs, and every order at least once: the
    # last edit of each is checked below (with 20 edits, a command done before the 30th left
    # orders never edited, and the check looked for an "edit -1")
    while proc.poll() is None or edits < len(mine):
        n = edits % len(mine)
        order_service.save_order_record(
            ctx, dataclasses.replace(mine[n], note=f"edit {edits}"), ids[n])
        edits += 1
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == "200 created, 0 updated, 0 unchanged"
    assert count(ctx.store.path) == 230
    last = {edits - 1 - k: (edits - 1 - k) % len(mine) for k in range(len(mine))}
    for edit, n in last.items():
        assert order_service.get_order(ctx, ids[n]).note == f"edit {edit}"
    with ctx.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


@pytest.mark.sqlite_only
def test_a_command_waits_for_the_windows_transaction_to_finish(ctx: AppContext,
                                                               tmp_path: Path) -> None:
    held = threading.Event()

    def long_transaction() -> None:  # e.g. an import copying big evidence files
        with ctx.session() as session, session.begin():
            session.execute(text("INSERT INTO settings (key, value) VALUES ('a', '1')"))
            held.set()
            time.sleep(2.0)

    worker = threading.Thread(target=long_transaction)
    worker.start()
    held.wait(5)
    proc = command(ctx.store.path, "import-data", str(data_file(tmp_path / "in", 20, seed=4)))
    _, err = proc.communicate(timeout=60)
    worker.join()
    assert proc.returncode == 0, err
    assert count(ctx.store.path) == 20
    assert count(ctx.store.path, "SELECT COUNT(*) FROM settings") == 1


def test_past_the_busy_timeout_the_second_writer_says_so_and_changes_nothing(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.5)
    data = data_file(tmp_path / "in", 20, seed=5)
    assert cli("--db", str(db_path), "orders")[0] == 0  # create it
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another AliAssist in the middle of a long write
    try:
        code, out, err = cli("--db", str(db_path), "import-data", str(data))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2 and out == "" and "Traceback" not in err
    assert "the database is busy: another AliAssist" in err
    assert "nothing was changed" in err and "try again in a moment" in err
    assert count(db_path) == 0
    code, out, _ = cli("--db", str(db_path), "import-data", str(data))
    assert code == 0 and out.startswith("20 created")


def test_the_busy_error_is_a_store_error_the_window_can_show(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    ctx = open_context(db_path, now=NOW)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusyError, match=r"more than 0\.3 seconds"):
            order_service.save_order_record(ctx, sample_orders(NOW, 1)[0])
    finally:
        other.execute("ROLLBACK")
        other.close()
        ctx.close()
