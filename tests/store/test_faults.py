"""Real faults: a full disk, a read-only database, commands racing for the same backup, a
second import during a long one. Each ends in a clear message (exit 2) or succeeds; none ends
in a traceback, and nothing stored is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from aliassist.services.context import open_context
from aliassist.services.sample import sample_orders
from aliassist.store import database
from aliassist.store.backups import list_backups, prune_backups
from aliassist.store.repository import save_order
from tests.cli.test_cli import cli
from tests.conftest import NOW
from tests.faults import CannotMakeError, fill, read_only, small_disk

ARGS = ("--now", "2026-11-21T12:00:00Z")
#: commands started together (12 in `make test`; `make stress` starts 40)
WRITERS = int(os.environ.get("ALIASSIST_STRESS_WRITERS", "12"))


def filled(db: Path, count: int = 30) -> Path:
    ctx = open_context(db, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, count, seed=7):
            save_order(session, order, now=NOW)
    ctx.close()
    return db


def orders_in(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])
    finally:
        conn.close()


def big_csv(path: Path, rows: int) -> Path:
    lines = ["Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"
             "Store Link"]
    for i in range(rows):
        lines.append(f"81870{i:011d},\"Mar 05, 2026\",Awaiting delivery,Lamp {'x' * 200} {i},"
                     f"https://www.aliexpress.com/item/{i}.html,US,$12.34,Store {i},"
                     f"https://www.aliexpress.com/store/{i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def spawn(db: Path, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "aliassist", "--db", str(db), *argv],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# ---------------------------------------------------------------------------------------------
# Two writers


def test_a_csv_import_during_another_long_write_says_the_database_is_busy(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.5)
    filled(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the first, long import
    try:
        code, out, err = cli("--db", str(db_path), *ARGS, "import",
                             str(big_csv(tmp_path / "o.csv", 50)))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2 and out == "" and "Traceback" not in err
    assert "the database is busy" in err and "nothing was changed" in err
    assert orders_in(db_path) == 30


def test_concurrent_backups_all_succeed_under_their_own_names(db_path: Path) -> None:
    filled(db_path)
    procs = [spawn(db_path, "backup") for _ in range(max(6, WRITERS // 4))]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0 and "Traceback" not in err, err
    paths = {out.strip() for out, _ in results}
    assert len(paths) == len(procs)
    manual = [b for b in list_backups(db_path) if b.reason == "manual"]
    assert len(manual) == len(procs) and all(orders_in(b.path) == 30 for b in manual)
    assert not list(db_path.parent.glob("*-backups/*.part*"))


def test_commands_started_together_make_one_daily_backup(db_path: Path) -> None:
    filled(db_path)
    for b in list_backups(db_path):
        b.path.unlink()  # the daily backup is due
    procs = [spawn(db_path, "orders") for _ in range(WRITERS)]
    for proc in procs:
        _out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0 and "Traceback" not in err, err
    daily = [b for b in list_backups(db_path) if b.reason == "daily"]
    assert len(daily) == 1 and orders_in(daily[0].path) == 30


def test_leftovers_of_killed_backups_and_restores_are_pruned(db_path: Path) -> None:
    filled(db_path)
    folder = db_path.parent / "aliassist-backups"
    old = time.time() - 2 * 3600
    leftovers = [folder / "aliassist-20261120T100000Z-before-restore.db.part",
                 folder / "aliassist-20261120T100000Z-before-restore.db.part-journal",
                 folder / "aliassist-20261120T100000Z-daily.db.k3j2x9.part",
                 folder / "aliassist-20261120T100000Z-daily.db.k3j2x9.part-journal"]
    for path in leftovers:
        path.write_bytes(b"half")
        os.utime(path, (old, old))
    fresh = folder / "aliassist-20261121T115959Z-manual.db.a1b2c3.part"
    fresh.write_bytes(b"being written")
    removed = prune_backups(db_path, now=NOW + timedelta(minutes=1))
    assert sorted(removed) == sorted(leftovers)
    assert fresh.exists()


# ---------------------------------------------------------------------------------------------
# A full disk


@pytest.fixture
def full_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    try:
        with small_disk(tmp_path / "disk", 6 * 1024) as disk:
            yield disk
    except CannotMakeError as why:
        pytest.skip(f"no small disk: {why}")


def test_a_full_disk_during_a_csv_import_and_a_backup_says_so(full_disk: Path,
                                                              tmp_path: Path) -> None:
    db = filled(full_disk / "data" / "aliassist.db", 20)
    csv = big_csv(tmp_path / "orders.csv", 20_000)
    fill(full_disk, leave_bytes=400 * 1024)
    code, out, err = cli("--db", str(db), *ARGS, "import", str(csv))
    assert code == 2 and out == "" and "Traceback" not in err, err
    assert "disk" in err and "nothing was changed" in err
    assert orders_in(db) == 20
    (full_disk / "filler").unlink()
    fill(full_disk, leave_bytes=8 * 1024)
    code, _out, err = cli("--db", str(db), *ARGS, "backup")
    assert code == 2 and "Traceback" not in err, err
    assert "cannot be written" in err and "free some disk space" in err
    assert not list(db.parent.glob("*-backups/*.part*"))


def test_a_daily_backup_that_fails_warns_and_the_command_runs(full_disk: Path) -> None:
    db = filled(full_disk / "data" / "aliassist.db", 20)
    conn = sqlite3.connect(db)
    with conn:  # a database of about 1 MB, quickly
        conn.execute("INSERT INTO settings (key, value) VALUES ('notes', ?)",
                     (json.dumps("x" * (1 << 20)),))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for b in list_backups(db):
        b.path.unlink()
    fill(full_disk, leave_bytes=300 * 1024)  # room to open the database, not to copy it
    for argv in (("orders",), ("notify", "--once", "--dry-run"), ("verify-data", "--quick")):
        code, out, err = cli("--db", str(db), *ARGS, *argv)
        assert code in (0, 1) and "Traceback" not in err, (argv, err)
        assert "warning: the daily backup was not made" in err, argv
    code, out, _ = cli("--db", str(db), *ARGS, "orders", "--json")
    assert code == 0 and len(json.loads(out)) == 20


# ---------------------------------------------------------------------------------------------
# A read-only database


def test_writes_to_a_read_only_database_say_so(db_path: Path, tmp_path: Path) -> None:
    db = filled(db_path, 5)
    photo = tmp_path / "box.jpg"
    from PIL import Image

    Image.new("RGB", (32, 32), "red").save(photo, format="JPEG")
    number = sample_orders(NOW, 5, seed=7)[0].number
    csv = big_csv(tmp_path / "o.csv", 5)
    try:
        with read_only(db):
            for argv in (("import", str(csv)), ("attach", number, str(photo), "--kind",
                                                "own_photo"),
                         ("dispute", "opened", number, "--reason", "not_received", "--force",
                          "--text", "The parcel has not arrived after 60 days.")):
                code, out, err = cli("--db", str(db), *ARGS, *argv)
                assert code == 2 and out == "" and "Traceback" not in err, (argv, err)
                assert "read-only" in err or "cannot" in err, (argv, err)
            code, _out, err = cli("--db", str(db), *ARGS, "orders")
            assert "Traceback" not in err
    except CannotMakeError as why:
        pytest.skip(f"no read-only database: {why}")
    assert orders_in(db) == 5
