"""Your data and nothing else: what AliAssist keeps about you, and deleting all of it.

Everything lives beside the database file: the database with SQLite's -wal/-shm/-journal
companions, the evidence vault `<stem>-evidence/`, the backups `<stem>-backups/`, the window's
snapshot of the orders `<stem>-table-snapshot.npz`, and any damaged copies moved aside
(`<stem>-damaged-*`). `wipe` removes exactly these, after the caller has had
the person confirm; files the person exported (data files, dispute packets) are theirs and stay.
The portable copy is `aliassist export-data` (services.datafile.export_data).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aliassist.domain.formatting import format_size
from aliassist.domain.wording import count
from aliassist.services.derived import derived_dir_beside
from aliassist.store import database, policy_cache
from aliassist.store.backups import list_backups
from aliassist.store.database import (
    Store,
    StoreBusyError,
    StoreError,
    backups_dir_for,
    refuse_special_file,
    user_data_dir,
    vault_dir_for,
)
from aliassist.store.first_screen import first_screen_path
from aliassist.store.integrity import COMPANIONS, damaged_copies, sound_stamp_path
from aliassist.store.snapshot_stamp import snapshot_path


@dataclass(frozen=True)
class DataInventory:
    """What AliAssist keeps for one database."""

    database: Path
    #: None when the database cannot be read (damaged) or does not exist
    orders: int | None
    evidence_files: int
    evidence_bytes: int
    backups: int
    backup_bytes: int
    damaged_copies: int
    #: every file and folder `wipe` removes (those that exist)
    paths: tuple[Path, ...]

    @property
    def empty(self) -> bool:
        return not self.paths

    def lines(self) -> list[str]:
        orders = "unreadable" if self.orders is None else count(self.orders, "order")
        out = [f"database: {self.database} ({orders})",
               f"evidence vault: {count(self.evidence_files, 'file')}, "
               f"{format_size(self.evidence_bytes)}",
               f"backups: {self.backups:,}, {format_size(self.backup_bytes)}"]
        if self.damaged_copies:
            out.append(f"damaged copies moved aside: {self.damaged_copies}")
        return out

    def to_json(self) -> dict[str, Any]:
        return {"database": str(self.database), "orders": self.orders,
                "evidence_files": self.evidence_files, "evidence_bytes": self.evidence_bytes,
                "backups": self.backups, "backup_bytes": self.backup_bytes,
                "damaged_copies": self.damaged_copies,
                "paths": [str(p) for p in self.paths]}


def data_paths(db: Path) -> list[Path]:
    """The files and folders that hold the data of database `db` and exist."""
    names = [db, *(db.with_name(db.name + s) for s in COMPANIONS)]
    for copy in damaged_copies(db):
        names += [copy, *(copy.with_name(copy.name + s) for s in COMPANIONS)]
    names += [vault_dir_for(db), derived_dir_beside(vault_dir_for(db)), backups_dir_for(db),
              snapshot_path(db), first_screen_path(db), sound_stamp_path(db)]
    return [p for p in names if p.exists() or p.is_symlink()]


def inventory(db: Path) -> DataInventory:
    """Count what is kept, without opening the database through the app (it may be damaged)."""
    refuse_special_file(db)  # `--db /dev/null wipe` must never delete a device
    orders = None
    if db.is_file() and db.stat().st_size:
        try:
            conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True, timeout=2)
            try:
                orders = int(conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            orders = None
    elif not db.exists() or db.stat().st_size == 0:
        orders = 0
    files, size = _tree(vault_dir_for(db))
    backups = list_backups(db)
    return DataInventory(db, orders, files, size, len(backups), sum(b.size for b in backups),
                         len(damaged_copies(db)), tuple(data_paths(db)))


def wipe(db: Path, store: Store | None = None) -> DataInventory:
    """Delete the database, its evidence vault, its backups and damaged copies. Returns what was
    there. `store`, when the app has it open, is closed and barred from creating the file again.

    Refused (StoreBusyError) while another AliAssist is in the middle of writing to it."""
    if store is not None and store.path is None:
        raise StoreError("only the app's own SQLite database can be wiped; delete a server "
                         "database with the server's tools", where=store.url)
    before = inventory(db)
    _wait_for_writers(db)
    if store is not None:
        store.close()
        store.refuse_connections("all data was deleted; restart AliAssist to begin again")
    for path in before.paths:
        _remove(path)
    folder = db.parent
    if folder == user_data_dir():  # the app's own folder: what it keeps beside the data too
        policy_cache.clear()
    with contextlib.suppress(OSError):
        if folder == user_data_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return before


def _wait_for_writers(db: Path) -> None:
    """Take SQLite's exclusive lock once: no other AliAssist is half-way through a write."""
    if not db.is_file() or db.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(db, timeout=database.BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreBusyError("another AliAssist (the window or a command) is writing to "
                                 "the database, so nothing was deleted", where=str(db),
                                 hint="close it and try again") from None
    except sqlite3.DatabaseError:
        pass  # a damaged file is deleted all the same
    finally:
        conn.close()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, onerror=_make_writable_and_retry)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _make_writable_and_retry(func: Any, path: str, _exc: Any) -> None:
    """Vault files are read-only; Windows refuses to delete those until they are writable."""
    os.chmod(path, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
    func(path)


def _tree(folder: Path) -> tuple[int, int]:
    files = size = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            if root == str(folder) and name == ".lock":
                continue  # the vault's lock, not evidence
            with contextlib.suppress(OSError):
                size += os.stat(os.path.join(root, name)).st_size
                files += 1
    return files, size
