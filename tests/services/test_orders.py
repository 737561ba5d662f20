"""The table the window shows agrees with the clocks of each order, read one at a time."""

from __future__ import annotations

from datetime import datetime

from aliassist.domain.clocks import STATES, order_clocks, to_datetime
from aliassist.services.context import AppContext
from aliassist.services.orders import due, order_table
from aliassist.services.sample import sample_orders
from aliassist.store.repository import load_order, save_order


def test_the_bulk_table_matches_each_order(ctx: AppContext, now: datetime) -> None:
    with ctx.session() as session, session.begin():
        for order in sample_orders(now, 35, seed=3):
            save_order(session, order, now=now)
    table = order_table(ctx)
    assert len(table) == 35
    with ctx.session() as session:
        for i, order_id in enumerate(table.columns.ids.tolist()):
            order = load_order(session, order_id)
            one = order_clocks(order, ctx.policy, now)
            assert STATES[int(table.clocks.state[i])] == one.state
            assert to_datetime(table.clocks.protection_end[i]) == one.protection_end
            assert to_datetime(table.clocks.dispute_deadline[i]) == one.dispute_deadline
            expected = -2**63 if one.days_left is None else one.days_left
            assert int(table.clocks.days_left[i]) == expected, order.number
            assert table.columns.numbers[i] == order.number
            assert table.columns.titles[i] == order.items[0].title
            assert table.columns.accounts[i] == order.account


def test_due_agrees_with_the_active_clocks(ctx: AppContext, now: datetime) -> None:
    orders = sample_orders(now, 35, seed=4)
    with ctx.session() as session, session.begin():
        for order in orders:
            save_order(session, order, now=now)
    expected = sorted(
        (o.number, c.id, c.at) for o in orders
        for c in order_clocks(o, ctx.policy, now).active()
        if now < c.at and (c.at - now).days < 20)
    got = sorted((d.number, d.clock, d.at) for d in due(ctx, 20))
    assert got == expected
