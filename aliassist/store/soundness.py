"""A damaged database found before it is opened: the check (aliassist.store.integrity), moving
an AliAssist file aside, and the message that names where it went and the latest good backup.
Without SQLAlchemy: an import into a SQLite file opens it with the standard library alone
(aliassist.store.plain_open), after the same check as every opening.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from aliassist.store.backups import Backup, latest_good_backup, list_backups
from aliassist.store.database import StoreError, default_db_path
from aliassist.store.integrity import check_file, is_ours, move_aside


class DatabaseDamagedError(StoreError):
    """The database file is damaged or is not a database. When it was ours it has been moved
    aside (`moved_to`); `backup` is the newest backup that passed the same check, if any."""

    def __init__(self, path: Path, problem: str, *, moved_to: Path | None,
                 backup: Backup | None = None):
        self.path = path
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup
        parts = [f"the database cannot be used: {problem}."]
        if moved_to is None:
            parts.append("AliAssist did not change it.")
            hint = "choose another file with --db"
        else:
            parts.append(f"It was moved aside to {moved_to} and is kept unchanged.")
            if backup is not None:
                parts.append(f"The latest good backup is {backup.name} ({backup.describe()}). "
                             "Without a restore, the next start begins with a new, empty "
                             "database.")
                hint = f"restore it with: {restore_command(path, backup.name)}"
            else:
                parts.append("There is no good backup to restore; the next start begins with "
                             "a new, empty database.")
                hint = None
        super().__init__(" ".join(parts), where=str(path), hint=hint)


def restore_command(db: Path, backup: str) -> str:
    """The command line that restores `backup` into `db`."""
    try:
        default = db.resolve() == default_db_path().expanduser().resolve()
    except OSError:
        default = False
    where = "" if default else f" --db {shlex.quote(str(db))}"
    return f"aliassist{where} restore {shlex.quote(backup)}"


def ensure_sound(path: Path) -> None:
    """Check the database before it is opened. A damaged AliAssist database is moved aside and
    DatabaseDamagedError names it, where it went and the latest good backup; a file that is not
    ours is refused and left alone."""
    if path.is_dir():
        raise StoreError("is a folder, not a database file", where=str(path))
    problem = check_file(path, trust_unchanged=True)
    if problem is None and path.is_file() and path.stat().st_size == 0 and _has_backups(path):
        problem = "it is empty (0 bytes), although backups of it exist"
    if problem is None:
        return
    if not is_ours(path):
        if problem.startswith("it is not a SQLite"):
            raise StoreError("is not an AliAssist database (not a SQLite file)", where=str(path),
                             hint="choose another file with --db, or move this one away")
        raise DatabaseDamagedError(path, problem, moved_to=None)
    moved = move_aside(path)
    raise DatabaseDamagedError(path, problem, moved_to=moved,
                               backup=latest_good_backup(path))


def _has_backups(path: Path) -> bool:
    return bool(list_backups(path))
