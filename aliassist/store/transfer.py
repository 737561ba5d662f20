"""Copying a whole database to another (SQLite <-> PostgreSQL): every table's rows as they are
(ids, versions, who changed what, the settings), then each id sequence moved past the copied
ids on PostgreSQL. The evidence bytes are copied separately, vault to vault (services.migrate).

Rows are read in batches and written in batches (never the whole table in memory), all tables
in one transaction on the target: a copy that fails leaves the target's tables as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection

from aliassist.store.database import Store
from aliassist.store.schema import Base

#: the tables where a team database keeps the evidence bytes: copied vault to vault, not as rows
VAULT_TABLES = ("vault_blobs", "vault_chunks")
BATCH = 2000


def data_tables() -> list[Table]:
    """The tables that hold data, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in VAULT_TABLES]


def row_counts(store: Store) -> dict[str, int]:
    """How many rows each data table holds."""
    with store.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in data_tables()}


def empty_tables(store: Store) -> None:
    """Delete every row of every data table (children first), in one transaction."""
    with store.engine.begin() as conn:
        for table in reversed(data_tables()):
            conn.execute(delete(table))


def copy_tables(source: Store, target: Store,
                progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every data table's rows from `source` into the (empty) `target`, in one
    transaction on the target; returns the rows copied per table. `progress` hears the table
    and the rows copied so far after each batch."""
    copied: dict[str, int] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in data_tables():
            done = 0
            result = src.execution_options(stream_results=True, yield_per=BATCH).execute(
                select(table).order_by(*table.primary_key.columns))
            for batch in result.partitions(BATCH):
                dst.execute(insert(table), [dict(row._mapping) for row in batch])
                done += len(batch)
                if progress is not None:
                    progress(table.name, done)
            copied[table.name] = done
        if dst.dialect.name == "postgresql":
            _move_sequences(dst)
    return copied


def _move_sequences(conn: Connection) -> None:
    """Each serial id's sequence set past the largest copied id (explicit ids do not move it)."""
    for table in data_tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"))
