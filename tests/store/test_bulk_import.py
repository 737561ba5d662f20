"""The bulk writer's bookkeeping (the ids of the orders an import created, kept as runs), its
inserts on SQLite (many rows a statement, each value sent once) and its batches of new and
stored orders."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from aliassist.services.context import AppContext, open_context
from aliassist.store.bulk_import import (
    BULK_CACHE_KIB,
    BULK_ROWS,
    ROW_FIELDS,
    DriverConnection,
    IdRanges,
    ImportedOrder,
    OrderWriter,
    sqlite_insert,
)


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


def _order_rows(number: str, line: int, *titles: str, placed_at: int = 1_790_000_000
                ) -> ImportedOrder:
    """An imported order of one row per item title, first seen on `line`."""
    rows = []
    for n, title in enumerate(titles):
        values = dict.fromkeys(ROW_FIELDS)
        values.update(line=line + n, number=number, placed_at=placed_at, title=title,
                      price=100 + n, currency="USD", row_key=hash((number, title)), zero_tail=0)
        rows.append(tuple(values[name] for name in ROW_FIELDS))
    return ImportedOrder(rows)


@pytest.fixture
def sqlite_ctx(db_path: Path) -> Iterator[AppContext]:
    context = open_context(db_path)
    yield context
    context.close()


def _numbers_by_id(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute("SELECT id, number FROM orders ORDER BY id").fetchall()


def test_a_batch_of_new_and_stored_orders_on_sqlite(sqlite_ctx: AppContext) -> None:
    """New orders go in, in the batch's order; an order stored before is updated, not doubled;
    one created further up the same import gets the new rows as more items."""
    with sqlite_ctx.session() as session:
        conn = session.connection().connection.driver_connection
        writer = OrderWriter(conn, 1_800_000_000)
        writer.write([_order_rows("8187000000000001", 2, "Lamp")])
        stored_id = _numbers_by_id(conn)[0][0]
        writer.write([_order_rows("8187000000000002", 3, "Cable"),
                      _order_rows("8187000000000001", 4, "Lamp", "Bulb"),
                      _order_rows("8187000000000003", 6, "Plug")])
        assert [n for _, n in _numbers_by_id(conn)] == [
            "8187000000000001", "8187000000000002", "8187000000000003"]
        assert _numbers_by_id(conn)[0][0] == stored_id
        items = conn.execute("SELECT o.number, i.title FROM order_items i JOIN orders o "
                             "ON o.id = i.order_id ORDER BY o.id, i.position").fetchall()
        assert items == [("8187000000000001", "Lamp"), ("8187000000000001", "Bulb"),
                         ("8187000000000002", "Cable"), ("8187000000000003", "Plug")]
        assert list(writer.counts.imported) == ["8187000000000001", "8187000000000002",
                                                "8187000000000003"]
        assert writer.counts.refused == [(4, "8187000000000001", "repeat", 1_790_000_000,
                                          1_790_000_000)]
        session.rollback()


def test_an_order_the_database_refuses_for_another_reason_fails_the_import(
        sqlite_ctx: AppContext) -> None:
    """INSERT OR IGNORE leaves out an order whose number is stored, and nothing else: one the
    database refuses otherwise (here a trigger drops it) stops the import, as a plain INSERT
    would."""
    with sqlite_ctx.session() as session:
        conn = session.connection().connection.driver_connection
        conn.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.orders "
                     "WHEN NEW.number = '8187000000000009' BEGIN SELECT RAISE(IGNORE); END")
        writer = OrderWriter(conn, 1_800_000_000)
        with pytest.raises(sqlite3.IntegrityError, match="8187000000000009"):
            writer.write([_order_rows("8187000000000008", 2, "Lamp"),
                          _order_rows("8187000000000009", 3, "Cable")])
        session.rollback()


def test_batches_of_new_and_stored_orders_and_orders_apart_on_either_engine(
        ctx: AppContext) -> None:
    """On SQLite and on a team database alike: batches that mix new orders with one stored
    before the import, an order whose rows come apart across batches (and within one), the
    first line of each order for messages about its later rows, and what is refused."""
    with ctx.session() as session:
        conn = session.connection().connection.driver_connection
        earlier = OrderWriter(conn, 1_800_000_000)
        earlier.write([_order_rows("8187000000000001", 2, "Lamp")])
        earlier.finish()
        writer = OrderWriter(conn, 1_800_000_100)
        writer.write([_order_rows("8187000000000002", 2, "Cable"),
                      _order_rows("8187000000000001", 3, "Lamp", "Bulb"),
                      _order_rows("8187000000000003", 5, "Plug")])
        assert writer.first_line("8187000000000002") == 2
        assert writer.first_line("8187000000000001") == 3
        assert writer.first_line("8187000000000004") is None
        writer.write([_order_rows("8187000000000004", 6, "Fan"),
                      _order_rows("8187000000000002", 7, "Cable", "Charger"),
                      _order_rows("8187000000000004", 9, "Fan", "Filter"),
                      _order_rows("8187000000000003", 11, "Socket", placed_at=1_790_000_001),
                      _order_rows("8187000000000001", 12, "Shade")])
        assert writer.first_line("8187000000000004") == 6
        writer.finish()
        orders = _rows(conn, "SELECT number, amount, version FROM orders ORDER BY id")
        assert orders == [("8187000000000001", 100, 3), ("8187000000000002", 201, 2),
                          ("8187000000000003", 100, 1), ("8187000000000004", 201, 2)]
        items = _rows(conn, "SELECT o.number, i.position, i.title FROM order_items i "
                      "JOIN orders o ON o.id = i.order_id ORDER BY o.id, i.position")
        assert items == [
            ("8187000000000001", 0, "Lamp"), ("8187000000000001", 1, "Bulb"),
            ("8187000000000001", 2, "Shade"),
            ("8187000000000002", 0, "Cable"), ("8187000000000002", 1, "Charger"),
            ("8187000000000003", 0, "Plug"),
            ("8187000000000004", 0, "Fan"), ("8187000000000004", 1, "Filter")]
        assert list(writer.counts.imported) == ["8187000000000002", "8187000000000003",
                                                "8187000000000004"]
        assert writer.counts.updated == ["8187000000000001"]
        assert writer.counts.refused == [
            (7, "8187000000000002", "repeat", 1_790_000_000, 1_790_000_000),
            (11, "8187000000000003", "date", 1_790_000_000, 1_790_000_001),
            (9, "8187000000000004", "repeat", 1_790_000_000, 1_790_000_000)]
        session.rollback()


def test_new_orders_take_their_ids_from_the_sequence_other_writers_share(
        ctx: AppContext) -> None:
    """On a team database the ids are the orders' id sequence's (named once, then passed as a
    value): batch after batch, none given twice, and an order saved after them gets the next;
    SQLite needs none (the rowid follows the largest)."""
    with ctx.session() as session:
        conn = session.connection().connection.driver_connection
        driver = DriverConnection(conn)
        if driver.sqlite:
            assert driver.new_order_ids(3) is None
            return
        first, second = driver.new_order_ids(3), driver.new_order_ids(1000)
        assert first is not None and second is not None
        ids = first + second
        assert ids == sorted(ids) and len(set(ids)) == 1003
        OrderWriter(conn, 1_800_000_000).write([_order_rows("8187000000000001", 2, "Lamp")])
        assert _rows(conn, "SELECT id FROM orders") == [(ids[-1] + 1,)]
        session.rollback()


def _rows(conn: object, sql: str) -> list[tuple[object, ...]]:
    """`sql`'s rows on the driver's connection (sqlite3 or psycopg), as tuples."""
    return [tuple(row) for row in conn.execute(sql).fetchall()]  # type: ignore[attr-defined]


def test_the_first_line_of_every_new_order_is_kept_across_batches(ctx: AppContext) -> None:
    """The lines are kept packed, a row for each run of ids: every order of every batch finds
    its own, before and after orders stored earlier come between."""
    with ctx.session() as session:
        conn = session.connection().connection.driver_connection
        OrderWriter(conn, 1_800_000_000).write([_order_rows("8187000000009999", 1, "Old")])
        writer = OrderWriter(conn, 1_800_000_100)
        line = 2
        for batch in range(3):
            orders = []
            for n in range(40):
                number = f"81870000000{batch:02d}{n:03d}"
                orders.append(_order_rows(number, line, "Item"))
                line += 3
            if batch == 1:
                orders.insert(17, _order_rows("8187000000009999", line, "Old"))
                line += 1
            writer.write(orders)
        expected = {}
        line = 2
        for batch in range(3):
            for n in range(40):
                expected[f"81870000000{batch:02d}{n:03d}"] = line
                line += 3
            if batch == 1:
                line += 1
        assert {number: writer.first_line(number) for number in expected} == expected
        assert writer.first_line("8187000000009999") == 2 + 2 * 40 * 3  # stored before
        assert writer.first_line("8187000000000404") is None
        session.rollback()


def test_the_imports_own_values_written_into_the_statement_are_stored_as_given() -> None:
    """The platform and the import's time go into the orders' statement as literals: a
    quote in a text is doubled, an integer stays an integer; a NUL is never written there."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, p TEXT, n)")
    sqlite_insert(conn, "main.t", ("a",), [("x",), ("y",)], scattered=True,
                  literals={"p": "o'brien; DROP TABLE t; --", "n": 1_800_000_000})
    assert conn.execute("SELECT a, p, n, typeof(n) FROM t ORDER BY id").fetchall() == [
        ("x", "o'brien; DROP TABLE t; --", 1_800_000_000, "integer"),
        ("y", "o'brien; DROP TABLE t; --", 1_800_000_000, "integer")]
    for odd in ("nul\x00", 1.5, True):
        with pytest.raises(ValueError):
            sqlite_insert(conn, "main.t", ("a",), [("z",)], scattered=True,
                          literals={"p": odd})  # type: ignore[dict-item]
    assert conn.execute("SELECT COUNT(*) FROM t").fetchone() == (2,)


@pytest.mark.parametrize("before", [-2000, 100, -(BULK_CACHE_KIB * 2)])
def test_a_large_import_writes_with_a_wider_page_cache_and_gives_it_back(
        sqlite_ctx: AppContext, before: int) -> None:
    """From the moment it is told the file is large until `finish`, the writer's connection
    has a page cache of BULK_CACHE_KIB at least (the index of order numbers takes an entry
    at a random place per order); a cache as wide or wider is left as it is; the connection
    then has the cache it had (in KiB or in pages)."""
    with sqlite_ctx.session() as session:
        conn = session.connection().connection.driver_connection
        conn.execute(f"PRAGMA cache_size = {before}")
        writer = OrderWriter(conn, 1_800_000_000)
        writer.expect(BULK_ROWS - 1)
        assert conn.execute("PRAGMA cache_size").fetchone() == (before,)
        writer.expect(BULK_ROWS)
        during = conn.execute("PRAGMA cache_size").fetchone()[0]
        assert during == min(before, -BULK_CACHE_KIB)
        writer.write([_order_rows("8187000000000001", 2, "Lamp")])
        writer.finish()
        assert conn.execute("PRAGMA cache_size").fetchone() == (before,)
        assert _numbers_by_id(conn)[0][1] == "8187000000000001"
        session.rollback()
