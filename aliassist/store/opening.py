"""Open the store: the whole opening sequence, above the modules it runs in turn.

The file is checked first (aliassist.store.integrity: a damaged AliAssist database is moved aside
and the latest good backup offered), SQLite is set up (aliassist.store.database), the schema is
brought to the newest version (a new database is created and stamped; an old one is backed up
with aliassist.store.backups, then upgraded), and a backup is made once a day.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import cast

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from aliassist.store import order_changes
from aliassist.store.backups import (
    backup_database,
    backup_if_due,
)
from aliassist.store.database import (
    SQLITE_MAGIC,
    Store,
    StoreError,
    current_revision,
    default_db_path,
    head_revision,
    known_revisions,
    make_engine,
    make_private_database,
    mark_as_ours,
    refuse_special_file,
    run_alembic,
    safe_url,
    stamp_new,
    url_from_env,
    user_data_dir,
)
from aliassist.store.schema import Base
from aliassist.store.soundness import DatabaseDamagedError as DatabaseDamagedError
from aliassist.store.soundness import ensure_sound
from aliassist.store.soundness import restore_command as restore_command


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
        make_private_database(db)
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
        if mark_as_ours(cast(sqlite3.Connection, conn.connection.driver_connection)):
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
