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

#: the order fields mail may fill
MAIL_FIELDS = ("placed_at", "shipped_at", "delivered_at", "confirmed_at", "tracking_number")
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
    """The stored orders among `numbers`, with the values mail may fill. No stored date is an
    estimate in this schema, so every stored value counts as given."""
    wanted = list(dict.fromkeys(numbers))
    found: dict[str, StoredOrder] = {}
    columns = [getattr(db.Order, name) for name in MAIL_FIELDS]
    for i in range(0, len(wanted), _CHUNK):
        rows = session.execute(select(db.Order.id, db.Order.number, *columns).where(
            db.Order.platform == platform, db.Order.number.in_(wanted[i:i + _CHUNK])))
        for row in rows:
            values = {name: (row[2 + n], False) for n, name in enumerate(MAIL_FIELDS)}
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
    row = session.get(db.Order, order_id)
    assert row is not None
    for change in changes:
        setattr(row, change.field, change.new)
    row.updated_at = now


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
