"""The integrity check at open: real damaged files are moved aside (never overwritten), the
message names the file, where it went and the latest good backup; files that are not ours are
refused and left alone. A start does not read again a file unchanged since a clean check of
the last day (a bad sector is found within a day); any write to it or its log, or a stamp
that does not match, means a full check."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from aliassist.store.backups import backup_database, list_backups
from aliassist.store.database import StoreBusyError, StoreError
from aliassist.store.integrity import (
    SOUND_FOR_S,
    check_file,
    damaged_copies,
    file_identity,
    sound_stamp_path,
)
from aliassist.store.opening import DatabaseDamagedError, open_store
from tests.damage import DAMAGE, checkpoint, fill, garbled


@pytest.fixture
def db_with_backup(db_path: Path) -> Path:
    fill(db_path, 60)
    store = open_store(db_path)
    backup_database(store, reason="manual")
    store.close()
    checkpoint(db_path)
    return db_path


def test_a_sound_database_passes(db_with_backup: Path) -> None:
    assert check_file(db_with_backup) is None
    assert check_file(db_with_backup.with_name("absent.db")) is None


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_database_is_moved_aside_and_the_latest_good_backup_offered(
        db_with_backup: Path, damage: str) -> None:
    DAMAGE[damage](db_with_backup)
    damaged_bytes = db_with_backup.read_bytes()
    assert check_file(db_with_backup) is not None

    with pytest.raises(DatabaseDamagedError) as caught:
        open_store(db_with_backup)
    error = caught.value
    assert not db_with_backup.exists()
    assert error.moved_to is not None and error.moved_to.read_bytes() == damaged_bytes
    assert damaged_copies(db_with_backup) == [error.moved_to]
    backup = list_backups(db_with_backup)[0]
    assert error.backup == backup
    text = str(error)
    assert str(db_with_backup) in text and str(error.moved_to) in text
    assert backup.name in text and "60 orders" in text
    assert f"aliassist --db {db_with_backup} restore {backup.name}" in text

    # The next start begins empty; the damaged copy stays where it was put.
    store = open_store(db_with_backup)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM orders").scalar() == 0
    store.close()
    assert error.moved_to.read_bytes() == damaged_bytes


def test_the_wal_moves_with_the_database_it_belongs_to(db_path: Path) -> None:
    fill(db_path, 60)
    store = open_store(db_path)
    backup_database(store)
    store.close()
    checkpoint(db_path)
    writer = sqlite3.connect(db_path)  # leave a committed change in the -wal
    writer.execute("UPDATE orders SET note = 'only in the wal' WHERE id = 1")
    writer.commit()
    wal = db_path.with_name(db_path.name + "-wal").read_bytes()
    garbled(db_path)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_store(db_path)
    writer.close()
    moved = caught.value.moved_to
    assert moved is not None
    assert moved.with_name(moved.name + "-wal").read_bytes() == wal


def test_a_newer_backup_that_is_damaged_is_passed_over(db_with_backup: Path) -> None:
    good = list_backups(db_with_backup)[0]
    bad = good.path.with_name(good.name.replace("-manual", "-daily").replace(
        good.name[len(db_with_backup.stem) + 1:][:4], "2099"))
    bad.write_bytes(good.path.read_bytes())
    garbled(bad)
    assert list_backups(db_with_backup)[0].path == bad
    garbled(db_with_backup)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_store(db_with_backup)
    assert caught.value.backup == good


def test_with_no_backup_the_message_says_so(db_path: Path) -> None:
    fill(db_path, 60)
    checkpoint(db_path)
    garbled(db_path)
    with pytest.raises(DatabaseDamagedError, match="no good backup"):
        open_store(db_path)


def test_an_empty_file_where_backups_exist_is_damage_not_a_new_database(
        db_with_backup: Path) -> None:
    db_with_backup.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="empty"):
        open_store(db_with_backup)


def test_a_damaged_file_that_is_not_ours_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO photos (name) VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    garbled(other)
    before = other.read_bytes()
    with pytest.raises(DatabaseDamagedError, match="did not change it"):
        open_store(other)
    assert other.read_bytes() == before
    assert not damaged_copies(other)
    notes = tmp_path / "notes.db"
    notes.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="not an AliAssist database"):
        open_store(notes)
    assert notes.read_text(encoding="utf-8") == "not a database"


def test_a_busy_database_is_never_taken_for_a_damaged_one(
        db_with_backup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aliassist.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db_with_backup, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # a restore or an old-style writer: readers wait
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreBusyError, match="busy"):
            open_store(db_with_backup)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert db_with_backup.exists() and not damaged_copies(db_with_backup)
    open_store(db_with_backup).close()


def _bad_sector(db: Path) -> None:
    """`garbled`, as a failing disk does it: the file's size and modification time stay."""
    before = db.stat()
    garbled(db)
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_start_reads_a_file_unchanged_since_a_clean_check_once_a_day(
        db_with_backup: Path) -> None:
    assert check_file(db_with_backup, trust_unchanged=True) is None  # read, and remembered
    stamp = sound_stamp_path(db_with_backup)
    assert stamp.is_file()
    _bad_sector(db_with_backup)
    # not read again within the day (SQLite still finds the sector when it reads it)...
    assert check_file(db_with_backup, trust_unchanged=True) is None
    # ...but a check that does not trust the stamp (backups, verify-data) reads it all
    assert check_file(db_with_backup) is not None
    # and a day after the clean check, a start reads it all again
    data = json.loads(stamp.read_text(encoding="utf-8"))
    stamp.write_text(json.dumps({**data, "at": data["at"] - SOUND_FOR_S - 1}), encoding="utf-8")
    with pytest.raises(DatabaseDamagedError):
        open_store(db_with_backup)
    assert not stamp.exists()  # it spoke of the file moved aside


@pytest.mark.parametrize("stamp_text", ["", "{not json", '{"file": [1, 2], "at": 0}',
                                        '{"file": "x", "at": "today"}', "[]"])
def test_a_stamp_that_does_not_match_means_a_full_check(
        db_with_backup: Path, stamp_text: str) -> None:
    assert check_file(db_with_backup, trust_unchanged=True) is None
    _bad_sector(db_with_backup)
    sound_stamp_path(db_with_backup).write_text(stamp_text, encoding="utf-8")
    assert check_file(db_with_backup, trust_unchanged=True) is not None


def test_any_write_to_the_file_or_its_log_means_a_full_check(db_with_backup: Path) -> None:
    assert check_file(db_with_backup, trust_unchanged=True) is None
    conn = sqlite3.connect(db_with_backup)  # a write that stays in the write-ahead log
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("UPDATE orders SET note = 'changed' WHERE id = 1")
    conn.commit()
    try:
        identity = file_identity(db_with_backup)
        assert identity is not None
        stamp = json.loads(sound_stamp_path(db_with_backup).read_text(encoding="utf-8"))
        assert stamp["file"] != identity
    finally:
        conn.close()
    garbled(db_with_backup)  # a write to the file itself: its time changes
    assert check_file(db_with_backup, trust_unchanged=True) is not None
