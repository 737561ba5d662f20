"""Is the database file sound? Checked at every start before anything reads or writes it.

`check_file` looks at the header and runs `PRAGMA quick_check` (every page and index entry is
read: about 0.05 s for 100,000 orders, 0.5 s for a million). At a start (`trust_unchanged`) a
file that has not changed since a clean check of the last day (the same file, size and time,
and the same write-ahead log) is not read again: commands run one after another on a large
database then start at once, and a disk's bad sector is still found within a day, or as soon
as SQLite reads it. A damaged AliAssist database is moved aside, never
overwritten or repaired in place: its content may still be recoverable by hand, and the next
start can restore a backup or begin empty. A file that merely is not ours (a `--db` typo
pointing at a text file, another program's database) is refused and left exactly as it is.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from aliassist.fileio import write_text_atomic
from aliassist.store import database
from aliassist.store.database import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    StoreError,
    backups_dir_for,
    default_db_path,
    sqlite_problem,
    vault_dir_for,
)

#: SQLite's companions of a database file: they belong to it and move with it
COMPANIONS = ("-wal", "-shm", "-journal")
#: quick_check problems to quote (it can list thousands)
QUOTE = 3
#: SQLite errors that mean the file itself is damaged (others, like busy, do not)
DAMAGE_ERRORS = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR_SHORT_READ")


#: how long a clean check of a file that has not changed since stands for a full one
SOUND_FOR_S = 24 * 3600


def check_file(path: Path, *, trust_unchanged: bool = False) -> str | None:
    """None when `path` is a sound SQLite database (or absent/empty: a new one); else what is
    wrong, in words. Never changes the file. Raises StoreError when the file cannot be checked
    for a reason that is not damage (another writer holds it, no permission).

    `trust_unchanged`: skip quick_check when the file is as a clean check of the last
    SOUND_FOR_S seconds left it, and remember a clean check (`sound_stamp_path`)."""
    if path.is_dir():
        return "it is a folder, not a database file"
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return f"it cannot be read ({exc.strerror})"
    if not head.startswith(SQLITE_MAGIC):
        return "it is not a SQLite database file (its first bytes are not a SQLite header)"
    if len(head) < 100:
        return f"it is cut short ({size} bytes, less than a SQLite header)"
    identity = file_identity(path) if trust_unchanged else None
    if identity is not None and _checked_unchanged(path, identity):
        return None
    try:
        problems = quick_check(path)
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(DAMAGE_ERRORS):
            return f"SQLite cannot read it ({exc})"
        # busy, locked, no permission, a failing disk: a reason to stop, never to move the file
        raise sqlite_problem(exc, str(path)) or StoreError(
            f"cannot read the database ({exc})", where=str(path)) from None
    if problems:
        more = f" and {len(problems) - QUOTE} more problems" if len(problems) > QUOTE else ""
        return f"SQLite's quick_check found: {'; '.join(problems[:QUOTE])}{more}"
    if identity is not None:
        _remember_sound(path, identity)
    return None


def sound_stamp_path(path: Path) -> Path:
    """Beside the database: the file as its last clean check found it, and when."""
    return path.with_name(f"{path.stem}-sound.json")


def file_identity(path: Path) -> list[int] | None:
    """What changes whenever the database's content may have: the file's device, inode, size
    and modification time, and its write-ahead log's size and time. None (check it) with a
    rollback journal beside it (a write was cut short) or what cannot be read."""
    try:
        if path.with_name(path.name + "-journal").exists():
            return None
        st = path.stat()
        try:
            wal = path.with_name(path.name + "-wal").stat()
            log = [wal.st_size, wal.st_mtime_ns]
        except FileNotFoundError:
            log = [-1, -1]
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, *log]


def _checked_unchanged(path: Path, identity: list[int]) -> bool:
    """Whether a clean check of the last SOUND_FOR_S seconds found the file as it is now (the
    stamp is a file like any other: anything odd in it means no)."""
    try:
        with sound_stamp_path(path).open("rb") as fh:
            stamp = json.loads(fh.read(1024))
        at = stamp["at"]
        return (stamp["file"] == identity and isinstance(at, (int, float))
                and 0 <= time.time() - at < SOUND_FOR_S)
    except (OSError, ValueError, TypeError, KeyError):
        return False


def _remember_sound(path: Path, identity: list[int]) -> None:
    with contextlib.suppress(OSError):  # a folder that cannot be written: check every time
        write_text_atomic(sound_stamp_path(path),
                          json.dumps({"file": identity, "at": time.time()}))


def quick_check(path: Path) -> list[str]:
    """The problems `PRAGMA quick_check` reports (empty when the file is sound)."""
    return _pragma_check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    """The problems the full `PRAGMA integrity_check` reports (slower; used by verify-data)."""
    return _pragma_check(path, "integrity_check")


def _pragma_check(path: Path, pragma: str) -> list[str]:
    conn = sqlite3.connect(path, timeout=database.BUSY_TIMEOUT_S)
    try:
        found = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    finally:
        conn.close()
    return [] if found == ["ok"] else found


def is_ours(path: Path) -> bool:
    """True when `path` is (or was) an AliAssist database: its header carries our application
    id, or it is the default database, or its evidence vault or backups are beside it. Only
    such a file is moved aside when damaged."""
    try:
        with path.open("rb") as fh:
            head = fh.read(72)
        if head.startswith(SQLITE_MAGIC) and int.from_bytes(head[68:72], "big") == APPLICATION_ID:
            return True
    except OSError:
        pass
    try:
        if path.resolve() == default_db_path().expanduser().resolve():
            return True
    except OSError:
        pass
    return backups_dir_for(path).is_dir() or vault_dir_for(path).is_dir()


def damaged_copies(path: Path) -> list[Path]:
    """Damaged databases moved aside from `path`, newest first."""
    return sorted(path.parent.glob(f"{path.stem}-damaged-*{path.suffix}"), reverse=True)


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the damaged database (and its -wal/-shm/-journal, which hold part of its content)
    to `<stem>-damaged-<UTC time><suffix>` in the same folder. Returns the new path."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}-damaged-{stamp}~{n}{path.suffix}")
    os.replace(path, target)
    with contextlib.suppress(FileNotFoundError):
        sound_stamp_path(path).unlink()  # it spoke of the file just moved
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.replace(companion, target.with_name(target.name + suffix))
    return target


