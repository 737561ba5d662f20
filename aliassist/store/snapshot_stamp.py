"""The stamp the window's order snapshot (store/table_snapshot.py) is checked against, and
where the snapshot lives. Apart from the snapshot itself (and numpy), so that opening a
database, as every command does, loads neither."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def snapshot_path(db: Path) -> Path:
    return db.with_name(f"{db.stem}-table-snapshot.npz")


def watch_writes(engine: Any) -> None:
    """Give every committed transaction of `engine` (SQLite) that changed rows a fresh random
    `user_version`, in the same transaction: the stamp a snapshot is checked against."""
    from sqlalchemy import event

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.info["changes_at_begin"] = _driver(conn).total_changes

    @event.listens_for(engine, "commit")
    def _commit(conn: Any) -> None:
        stamp_changed(_driver(conn), conn.info.pop("changes_at_begin", None))


def stamp_changed(conn: sqlite3.Connection, changes_at_begin: int | None) -> None:
    """Give the file a fresh `user_version` when the transaction on `conn` changed rows since
    `changes_at_begin` (its `total_changes` then; None: not known, so it did): call it just
    before the commit, in the transaction."""
    if conn.total_changes != changes_at_begin:
        conn.execute(f"PRAGMA user_version = {new_stamp()}")


def _driver(conn: Any) -> sqlite3.Connection:
    return conn.connection.driver_connection


def new_stamp() -> int:
    """A random positive 31-bit number (user_version is a signed 32-bit field)."""
    # the system's randomness, as `secrets` gives it (which would load hmac and OpenSSL too)
    from random import SystemRandom

    return SystemRandom().randrange(1, 2**31)


#: the orders' count and highest id, each its own query: SQLite counts a table from its
#: pages and finds a highest rowid at once, but asked for both in one query it visits every
#: row (a few milliseconds at 100,000 orders, at every start)
COUNT_AND_TOP = "SELECT (SELECT COUNT(*) FROM orders), (SELECT MAX(id) FROM orders)"


def read_stamp(conn: Any) -> tuple[int, int, int]:
    """(user_version, orders count, highest order id) through a SQLAlchemy connection."""
    return driver_stamp(_driver(conn))


def driver_stamp(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """`read_stamp` through a plain sqlite3 connection (the window's start, a forked worker)."""
    count, top = conn.execute(COUNT_AND_TOP).fetchone()
    return file_stamp(conn), int(count), int(top or 0)


def file_stamp(conn: sqlite3.Connection) -> int:
    """The file's stamp (`user_version`), which every commit that changed rows renews."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0] or 0)


