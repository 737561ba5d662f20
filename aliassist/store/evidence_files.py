"""Reads and deletes of stored evidence files and the evidence rows that point at them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from aliassist.store import schema as db


def referenced_shas(session: Session) -> list[str]:
    """SHA-256 of every file some evidence row refers to, each once."""
    return list(session.execute(select(db.Evidence.sha256).distinct()).scalars())


def listed_shas(session: Session) -> list[str]:
    """SHA-256 of every stored file the database lists (referred to or not)."""
    return list(session.execute(select(db.EvidenceFile.sha256)).scalars())


def evidence_by_order(session: Session) -> list[tuple[str, str, str]]:
    """(sha256, name, order number) of every evidence row, by order number and position."""
    rows = session.execute(
        select(db.Evidence.sha256, db.Evidence.name, db.Order.number)
        .join(db.Order, db.Order.id == db.Evidence.order_id)
        .order_by(db.Order.number, db.Evidence.position)).all()
    return [(sha, name, number) for sha, name, number in rows]


def delete_files(session: Session, shas: Iterable[str]) -> None:
    """Forget the stored files with these SHA-256 (the caller checked nothing refers to them)."""
    session.execute(delete(db.EvidenceFile).where(db.EvidenceFile.sha256.in_(list(shas))))
