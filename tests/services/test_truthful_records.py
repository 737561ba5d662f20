"""What a buyer records is checked the same way on every path, what is blocked for good is not
announced, and an estimate gives way to the real date."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from aliassist.domain import records as rec
from aliassist.domain.instants import parse_instant
from aliassist.errors import UserError
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.services.disputes import (
    OVERRIDE_EVENT,
    DisputeBlockedError,
    file_dispute,
    find_order,
    planned_dispute,
    record_payment,
)
from aliassist.services.notifications import export_calendar, notify_state
from aliassist.store import schema as db
from tests.conftest import NOW

SHANGHAI = ZoneInfo("Asia/Shanghai")


def received_order(number: str = "8187000000000001") -> rec.Order:
    """Placed 20 days ago; receipt confirmed yesterday."""
    return rec.Order(number=number, placed_at=NOW - timedelta(days=20),
                     confirmed_at=NOW - timedelta(days=1), delivery_status="delivered",
                     items=(rec.Item("Desk lamp"),))


def not_received(opened: datetime = NOW) -> rec.Dispute:
    return rec.Dispute("not_received", opened_at=opened,
                       description="The parcel never reached my address; tracking stopped "
                                   "in the sorting centre two weeks ago.")


def events(ctx: AppContext, order_id: int) -> list[tuple[str, str | None]]:
    with ctx.session() as session:
        rows = session.execute(
            select(db.DisputeEvent.kind, db.DisputeEvent.detail)
            .join(db.Dispute, db.Dispute.id == db.DisputeEvent.dispute_id)
            .where(db.Dispute.order_id == order_id)).all()
    return [(kind, detail) for kind, detail in rows]


def test_a_dispute_added_in_the_editor_gets_the_same_precheck_as_the_cli(ctx: AppContext
                                                                        ) -> None:
    order_id = order_service.save_edited_order(ctx, received_order())
    edited = replace(received_order(), disputes=(not_received(),))
    with pytest.raises(DisputeBlockedError) as blocked:
        order_service.save_edited_order(ctx, edited, order_id)
    assert "false_not_received" in [f.rule for f in blocked.value.findings]
    assert "dispute 1" in str(blocked.value)
    assert order_service.get_order(ctx, order_id).disputes == ()  # nothing written
    # the CLI path refuses the same dispute for the same rule
    _, order = find_order(ctx, "8187000000000001")
    planned = planned_dispute(ctx.policy, order, reason="not_received",
                              text=not_received().description)
    with pytest.raises(DisputeBlockedError) as cli_blocked:
        file_dispute(ctx, order_id, planned)
    assert {f.rule for f in cli_blocked.value.findings} == {
        f.rule for f in blocked.value.findings}


def test_an_override_is_explicit_and_recorded_on_every_path(ctx: AppContext) -> None:
    order_id = order_service.save_edited_order(ctx, received_order())
    edited = replace(received_order(), disputes=(not_received(),))
    order_service.save_edited_order(ctx, edited, order_id, force=True)
    assert len(order_service.get_order(ctx, order_id).disputes) == 1
    kinds = events(ctx, order_id)
    assert [k for k, _ in kinds] == [OVERRIDE_EVENT]
    assert "false_not_received" in (kinds[0][1] or "")

    other_id = order_service.save_edited_order(ctx, received_order("8187000000000002"))
    _, order = find_order(ctx, "8187000000000002")
    planned = planned_dispute(ctx.policy, order, reason="not_received",
                              text=not_received().description)
    file_dispute(ctx, other_id, planned, force=True)
    assert [k for k, _ in events(ctx, other_id)] == ["opened", OVERRIDE_EVENT]


def test_an_edit_that_adds_no_dispute_is_not_checked_again(ctx: AppContext) -> None:
    order_id = order_service.save_edited_order(ctx, received_order())
    order_service.save_edited_order(
        ctx, replace(received_order(), disputes=(not_received(),)), order_id, force=True)
    stored = order_service.get_order(ctx, order_id)
    order_service.save_edited_order(ctx, replace(stored, note="asked the seller"), order_id)
    assert order_service.get_order(ctx, order_id).note == "asked the seller"


def test_a_chargeback_stops_the_open_a_dispute_notices_and_events(ctx: AppContext,
                                                                   tmp_path: Path) -> None:
    soon = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=85),
                     shipped_at=NOW - timedelta(days=84), items=(rec.Item("Desk lamp"),))
    order_service.save_order_record(ctx, soon)
    before = notify_state(ctx, NOW)
    assert any(n.number == soon.number for n in before.plan.due)
    assert export_calendar(ctx, tmp_path / "before.ics") > 0

    record_payment(ctx, soon.number, "chargeback", at=NOW)
    after = notify_state(ctx, NOW)
    assert not any(n.number == soon.number for n in after.plan.due)
    assert export_calendar(ctx, tmp_path / "after.ics") == 0
    table = order_service.order_table(ctx)
    assert table.clocks.state.tolist() == [6]  # closed
    assert order_service.get_order(ctx, 1).closed_reason == "card chargeback recorded"


def test_the_table_closes_an_order_whose_partial_refunds_add_up(ctx: AppContext) -> None:
    order = rec.Order(number="8187000000000001", placed_at=NOW - timedelta(days=20),
                      amount=5000, currency="USD", items=(rec.Item("Desk lamp"),))
    order_service.save_order_record(ctx, order)
    record_payment(ctx, order.number, "partial_refund", amount="30.00", at=NOW)
    assert order_service.order_table(ctx).clocks.state.tolist() != [6]
    record_payment(ctx, order.number, "partial_refund", amount="20.00", at=NOW)
    assert order_service.order_table(ctx).clocks.state.tolist() == [6]  # closed, as the pane
    assert order_service.get_order(ctx, 1).closed_reason == "refunded in full"


def test_entering_the_real_date_replaces_the_estimate(ctx: AppContext) -> None:
    placed = parse_instant("2026-07-22", SHANGHAI)
    estimated = rec.Order(number="8187000000000001", placed_at=placed, confirmed_at=placed,
                          confirmed_estimate="order_status", status_text="Completed",
                          date_only=frozenset({"placed_at", "confirmed_at"}))
    order_id = order_service.save_order_record(ctx, estimated)
    table = order_service.order_table(ctx)
    assert table.estimated is not None and table.estimated.tolist() == [True]

    real = parse_instant("2026-08-09", SHANGHAI)
    order_service.enter_real_date(ctx, order_id, "confirmed_at", real, date_only=True)
    order_service.enter_real_date(ctx, order_id, "protection_ends_at",
                                  parse_instant("2026-10-20", SHANGHAI), date_only=True)
    stored = order_service.get_order(ctx, order_id)
    assert stored.confirmed_at == real and stored.confirmed_estimate is None
    assert stored.date_only == {"placed_at", "confirmed_at", "protection_ends_at"}
    assert order_service.order_table(ctx).estimated.tolist() == [False]  # type: ignore[union-attr]


def test_a_real_date_that_cannot_be_is_refused_and_nothing_changes(ctx: AppContext) -> None:
    placed = parse_instant("2026-07-22", SHANGHAI)
    order = rec.Order(number="8187000000000001", placed_at=placed, confirmed_at=placed,
                      confirmed_estimate="order_status", date_only=frozenset({"placed_at"}))
    order_id = order_service.save_order_record(ctx, order)
    with pytest.raises(UserError) as err:
        order_service.enter_real_date(ctx, order_id, "confirmed_at",
                                      parse_instant("2026-07-01", SHANGHAI), date_only=True)
    assert err.value.where == "confirmed_at" and "before the order date" in err.value.message
    assert order_service.get_order(ctx, order_id) == order


def test_a_dispute_a_data_file_adds_in_the_window_is_prechecked(ctx: AppContext,
                                                                tmp_path: Path) -> None:
    from aliassist.importers.datafile import order_to_json
    from aliassist.services.datafile import import_data

    order_id = order_service.save_edited_order(ctx, received_order())
    document = {"format": "aliassist-data", "version": 1, "orders": [
        order_to_json(replace(received_order(), disputes=(not_received(),)))]}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DisputeBlockedError) as blocked:
        import_data(ctx, path, check_disputes=True)
    assert "orders[0]" in str(blocked.value) and "false_not_received" in str(blocked.value)
    assert order_service.get_order(ctx, order_id).disputes == ()
    import_data(ctx, path, check_disputes=True, force=True)
    assert [k for k, _ in events(ctx, order_id)] == [OVERRIDE_EVENT]
