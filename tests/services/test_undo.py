"""Undo and redo through the services: the orders' whole state before and after a change, put
back exactly (read back from the database), for edits, deletions, dispute steps and evidence."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from aliassist.errors import UserError
from aliassist.services import evidence as evidence_service
from aliassist.services.context import AppContext
from aliassist.services.disputes import (
    dispute_views,
    find_order,
    record_step,
    remove_last_step,
)
from aliassist.services.orders import (
    OrderChangedError,
    delete_orders,
    get_order,
    get_order_for_edit,
    save_edited_order,
)
from aliassist.services.undo import changing, put_back
from aliassist.store import schema as db
from aliassist.store.order_snapshots import order_rows
from tests.conftest import NOW
from tests.domain.test_precheck import CLEAN
from tests.photos import save_photo
from tests.services.test_disputes import NUMBER, open_one, store

DAY = timedelta(days=1)


def everything(ctx: AppContext, order_id: int) -> Any:
    """Every row the order owns, as the database holds it (but the order's version, which
    every put-back advances: see test_a_put_back_is_a_newer_version)."""
    with ctx.session() as session:
        rows = order_rows(session, order_id).rows
    return tuple((name, tuple({k: v for k, v in row.items() if k != "version"} for row in got)
                  if name == db.Order.__tablename__ else got) for name, got in rows)


@pytest.fixture
def order_id(ctx: AppContext) -> int:
    store(ctx, CLEAN)
    return find_order(ctx, NUMBER)[0]


def test_a_put_back_is_a_newer_version(ctx: AppContext, order_id: int) -> None:
    """An editor that opened the order before an undo cannot save over it (team mode)."""
    opened = get_order_for_edit(ctx, order_id)
    edited = replace(opened.order, note="asked the seller twice")
    _, change = changing(ctx, [order_id], lambda: save_edited_order(
        ctx, edited, order_id, expected_version=opened.version))
    stale = get_order_for_edit(ctx, order_id)
    put_back(ctx, change.before, change.after)
    assert get_order_for_edit(ctx, order_id).version > stale.version
    with pytest.raises(OrderChangedError):
        save_edited_order(ctx, replace(stale.order, store="Other"), order_id,
                          expected_version=stale.version)
    put_back(ctx, change.after, change.before)  # the redo is not taken for someone's change
    assert get_order(ctx, order_id).note == "asked the seller twice"


def test_an_edit_is_undone_and_redone_exactly(ctx: AppContext, order_id: int) -> None:
    open_one(ctx)
    record_step(ctx, NUMBER, None, "seller_responded", at=NOW - 2 * DAY)
    before = everything(ctx, order_id)
    edited = replace(get_order(ctx, order_id), note="asked the seller twice", store="Other")
    _, change = changing(ctx, [order_id], lambda: save_edited_order(ctx, edited, order_id))
    after = everything(ctx, order_id)
    assert after != before

    put_back(ctx, change.before)
    assert everything(ctx, order_id) == before  # the dispute's steps kept their ids too
    assert get_order(ctx, order_id).note is None
    put_back(ctx, change.after)
    assert everything(ctx, order_id) == after


def test_a_deletion_is_undone_with_the_same_ids_and_history(ctx: AppContext,
                                                            order_id: int) -> None:
    open_one(ctx)
    before = everything(ctx, order_id)
    _, change = changing(ctx, [order_id], lambda: delete_orders(ctx, [order_id]))
    assert everything(ctx, order_id) == ()
    put_back(ctx, change.before)
    assert everything(ctx, order_id) == before
    assert [e.kind for e in dispute_views(ctx, NUMBER)[1][0].events] == ["opened"]
    put_back(ctx, change.after)
    assert everything(ctx, order_id) == ()


def test_a_new_order_is_undone_by_removing_it(ctx: AppContext) -> None:
    new = replace(CLEAN, number="8187000000000099")
    saved, change = changing(ctx, [], lambda: save_edited_order(ctx, new),
                             lambda saved: [saved])
    put_back(ctx, change.before)
    assert everything(ctx, saved) == ()
    put_back(ctx, change.after)
    assert get_order(ctx, saved).number == "8187000000000099"


def test_undo_refuses_when_another_order_took_the_number(ctx: AppContext, order_id: int) -> None:
    store(ctx, replace(CLEAN, number="8187000000000002"))  # the new one gets a new id
    _, change = changing(ctx, [order_id], lambda: delete_orders(ctx, [order_id]))
    store(ctx, replace(CLEAN, store="A newer order with the same number"))
    with pytest.raises(UserError, match=f"another order now has the number {NUMBER}"):
        put_back(ctx, change.before, change.after)
    newer = find_order(ctx, NUMBER)[0]
    assert get_order(ctx, newer).store == "A newer order with the same number"


def test_undo_refuses_when_the_order_changed_since(ctx: AppContext, order_id: int) -> None:
    """A deleted order's id taken by a new one, or an order an import changed after the edit:
    putting the old state back would lose that work."""
    _, deleted = changing(ctx, [order_id], lambda: delete_orders(ctx, [order_id]))
    store(ctx, replace(CLEAN, number="8187000000000077"))
    newer = find_order(ctx, "8187000000000077")[0]
    if newer == order_id:  # SQLite gives it the free id (PostgreSQL's sequence never does)
        with pytest.raises(UserError, match="order 8187000000000077 has changed since"):
            put_back(ctx, deleted.before, deleted.after)
    assert get_order(ctx, newer).number == "8187000000000077"
    edited = replace(get_order(ctx, newer), note="mine")
    _, edit = changing(ctx, [newer], lambda: save_edited_order(ctx, edited, newer))
    store(ctx, replace(edited, store="Updated by an import"))
    with pytest.raises(UserError, match="has changed since"):
        put_back(ctx, edit.before, edit.after)
    assert get_order(ctx, newer).store == "Updated by an import"


def test_a_step_recorded_by_mistake_is_removed_with_its_refund(ctx: AppContext,
                                                               order_id: int) -> None:
    open_one(ctx)
    record_step(ctx, NUMBER, None, "seller_responded", at=NOW - 2 * DAY)
    answered = everything(ctx, order_id)
    record_step(ctx, NUMBER, None, "refunded", at=NOW - DAY)
    assert get_order(ctx, order_id).payments

    removed = remove_last_step(ctx, NUMBER, "1")
    assert removed.step == "refunded"
    assert removed.dispute.status == "seller_responded" and removed.dispute.closed_at is None
    assert get_order(ctx, order_id).payments == ()
    view = dispute_views(ctx, NUMBER)[1][0]
    assert [e.kind for e in view.events] == ["opened", "seller_responded"]
    rows = dict(everything(ctx, order_id))
    assert rows["disputes"][0]["status"] == dict(answered)["disputes"][0]["status"]

    remove_last_step(ctx, NUMBER, "1")
    dispute = get_order(ctx, order_id).disputes[0]
    assert (dispute.status, dispute.seller_responded_at) == ("open", None)
    with pytest.raises(UserError, match="has no step to remove: only its filing"):
        remove_last_step(ctx, NUMBER, "1")


def test_taking_back_a_return_step_restores_the_earlier_tracking(ctx: AppContext,
                                                                 order_id: int) -> None:
    open_one(ctx)
    record_step(ctx, NUMBER, None, "return_requested", at=NOW - 2 * DAY, tracking="RR1CN")
    record_step(ctx, NUMBER, None, "return_shipped", at=NOW - DAY, tracking="RR2CN")
    dispute = remove_last_step(ctx, NUMBER, None).dispute
    assert (dispute.status, dispute.return_tracking, dispute.return_shipped_at) == (
        "return_requested", "RR1CN", None)


def test_removed_evidence_comes_back_with_its_file(ctx: AppContext, order_id: int,
                                                   tmp_path: Path) -> None:
    evidence_service.attach_files(ctx, order_id, [save_photo(tmp_path / "a.jpg", 1)],
                                  kind="own_photo")
    last = len(get_order(ctx, order_id).evidence) - 1
    sha = get_order(ctx, order_id).evidence[last].sha256
    before = everything(ctx, order_id)
    removed, change = changing(ctx, [order_id], lambda: evidence_service.detach(
        ctx, order_id, [last], keep_files=True))
    assert not removed[0].deleted and ctx.vault.exists(sha)  # kept while it can come back
    put_back(ctx, change.before)
    assert everything(ctx, order_id) == before and ctx.vault.verify(sha)
    put_back(ctx, change.after)
    assert evidence_service.forget_unreferenced(ctx, [sha]) == {sha}
    assert not ctx.vault.exists(sha)
    with ctx.session() as session:
        assert session.get(db.EvidenceFile, sha) is None
    assert sha not in {e.sha256 for e in get_order(ctx, order_id).evidence}


def test_a_file_something_refers_to_is_never_forgotten(ctx: AppContext, order_id: int,
                                                       tmp_path: Path) -> None:
    evidence_service.attach_files(ctx, order_id, [save_photo(tmp_path / "a.jpg", 1)],
                                  kind="own_photo")
    sha = get_order(ctx, order_id).evidence[-1].sha256
    assert evidence_service.forget_unreferenced(ctx, [sha]) == set()
    assert ctx.vault.verify(sha)


def test_notifications_logged_for_an_order_come_back_with_it(ctx: AppContext,
                                                             order_id: int) -> None:
    with ctx.session() as session, session.begin():
        session.add(db.Notification(key="k", order_id=order_id, clock="protection_end",
                                    event="shown", at=NOW))
    _, change = changing(ctx, [order_id], lambda: delete_orders(ctx, [order_id]))
    put_back(ctx, change.before)
    with ctx.session() as session:
        assert [n.key for n in session.execute(select(db.Notification)).scalars()] == ["k"]
