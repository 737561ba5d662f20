"""Who did what to an order: who saved it last and when, and who recorded each dispute step
(store.authorship stamps them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aliassist.errors import NotFoundError
from aliassist.store import schema as db


@dataclass(frozen=True)
class SavedBy:
    """The order row's last save."""

    changed_by: str | None
    updated_at: datetime | None
    version: int
    assignee: str | None


@dataclass(frozen=True)
class StepRow:
    """A recorded dispute step: the dispute's position in the order, and the event."""

    dispute: int
    kind: str
    at: datetime
    recorded_at: datetime | None
    recorded_by: str | None


def saved_by(session: Session, order_id: int) -> SavedBy:
    row = session.execute(select(db.Order.changed_by, db.Order.updated_at, db.Order.version,
                                 db.Order.assignee).where(db.Order.id == order_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"no order with id {order_id}")
    return SavedBy(row.changed_by, row.updated_at, row.version, row.assignee)


def step_rows(session: Session, order_id: int) -> list[StepRow]:
    """The order's dispute steps in the order they were recorded."""
    rows = session.execute(
        select(db.Dispute.position, db.DisputeEvent.kind, db.DisputeEvent.at,
               db.DisputeEvent.recorded_at, db.DisputeEvent.recorded_by)
        .join(db.Dispute, db.Dispute.id == db.DisputeEvent.dispute_id)
        .where(db.Dispute.order_id == order_id)
        .order_by(db.DisputeEvent.id))
    return [StepRow(*row) for row in rows]
