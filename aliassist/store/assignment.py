"""Orders assigned to a person (orders.assignee): set it, and the names in use."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aliassist.errors import NotFoundError
from aliassist.store import schema as db
from aliassist.store.repository import lock_order, touch_order


def set_assignee(session: Session, order_id: int, name: str | None,
                 now: datetime | None) -> tuple[str, str | None]:
    """Assign the order to `name` (None: nobody); return its number and who it was assigned to
    before. A change counts as a save of the order (its version, who saved it and when); the
    same name again changes nothing. The caller commits."""
    lock_order(session, order_id)
    row = session.get(db.Order, order_id)
    if row is None:
        raise NotFoundError(f"no order with id {order_id}")
    before = row.assignee
    if before != name:
        row.assignee = name
        touch_order(row, now)
        session.flush()
    return row.number, before


def assignee_names(session: Session) -> list[str]:
    """Every name an order is assigned to now, sorted (the index answers it)."""
    names = session.execute(select(db.Order.assignee).where(db.Order.assignee.is_not(None))
                            .distinct()).scalars()
    return sorted((n for n in names if n), key=str.casefold)

