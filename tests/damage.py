"""Real damage done to real database files, the way disks, sync tools and crashes do it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from aliassist.services.context import open_context
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from tests.conftest import NOW


def fill(db: Path, count: int = 12, seed: int = 7) -> None:
    """Store `count` sample orders in the database at `db` (created if needed), then close it."""
    ctx = open_context(db, now=NOW)
    try:
        with ctx.session() as session, session.begin():
            for order in sample_orders(NOW, count, seed=seed):
                save_order(session, order, now=NOW)
    finally:
        ctx.close()


def checkpoint(db: Path) -> None:
    """Move everything from the -wal into the main file, so damage to it is damage to all."""
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def truncated(db: Path) -> None:
    """Cut the file to a third: a copy interrupted half-way."""
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def garbled(db: Path) -> None:
    """Overwrite 8 KiB in the middle of the file with noise: a bad disk sector."""
    data = bytearray(db.read_bytes())
    start = len(data) // 2 - 4096
    for i in range(start, start + 8192):
        data[i] = (i * 131 + 17) % 251
    db.write_bytes(bytes(data))


def text_file(db: Path) -> None:
    """Replace the database with a text file (a sync tool or an editor saved over it)."""
    db.write_text("Shopping list\n- cables\n- lamp\n", encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncated, "garbled": garbled, "text file": text_file}
