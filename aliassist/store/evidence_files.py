"""Reads and deletes of stored evidence files and the evidence rows that point at them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from aliassist.store import schema as db


def file_rows(session: Session, shas: Iterable[str]) -> list[db.EvidenceFile]:
    """The stored files with these SHA-256 (those present)."""
    return list(session.execute(
        select(db.EvidenceFile).where(db.EvidenceFile.sha256.in_(list(shas)))).scalars())


def listing_capture_rows(session: Session) -> list[tuple[str, str | None, str, str]]:
    """(sha256, phash, name, order number) of every listing capture of every order."""
    rows = session.execute(
        select(db.Evidence.sha256, db.EvidenceFile.phash, db.Evidence.name, db.Order.number)
        .join(db.EvidenceFile, db.EvidenceFile.sha256 == db.Evidence.sha256)
        .join(db.Order, db.Order.id == db.Evidence.order_id)
        .where(db.Evidence.kind == "listing_capture")).all()
    return [(sha, ph, name, number) for sha, ph, name, number in rows]


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
