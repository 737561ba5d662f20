"""Backups of the database, made with SQLite's online backup API (safe while it is in use).

They live in `<stem>-backups/` beside the database, named `<stem>-<UTC time>-<reason>.db`:
`daily` (at start, when the newest backup is more than a day old and there is something to
keep), `manual`, `before-migration-<revision>` and `before-restore`. Rotation keeps the newest
daily backup of each of the last 7 days that have one, then the newest backup of each of the 4
weeks before those; a backup made for another reason is kept for 28 days (so "Back up now" adds
a backup, it never replaces one). Only files named the way this module names them are ever
deleted.

A restore writes the backup's pages into the open database through the same API, so other
connections (the window, a command) see the restored data at once; the data it replaces is
first saved as a `before-restore` backup, so a restore can itself be undone.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from aliassist.store import database
from aliassist.store.database import (
    Store,
    StoreError,
    backups_dir_for,
    fsync_dir,
    known_revisions,
    make_private_dir,
    make_private_file,
    upgrade,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
#: how long a backup made for a reason (manual, before a migration or restore) is kept at least
KEEP_MARKED = timedelta(days=28)
#: a start-up backup is made when the newest backup is older than this
DUE_AFTER = timedelta(days=1)
#: a `.part` file older than this is the leftover of an interrupted backup
STALE_PART = timedelta(hours=1)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z][a-z0-9-]*)"
                   r"(?:~\d+)?\.db$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Backup:
    path: Path
    #: when it was made (UTC)
    taken_at: datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    def orders(self) -> int | None:
        """How many orders it holds; None when it cannot be read."""
        try:
            conn = _read_only(self.path)
            try:
                return int(conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return None

    def describe(self) -> str:
        """`2026-11-20 14:03, daily, 1,234 orders` (local time)."""
        orders = self.orders()
        count = "unreadable" if orders is None else f"{orders:,} order{'s' * (orders != 1)}"
        return f"{self.taken_at.astimezone():%Y-%m-%d %H:%M}, {reason_text(self.reason)}, {count}"

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "path": str(self.path),
                "taken_at": self.taken_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "reason": self.reason, "size": self.size, "orders": self.orders()}


@dataclass(frozen=True)
class Restored:
    backup: Backup
    #: the backup of the data the restore replaced (None when there was nothing to keep)
    kept: Path | None
    orders: int


def reason_text(reason: str) -> str:
    if reason.startswith("before-migration"):
        return "before an upgrade"
    return {"daily": "daily", "manual": "made by you",
            "before-restore": "before a restore"}.get(reason, reason)


def list_backups(db: Path) -> list[Backup]:
    """The backups of database `db`, newest first (files this module did not name are not
    listed, and never deleted)."""
    folder = backups_dir_for(db)
    found = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or match["stem"] != db.stem or not entry.is_file():
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append(Backup(Path(entry.path), taken, match["reason"], entry.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.name), reverse=True)
    return found


def backup_database(store: Store, *, reason: str = "manual", now: datetime | None = None
                    ) -> Path:
    """Write a consistent copy of the database into its backups folder; return its path.

    The copy is made under a temporary name, switched to a self-contained rollback journal
    (no -wal beside it), flushed, and renamed into place. Older backups are then rotated."""
    if store.path is None:
        raise StoreError("only SQLite databases are backed up by the app",
                         where=store.url)
    folder = store.backups_dir
    make_private_dir(folder)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    dest = folder / f"{store.stem}-{stamp}-{reason}.db"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{store.stem}-{stamp}-{reason}~{n}.db"
    tmp = dest.with_name(dest.name + ".part")
    make_private_file(tmp)
    try:
        src = sqlite3.connect(store.path, timeout=database.BUSY_TIMEOUT_S)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(folder)
    if prune_backups(store.path, now=now):
        release_vault_files(store)
    return dest


def backup_if_due(store: Store, now: datetime | None = None) -> Path | None:
    """The start-up backup: made when the newest backup is more than a day old (or dated in
    the future: the clock went back) and the database holds orders."""
    if store.path is None:
        return None
    now = now or datetime.now(UTC)
    backups = list_backups(store.path)
    if backups and timedelta(0) <= now - backups[0].taken_at < DUE_AFTER:
        return None
    with store.engine.connect() as conn:
        if not conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM orders)").scalar():
            return None
    return backup_database(store, reason="daily", now=now)


def backups_to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which of `backups` (newest first) the rotation keeps."""
    keep: set[Path] = set()
    days: list[date] = []
    for b in backups:
        if b.reason != "daily":
            continue
        day = b.taken_at.astimezone().date()
        if day in days:
            continue
        if len(days) == KEEP_DAILY:
            break
        days.append(day)
        keep.add(b.path)
    weeks: list[tuple[int, int]] = []
    for b in backups:
        day = b.taken_at.astimezone().date()
        week = tuple(day.isocalendar())[:2]
        if (days and day >= days[-1]) or week in weeks:
            continue
        if len(weeks) == KEEP_WEEKLY:
            break
        weeks.append(week)  # type: ignore[arg-type]
        keep.add(b.path)
    keep.update(b.path for b in backups
                if b.reason != "daily" and now - b.taken_at < KEEP_MARKED)
    return keep


def prune_backups(db: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep, and leftovers of interrupted backups.
    Returns what was deleted."""
    now = now or datetime.now(UTC)
    backups = list_backups(db)
    keep = backups_to_keep(backups, now)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
                removed.append(b.path)
    for part in backups_dir_for(db).glob(f"{db.stem}-*.db.part"):
        with contextlib.suppress(FileNotFoundError):
            if time.time() - part.stat().st_mtime > STALE_PART.total_seconds():
                part.unlink()
                removed.append(part)
    return removed


def evidence_in_backups(db: Path) -> set[str]:
    """SHA-256 of every evidence file some backup of `db` refers to. The vault keeps these
    even after a detach, so restoring a backup brings back every file it lists."""
    shas: set[str] = set()
    for backup in list_backups(db):
        try:
            conn = _read_only(backup.path)
            try:
                shas.update(row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM evidence"))
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue  # an unreadable backup cannot be restored: it holds nothing back
    return shas


def release_vault_files(store: Store) -> list[str]:
    """Delete the stored evidence files that neither the database nor any remaining backup
    refers to (kept by a detach for a backup since rotated away). Returns their SHA-256."""
    from aliassist.store.vault import Vault

    if store.path is None or not store.vault_dir.is_dir():
        return []
    vault = Vault(store.vault_dir)
    released = []
    with vault.lock():
        stored = {p.name for p in store.vault_dir.glob("??/*") if _SHA256.match(p.name)}
        if not stored:
            return []
        with store.engine.connect() as conn:
            needed = set(conn.exec_driver_sql("SELECT DISTINCT sha256 FROM evidence").scalars())
        needed |= evidence_in_backups(store.path)
        for sha in sorted(stored - needed):
            if vault.remove(sha):
                released.append(sha)
    return released


def latest_good_backup(db: Path) -> Backup | None:
    """The newest backup of `db` that passes SQLite's quick_check and is an AliAssist
    database this version can open."""
    for backup in list_backups(db):
        try:
            if check_backup(backup.path) is None:
                return backup
        except StoreError:
            continue  # cannot be read right now: not one to offer
    return None


def check_backup(path: Path) -> str | None:
    """None when `path` can be restored; else why not, in words."""
    from aliassist.store.integrity import check_file

    if not path.is_file() or path.stat().st_size == 0:
        return "it is not a backup file" if path.exists() else "it does not exist"
    problem = check_file(path)
    if problem is not None:
        return problem
    try:
        conn = _read_only(path)
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables else None)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"SQLite cannot read it ({exc})"
    if revision is None or "orders" not in tables:
        return "it is not an AliAssist database"
    if revision[0] not in known_revisions():
        return f"it was written by a newer AliAssist (schema {revision[0]})"
    return None


def restore_backup(store: Store, backup: Path | Backup, *, now: datetime | None = None
                   ) -> Restored:
    """Replace the content of the open database with `backup`, after saving the current content
    as a `before-restore` backup (unless it holds no orders). An older backup is upgraded to
    the current schema afterwards."""
    if store.path is None:
        raise StoreError("only SQLite databases can be restored by the app", where=store.url)
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    problem = check_backup(path)
    if problem is not None:
        raise StoreError(f"cannot be restored: {problem}", where=str(path))
    info = next((b for b in list_backups(store.path) if b.path == path), None) or Backup(
        path, datetime.fromtimestamp(path.stat().st_mtime, UTC), "file", path.stat().st_size)
    with store.engine.connect() as conn:
        has_orders = conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM orders)").scalar()
    kept = backup_database(store, reason="before-restore", now=now) if has_orders else None
    src = _read_only(path)
    try:
        dst = sqlite3.connect(store.path, timeout=database.BUSY_TIMEOUT_S)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    store.engine.dispose()  # pooled connections start afresh on the restored content
    upgrade(store)
    with store.engine.connect() as conn:
        orders = int(conn.exec_driver_sql("SELECT COUNT(*) FROM orders").scalar() or 0)
    return Restored(info, kept, orders)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                           timeout=database.BUSY_TIMEOUT_S)
