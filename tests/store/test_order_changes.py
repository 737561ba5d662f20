"""The order triggers of a team database: each committed statement that writes an order or a
row of one announces the orders' ids on the channel the windows listen on (once per
statement, not per row), nothing when the transaction rolls back; an upgraded database gets
the triggers from migration 0007, a new one when it is created."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import create_engine, text

from aliassist.domain import records as rec
from aliassist.services.context import AppContext, open_context
from aliassist.services.disputes import record_step
from aliassist.store.order_changes import CHANNEL, MAX_PAYLOAD, parse_payload
from aliassist.store.repository import save_order, saved_order_id
from tests.conftest import NOW
from tests.pg import Cluster


@pytest.fixture
def team(pg_url: str) -> Iterator[AppContext]:
    ctx = open_context(url=pg_url, now=NOW)
    yield ctx
    ctx.close()


@pytest.fixture
def listener(team: AppContext, pg_cluster: Cluster) -> Iterator[psycopg.Connection]:
    conn = psycopg.connect(host=str(pg_cluster.folder), user="aliassist", dbname="postgres",
                           autocommit=True)
    conn.execute(f"LISTEN {CHANNEL}")
    yield conn
    conn.close()


def heard(conn: psycopg.Connection) -> list[str]:
    return [n.payload for n in conn.notifies(timeout=0.5)]


def add(ctx: AppContext, number: str, **changes: object) -> int:
    order = rec.Order(number, NOW - timedelta(days=20), **changes)  # type: ignore[arg-type]
    with ctx.session() as session, session.begin():
        save_order(session, order, now=NOW)
        return saved_order_id(session, order)


def test_a_committed_change_names_its_order_and_a_rolled_back_one_nothing(
        team: AppContext, listener: psycopg.Connection) -> None:
    first = add(team, "8187000000000001",
                disputes=(rec.Dispute("not_received", opened_at=NOW),))
    second = add(team, "8187000000000002")
    assert {i for p in heard(listener) for i in parse_payload(p) or ()} == {first, second}
    record_step(team, "8187000000000001", None, "seller_responded", at=NOW)  # its order
    assert {i for p in heard(listener) for i in parse_payload(p) or ()} == {first}
    with team.store.engine.connect() as conn:
        conn.execute(text("UPDATE orders SET store = 'x' WHERE id = :i"), {"i": second})
        conn.rollback()
    assert heard(listener) == []
    with team.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM orders WHERE id = :i"), {"i": second})
    assert {i for p in heard(listener) for i in parse_payload(p) or ()} == {second}


def test_a_bulk_write_is_a_few_notifications_not_one_per_row(
        team: AppContext, listener: psycopg.Connection) -> None:
    with team.store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO orders (platform, number, placed_at, version) "
            "SELECT 'aliexpress', (8187000000000000 + g)::text, 1780000000, 1 "
            "FROM generate_series(1, 3000) g"))
    payloads = heard(listener)
    assert payloads == ["*"]  # 3000 ids do not fit one notification: reload everything
    with team.store.engine.begin() as conn:
        conn.execute(text("UPDATE orders SET store = 'Bulk' WHERE id <= 10"))
    payloads = heard(listener)
    assert len(payloads) == 1 and len(parse_payload(payloads[0]) or ()) == 10
    assert len(payloads[0]) <= MAX_PAYLOAD


OURS = ("SELECT COUNT(DISTINCT trigger_name) FROM information_schema.triggers "
        "WHERE trigger_name LIKE 'aliassist_%' AND trigger_schema = current_schema()")


def test_an_upgraded_team_database_gets_the_triggers(pg_url: str) -> None:
    from tests.store.test_migrations import _migrate

    _migrate(pg_url, "0006")
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text(OURS)).scalar() == 0
        ctx = open_context(url=pg_url, now=NOW)
        ctx.close()
        with engine.connect() as conn:
            assert conn.execute(text(OURS)).scalar() == 21  # 7 tables x 3 statements
    finally:
        engine.dispose()
