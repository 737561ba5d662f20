"""Every row an order owns, as it is, and putting them back: what undo and redo restore.

An order's rows are the order itself and each row of a table that refers to it, directly
(items, disputes, payments, evidence, notifications, mail events...) or through a dispute (the
dispute's steps). The tables are found from the schema's foreign keys, so a table added later
is covered without a change here. Putting a snapshot back restores the same ids, so what
refers to them (a dispute's steps, the notification log) stays whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from aliassist.store import schema as db

Row = dict[str, Any]


@dataclass(frozen=True)
class OrderRows:
    """The rows of one order, table by table; `rows` is empty when the order was not stored."""

    order_id: int
    rows: tuple[tuple[str, tuple[Row, ...]], ...] = ()

    @property
    def stored(self) -> bool:
        return bool(self.rows)

    @property
    def order_row(self) -> Row | None:
        """The row of the order itself (None when it was not stored)."""
        return dict(self.rows[0][1][0]) if self.rows else None


def _refers_to(table: Table, target: Table) -> str | None:
    """The column of `table` that refers to `target`'s id, if any."""
    for fk in table.foreign_keys:
        if fk.column.table is target:
            return fk.parent.name
    return None


def _table(name: str) -> Table:
    return db.Base.metadata.tables[name]


def _owned_tables() -> list[tuple[Table, str, Table]]:
    """(table, column, parent) for each table whose rows belong to an order, parents first."""
    orders = _table(db.Order.__tablename__)
    disputes = _table(db.Dispute.__tablename__)
    out: list[tuple[Table, str, Table]] = []
    for table in db.Base.metadata.sorted_tables:
        if table is orders:
            out.append((table, "id", orders))
        elif (column := _refers_to(table, orders)) is not None:
            out.append((table, column, orders))
        elif (column := _refers_to(table, disputes)) is not None:
            out.append((table, column, disputes))
    return out


def order_rows(session: Session, order_id: int) -> OrderRows:
    """A copy of every row order `order_id` owns (none when it is not stored)."""
    dispute_ids = list(session.execute(
        select(db.Dispute.id).where(db.Dispute.order_id == order_id)).scalars())
    found: list[tuple[str, tuple[Row, ...]]] = []
    for table, column, parent in _owned_tables():
        keys = [order_id] if parent.name == db.Order.__tablename__ else dispute_ids
        rows = tuple(dict(r._mapping) for r in session.execute(
            select(table).where(table.c[column].in_(keys)).order_by(*table.primary_key.columns)))
        if table.name == db.Order.__tablename__ and not rows:
            return OrderRows(order_id)
        found.append((table.name, rows))
    return OrderRows(order_id, tuple(found))


def current_order_row(session: Session, order_id: int) -> Row | None:
    """The row of order `order_id` as it is now (None when it is not stored)."""
    table = _table(db.Order.__tablename__)
    found = session.execute(select(table).where(table.c.id == order_id)).first()
    return dict(found._mapping) if found else None


def same_order_row(a: Row | None, b: Row | None) -> bool:
    """Whether two rows of an order hold the same order. The version is left out: putting a
    snapshot back counts as a save (a newer version), so that an editor holding the version
    of before cannot overwrite it."""
    if a is None or b is None:
        return a is b
    return {k: v for k, v in a.items() if k != "version"} == \
        {k: v for k, v in b.items() if k != "version"}


def files_of(snapshot: OrderRows) -> list[str]:
    """SHA-256 of the stored files the snapshot's evidence refers to."""
    return [row["sha256"] for name, rows in snapshot.rows if name == db.Evidence.__tablename__
            for row in rows]


def put_order_rows(session: Session, snapshot: OrderRows,
                   files: dict[str, Row] | None = None, account: Row | None = None) -> None:
    """Make order `snapshot.order_id` exactly the snapshot: its rows now are replaced by the
    snapshot's (same ids), or removed when the snapshot holds none. `files` are the
    evidence-file rows (and `account` the account row) to recreate if they are gone."""
    now_version = session.execute(select(db.Order.version).where(
        db.Order.id == snapshot.order_id)).scalar()
    session.execute(delete(db.Order).where(db.Order.id == snapshot.order_id))
    if not snapshot.stored:
        return
    for sha, row in (files or {}).items():
        if session.get(db.EvidenceFile, sha) is None:
            session.execute(_table(db.EvidenceFile.__tablename__).insert(), [row])
    if account is not None and session.get(db.Account, account["id"]) is None:
        session.execute(_table(db.Account.__tablename__).insert(), [account])
    for name, rows in snapshot.rows:
        if name == db.Order.__tablename__:
            rows = tuple({**row, "version": max(now_version or 0, row["version"] or 0) + 1}
                         for row in rows)
        if rows:
            session.execute(_table(name).insert(), list(rows))
    session.expire_all()


def file_rows_of(session: Session, shas: list[str]) -> dict[str, Row]:
    """The evidence-file rows with these SHA-256, by SHA-256."""
    table = _table(db.EvidenceFile.__tablename__)
    return {r.sha256: dict(r._mapping) for r in session.execute(
        select(table).where(table.c.sha256.in_(shas)))}


def account_row_of(session: Session, snapshot: OrderRows) -> Row | None:
    """The account row the snapshot's order belongs to, if any."""
    for name, rows in snapshot.rows:
        if name == db.Order.__tablename__ and rows and rows[0]["account_id"] is not None:
            table = _table(db.Account.__tablename__)
            found = session.execute(
                select(table).where(table.c.id == rows[0]["account_id"])).first()
            return dict(found._mapping) if found else None
    return None
