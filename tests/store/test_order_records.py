"""Orders read whole through the driver's own connection (store/order_records.py): the one
reading of an order, for a session and for a plain sqlite3 connection alike."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.errors import NotFoundError
from aliassist.services.context import AppContext
from aliassist.services.sample import sample_orders
from aliassist.store.order_documents import Snapshot
from aliassist.store.order_records import (
    order_id_of,
    read_order,
    read_orders,
    require_order_id,
)
from aliassist.store.repository import ensure_file, save_order


def whole_order(now: datetime) -> rec.Order:
    """An order with every field and list set, its disputes and evidence pointing at others."""
    at = now - timedelta(days=40)
    return rec.Order(
        "8100000000000001", at, account="me@example.com", store="Lamp World",
        store_url="https://example.com/store/1", shipped_at=at + timedelta(days=2),
        protection_days=75, protection_ends_at=at + timedelta(days=77),
        extensions=(rec.Extension(15, at + timedelta(days=60)), rec.Extension(5)),
        confirmed_at=at + timedelta(days=30), delivered_at=at + timedelta(days=20),
        delivery_status="delivered", tracking_number="LP1", carrier="Cainiao",
        tracking_status="Delivered", tracking_updated_at=at + timedelta(days=20, hours=3),
        tracking_url="https://example.com/t/LP1", status_text="Completed", amount=4599,
        currency="USD", note="a note", date_only=frozenset({"placed_at", "delivered_at"}),
        confirmed_estimate="delivery", delivered_estimate=None, assignee="ann",
        items=(rec.Item("Lamp", "https://example.com/i/1", "SKU-1", 2, 1999,
                        "https://example.com/i/1.jpg"), rec.Item("Bulb")),
        disputes=(rec.Dispute("damaged", "closed", item=1, platform_id="D1",
                              opened_at=at + timedelta(days=21), closed_at=at + timedelta(days=25),
                              remedy="partial_refund", refund_amount=500, description="cracked"),
                  rec.Dispute("not_as_described", "open", opened_at=at + timedelta(days=26),
                              seller_responded_at=at + timedelta(days=27),
                              escalated_at=at + timedelta(days=28),
                              return_requested_at=at + timedelta(days=29),
                              return_tracking="RT1", return_shipped_at=at + timedelta(days=30))),
        payments=(rec.Payment("refund", 500, at + timedelta(days=25), "card"),
                  rec.Payment("chargeback")),
        evidence=(rec.Evidence("own_photo", "a" * 64, "crack.jpg", 10, "image/jpeg",
                               checklist="damage_photos", dispute=1, note="front",
                               taken_at=at + timedelta(days=21), added_at=now),
                  rec.Evidence("own_video", "b" * 64, "unboxing.mp4", 20, "video/mp4")),
    )


def saved(ctx: AppContext, *orders: rec.Order) -> list[int]:
    with ctx.session() as session, session.begin():
        for order in orders:
            for ev in order.evidence:
                ensure_file(session, ev.sha256, ev.size, ev.mime)
            save_order(session, order)
        session.flush()
        return [require_order_id(session, o.number) for o in orders]


def test_an_order_reads_back_whole(ctx: AppContext, now: datetime) -> None:
    order = whole_order(now)
    (order_id,) = saved(ctx, order)
    with ctx.reading() as snapshot:
        assert read_order(snapshot, order_id) == order
        assert order_id_of(snapshot, order.number) == order_id
        assert order_id_of(snapshot, order.number, "another") is None


@pytest.mark.sqlite_only
def test_a_plain_connection_reads_what_a_session_reads(ctx: AppContext, now: datetime,
                                                       db_path: Path) -> None:
    orders = [whole_order(now), *sample_orders(now, 30)]
    ids = saved(ctx, *orders)
    with ctx.session() as session:
        through_session = read_orders(session, ids)
    conn = sqlite3.connect(db_path)
    try:
        assert read_orders(Snapshot(conn), ids) == through_session
    finally:
        conn.close()
    assert sorted(through_session, key=lambda o: o.number) == sorted(orders,
                                                                      key=lambda o: o.number)


def test_orders_come_oldest_first_however_many_are_named(ctx: AppContext, now: datetime
                                                         ) -> None:
    # more than one read's worth, saved newest first, half of them on the same instant
    base = rec.Order("0", now - timedelta(days=3))
    orders = [replace(base, number=f"81{n:04d}",
                      placed_at=base.placed_at + timedelta(seconds=n // 2 if n % 2 else 0))
              for n in range(1300, 0, -1)]
    ids = saved(ctx, *orders)
    with ctx.reading() as snapshot:
        back = read_orders(snapshot, [*reversed(ids), 10**9, ids[0]])  # unknown, repeated
        everything = read_orders(snapshot)
    key = {o.number: (o.placed_at, i) for o, i in zip(orders, ids, strict=True)}
    assert [o.number for o in back] == sorted(key, key=key.__getitem__)
    assert everything == back


def test_a_session_reads_what_it_changed_before_committing(ctx: AppContext, now: datetime
                                                            ) -> None:
    order = whole_order(now)
    (order_id,) = saved(ctx, order)
    from aliassist.store import schema as db

    with ctx.session() as session:
        session.get(db.Order, order_id).note = "changed, not yet committed"  # type: ignore[union-attr]
        assert read_order(session, order_id).note == "changed, not yet committed"
        session.rollback()
    with ctx.reading() as snapshot:
        assert read_order(snapshot, order_id) == order


def test_an_order_that_is_not_there_is_named(ctx: AppContext) -> None:
    with ctx.reading() as snapshot:
        with pytest.raises(NotFoundError, match="no order with id 12345"):
            read_order(snapshot, 12345)
        with pytest.raises(NotFoundError, match="no order '81' in this database"):
            require_order_id(snapshot, "81")
