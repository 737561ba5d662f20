"""The notification log's rows: what was shown, snoozed or dismissed, and when."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from aliassist.store import schema as db


def log_rows(session: Session, since: datetime) -> list[tuple[str, str, datetime,
                                                               datetime | None]]:
    """(key, event, at, until) of the entries due since `since` or due never, oldest first."""
    rows = session.execute(
        select(db.Notification.key, db.Notification.event, db.Notification.at,
               db.Notification.until)
        .where(or_(db.Notification.due_at.is_(None), db.Notification.due_at >= since))
        .order_by(db.Notification.at, db.Notification.id)
    ).all()
    return [(key, event, at, until) for key, event, at, until in rows]


def existing_order_ids(session: Session, ids: Iterable[int]) -> set[int]:
    """Those of `ids` that are orders in the database."""
    wanted = list(ids)
    if not wanted:
        return set()
    return set(session.execute(select(db.Order.id).where(db.Order.id.in_(wanted))).scalars())


def existing_dispute_ids(session: Session, ids: Iterable[int]) -> set[int]:
    """Those of `ids` that are disputes in the database."""
    wanted = list(ids)
    if not wanted:
        return set()
    return set(session.execute(select(db.Dispute.id).where(db.Dispute.id.in_(wanted))).scalars())


def add_entries(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert log rows (column -> value) in one statement."""
    if rows:
        session.execute(insert(db.Notification), list(rows))


def newest_entries(session: Session, order_id: int | None, limit: int) -> list[db.Notification]:
    """The newest log rows, of one order when `order_id` is given."""
    query = select(db.Notification).order_by(db.Notification.at.desc(),
                                             db.Notification.id.desc()).limit(limit)
    if order_id is not None:
        query = query.where(db.Notification.order_id == order_id)
    return list(session.execute(query).scalars())


def orders_updated_at(session: Session) -> dict[int, datetime | None]:
    """Order id -> when the order last changed."""
    return {oid: at for oid, at in session.execute(select(db.Order.id, db.Order.updated_at))}
