"""Restore a backup into the open database.

The backup's pages are written into the open database through SQLite's online backup API, so
other connections (the window, a command) see the restored data at once; the data it replaces is
first saved as a `before-restore` backup, so a restore can itself be undone. An older backup is
then upgraded to the current schema as any old database is when it is opened.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from aliassist.store import database
from aliassist.store.backups import (
    Backup,
    backup_database,
    check_backup,
    list_backups,
    open_read_only,
)
from aliassist.store.database import TEAM_TOOLS_HINT, Store, StoreError, safe_url
from aliassist.store.opening import upgrade


@dataclass(frozen=True)
class Restored:
    backup: Backup
    #: the backup of the data the restore replaced (None when there was nothing to keep)
    kept: Path | None
    orders: int


def restore_backup(store: Store, backup: Path | Backup, *, now: datetime | None = None
                   ) -> Restored:
    """Replace the content of the open database with `backup`, after saving the current content
    as a `before-restore` backup (unless it holds no orders). An older backup is upgraded to
    the current schema afterwards."""
    if store.path is None:
        raise StoreError("only SQLite databases can be restored by the app",
                         where=safe_url(store.url), hint=TEAM_TOOLS_HINT)
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    problem = check_backup(path)
    if problem is not None:
        raise StoreError(f"cannot be restored: {problem}", where=str(path))
    info = next((b for b in list_backups(store.path) if b.path == path), None) or Backup(
        path, datetime.fromtimestamp(path.stat().st_mtime, UTC), "file", path.stat().st_size)
    with store.engine.connect() as conn:
        has_orders = conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM orders)").scalar()
    kept = backup_database(store, reason="before-restore", now=now) if has_orders else None
    src = open_read_only(path)
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
