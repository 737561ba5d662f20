"""Importing the platform's e-mails into a real database: empty dates filled, dates the buyer
entered kept, orders known only from mail created and marked, the same mail read twice changes
nothing, and a dry run, a cancel or a failure writes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.errors import UserError
from aliassist.progress import Cancelled, Progress
from aliassist.services.context import AppContext
from aliassist.services.mail_import import (
    apply_mail_import,
    import_mail,
    numbers_from_mail,
    plan_mail_import,
    read_mail,
)
from aliassist.store.repository import find_order_id, load_order, save_order
from tests.importers.mail_corpus import CORPUS, write_mbox

BUYER_SHIPPED = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _store(ctx: AppContext, number: str, **values: object) -> None:
    order = rec.Order(number=number, placed_at=datetime(2026, 3, 1, tzinfo=UTC), **values)
    with ctx.session() as session, session.begin():
        save_order(session, order, now=ctx.now())


def _order(ctx: AppContext, number: str) -> rec.Order:
    with ctx.session() as session:
        order_id = find_order_id(session, number)
        assert order_id is not None, number
        return load_order(session, order_id)


def test_mail_fills_empty_dates_and_keeps_the_buyers(ctx: AppContext) -> None:
    _store(ctx, "8180000000000101", shipped_at=BUYER_SHIPPED)
    _store(ctx, "8180000000000202")
    report = import_mail(ctx, [CORPUS])
    first = _order(ctx, "8180000000000101")
    assert first.shipped_at == BUYER_SHIPPED  # entered by the buyer: kept
    assert first.delivered_at == datetime(2026, 3, 20, 14, 5, tzinfo=UTC)
    assert first.tracking_number == "LP00123456789012"
    assert first.placed_at == datetime(2026, 3, 1, tzinfo=UTC)  # the exporter's date: kept
    second = _order(ctx, "8180000000000202")
    assert second.delivered_at == datetime(2026, 3, 20, 14, 5, tzinfo=UTC)
    assert second.confirmed_at == datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
    assert {o.number for o in report.updated} == {"8180000000000101", "8180000000000202"}


def test_mail_replaces_an_estimate_and_the_date_becomes_a_fact(ctx: AppContext) -> None:
    """A receipt date inferred from a "Completed" status (at the earliest: the order date) and a
    delivery date taken from tracking are estimates: the platform's own mail replaces them, and
    they stop being estimates; a date the buyer entered is kept (the test above)."""
    placed = datetime(2026, 3, 1, tzinfo=UTC)
    _store(ctx, "8180000000000202", confirmed_at=placed, confirmed_estimate="order_status",
           delivered_at=placed, delivered_estimate="tracking_update",
           date_only=frozenset({"placed_at", "confirmed_at"}))
    import_mail(ctx, [CORPUS])
    order = _order(ctx, "8180000000000202")
    assert order.confirmed_at == datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
    assert order.delivered_at == datetime(2026, 3, 20, 14, 5, tzinfo=UTC)
    assert order.confirmed_estimate is None and order.delivered_estimate is None
    assert order.date_only == frozenset({"placed_at"})


def test_orders_known_only_from_mail_are_created_and_marked(ctx: AppContext) -> None:
    _store(ctx, "8180000000000101")
    report = import_mail(ctx, [CORPUS])
    created = {o.number for o in report.created}
    assert "8180000000000101" not in created
    assert created == numbers_from_mail(ctx)
    russian = _order(ctx, "8180000000000303")
    assert russian.shipped_at == datetime(2026, 3, 4, 8, 0, tzinfo=UTC)
    assert russian.placed_at == russian.shipped_at  # no placed mail: its earliest mail
    assert russian.confirmed_at == datetime(2026, 3, 28, 15, 30, tzinfo=UTC)
    assert russian.tracking_number == "RB123456789CN"
    paid_only = _order(ctx, "8180000000000707")
    assert paid_only.placed_at == datetime(2026, 3, 1, 1, 13, 2, tzinfo=UTC)


def test_the_same_mail_read_twice_changes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    first = import_mail(ctx, [CORPUS])
    assert first.events
    again = import_mail(ctx, [write_mbox(tmp_path / "same.mbox")])
    assert again.events == [] and again.orders == []
    assert again.already_read == len(first.scan.found)
    assert again.to_json()["orders_updated"] == 0 and again.to_json()["orders_created"] == 0


def test_a_dry_run_writes_nothing_and_reports_what_would_change(ctx: AppContext) -> None:
    report = import_mail(ctx, [CORPUS], dry_run=True)
    assert report.dry_run and report.created
    with ctx.session() as session:
        assert find_order_id(session, "8180000000000303") is None
    assert numbers_from_mail(ctx) == set()


def test_the_preview_shows_old_and_new_values_with_their_message(ctx: AppContext) -> None:
    _store(ctx, "8180000000000505", delivered_at=None, shipped_at=BUYER_SHIPPED)
    scan = read_mail(ctx, [CORPUS / "de_delivered_cp1252.eml", CORPUS / "de_dispute_closed.eml"])
    plan = plan_mail_import(ctx, scan)
    (order,) = plan.orders
    assert not order.created
    assert [(c.field, c.old, c.new.isoformat(), c.message_id) for c in order.changes] == [
        ("delivered_at", None, "2026-03-18T15:00:00+01:00",
         "<de-delivered-0505@notice.aliexpress.com>")]
    assert [e.event for e in order.events] == ["delivered", "dispute_closed"]


def test_apply_respects_a_date_entered_after_the_preview(ctx: AppContext) -> None:
    _store(ctx, "8180000000000505")
    scan = read_mail(ctx, [CORPUS / "de_delivered_cp1252.eml"])
    assert plan_mail_import(ctx, scan).updated
    entered = datetime(2026, 3, 17, tzinfo=UTC)
    _store(ctx, "8180000000000505", delivered_at=entered)
    apply_mail_import(ctx, scan)
    assert _order(ctx, "8180000000000505").delivered_at == entered


class _CancelAfter(Progress):
    def __init__(self, steps: int):
        super().__init__()
        self.steps = steps

    def report(self, done: int, total: int | None, text: str) -> None:
        self.steps -= 1
        if self.steps <= 0:
            self.cancel()


def test_a_cancelled_import_writes_nothing(ctx: AppContext) -> None:
    with pytest.raises(Cancelled):
        import_mail(ctx, [CORPUS], progress=_CancelAfter(3))
    with ctx.session() as session:
        assert find_order_id(session, "8180000000000303") is None


@pytest.mark.sqlite_only  # the failure is a SQLite trigger
def test_a_failure_while_writing_leaves_nothing_half_written(ctx: AppContext) -> None:
    scan = read_mail(ctx, [CORPUS])
    with ctx.session() as session, session.begin():
        session.connection().exec_driver_sql(
            "CREATE TRIGGER refuse AFTER INSERT ON mail_events WHEN "
            "NEW.message_id LIKE '<pl-%' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(Exception, match="disk full"):
        apply_mail_import(ctx, scan)
    assert numbers_from_mail(ctx) == set()
    with ctx.session() as session:
        assert find_order_id(session, "8180000000000101") is None


def test_paths_that_hold_no_mail_are_refused(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        import_mail(ctx, [tmp_path / "missing.mbox"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="no mail found"):
        import_mail(ctx, [tmp_path / "empty"])
