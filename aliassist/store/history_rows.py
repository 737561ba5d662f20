"""Reads behind the history section of the data file: every dispute event, notification, setting
and mail event, and the keys that name their order and dispute in the file."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from aliassist.store import schema as db

T = TypeVar("T")


def order_keys(session: Session) -> dict[int, Any]:
    """Order id -> (id, platform, number, currency)."""
    return {row.id: row for row in session.execute(
        select(db.Order.id, db.Order.platform, db.Order.number, db.Order.currency)).all()}


def dispute_keys(session: Session) -> dict[int, Any]:
    """Dispute id -> (id, order_id, position)."""
    return {row.id: row for row in session.execute(
        select(db.Dispute.id, db.Dispute.order_id, db.Dispute.position)).all()}


def all_rows(session: Session, model: type[T], order_by: InstrumentedAttribute[Any]) -> list[T]:
    """Every row of `model`'s table, ordered by one column."""
    return list(session.execute(select(model).order_by(order_by)).scalars())


def order_row(session: Session, platform: str, number: str) -> db.Order | None:
    return session.execute(select(db.Order).where(
        db.Order.platform == platform, db.Order.number == number)).scalar()


def row_exists(session: Session, model: type, values: dict[str, Any]) -> bool:
    """Whether a row of `model` has exactly these column values (None matching NULL)."""
    columns = model.__table__.c  # type: ignore[attr-defined]
    stmt = select(columns[next(iter(model.__table__.primary_key)).name])  # type: ignore[attr-defined]
    for name, value in values.items():
        stmt = stmt.where(columns[name].is_(None) if value is None else columns[name] == value)
    return session.execute(stmt.limit(1)).first() is not None
