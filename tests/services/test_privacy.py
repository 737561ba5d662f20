"""Delete all my data: the database, its companions, the vault (read-only files included), the
backups and damaged copies go; nothing else does; an open app cannot bring the file back; a
writer in the middle of its work stops the wipe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from aliassist.services.context import AppContext
from aliassist.services.datafile import import_data
from aliassist.services.privacy import data_paths, inventory, wipe
from aliassist.store import schema as db
from aliassist.store.backups import backup_database
from aliassist.store.database import StoreBusyError, StoreError
from tests.importers.test_datafile import full_order, write_data

# wipe deletes the SQLite file and its folders; a team database is the server's to drop
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def kept(ctx: AppContext, tmp_path: Path) -> AppContext:
    import_data(ctx, write_data(tmp_path / "in", [full_order()]))
    backup_database(ctx.store)
    damaged = ctx.store.path.with_name("aliassist-damaged-20261101T000000Z.db")
    damaged.write_bytes(b"old damage")
    damaged.with_name(damaged.name + "-wal").write_bytes(b"its wal")
    return ctx


def test_the_inventory_counts_what_is_kept(kept: AppContext) -> None:
    found = inventory(kept.store.path)
    assert found.orders == 1 and found.evidence_files == 2 and found.backups == 1
    assert found.damaged_copies == 1
    assert found.evidence_bytes > 0 and found.backup_bytes > 0
    names = {p.name for p in found.paths}
    assert {"aliassist.db", "aliassist-evidence", "aliassist-backups",
            "aliassist-damaged-20261101T000000Z.db",
            "aliassist-damaged-20261101T000000Z.db-wal"} <= names
    assert any("(1 order)" in line for line in found.lines())


def test_wipe_removes_everything_and_the_open_app_cannot_recreate_it(kept: AppContext) -> None:
    db_path = kept.store.path
    neighbour = db_path.with_name("holiday-photos.txt")
    neighbour.write_text("not ours", encoding="utf-8")
    gone = wipe(db_path, kept.store)
    assert gone.orders == 1
    assert data_paths(db_path) == []
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["holiday-photos.txt"]
    with pytest.raises(StoreError, match="all data was deleted"), kept.session() as session:
        session.execute(select(db.Order)).all()
    assert not db_path.exists()


def test_a_writer_in_the_middle_of_its_work_stops_the_wipe(
        kept: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from aliassist.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.2)
    writer = sqlite3.connect(kept.store.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusyError, match="nothing was deleted"):
            wipe(kept.store.path, kept.store)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert inventory(kept.store.path).orders == 1
    with kept.session() as session:  # the app carries on
        assert len(session.execute(select(db.Order)).all()) == 1


def test_a_damaged_database_is_wiped_all_the_same(kept: AppContext) -> None:
    path = kept.store.path
    kept.store.close()
    path.write_text("garbage", encoding="utf-8")
    assert inventory(path).orders is None
    wipe(path)
    assert data_paths(path) == []
