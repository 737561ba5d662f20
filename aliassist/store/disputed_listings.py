"""Listings disputed from other accounts: the platform links accounts on any dispute, so the
pre-check warns before a dispute about the same listing or store from a second account."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from aliassist.domain.precheck import DisputedListing
from aliassist.store import schema as db


def disputed_listings(session: Session, order_id: int) -> list[DisputedListing]:
    """The disputed items of orders of other accounts than `order_id`'s (every dispute status:
    the platform links accounts on any dispute). A dispute about a whole order counts for each
    of its items."""
    account_id = session.execute(
        select(db.Order.account_id).where(db.Order.id == order_id)).scalar()
    if account_id is None:
        return []
    rows = session.execute(
        select(db.Order.id, db.Order.number, db.Account.label, db.Order.store,
               db.OrderItem.title, db.OrderItem.url, db.Dispute.item_id)
        .select_from(db.Dispute)
        .join(db.Order, db.Dispute.order_id == db.Order.id)
        .join(db.Account, db.Order.account_id == db.Account.id)
        .outerjoin(db.OrderItem, db.Dispute.item_id == db.OrderItem.id)
        .where(db.Order.id != order_id, db.Order.account_id != account_id)
    ).all()
    out = []
    whole: dict[int, tuple[str, str, str | None]] = {}
    for oid, number, label, store, title, url, item_id in rows:
        if item_id is None:
            whole[oid] = (number, label, store)
        else:
            out.append(DisputedListing(label, number, store, title, url))
    if whole:
        items = session.execute(
            select(db.OrderItem.order_id, db.OrderItem.title, db.OrderItem.url)
            .where(db.OrderItem.order_id.in_(list(whole)))).all()
        for oid, title, url in items:
            number, label, store = whole[oid]
            out.append(DisputedListing(label, number, store, title, url))
    return out
