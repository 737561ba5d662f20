"""The notification log's rows: what was shown, snoozed or dismissed, and when."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from aliassist.domain.instants import from_epoch, to_epoch
from aliassist.store import schema as db

#: the latest entry of each key, of the entries due since :since or due never
_LATEST = """
    SELECT key, event, at, until FROM (
        SELECT key, event, at, until,
               ROW_NUMBER() OVER (PARTITION BY key ORDER BY at DESC, id DESC) AS newest
        FROM notifications WHERE due_at IS NULL OR due_at >= :since) AS latest
    WHERE newest = 1"""


def blocking_log(session: Session, since: datetime, now: datetime
                 ) -> tuple[frozenset[str], list[tuple[str, str, datetime, datetime]]]:
    """What holds notices back at `now`, of the entries due since `since` or due never: the
    keys whose latest entry settles them for good (anything but a snooze, or a snooze without
    an end), and the latest entries (key, event, at, until) of the keys snoozed past `now`.
    Each key once, and nothing of keys free to show again (the log of 100,000 orders holds
    a few entries per order)."""
    bounds = {"since": to_epoch(since), "now": to_epoch(now)}
    settled = frozenset(session.execute(
        text(f"SELECT key FROM ({_LATEST}) AS settled "
             "WHERE event <> 'snoozed' OR until IS NULL"), bounds).scalars())
    snoozed = [(key, event, from_epoch(at), from_epoch(until)) for key, event, at, until
               in session.execute(text(f"{_LATEST} AND event = 'snoozed' AND until > :now"),
                                  bounds)]
    return settled, snoozed


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
