"""The bulk writer's bookkeeping (the ids of the orders an import created, kept as runs) and its
inserts on SQLite (many rows a statement, each value sent once)."""

from __future__ import annotations

import sqlite3

import pytest

from aliassist.store.bulk_import import IdRanges, sqlite_insert


def test_created_ids_are_found_in_their_runs_and_nowhere_else() -> None:
    created = IdRanges()
    created.add(range(5, 10))
    created.add([10, 11, 20, 22])
    assert [n for n in range(0, 30) if n in created] == [5, 6, 7, 8, 9, 10, 11, 20, 22]
    assert "7" not in created
    created.add([21, 3, 7])  # ids a store gave out of order
    assert [n for n in range(0, 30) if n in created] == [3, 5, 6, 7, 8, 9, 10, 11, 20, 21, 22]


def _table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c TEXT DEFAULT 'd', "
                 "e)")


@pytest.mark.parametrize("scattered", [False, True], ids=["many a statement", "one each"])
def test_rows_go_in_whole_whatever_their_columns_share(scattered: bool) -> None:
    """Columns empty in every row take their default, columns alike in every row are bound
    once, and 1 stays apart from True and 1.0 (equal in Python, not in the database); rows
    that go in one a statement (scattered over an index) go in the same."""
    conn = sqlite3.connect(":memory:")
    _table(conn)
    rows = [(f"text {n}", 7, None, (1, True, 1.0)[n % 3]) for n in range(257)]
    sqlite_insert(conn, "main.t", ("a", "b", "c", "e"), rows, scattered=scattered)
    stored = conn.execute("SELECT a, b, c, e, typeof(e) FROM t ORDER BY id").fetchall()
    assert stored == [(a, b, "d", e, "real" if isinstance(e, float) else "integer")
                      for a, b, _, e in rows]


def test_rows_alike_in_every_column_and_statements_at_the_values_limit() -> None:
    conn = sqlite3.connect(":memory:")
    _table(conn)
    sqlite_insert(conn, "t", ("a", "b"), [("same", 1)] * 3)
    sqlite_insert(conn, "t", ("a", "b"), [(None, None)] * 2)
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 7)  # 3 rows of 2 values a statement
    rows = [(str(n), n, "x", n * 2) for n in range(20)]
    sqlite_insert(conn, "t", ("a", "b", "c", "e"), rows)
    assert conn.execute("SELECT a, b, c, e FROM t ORDER BY id").fetchall() == [
        ("same", 1, "d", None)] * 3 + [(None, None, "d", None)] * 2 + rows
    sqlite_insert(conn, "t", ("a",), [])
    assert conn.execute("SELECT COUNT(*) FROM t").fetchone() == (25,)
