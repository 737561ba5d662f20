"""The snapshot of the window's columns: read back exactly as written, and only when it was
taken of the database as it is now; a damaged or foreign file is ignored."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from aliassist.store.opening import open_store
from aliassist.store.table_snapshot import (
    read_snapshot,
    read_stamp,
    snapshot_path,
    write_snapshot,
)


@dataclass(frozen=True)
class Inner:
    when: np.ndarray
    flags: np.ndarray | None = None


@dataclass(frozen=True)
class Columns:
    ids: np.ndarray
    names: list[str]
    shops: list[str | None]
    inner: Inner
    notes: list[str | None] | None = None


KINDS = {"columns": Columns, "texts": None, "raw": None}
STAMP = (123, 3, 9)


def columns(n: int = 40) -> Columns:
    return Columns(
        ids=np.arange(n, dtype=np.int64),
        names=[f"order {i} \u00e9\U0001f600" for i in range(n)],
        shops=[None if i % 3 == 0 else f"shop {i % 4}" for i in range(n)],  # repeats: codes
        inner=Inner(when=np.arange(n).astype("datetime64[s]"), flags=np.arange(n) % 2 == 0),
        notes=[("tricky \x1f\x1e" if i == 5 else None) for i in range(n)])


def same(a: object, b: object) -> None:
    if isinstance(a, np.ndarray):
        assert isinstance(b, np.ndarray) and a.dtype == b.dtype and np.array_equal(a, b)
    elif hasattr(a, "__dataclass_fields__"):
        assert type(a) is type(b)
        for name in a.__dataclass_fields__:
            same(getattr(a, name), getattr(b, name))
    else:
        assert a == b


@pytest.mark.parametrize("n", [0, 1, 2, 40])
def test_what_is_written_is_read_back(tmp_path: Path, n: int) -> None:
    path = tmp_path / "x-table-snapshot.npz"
    parts = {"columns": columns(n), "texts": [""] * n, "raw": np.arange(n, dtype=np.uint8)}
    write_snapshot(path, STAMP, parts)
    snap = read_snapshot(path, STAMP, KINDS)
    assert snap is not None and snap.stamp == STAMP
    for name, value in parts.items():
        same(value, snap.parts[name])
    assert path.stat().st_mode & 0o777 == 0o600


def test_another_stamp_finds_no_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "x-table-snapshot.npz"
    write_snapshot(path, STAMP, {"columns": columns()})
    assert read_snapshot(path, (124, 3, 9), KINDS) is None
    assert read_snapshot(path, (123, 4, 9), KINDS) is None
    assert read_snapshot(tmp_path / "missing.npz", STAMP, KINDS) is None


@dataclass(frozen=True)
class OtherColumns:
    ids: np.ndarray
    names: list[str]


def test_columns_of_another_shape_are_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "x-table-snapshot.npz"
    write_snapshot(path, STAMP, {"columns": columns()})
    assert read_snapshot(path, STAMP, {"columns": OtherColumns}) is None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "other_zip", "pickle"])
def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "x-table-snapshot.npz"
    write_snapshot(path, STAMP, {"columns": columns()})
    raw = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(raw[:len(raw) // 2])
    elif damage == "garbage":
        path.write_bytes(bytes(range(256)) * 50)
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "other_zip":
        np.savez(path.open("wb"), meta=np.frombuffer(b'{"format": 1, "stamp": [123, 3, 9], '
                                                     b'"layout": {"columns": 7}}', np.uint8))
    else:
        np.save(path.open("wb"), np.array([object()], dtype=object), allow_pickle=True)
    assert read_snapshot(path, STAMP, KINDS) is None


def test_every_committed_write_changes_the_stamp_and_reads_do_not(tmp_path: Path) -> None:
    from aliassist.store.schema import Order

    db = tmp_path / "orders.db"
    store = open_store(db)
    try:
        assert snapshot_path(db) == tmp_path / "orders-table-snapshot.npz"
        with store.engine.connect() as conn:
            first = read_stamp(conn)
        with store.session() as session:
            session.query(Order).count()
            session.commit()
        with store.engine.connect() as conn:
            assert read_stamp(conn) == first  # nothing written
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO accounts (label, platform) VALUES ('a', 'x')")
        with store.engine.connect() as conn:
            second = read_stamp(conn)
        assert second[0] != first[0] and second[1:] == first[1:]
        with store.engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO accounts (label, platform) VALUES ('b', 'x')")
            conn.rollback()
            assert read_stamp(conn) == second  # rolled back: nothing changed
    finally:
        store.close()
    # a writer outside the store (a raw sqlite3 script) leaves the number, not the count
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO orders (platform, number, placed_at, created_at, updated_at) "
                 "VALUES ('aliexpress', '1', 0, 0, 0)")
    conn.commit()
    conn.close()
    store = open_store(db)
    try:
        with store.engine.connect() as sa:
            assert read_stamp(sa)[1:] != second[1:]
    finally:
        store.close()
