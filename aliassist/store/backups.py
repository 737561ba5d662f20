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
import itertools
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from aliassist.domain.formatting import local_minute
from aliassist.store import database
from aliassist.store.database import (
    TEAM_TOOLS_HINT,
    Store,
    StoreError,
    backups_dir_for,
    fsync_dir,
    known_revisions,
    make_private_dir,
    safe_url,
)
from aliassist.store.integrity import check_file

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; unique names still keep backups apart
    fcntl = None  # type: ignore[assignment]

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
            conn = open_read_only(self.path)
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
        return f"{local_minute(self.taken_at)}, {reason_text(self.reason)}, {count}"

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "path": str(self.path),
                "taken_at": self.taken_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "reason": self.reason, "size": self.size, "orders": self.orders()}


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
        if match is None or match["stem"] != db.stem:
            continue
        try:  # pruned meanwhile by another command
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except FileNotFoundError:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append(Backup(Path(entry.path), taken, match["reason"], size))
    found.sort(key=lambda b: (b.taken_at, b.name), reverse=True)
    return found


def backup_database(store: Store, *, reason: str = "manual", now: datetime | None = None
                    ) -> Path:
    """Write a consistent copy of the database into its backups folder; return its path.

    The copy is made under an unpredictable temporary name (created exclusively), switched to
    a self-contained rollback journal (no -wal beside it), flushed, and linked into place under
    a name no other backup has (`~2`, `~3`... when several are made in the same second). Older
    backups are then rotated. Backups of one database are made one at a time (a lock in the
    folder), so commands started together never trip over each other. A backup that cannot be
    written (disk full, read-only folder) is a StoreError saying so; nothing is left behind."""
    if store.path is None:
        raise StoreError("only SQLite databases are backed up by the app",
                         where=safe_url(store.url), hint=TEAM_TOOLS_HINT)
    folder = store.backups_dir
    with _backups_lock(folder):
        return _backup_locked(store, reason, now)


def _backup_locked(store: Store, reason: str, now: datetime | None) -> Path:
    assert store.path is not None
    folder = store.backups_dir
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    base = f"{store.stem}-{stamp}-{reason}"
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f"{base}.db.", suffix=".part")
        os.close(fd)
        tmp = Path(tmp_name)
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
        dest = _place(tmp, folder, base)
    except sqlite3.Error as exc:
        raise _cannot_back_up(folder, str(exc), database.sqlite_problem(exc, str(store.path))
                              ) from None
    except OSError as exc:
        raise _cannot_back_up(folder, exc.strerror or str(exc), None) from None
    finally:
        if tmp is not None:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
    fsync_dir(folder)
    if prune_backups(store.path, now=now):
        release_vault_files(store)
    return dest


def _cannot_back_up(folder: Path, why: str, problem: StoreError | None) -> StoreError:
    if isinstance(problem, database.StoreBusyError):
        return problem
    full = "full" in why.lower() or "no space" in why.lower()
    return StoreError(f"the backup cannot be written ({why}); no backup was made",
                      where=str(folder),
                      hint="free some disk space and try again" if full else
                      "check that the backups folder is yours and writable")


def _place(tmp: Path, folder: Path, base: str) -> Path:
    """Give the finished backup `tmp` its name, never replacing a backup that has it."""
    for n in itertools.count(1):
        dest = folder / (f"{base}.db" if n == 1 else f"{base}~{n}.db")
        try:
            os.link(tmp, dest)  # fails when the name is taken: atomic and exclusive
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            if dest.exists():
                continue
            os.replace(tmp, dest)
            return dest
        tmp.unlink()
        return dest
    raise AssertionError("unreachable")


@contextlib.contextmanager
def _backups_lock(folder: Path) -> Iterator[None]:
    """Hold the backups folder's lock (across processes): an advisory lock on the folder
    itself, so no lock file sits among the backups (POSIX; elsewhere nothing)."""
    make_private_dir(folder)
    if fcntl is None:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def backup_if_due(store: Store, now: datetime | None = None) -> Path | None:
    """The start-up backup: made when the newest backup is more than a day old (or dated in
    the future: the clock went back) and the database holds orders. Commands started together
    make one: the second finds the first's backup once it holds the lock."""
    if store.path is None:
        return None
    now = now or datetime.now(UTC)
    if not backup_due(store.path, now):
        return None
    with _backups_lock(store.backups_dir):
        if not backup_due(store.path, now):
            return None
        with store.engine.connect() as conn:
            if not conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM orders)").scalar():
                return None
        return _backup_locked(store, "daily", now)


def backup_due(db: Path, now: datetime) -> bool:
    """Whether the start-up backup of the database file `db` is due (when it holds orders)."""
    backups = list_backups(db)
    return not (backups and timedelta(0) <= now - backups[0].taken_at < DUE_AFTER)


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
    folder = backups_dir_for(db)
    leftovers = [*folder.glob(f"{db.stem}-*.db*.part"),
                 *folder.glob(f"{db.stem}-*.db*.part-journal")]
    for part in leftovers:  # an interrupted backup (or restore's copy), and its journal
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
            conn = open_read_only(backup.path)
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
    if not path.is_file() or path.stat().st_size == 0:
        return "it is not a backup file" if path.exists() else "it does not exist"
    problem = check_file(path)
    if problem is not None:
        return problem
    try:
        conn = open_read_only(path)
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


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                           timeout=database.BUSY_TIMEOUT_S)
