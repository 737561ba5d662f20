"""Open the store: the whole opening sequence, above the modules it runs in turn.

The file is checked first (aliassist.store.integrity: a damaged AliAssist database is moved aside
and the latest good backup offered), SQLite is set up (aliassist.store.database), the schema is
brought to the newest version (a new database is created and stamped; an old one is backed up
with aliassist.store.backups, then upgraded), and a backup is made once a day.
"""

from __future__ import annotations

import hashlib
import shlex
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from aliassist.store import order_changes
from aliassist.store.backups import (
    Backup,
    backup_database,
    backup_if_due,
    latest_good_backup,
    list_backups,
)
from aliassist.store.database import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    Store,
    StoreError,
    current_revision,
    default_db_path,
    head_revision,
    known_revisions,
    make_engine,
    make_private_dir,
    make_private_file,
    refuse_special_file,
    run_alembic,
    safe_url,
    stamp_new,
    url_from_env,
    user_data_dir,
)
from aliassist.store.integrity import check_file, is_ours, move_aside
from aliassist.store.schema import Base


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


def open_store(path: Path | str | None = None, *, url: str | None = None,
               migrate: bool = True, check: bool = True, backup: bool = True) -> Store:
    """Open (creating if needed) the database at `path`, or at a SQLAlchemy `url`.

    `check` runs the integrity check first (a damaged file is moved aside and
    DatabaseDamagedError raised); `backup` makes the daily backup when one is due (after the
    migration, so only with `migrate`). Without either, ALIASSIST_DATABASE_URL names a team
    database, else the default file is used."""
    url = url_from_env(path, url)
    if url is not None:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(f"{url!r} is not a database URL such as sqlite:///path/to/file.db",
                             where="--database-url") from None
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            return open_store(Path(parsed.database), migrate=migrate, check=check,
                              backup=backup)
        digest = hashlib.sha256(url.encode()).hexdigest()[:12]
        store = Store(make_engine(url, sqlite=parsed.get_backend_name() == "sqlite"), url, None,
                      user_data_dir(), f"server-{digest}")
    else:
        db = Path(path) if path is not None else default_db_path()
        db = db.expanduser()
        refuse_special_file(db)
        if check:
            ensure_sound(db)
        else:
            _check_sqlite_file(db)
        if not db.parent.exists() or db.parent == user_data_dir():
            make_private_dir(db.parent)
        for name in (db, *(db.with_name(db.name + s) for s in ("-wal", "-shm"))):
            if name == db or name.exists():
                make_private_file(name)
        store = Store(make_engine(f"sqlite:///{db}", sqlite=True), f"sqlite:///{db}", db, db.parent,
                      db.stem)
    if migrate:
        try:
            upgrade(store)
            _mark_as_ours(store)
        except (OperationalError, DatabaseError) as exc:
            store.close()
            raise StoreError(f"cannot open the database: {exc.orig}",
                             where=str(store.path or safe_url(store.url))) from None
        except BaseException:
            store.close()
            raise
    if backup and migrate and store.path is not None:
        try:
            backup_if_due(store)
        except StoreError as exc:  # the command still runs: scheduled warnings must not stop
            store.warnings.append(f"the daily backup was not made: {exc}")
        except BaseException:
            store.close()
            raise
    return store


def _mark_as_ours(store: Store) -> None:
    if store.path is None:
        return
    with store.engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()


def _check_sqlite_file(db: Path) -> None:
    if db.is_dir():
        raise StoreError("is a folder, not a database file", where=str(db))
    if not db.exists() or db.stat().st_size == 0:
        return
    try:
        with db.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read the database: {exc.strerror}", where=str(db)) from None
    if head != SQLITE_MAGIC:
        raise StoreError("is not an AliAssist database (not a SQLite file)", where=str(db),
                         hint="choose another file with --db, or move this one away")


def upgrade(store: Store) -> None:
    """Create a new database at the newest schema, or back an old one up and migrate it."""
    current = current_revision(store.engine)
    head = head_revision()
    if current == head:
        return
    if current is None:
        with store.engine.begin() as conn:  # tables and stamp in one transaction
            Base.metadata.create_all(conn)
            order_changes.install(conn)  # what migration 0007 makes on an older database
            stamp_new(conn, head)
        return
    if current == "":
        raise StoreError("holds tables but is not an AliAssist database",
                         where=str(store.path or safe_url(store.url)))
    if current not in known_revisions():
        raise StoreError(
            f"was written by a newer AliAssist (schema {current}; this version knows up to "
            f"{head})", where=str(store.path or safe_url(store.url)),
            hint="update AliAssist to open it")
    if store.path is not None:
        backup_database(store, reason=f"before-migration-{current}")
    with store.engine.begin() as conn:
        run_alembic("upgrade", store, head, conn)
