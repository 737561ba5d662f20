"""Imports larger than one batch of the bulk writer (1,000 orders): rows that come back to an
order written batches earlier, into a database that already holds some of the file's orders,
are merged or refused exactly as in a small file, with the line the order first came on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.progress import Cancelled, Progress
from aliassist.services.context import AnyContext, AppContext
from aliassist.services.imports import ImportSource, run_import
from aliassist.store.bulk_import import BULK_ROWS
from aliassist.store.repository import load_orders

HEADER = ("Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"
          "Store Link\n")
ORDERS = 2500  # two and a half batches


def number(n: int) -> str:
    return f"8187{n:011d}1"


def row(n: int, day: str = "Mar 05 2026", title: str = "Cable", price: str = "1.00",
        status: str = "To ship", store: str = "S") -> str:
    return f"{number(n)},{day},{status},{title},,US,{price},{store},\n"


def stored(ctx: AppContext) -> dict[str, rec.Order]:
    with ctx.session() as session:
        return {o.number: o for o in load_orders(session)}


def test_rows_coming_back_to_an_order_batches_later_merge_or_are_refused(ctx: AppContext
                                                                         ) -> None:
    lines = [row(n) for n in range(ORDERS)]                       # lines 2..2501
    lines.append(row(0, title="Second item", price="2.50"))       # 2502: one more item
    lines.append(row(1, day="Mar 09 2026", title="Other"))       # 2503: another date
    lines.append(row(2, store="Elsewhere", title="Other"))        # 2504: another store
    lines.append(row(3))                                          # 2505: repeats line 5
    report = run_import(ctx, ImportSource(text=HEADER + "".join(lines)))
    assert len(report.imported) == ORDERS and report.imported[0] == number(0)
    assert report.imported[-1] == number(ORDERS - 1)
    reasons = {s.line: s.reason for s in report.skipped}
    assert sorted(reasons) == [2503, 2504, 2505]
    assert "dated 2026-03-05 on line 3 but 2026-03-09 here" in reasons[2503]
    assert "from 'S' on line 4 but from 'Elsewhere' here" in reasons[2504]
    assert f"repeats an earlier row of order {number(3)}" in reasons[2505]
    orders = stored(ctx)
    assert len(orders) == ORDERS
    first = orders[number(0)]
    assert [i.title for i in first.items] == ["Cable", "Second item"] and first.amount == 350


def test_a_large_file_into_a_database_holding_some_of_its_orders(ctx: AppContext) -> None:
    run_import(ctx, ImportSource(text=HEADER + "".join(row(n) for n in range(0, ORDERS, 2))))
    newer = [row(n, status="Awaiting delivery" if n % 4 == 0 else "To ship")
             for n in range(ORDERS)]
    newer.append(row(4, day="Mar 09 2026"))  # line 2502: an order stored before, another date
    newer.append(row(7, title="More", price="0.50"))  # 2503: an order new in this file
    report = run_import(ctx, ImportSource(text=HEADER + "".join(newer)))
    assert len(report.imported) == ORDERS // 2
    assert set(report.imported) == {number(n) for n in range(1, ORDERS, 2)}
    assert len(report.updated) == len(range(0, ORDERS, 4))
    assert len(report.unchanged) == ORDERS // 2 - len(range(0, ORDERS, 4))
    reasons = {s.line: s.reason for s in report.skipped}
    assert list(reasons) == [2502]
    assert "dated 2026-03-05 on line 6 but 2026-03-09 here" in reasons[2502]
    orders = stored(ctx)
    assert len(orders) == ORDERS
    assert orders[number(4)].status_text == "Awaiting delivery"
    assert orders[number(2)].status_text == "To ship"
    assert [i.title for i in orders[number(7)].items] == ["Cable", "More"]
    assert orders[number(7)].amount == 150
    again = run_import(ctx, ImportSource(text=HEADER + "".join(newer)))
    assert len(again.imported) == 0 and len(again.unchanged) == ORDERS


def test_a_dry_run_of_a_large_file_writes_nothing_and_a_second_import_still_works(
        ctx: AppContext) -> None:
    text = HEADER + "".join(row(n) for n in range(ORDERS)) + row(5, day="Mar 09 2026")
    dry = run_import(ctx, ImportSource(text=text), dry_run=True)
    assert len(dry.imported) == ORDERS and [s.line for s in dry.skipped] == [ORDERS + 2]
    assert stored(ctx) == {}
    done = run_import(ctx, ImportSource(text=text))
    assert len(done.imported) == ORDERS
    assert "on line 7 but" in done.skipped[0].reason


#: a file large enough for the bulk path that builds the orders' plain indexes once at the end
BULK = BULK_ROWS + 2000


@pytest.fixture(params=["session", "plain"])
def importer(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[AnyContext]:
    """What a large import runs on: the app's session, or the file opened plain (as the
    command line opens it), whose bulk write leaves foreign keys unchecked and puts new orders
    in many a statement."""
    if request.param == "session":
        yield ctx
        return
    from aliassist.services.plain_context import open_plain_context

    plain = open_plain_context(ctx.store.path, None, None, "2026-11-21T12:00:00Z")
    assert plain is not None
    try:
        yield plain
    finally:
        plain.close()


def schema_and_check(db: Path) -> tuple[list[tuple[str, str, str]], str, str]:
    """The orders' indexes as the schema defines them, SQLite's check of every index against
    its table (and of every foreign key), and the plan of a query by order date."""
    with sqlite3.connect(db) as conn:
        indexes = conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = "
                               "'index' AND tbl_name = 'orders' ORDER BY name").fetchall()
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        plan = " ".join(str(r[-1]) for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM orders WHERE placed_at > 0"))
    conn.close()
    return indexes, check, plan


@pytest.mark.sqlite_only
def test_a_file_larger_than_the_stored_orders_keeps_their_indexes_and_refuses_duplicates(
        ctx: AppContext, importer: AnyContext) -> None:
    assert ctx.store.path is not None
    run_import(ctx, ImportSource(text=HEADER + "".join(row(n) for n in range(0, 600, 2))))
    indexes, _, _ = schema_and_check(ctx.store.path)
    assert {name for name, _, _ in indexes} >= {"ix_orders_placed_at", "ix_orders_account_id"}
    lines = [row(n, status="Awaiting delivery" if n < 600 else "To ship") for n in range(BULK)]
    lines.append(row(4, day="Mar 09 2026"))       # an order stored before, another date
    lines.append(row(BULK - 2000, day="Mar 09 2026"))  # a new order written batches earlier
    lines.append(row(BULK - 1999))                # repeats its first row
    lines.append(row(BULK - 1, store="Elsewhere", title="Other"))  # another store
    report = run_import(importer, ImportSource(text=HEADER + "".join(lines)))
    assert len(report.imported) == BULK - 300 and len(report.updated) == 300
    reasons = {s.line: s.reason for s in report.skipped}
    assert sorted(reasons) == [BULK + 2, BULK + 3, BULK + 4, BULK + 5]
    assert "dated 2026-03-05 on line 6 but 2026-03-09 here" in reasons[BULK + 2]
    assert f"dated 2026-03-05 on line {BULK - 1998} but 2026-03-09 here" in reasons[BULK + 3]
    assert "repeats an earlier row of order" in reasons[BULK + 4]
    assert f"from 'S' on line {BULK + 1} but from 'Elsewhere' here" in reasons[BULK + 5]
    after, check, plan = schema_and_check(ctx.store.path)
    assert after == indexes and check == "ok" and "ix_orders_placed_at" in plan
    orders = stored(ctx)
    assert len(orders) == BULK
    assert orders[number(4)].status_text == "Awaiting delivery"
    assert [i.title for i in orders[number(BULK - 1999)].items] == ["Cable"]
    again = run_import(importer, ImportSource(text=HEADER + "".join(lines)))
    assert len(again.imported) == 0 and len(again.unchanged) == BULK


class CancelWhileReading(Progress):
    """Cancels the import once it has read this many lines (as the window's Cancel does)."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line

    def report(self, done: int, total: int | None, text: str) -> None:
        if text.startswith("Reading line") and int(text.split()[-1].rstrip("…")
                                                   .replace(",", "")) >= self.line:
            self.cancel()


@pytest.mark.sqlite_only
def test_a_large_import_cancelled_or_dry_run_leaves_the_orders_and_their_indexes(
        ctx: AppContext) -> None:
    assert ctx.store.path is not None
    run_import(ctx, ImportSource(text=HEADER + row(1) + row(2)))
    before = schema_and_check(ctx.store.path)
    cache = page_cache(ctx)
    text = HEADER + "".join(row(n) for n in range(BULK))
    with pytest.raises(Cancelled):
        run_import(ctx, ImportSource(text=text), progress=CancelWhileReading(BULK // 2))
    assert schema_and_check(ctx.store.path) == before
    assert set(stored(ctx)) == {number(1), number(2)}
    assert page_cache(ctx) == cache  # the import's wider cache given back all the same
    dry = run_import(ctx, ImportSource(text=text), dry_run=True)
    assert len(dry.imported) == BULK - 2
    assert schema_and_check(ctx.store.path) == before
    assert set(stored(ctx)) == {number(1), number(2)}
    assert page_cache(ctx) == cache


def page_cache(ctx: AppContext) -> int:
    """The cache_size of the connection the next transaction gets (the one an import used)."""
    with ctx.session() as session:
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


@pytest.mark.sqlite_only
def test_a_large_file_whose_first_rows_are_all_bad_still_goes_in_whole(
        ctx: AppContext, importer: AnyContext) -> None:
    """Nothing written yet when the file's size is known: the indexes are dropped in the
    import's own transaction all the same, and built again."""
    assert ctx.store.path is not None
    before = schema_and_check(ctx.store.path)
    bad = [f"{number(n)},,To ship,Cable,,US,1.00,S,\n" for n in range(5000)]  # no date
    text = HEADER + "".join(bad) + "".join(row(n) for n in range(5000, BULK))
    report = run_import(importer, ImportSource(text=text))
    assert len(report.imported) == BULK - 5000 and len(report.skipped) == 5000
    assert "the order date is missing" in report.skipped[0].reason
    assert schema_and_check(ctx.store.path) == before
    assert len(stored(ctx)) == BULK - 5000


@pytest.mark.sqlite_only
def test_a_bulk_import_for_an_account_keeps_its_partial_index_whole(ctx: AppContext,
                                                                     importer: AnyContext
                                                                     ) -> None:
    """The account's and the assignee's indexes are partial: a bulk import keeps them as it
    goes (it drops and builds again only the plain one), with every order under its account."""
    assert ctx.store.path is not None
    before, _, _ = schema_and_check(ctx.store.path)
    run_import(importer, ImportSource(text=HEADER + "".join(row(n) for n in range(BULK))),
               account="me@example.com")
    after, check, plan = schema_and_check(ctx.store.path)
    assert after == before and check == "ok" and "ix_orders_placed_at" in plan
    assert "WHERE account_id IS NOT NULL" in dict((n, s) for n, _, s in after)[
        "ix_orders_account_id"]
    with sqlite3.connect(ctx.store.path) as conn:
        query = ("SELECT COUNT(*) FROM orders WHERE account_id = (SELECT id FROM accounts "
                 "WHERE label = 'me@example.com')")
        assert conn.execute(query).fetchone() == (BULK,)
        plan = " ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {query}"))
        assert "ix_orders_account_id" in plan, plan
    conn.close()
