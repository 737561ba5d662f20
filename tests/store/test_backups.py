"""Backups: made at start once a day (when there is something to keep) and on request, rotated
to 7 daily and 4 weekly, self-contained, private; restored into the open database with the data
it replaces kept as a backup of its own."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aliassist.store.backups import (
    backup_database,
    backup_if_due,
    backups_to_keep,
    latest_good_backup,
    list_backups,
    prune_backups,
)
from aliassist.store.database import Store, StoreError, backups_dir_for
from aliassist.store.opening import open_store
from aliassist.store.restore import restore_backup
from tests.damage import fill, garbled

T0 = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(db_path: Path) -> Store:
    fill(db_path, 12)
    opened = open_store(db_path, backup=False)
    yield opened
    opened.close()


def orders_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
    finally:
        conn.close()


def test_the_start_up_backup_is_made_once_a_day_when_there_are_orders(
        db_path: Path, store: Store) -> None:
    assert store.backups_dir == backups_dir_for(db_path)
    first = backup_if_due(store, now=T0)
    assert first is not None and first.name.endswith("-daily.db")
    assert backup_if_due(store, now=T0 + timedelta(hours=23)) is None
    second = backup_if_due(store, now=T0 + timedelta(hours=25))
    assert second is not None and second != first
    # a backup dated in the future (the clock went back) does not stop backups for good
    assert backup_if_due(store, now=T0 - timedelta(days=30)) is not None


def test_an_empty_database_is_not_backed_up_at_start(tmp_path: Path) -> None:
    empty = open_store(tmp_path / "empty.db")
    try:
        assert backup_if_due(empty, now=T0) is None
        assert list_backups(empty.path) == []
    finally:
        empty.close()


def test_opening_makes_the_daily_backup(db_path: Path) -> None:
    fill(db_path, 5)
    assert list_backups(db_path) == []
    open_store(db_path).close()
    (backup,) = list_backups(db_path)
    assert backup.reason == "daily" and backup.orders() == 5
    open_store(db_path).close()
    assert len(list_backups(db_path)) == 1


def test_a_backup_is_a_whole_private_self_contained_database(store: Store) -> None:
    path = backup_database(store, reason="manual", now=T0)
    assert path.parent == store.backups_dir
    assert path.name == "aliassist-20261121T093000Z-manual.db"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert orders_in(path) == 12
    assert sorted(p.name for p in store.backups_dir.iterdir()) == [path.name]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert store.backups_dir.stat().st_mode & 0o777 == 0o700
    # two in the same second do not overwrite each other
    again = backup_database(store, reason="manual", now=T0)
    assert again != path and again.exists() and path.exists()


def _made(folder: Path, stem: str, when: datetime, reason: str = "daily") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}-{when:%Y%m%dT%H%M%SZ}-{reason}.db"
    path.write_bytes(b"")
    return path


def test_rotation_keeps_seven_days_then_four_weeks(tmp_path: Path) -> None:
    db = tmp_path / "aliassist.db"
    folder = backups_dir_for(db)
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    made = {}
    for day in range(60):  # two a day for 60 days
        for hour in (8, 20):
            when = now - timedelta(days=day) + timedelta(hours=hour - 12)
            made[(day, hour)] = _made(folder, db.stem, when)
    marked = _made(folder, db.stem, now - timedelta(days=20), "before-migration-0001")
    old_marked = _made(folder, db.stem, now - timedelta(days=40), "manual")
    foreign = folder / "my-own-copy.db"
    foreign.write_bytes(b"mine")

    keep = backups_to_keep(list_backups(db), now)
    daily = {made[(day, 20)] for day in range(7)}
    assert daily <= keep
    assert not any(made[(day, 8)] in keep for day in range(7))
    weekly = keep - daily - {marked}
    assert len(weekly) == 4
    assert all(now - timedelta(days=7 + 28) < _taken(p) < now - timedelta(days=6)
               for p in weekly)
    assert len({_taken(p).isocalendar()[:2] for p in weekly}) == 4
    assert marked in keep and old_marked not in keep

    removed = prune_backups(db, now=now)
    assert {b.path for b in list_backups(db)} == keep
    assert set(removed).isdisjoint(keep)
    assert foreign.read_bytes() == b"mine"


def _taken(path: Path) -> datetime:
    stamp = path.name.split("-")[1]
    return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def test_leftovers_of_an_interrupted_backup_are_cleared_once_stale(store: Store) -> None:
    folder = store.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / "aliassist-20261101T000000Z-daily.db.part"
    fresh = folder / "aliassist-20261121T000000Z-daily.db.part"
    for part in (stale, fresh):
        part.write_bytes(b"half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    backup_database(store)
    assert not stale.exists() and fresh.exists()


def test_restore_replaces_the_data_and_keeps_what_it_replaced(store: Store) -> None:
    path = backup_database(store, reason="manual", now=T0)
    other = sqlite3.connect(store.path)  # another connection, like the window's
    assert other.execute("SELECT COUNT(*) FROM orders").fetchone() == (12,)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM orders WHERE id > 3")
    restored = restore_backup(store, path, now=T0 + timedelta(hours=1))
    assert restored.orders == 12
    assert other.execute("SELECT COUNT(*) FROM orders").fetchone() == (12,)
    other.close()
    assert restored.kept is not None and restored.kept.name.endswith("-before-restore.db")
    assert orders_in(restored.kept) == 3
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_damaged_or_foreign_backup_is_not_restored(store: Store, tmp_path: Path) -> None:
    path = backup_database(store, now=T0)
    garbled(path)
    assert latest_good_backup(store.path) is None
    with pytest.raises(StoreError, match="cannot be restored"):
        restore_backup(store, path)
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="not an AliAssist database"):
        restore_backup(store, foreign)
    newer = backup_database(store, now=T0 + timedelta(hours=1))
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer AliAssist"):
        restore_backup(store, newer)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM orders").scalar() == 12


def test_a_backup_from_before_an_upgrade_is_upgraded_when_restored(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import shutil

    from aliassist.store import database

    fill(db_path, 4)
    old = open_store(db_path, backup=False)
    before = backup_database(old, reason="manual", now=T0)
    old.close()
    scripts = tmp_path / "migrations"  # a later release with one more migration
    shutil.copytree(database.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_test.py").write_text(
        f'revision = "9999"\ndown_revision = "{database.head_revision()}"\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        "def upgrade():\n"
        "    op.add_column('orders', sa.Column('rating', sa.Integer(), nullable=True))\n",
        encoding="utf-8")
    monkeypatch.setattr(database, "MIGRATIONS", scripts)
    store = open_store(db_path, backup=False)
    try:
        assert database.current_revision(store.engine) == "9999"
        restored = restore_backup(store, before)
        assert restored.orders == 4
        assert database.current_revision(store.engine) == "9999"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT COUNT(rating) FROM orders").scalar() == 0
    finally:
        store.close()
