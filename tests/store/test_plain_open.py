"""A SQLite file opened with the standard library alone (store/plain_open.py): the same database
as the full opening makes, and None whenever the full opening has more to do."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from aliassist.store import plain_open
from aliassist.store.backups import list_backups
from aliassist.store.database import APPLICATION_ID, head_revision
from aliassist.store.opening import DatabaseDamagedError, open_store
from aliassist.store.plain_open import (
    NEW_DATABASE,
    new_database_statements,
    open_plain,
    schema_script,
)
from tests.conftest import FIXTURES
from tests.damage import DAMAGE, checkpoint, fill


def _schema(db: Path) -> tuple[list[tuple[str, ...]], list[tuple[str]], int, int]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "ORDER BY type, name").fetchall()
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        application = conn.execute("PRAGMA application_id").fetchone()[0]
        stamp = conn.execute("PRAGMA user_version").fetchone()[0]
    return master, version, application, stamp


def test_the_new_database_script_is_what_the_models_make(tmp_path: Path) -> None:
    db = tmp_path / "models.db"
    open_store(db).close()
    assert NEW_DATABASE.read_text(encoding="utf-8") == schema_script(db, head_revision()), (
        "the schema changed: run `python -m aliassist.store.plain_open` to write "
        f"{NEW_DATABASE.name} again")
    revision, statements = new_database_statements()
    assert revision == head_revision()
    assert statements and all(s.startswith("CREATE ") for s in statements)


def test_a_new_database_is_the_one_the_full_opening_makes(tmp_path: Path) -> None:
    full, plain = tmp_path / "full.db", tmp_path / "new" / "plain.db"
    open_store(full).close()
    conn = open_plain(plain)
    assert conn is not None
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert not conn.in_transaction
    finally:
        conn.close()
    made, expected = _schema(plain), _schema(full)
    assert made[:3] == expected[:3] == (made[0], [(head_revision(),)], APPLICATION_ID)
    assert made[3] != 0  # a stamp for the window's snapshot, as the engine's commit gives
    if os.name == "posix":
        assert plain.stat().st_mode & 0o777 == 0o600
        assert plain.parent.stat().st_mode & 0o777 == 0o700
    # and the full opening takes it as its own, with nothing to do
    open_store(plain).close()
    assert _schema(plain)[:3] == expected[:3]


def test_a_database_at_the_newest_schema_opens_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    open_store(db).close()
    before = _schema(db)
    conn = open_plain(db)
    assert conn is not None
    conn.close()
    assert _schema(db) == before


def test_an_old_schema_is_left_to_the_full_opening(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema-0001.db", db)
    before = db.read_bytes()
    assert open_plain(db) is None
    assert db.read_bytes() == before  # not migrated, not backed up: the full opening does both
    assert list_backups(db) == []


def test_a_foreign_database_is_left_to_the_full_opening(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
    assert open_plain(db) is None
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_database_is_moved_aside_as_the_full_opening_does(
        tmp_path: Path, damage: Callable[[Path], None]) -> None:
    db = tmp_path / "a.db"
    fill(db, 40)
    checkpoint(db)
    damage(db)
    with pytest.raises(DatabaseDamagedError) as raised:
        open_plain(db)
    assert raised.value.moved_to is not None and raised.value.moved_to.exists()
    assert not db.exists()


def test_the_daily_backup_is_left_to_the_full_opening(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    open_store(db).close()
    conn = open_plain(db)  # no orders: nothing to back up
    assert conn is not None
    conn.execute("INSERT INTO orders (platform, number, placed_at) VALUES ('aliexpress', '1', 0)")
    conn.close()
    assert open_plain(db) is None  # orders and no backup of the day
    open_store(db).close()
    assert [b.reason for b in list_backups(db)] == ["daily"]
    conn = open_plain(db)
    assert conn is not None
    conn.close()


def test_a_script_of_another_schema_is_not_used(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "stale.sql"
    text = NEW_DATABASE.read_text(encoding="utf-8")
    stale.write_text(text.replace(head_revision(), "0000", 1), encoding="utf-8")
    monkeypatch.setattr(plain_open, "NEW_DATABASE", stale)
    db = tmp_path / "new.db"
    assert open_plain(db) is None
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone() == (0,)
    open_store(db).close()  # the full opening makes it


def test_a_script_cut_short_is_refused() -> None:
    with pytest.raises(ValueError, match="inside a statement"):
        new_database_statements("-- AliAssist schema 0008\nCREATE TABLE a (x INTEGER")
    with pytest.raises(ValueError, match="does not start"):
        new_database_statements("CREATE TABLE a (x INTEGER);\n")


def _journal(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


@pytest.mark.parametrize("end", ["commit", "rollback"])
def test_a_bulk_write_goes_into_the_file_once_unchecked_then_all_comes_back(tmp_path: Path,
                                                                            end: str) -> None:
    db = tmp_path / "a.db"
    conn = open_plain(db)
    assert conn is not None
    try:
        synchronous = conn.execute("PRAGMA synchronous").fetchone()[0]
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        writing = plain_open.PlainWriting(conn)
        assert writing.bulk_write() and writing.bulk_write()  # once is enough
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (0,)
        conn.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
        getattr(writing, end)()
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA synchronous").fetchone() == (synchronous,)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        kept = conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchall()
        assert kept == ([("1",)] if end == "commit" else [])
    finally:
        conn.close()
    assert _journal(db) == "wal" and not (tmp_path / "a.db-journal").exists()


def test_a_write_begun_or_a_file_open_elsewhere_keeps_the_log(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    conn = open_plain(db)
    assert conn is not None
    try:
        writing = plain_open.PlainWriting(conn)
        conn.execute("INSERT INTO settings (key, value) VALUES ('begun', '1')")
        assert not writing.bulk_write()  # its transaction is not ended midway
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        writing.commit()
        with contextlib.closing(sqlite3.connect(db)) as reader:  # a window reading the file
            reader.execute("SELECT COUNT(*) FROM orders").fetchone()
            writing = plain_open.PlainWriting(conn)
            assert writing.bulk_write()  # unchecked, but the log stays
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            conn.execute("INSERT INTO settings (key, value) VALUES ('while-read', '1')")
            writing.commit()
            assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
            assert reader.execute("SELECT COUNT(*) FROM settings").fetchone()[0] >= 2
    finally:
        conn.close()
    assert _journal(db) == "wal"
