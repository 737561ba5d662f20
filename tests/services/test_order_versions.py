"""No lost updates: every save of an order counts a version; an edit made from an older version
is refused with both sides named, and nothing is changed; steps and payments are appended."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from aliassist.domain import records as rec
from aliassist.domain.precheck import PlannedDispute
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.services.disputes import dispute_views, file_dispute, record_payment, record_step
from aliassist.services.orders import OrderChangedError, get_order_for_edit, save_edited_order


def _order(now: datetime) -> rec.Order:
    return rec.Order("8187000000000042", now - timedelta(days=20), store="Lamp World",
                     amount=5000, currency="USD", items=(rec.Item("Desk lamp", price=5000),))


def test_an_edit_from_an_older_version_is_refused_and_names_both(ctx: AppContext,
                                                                 now: datetime) -> None:
    order_id = order_service.save_order_record(ctx, _order(now))
    mine = get_order_for_edit(ctx, order_id)
    theirs = get_order_for_edit(ctx, order_id)
    assert mine.version == theirs.version == 1
    save_edited_order(ctx, dataclasses.replace(theirs.order, note="gift for Anna"), order_id,
                      expected_version=theirs.version)
    with pytest.raises(OrderChangedError) as refused:
        save_edited_order(ctx, dataclasses.replace(mine.order, store="Bright Store"), order_id,
                          expected_version=mine.version)
    error = refused.value
    assert error.expected == 1 and error.version == 2
    assert error.fields == ["store", "note"]
    assert error.mine.store == "Bright Store" and error.theirs.note == "gift for Anna"
    message = str(error)
    assert "order 8187000000000042 was saved by " in message
    assert "(version 2) after you opened it (version 1)" in message
    assert "differ in: store, note" in message and "open the order (or export it) again" in message
    stored = order_service.get_order(ctx, order_id)
    assert stored.note == "gift for Anna" and stored.store == "Lamp World"
    # made again on the newer version, both changes are kept
    again = get_order_for_edit(ctx, order_id)
    save_edited_order(ctx, dataclasses.replace(again.order, store="Bright Store"), order_id,
                      expected_version=again.version)
    stored = order_service.get_order(ctx, order_id)
    assert (stored.note, stored.store) == ("gift for Anna", "Bright Store")
    assert get_order_for_edit(ctx, order_id).version == 3


def test_a_save_that_changes_nothing_is_never_refused(ctx: AppContext, now: datetime) -> None:
    order_id = order_service.save_order_record(ctx, _order(now))
    old = get_order_for_edit(ctx, order_id)
    order_service.save_order_record(ctx, dataclasses.replace(old.order, note="x"), order_id)
    order_service.save_order_record(ctx, old.order, order_id)  # back as it was: version 3
    assert get_order_for_edit(ctx, order_id).version == 3
    order_service.save_order_record(ctx, old.order, order_id, expected_version=old.version)


def test_payments_and_steps_count_as_saves(ctx: AppContext, now: datetime) -> None:
    order_id = order_service.save_order_record(ctx, _order(now))
    opened = get_order_for_edit(ctx, order_id)
    record_payment(ctx, "8187000000000042", "partial_refund", amount="10.00")
    assert get_order_for_edit(ctx, order_id).version == 2
    with pytest.raises(OrderChangedError) as refused:
        save_edited_order(ctx, dataclasses.replace(opened.order, note="late"), order_id,
                          expected_version=opened.version)
    assert refused.value.fields == ["note", "payments"]
    assert len(order_service.get_order(ctx, order_id).payments) == 1


def test_each_change_names_who_made_it(ctx: AppContext, now: datetime,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The name in ALIASSIST_NAME, else the database role on a team database (none on a SQLite
    file): on each dispute step, and in the refusal of an edit made from an older version."""
    role = "aliassist" if ctx.store.path is None else None  # the test cluster's role
    order_id = order_service.save_order_record(ctx, _order(now))
    opened = get_order_for_edit(ctx, order_id)
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    file_dispute(ctx, order_id, PlannedDispute("damaged", 0, None, None,
                                               "The lamp arrived with a cracked base."),
                 force=True)
    with pytest.raises(OrderChangedError, match="was saved by Anna at "):
        save_edited_order(ctx, dataclasses.replace(opened.order, note="x"), order_id,
                          expected_version=opened.version)
    monkeypatch.delenv("ALIASSIST_NAME")
    record_step(ctx, "8187000000000042", None, "escalated")
    _, views = dispute_views(ctx, "8187000000000042")
    assert [(e.kind, e.by) for e in views[0].events] == [
        ("opened", "Anna"), ("precheck_override", "Anna"), ("escalated", role)]
    with pytest.raises(OrderChangedError) as refused:
        save_edited_order(ctx, dataclasses.replace(opened.order, note="y"), order_id,
                          expected_version=opened.version)
    assert refused.value.saved_by == role
