"""Orders go in and come back as the same records; an update changes only what differs."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from aliassist.domain import records as rec
from aliassist.services.context import AppContext
from aliassist.services.sample import sample_orders
from aliassist.store import schema as db
from aliassist.store.repository import load_orders, save_order


def test_every_sample_order_comes_back_unchanged(ctx: AppContext, now: datetime) -> None:
    orders = sample_orders(now, 14)
    with ctx.session() as session, session.begin():
        assert {save_order(session, o, now=now) for o in orders} == {"created"}
    with ctx.session() as session:
        back = load_orders(session)
    assert sorted(back, key=lambda o: o.number) == sorted(orders, key=lambda o: o.number)
    with ctx.session() as session, session.begin():
        assert {save_order(session, o, now=now) for o in orders} == {"unchanged"}


def test_an_update_keeps_the_dispute_row_and_its_history(ctx: AppContext, now: datetime) -> None:
    order = next(o for o in sample_orders(now, 14) if o.disputes)
    with ctx.session() as session, session.begin():
        save_order(session, order, now=now)
        dispute = session.execute(select(db.Dispute)).scalar_one()
        session.add(db.DisputeEvent(dispute_id=dispute.id, kind="opened", at=now))
        dispute_id = dispute.id
    changed = replace(order, disputes=(replace(order.disputes[0], status="escalated",
                                               escalated_at=now),),
                      items=(*order.items, rec.Item("Spare part", quantity=2)))
    with ctx.session() as session, session.begin():
        assert save_order(session, changed, now=now) == "updated"
    with ctx.session() as session:
        dispute = session.execute(select(db.Dispute)).scalar_one()
        assert dispute.id == dispute_id
        assert dispute.status == "escalated"
        assert len(dispute.events) == 1
        assert load_orders(session)[0] == changed
