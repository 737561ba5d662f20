"""Copies of the database made with SQLite's online backup API (safe while it is in use)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from aliassist.store.database import Store, make_private_dir


def backup_database(store: Store, *, reason: str = "manual", now: datetime | None = None) -> Path:
    """Write a consistent copy of the database into its backups folder; return its path."""
    if store.path is None:
        raise ValueError("only SQLite databases are backed up by the app")
    make_private_dir(store.backups_dir)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    dest = store.backups_dir / f"{store.stem}-{stamp}-{reason}.db"
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(store.path)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, dest)
    if os.name == "posix":
        dest.chmod(0o600)
    return dest
