"""Two people on one team database (PostgreSQL), in two processes, editing the same order at
the same moment: nothing is lost. An edit made from an older version is refused and made again
on the newer one; payments recorded at once are all appended."""

from __future__ import annotations

import dataclasses
import multiprocessing
from datetime import timedelta
from typing import Any

import pytest

from aliassist.domain import records as rec
from aliassist.services.context import open_context
from aliassist.services.disputes import record_payment
from aliassist.services.orders import (
    OrderChangedError,
    get_order,
    get_order_for_edit,
    order_id_of,
    save_edited_order,
    save_order_record,
)
from tests.conftest import NOW

NUMBER = "8187000000000077"


def _edit(url: str, field: str, value: str, barrier: Any, results: Any) -> None:
    """One person's editor: open the order, wait for the other, save; when refused because the
    other saved first, open it again and make the same change on the newer version."""
    ctx = open_context(url=url, now=NOW)
    try:
        order_id = order_id_of(ctx, NUMBER)
        assert order_id is not None
        opened = get_order_for_edit(ctx, order_id)
        barrier.wait(30)
        refused = 0
        while True:
            try:
                save_edited_order(ctx, dataclasses.replace(opened.order, **{field: value}),
                                  order_id, expected_version=opened.version)
                break
            except OrderChangedError as error:
                assert field not in error.fields or error.theirs.note != value
                refused += 1
                opened = get_order_for_edit(ctx, order_id)
        results.put((field, refused))
    finally:
        ctx.close()


def _pay(url: str, times: int, barrier: Any) -> None:
    ctx = open_context(url=url, now=NOW)
    try:
        barrier.wait(30)
        for _ in range(times):
            record_payment(ctx, NUMBER, "partial_refund", amount="1.00")
    finally:
        ctx.close()


def _start(target: Any, *args: Any) -> Any:
    process = multiprocessing.get_context("spawn").Process(target=target, args=args)
    process.start()
    return process


def _stored_order(url: str) -> int:
    ctx = open_context(url=url, now=NOW)
    try:
        return save_order_record(ctx, rec.Order(
            NUMBER, NOW - timedelta(days=20), store="Lamp World", amount=5000, currency="USD",
            items=(rec.Item("Desk lamp", price=5000),)))
    finally:
        ctx.close()


def test_two_people_editing_one_order_at_once_both_keep_their_change(pg_url: str) -> None:
    order_id = _stored_order(pg_url)
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    people = [_start(_edit, pg_url, "note", "gift for Anna", barrier, results),
              _start(_edit, pg_url, "tracking_number", "LP00123456789", barrier, results)]
    for person in people:
        person.join(120)
        assert person.exitcode == 0
    refusals = dict(results.get(timeout=5) for _ in people)
    assert sorted(refusals.values()) == [0, 1]  # the later save was refused once, then made
    ctx = open_context(url=pg_url, now=NOW)
    try:
        stored = get_order(ctx, order_id)
        assert (stored.note, stored.tracking_number) == ("gift for Anna", "LP00123456789")
        assert get_order_for_edit(ctx, order_id).version == 3
    finally:
        ctx.close()


def test_payments_recorded_at_once_all_land(pg_url: str) -> None:
    order_id = _stored_order(pg_url)
    barrier = multiprocessing.get_context("spawn").Barrier(2)
    people = [_start(_pay, pg_url, 12, barrier), _start(_pay, pg_url, 12, barrier)]
    for person in people:
        person.join(120)
        assert person.exitcode == 0
    ctx = open_context(url=pg_url, now=NOW)
    try:
        payments = get_order(ctx, order_id).payments
        assert len(payments) == 24 and sum(p.amount or 0 for p in payments) == 2400
        with ctx.session() as session:
            from sqlalchemy import text

            positions = session.execute(text(
                "SELECT position FROM payments ORDER BY position")).scalars().all()
        assert positions == list(range(24))
        assert get_order_for_edit(ctx, order_id).version == 25
    finally:
        ctx.close()


def test_each_persons_database_role_names_their_steps(pg_cluster: Any, pg_url: str) -> None:
    """Anna (the owner) and Ben log in as their own roles: the history says who did what."""
    schema = pg_url.rsplit("search_path%3D", 1)[1]
    pg_cluster.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ben') "
                   "THEN CREATE ROLE ben LOGIN; END IF; END $$")
    order_id = _stored_order(pg_url)
    pg_cluster.sql(f"GRANT USAGE ON SCHEMA {schema} TO ben; "
                   f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO ben; "
                   f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {schema} TO ben")
    ben_url = pg_url.replace("aliassist@", "ben@", 1)
    anna, ben = open_context(url=pg_url, now=NOW), open_context(url=ben_url, now=NOW)
    try:
        from aliassist.domain.precheck import PlannedDispute
        from aliassist.services.disputes import dispute_views, file_dispute, record_step

        file_dispute(anna, order_id, PlannedDispute("damaged", 0, None, None,
                                                    "The lamp arrived with a cracked base."),
                     force=True)
        record_step(ben, NUMBER, None, "escalated")
        _, views = dispute_views(anna, NUMBER)
        assert [(e.kind, e.by) for e in views[0].events if e.kind != "precheck_override"] == [
            ("opened", "aliassist"), ("escalated", "ben")]
        opened = get_order_for_edit(anna, order_id)
        record_payment(ben, NUMBER, "chargeback")
        with pytest.raises(OrderChangedError, match="was saved by ben at") as refused:
            save_edited_order(anna, dataclasses.replace(opened.order, note="x"), order_id,
                              expected_version=opened.version)
        assert refused.value.saved_by == "ben"
    finally:
        anna.close()
        ben.close()
