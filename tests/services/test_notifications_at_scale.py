"""The deadline notices of 100,000 orders, on both engines: worked out from the orders'
integer columns in a handful of rows read (no row per order), the numbers and stores read only
of the orders a notice (or the tray's list of the soonest deadlines) is about."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import event, text

from aliassist.domain.instants import to_epoch
from aliassist.services.context import AppContext
from aliassist.services.notifications import UPCOMING, notify_once, notify_state
from tests.conftest import NOW

ORDERS = 100_000
#: every SOON_EVERY-th order's protection ends in 5 days (a "7 days" notice); the others'
#: in about 80 days, outside every notice window
SOON_EVERY = 20_000
DAY = timedelta(days=1)
#: the number of an order without a notice (its protection ends in about 80 days)
FAR = "8187000000000001"


def fill(ctx: AppContext) -> set[str]:
    """ORDERS orders written by one statement; the numbers of those with a notice due."""
    soon_placed, soon_shipped = to_epoch(NOW - 86 * DAY), to_epoch(NOW - 85 * DAY)
    placed, shipped = to_epoch(NOW - 10 * DAY), to_epoch(NOW - 9 * DAY)
    with ctx.session() as session, session.begin():
        session.execute(text(
            "INSERT INTO orders (platform, number, store, placed_at, shipped_at, "
            "delivery_status, version) "
            f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ORDERS}) "
            "SELECT 'aliexpress', CAST(8187000000000000 + i AS TEXT), 'Lamp World', "
            f"CASE WHEN i % {SOON_EVERY} = 0 THEN {soon_placed} ELSE {placed} END, "
            f"CASE WHEN i % {SOON_EVERY} = 0 THEN {soon_shipped} ELSE {shipped} END, "
            "'delivered', 1 FROM n"))
    return {str(8187000000000000 + i) for i in range(SOON_EVERY, ORDERS + 1, SOON_EVERY)}


@contextmanager
def fetched(ctx: AppContext) -> Iterator[list[list[Any]]]:
    """What the SELECT statements run inside the block return, a list of rows each (each run
    again afterwards, on a connection of its own)."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    results: list[list[Any]] = []
    event.listen(ctx.store.engine, "after_cursor_execute", seen)
    try:
        yield results
    finally:
        event.remove(ctx.store.engine, "after_cursor_execute", seen)
    raw = ctx.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            results.append(list(cursor.fetchall()))
    finally:
        raw.close()


def read_anywhere(results: list[list[Any]], text: str) -> bool:
    return any(text in repr(rows) for rows in results)


def test_the_notices_of_100k_orders_read_a_few_rows(ctx: AppContext) -> None:
    soon = fill(ctx)
    with fetched(ctx) as results:
        state = notify_state(ctx)
    assert {n.number for n in state.plan.due} == soon
    assert {n.threshold for n in state.plan.due} == {7}
    assert len(state.states) == ORDERS
    # the clocks kept, with their orders' numbers: those of the notices and the soonest ahead
    assert len(state.deadlines) <= len(soon) + UPCOMING
    assert set(state.deadlines.number) == soon
    assert sum(len(rows) for rows in results) < 50
    assert all(read_anywhere(results, number) for number in soon)
    assert not read_anywhere(results, FAR)  # no order without a notice is labelled


def test_the_log_of_100k_orders_is_read_a_key_at_a_time(ctx: AppContext) -> None:
    soon = fill(ctx)
    (message,) = notify_once(ctx)
    assert {n.number for n in message.notices} == soon
    with fetched(ctx) as results:
        state = notify_state(ctx)
    assert state.plan.due == ()
    assert state.plan.next_at == NOW + 2 * DAY  # the five cross "3 days" then
    assert sum(len(rows) for rows in results) < 50 + len(soon)
    assert not read_anywhere(results, FAR)
