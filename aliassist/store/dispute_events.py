"""The steps recorded of an order's disputes (table dispute_events), read through the
driver's own connection (a session's, or a plain one: no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from aliassist.domain.instants import from_epoch
from aliassist.store.order_documents import Snapshot, as_snapshot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Event:
    """One recorded step of a dispute."""

    kind: str
    at: datetime
    amount: int | None = None
    detail: str | None = None
    #: who recorded it (the database role or ALIASSIST_NAME; None when not known)
    by: str | None = None


def dispute_events(source: Session | Snapshot, order_id: int) -> list[list[Event]]:
    """The events of each of the order's disputes (in the disputes' order), oldest first."""
    snapshot = as_snapshot(source)
    mark = snapshot.mark
    cursor = snapshot.dbapi.cursor()
    try:
        cursor.execute("SELECT d.id, e.kind, e.at, e.amount, e.detail, e.recorded_by "
                       "FROM disputes d LEFT JOIN dispute_events e ON e.dispute_id = d.id "
                       f"WHERE d.order_id = {mark} ORDER BY d.position, d.id, e.id",
                       (order_id,))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    out: dict[int, list[Event]] = {}
    for dispute_id, kind, at, amount, detail, by in rows:
        events = out.setdefault(dispute_id, [])
        if kind is not None:
            events.append(Event(kind, from_epoch(at), amount, detail, by))
    return list(out.values())
