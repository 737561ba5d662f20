"""Refreshing just some orders' rows of the window's table (what live updates do on a team
database): the result is the table a full read gives, for edits, new orders and deleted ones,
while only the changed orders are read."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

import numpy as np

from aliassist.domain import records as rec
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order, saved_order_id
from tests.conftest import NOW


def same(a: Any, b: Any, where: str = "table") -> None:
    """Equal field by field (arrays element by element, NaT equal to NaT)."""
    if is_dataclass(a) and not isinstance(a, type):
        for f in fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and np.array_equal(a, b, equal_nan=a.dtype.kind in "fmM"), where
    else:
        assert a == b, where


def test_refreshed_rows_give_the_table_a_full_read_gives(ctx: AppContext) -> None:
    orders = sample_orders(NOW, 12)
    with ctx.session() as session, session.begin():
        for order in orders:
            save_order(session, order, now=NOW)
        ids = [saved_order_id(session, o) for o in orders]
    table = order_service.order_table(ctx)
    assert order_service.order_table(ctx, only=[ids[3], ids[5]], now=table.now
                                     ).columns.numbers == [orders[3].number, orders[5].number]

    edited = replace(orders[3], store="Another Store", assignee="Ben",
                     disputes=(rec.Dispute("not_received", opened_at=NOW),))
    added = rec.Order("8187000000000999", NOW, store="New Shop")
    with ctx.session() as session, session.begin():
        save_order(session, edited, now=NOW)
        save_order(session, added, now=NOW)
        new_id = saved_order_id(session, added)
    order_service.delete_orders(ctx, [ids[7]])
    refreshed = order_service.refresh_rows(ctx, table, [ids[3], new_id, ids[7]])
    full = order_service.order_table(ctx, now=table.now)
    same(refreshed, full)
    assert len(refreshed) == len(table)  # one added, one deleted
    assert refreshed.columns.stores[refreshed.columns.ids.tolist().index(ids[3])] == \
        "Another Store"
