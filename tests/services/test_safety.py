"""Restoring from the command line or the start-up dialog, and the evidence check after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from aliassist.errors import NotFoundError
from aliassist.services.context import AppContext
from aliassist.services.datafile import import_data
from aliassist.services.safety import (
    find_backup,
    make_backup,
    missing_evidence,
    restore_database,
    verify_data,
)
from aliassist.store.integrity import damaged_copies
from tests.damage import checkpoint, garbled
from tests.importers.test_datafile import full_order, write_data

# backups and restores are copies of the SQLite file; a team database is backed up with pg_dump
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def with_evidence(ctx: AppContext, tmp_path: Path) -> AppContext:
    import_data(ctx, write_data(tmp_path / "in", [full_order()]))
    return ctx


def test_restoring_over_a_damaged_database_moves_it_aside_first(
        with_evidence: AppContext) -> None:
    backup = make_backup(with_evidence.store)
    path = with_evidence.store.path
    with_evidence.close()
    assert find_backup(path, "latest") == backup.path
    checkpoint(path)
    garbled(path)
    report = restore_database(path, find_backup(path, "latest"))
    assert report.moved_aside == damaged_copies(path)[0]
    assert report.restored.orders == 1 and report.restored.kept is None
    assert report.missing_evidence == ()
    assert report.lines()[0].startswith("the damaged database was moved aside to ")


def test_a_restore_names_evidence_the_backup_needs_but_the_vault_lost(
        with_evidence: AppContext) -> None:
    backup = make_backup(with_evidence.store)
    victim = next(p for p in with_evidence.store.vault_dir.rglob("*") if p.is_file()
                  and p.parent.name != "tmp" and p.name != ".lock")
    victim.unlink()
    assert missing_evidence(with_evidence.store) == [victim.name]
    report = restore_database(with_evidence.store.path, backup.path)
    assert report.missing_evidence == (victim.name,)
    assert "missing from the evidence vault" in report.lines()[-1]
    assert not verify_data(with_evidence.store).ok


def test_backups_are_found_by_name_stem_or_path(with_evidence: AppContext) -> None:
    backup = make_backup(with_evidence.store)
    path = with_evidence.store.path
    assert find_backup(path, backup.name) == backup.path
    assert find_backup(path, backup.path.stem) == backup.path
    assert find_backup(path, str(backup.path)) == backup.path
    with pytest.raises(NotFoundError):
        find_backup(path, "last-tuesday")
