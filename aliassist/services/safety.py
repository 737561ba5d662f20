"""Keeping the data safe: backups, restoring one (also when the database was found damaged), and
checking that the database and the evidence it refers to are whole. The CLI and the GUI both
call these."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from aliassist.errors import NotFoundError, UserError
from aliassist.i18n import translate
from aliassist.store.backups import KEEP_DAILY as KEEP_DAILY
from aliassist.store.backups import KEEP_WEEKLY as KEEP_WEEKLY
from aliassist.store.backups import (
    Backup,
    backup_database,
    check_backup,
    latest_good_backup,
    list_backups,
)
from aliassist.store.backups import reason_text as reason_text
from aliassist.store.database import Store
from aliassist.store.database import database_location as database_location
from aliassist.store.database import sqlite_file as sqlite_file
from aliassist.store.db_vault import in_database, open_vault
from aliassist.store.evidence_files import evidence_by_order, referenced_shas
from aliassist.store.integrity import integrity_check
from aliassist.store.opening import DatabaseDamagedError, open_store
from aliassist.store.repository import count_orders
from aliassist.store.restore import Restored, restore_backup


@dataclass(frozen=True)
class RestoreReport:
    restored: Restored
    #: where a damaged database was moved before the restore, if it was
    moved_aside: Path | None = None
    #: evidence files the restored data refers to that are not in the vault
    missing_evidence: tuple[str, ...] = ()

    def lines(self, restore: str = "aliassist restore") -> list[str]:
        """What happened, in lines; `restore` is the command to suggest for undoing it (with
        the `--db` the buyer used)."""
        r = self.restored
        out = []
        if self.moved_aside is not None:
            out.append(translate("Safety", "the damaged database was moved aside to {path}")
                       .format(path=self.moved_aside))
        out.append(translate("Safety", "restored {backup}: {orders}").format(
            backup=r.backup.name, orders=translate("Safety", "%n order(s)", None, r.orders)))
        if r.kept is not None:
            out.append(translate("Safety", "the data it replaced was saved as backup {kept} "
                                           "({restore} {kept} brings it back)")
                       .format(kept=r.kept.name, restore=restore))
        if self.missing_evidence:
            n = len(self.missing_evidence)
            out.append(translate("Safety", "warning: 1 evidence file this backup refers to is "
                                           "missing from the evidence vault") if n == 1 else
                       translate("Safety", "warning: %n evidence files this backup refers to "
                                           "are missing from the evidence vault", None, n))
        return out


@dataclass
class VerifyReport:
    database: Path | None
    problems: list[str] = field(default_factory=list)
    orders: int = 0
    evidence_files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        return {"database": str(self.database) if self.database else None, "ok": self.ok,
                "orders": self.orders, "evidence_files": self.evidence_files,
                "problems": self.problems}


def make_backup(store: Store) -> Backup:
    """A backup now, at the user's request."""
    path = backup_database(store, reason="manual")
    assert store.path is not None  # backup_database refuses a server database
    return next(b for b in list_backups(store.path) if b.path == path)


def find_backup(db_path: Path, name: str) -> Path:
    """The backup a person named: `latest` (the newest good one), a name from
    `aliassist backups`, or the path of a backup file."""
    if name == "latest":
        found = latest_good_backup(db_path)
        if found is None:
            raise NotFoundError(translate("Safety", "there is no good backup to restore"),
                                where=str(db_path))
        return found.path
    for backup in list_backups(db_path):
        if name in (backup.name, backup.path.stem):
            return backup.path
    path = Path(name).expanduser()
    if (os.sep in name or path.suffix == ".db") and path.is_file():
        return path
    raise NotFoundError(translate("Safety", "no backup named {name}")
                        .format(name=repr(name)), where=str(db_path),
                        hint="`aliassist backups` lists them; `latest` is the newest good one")


def restore_database(db_path: Path, backup: Path) -> RestoreReport:
    """Restore `backup` into the database at `db_path` from the command line or the start-up
    dialog: a damaged database is moved aside first (and said so), a healthy one is saved as a
    `before-restore` backup."""
    problem = check_backup(backup)
    if problem is not None:
        raise UserError(translate("Safety", "cannot be restored: {problem}")
                        .format(problem=problem), where=str(backup))
    moved = None
    try:
        store = open_store(db_path, backup=False)
    except DatabaseDamagedError as exc:
        if exc.moved_to is None:
            raise
        moved = exc.moved_to
        store = open_store(db_path, backup=False)
    try:
        return restore_open(store, backup, moved_aside=moved)
    finally:
        store.close()


def restore_open(store: Store, backup: Path, *, moved_aside: Path | None = None
                 ) -> RestoreReport:
    """Restore `backup` into an open store (the window keeps its connections)."""
    restored = restore_backup(store, backup)
    return RestoreReport(restored, moved_aside, tuple(missing_evidence(store)))


def missing_evidence(store: Store) -> list[str]:
    """SHA-256 of every evidence file the database refers to that is not in the vault."""
    vault = open_vault(store)
    with store.session() as session:
        shas = referenced_shas(session)
    return sorted(sha for sha in shas if not vault.exists(sha))


def verify_data(store: Store, *, contents: bool = True) -> VerifyReport:
    """SQLite's full integrity check, then every evidence file the database refers to: present
    in the vault and (with `contents`) still holding the bytes its SHA-256 names."""
    report = VerifyReport(store.path)
    if store.path is not None:
        report.problems += [f"database: {p}" for p in integrity_check(store.path)]
    vault = open_vault(store)
    with store.session() as session:
        report.orders = count_orders(session)
        rows = evidence_by_order(session)
    seen: dict[str, str | None] = {}
    for sha, name, number in rows:
        if sha not in seen:
            if contents:
                seen[sha] = vault.problem(sha)
            else:
                seen[sha] = None if vault.exists(sha) else "missing"
        problem = seen[sha]
        if problem is None:
            continue
        if in_database(vault):
            report.problems.append(f"order {number}: evidence file {name!r} (SHA-256 {sha}) "
                                   f"in the team database: {problem}")
        else:
            report.problems.append(f"order {number}: evidence file {name!r} is {problem} in "
                                   f"the vault ({vault.path(sha)})")
    report.evidence_files = len(seen)
    if contents and in_database(vault):  # also what only undo or a backup still refers to
        for sha in vault.stored():
            if sha not in seen and (problem := vault.problem(sha)) is not None:
                report.problems.append(f"stored evidence (SHA-256 {sha}) in the team "
                                       f"database: {problem}")
    return report
