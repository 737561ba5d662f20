"""The window's first screen kept beside a SQLite database (`<stem>-first-screen.json`): the
candidates for the table's first rows (domain/first_rows.py) and what the window shows before
the orders are loaded, read with the standard library only (no SQLAlchemy, no numpy).

It is trusted on the same terms as the table snapshot (store/table_snapshot.py): the stamp it
was taken at (SQLite's user_version, the orders' count and highest id) must be the database's
now, read here with the sqlite3 module on a read-only connection; and it must have been worked
out with the policy file in force (its SHA-256). Anything else (a file missing, damaged, of
another format) and the window starts from the table as it did before it had one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from pathlib import Path
from typing import Any

from aliassist.fileio import atomic_path
from aliassist.store.snapshot_stamp import driver_stamp

#: bump when what is stored changes meaning
FORMAT = 1
#: the settings read (store/settings.py POLICY_PATH, NOTIFY_START_MINIMISED)
_POLICY_SETTING = "policy.path"
_START_MINIMISED = "notify.start_minimised"


def first_screen_path(db: Path) -> Path:
    return db.with_name(f"{db.stem}-first-screen.json")


def write_first_screen(path: Path, data: dict[str, Any]) -> None:
    """Write `data` (with "format" added) aside and rename it into place, private like the
    database."""
    with atomic_path(path, mode=0o600 if os.name == "posix" else None) as tmp:
        tmp.write_text(json.dumps({**data, "format": FORMAT}, ensure_ascii=False,
                                  separators=(",", ":")), encoding="utf-8")


def read_first_screen(path: Path) -> dict[str, Any] | None:
    """The stored first screen, None when there is none or it is not one of this format."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data


class DatabaseFacts:
    """What the first screen is checked against, read from the SQLite file `db` through a
    read-only connection (None from `read` when it cannot be: missing, not a database of the
    app's, busy being made)."""

    def __init__(self, stamp: tuple[int, int, int], policy_setting: object,
                 start_minimised: bool = False):
        self.stamp = stamp
        #: the policy file chosen in Settings (a JSON value), None when none is
        self.policy_setting = policy_setting
        #: the person chose to start in the tray
        self.start_minimised = start_minimised

    @classmethod
    def read(cls, db: Path) -> DatabaseFacts | None:
        if not db.is_file():
            return None
        try:
            conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1.0)
        except (sqlite3.Error, ValueError):
            return None
        try:
            stamp = driver_stamp(conn)
            raw = dict(conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                                    (_POLICY_SETTING, _START_MINIMISED)).fetchall())
        except sqlite3.Error:
            return None
        finally:
            conn.close()
        return cls(stamp, _json(raw.get(_POLICY_SETTING)),
                   bool(_json(raw.get(_START_MINIMISED))))


def _json(raw: object) -> object:
    try:
        return None if raw is None else json.loads(str(raw))
    except ValueError:
        return None


def file_digest(path: Path) -> str | None:
    """What tells an edited (policy) file from the one a first screen was made with: its
    length and CRC-32 (zlib: loading OpenSSL for a SHA-256 would cost the window's start
    milliseconds, and this guards against edits, not attacks); None when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return f"{len(data)}-{zlib.crc32(data):08x}"
