"""The store side of reading the platform's e-mails: which messages were read before, the
dates of the orders they name, and writing what they changed (the caller's transaction)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aliassist.domain import records as rec
from aliassist.domain.mail_fill import FieldChange, MailEvent
from aliassist.store import schema as db
from aliassist.store.repository import lock_order, touch_order

#: the order fields mail may fill
MAIL_FIELDS = ("placed_at", "shipped_at", "delivered_at", "confirmed_at", "tracking_number")
#: the fields whose stored value may be an estimate, and the column naming its source
ESTIMATE_COLUMNS = {"confirmed_at": "confirmed_estimate", "delivered_at": "delivered_estimate"}
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class StoredOrder:
    id: int
    #: {field: (value, is_estimate)} for MAIL_FIELDS
    values: dict[str, tuple[object | None, bool]]


def read_message_ids(session: Session, message_ids: Iterable[str]) -> set[str]:
    """Those of `message_ids` whose events are stored already."""
    wanted = list(dict.fromkeys(message_ids))
    found: set[str] = set()
    for i in range(0, len(wanted), _CHUNK):
        found.update(session.scalars(select(db.MailEvent.message_id).where(
            db.MailEvent.message_id.in_(wanted[i:i + _CHUNK]))))
    return found


def orders_by_number(session: Session, numbers: Iterable[str],
                     platform: str = rec.DEFAULT_PLATFORM) -> dict[str, StoredOrder]:
    """The stored orders among `numbers`, with the values mail may fill, each marked when it is
    only an estimate (a receipt date inferred from a status, a delivery date from tracking)."""
    wanted = list(dict.fromkeys(numbers))
    found: dict[str, StoredOrder] = {}
    columns = [getattr(db.Order, name) for name in MAIL_FIELDS]
    sources = [getattr(db.Order, column) for column in ESTIMATE_COLUMNS.values()]
    for i in range(0, len(wanted), _CHUNK):
        rows = session.execute(select(db.Order.id, db.Order.number, *columns, *sources).where(
            db.Order.platform == platform, db.Order.number.in_(wanted[i:i + _CHUNK])))
        for row in rows:
            estimated = {name for n, name in enumerate(ESTIMATE_COLUMNS)
                         if row[2 + len(MAIL_FIELDS) + n] is not None}
            values = {name: (row[2 + n], name in estimated)
                      for n, name in enumerate(MAIL_FIELDS)}
            found[row.number] = StoredOrder(row.id, values)
    return found


def create_mail_order(session: Session, number: str, changes: list[FieldChange], now: datetime,
                      platform: str = rec.DEFAULT_PLATFORM) -> int:
    """A new order known only from mail, with the values the mail gives."""
    row = db.Order(platform=platform, number=number, created_at=now, updated_at=now)
    for change in changes:
        setattr(row, change.field, change.new)
    session.add(row)
    session.flush()
    return row.id


def fill_order(session: Session, order_id: int, changes: list[FieldChange],
               now: datetime) -> None:
    """Write what mail gives: a date from mail is a fact with its time, so an estimate it
    replaces stops being one, and the date is no longer a date-only value."""
    lock_order(session, order_id)  # another writer of the order waits (its version check)
    row = session.get(db.Order, order_id)
    assert row is not None
    date_only = set((row.date_only or "").split())
    for change in changes:
        setattr(row, change.field, change.new)
        if change.field in ESTIMATE_COLUMNS:
            setattr(row, ESTIMATE_COLUMNS[change.field], None)
        date_only.discard(change.field)
    row.date_only = " ".join(n for n in rec.ORDER_DATES if n in date_only) or None
    touch_order(row, now)


def record_events(session: Session, order_id: int, events: Iterable[MailEvent], now: datetime,
                  *, created_order: bool = False) -> None:
    for n, event in enumerate(events):
        session.add(db.MailEvent(
            order_id=order_id, message_id=event.message_id, event=event.event, at=event.at,
            subject=event.subject, tracking_number=event.tracking,
            created_order=created_order and n == 0, recorded_at=now))


def orders_from_mail(session: Session) -> set[str]:
    """Numbers of the orders that were created from mail."""
    return set(session.scalars(select(db.Order.number).join(
        db.MailEvent, db.MailEvent.order_id == db.Order.id).where(
        db.MailEvent.created_order.is_(True))))
