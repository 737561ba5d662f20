"""The database and its folders: where it is, the SQLite engine (WAL, foreign keys, busy timeout),
the errors people can act on, and the schema versions (read from the migration scripts; alembic is
imported only when there is something to migrate: start-up stays fast). The opening sequence that
checks, upgrades and backs up a database is aliassist.store.opening.

On POSIX the data folder is private (0700) and the database and its -wal/-shm files are 0600.
SQLite errors that people can act on (the database is busy or damaged) become StoreError messages.

A database and its evidence vault and backups live together: for `/x/orders.db` the vault is
`/x/orders-evidence/` and the backups `/x/orders-backups/`, so two databases never share evidence.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aliassist.errors import UserError
from aliassist.store.locations import APP_DIR_NAME as APP_DIR_NAME
from aliassist.store.locations import DB_FILE_NAME as DB_FILE_NAME
from aliassist.store.locations import ENV_DATA as ENV_DATA
from aliassist.store.locations import ENV_DB as ENV_DB
from aliassist.store.locations import ENV_URL as ENV_URL
from aliassist.store.locations import default_db_path as default_db_path
from aliassist.store.locations import url_from_env as url_from_env
from aliassist.store.locations import user_data_dir as user_data_dir

if TYPE_CHECKING:  # SQLAlchemy loads when an engine is made: an import into a SQLite file
    # opens it with the standard library alone (store/plain_open.py)
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

#: what to do instead of the app's file backups, restores and wipe on a team database
TEAM_TOOLS_HINT = ("a team database is backed up and restored with the server's tools "
                   "(pg_dump, pg_restore; README: Team database)")
SQLITE_MAGIC = b"SQLite format 3\x00"
#: SQLite's application_id (header bytes 68-71) of an AliAssist database: "AlAs". It tells our
#: database from another program's even when the rest of the file is damaged.
APPLICATION_ID = 0x416C4173
MIGRATIONS = Path(__file__).parent / "migrations"
#: how long a writer waits for another (the window, a command) to finish its transaction
BUSY_TIMEOUT_S = 10.0


class StoreError(UserError):
    """The database cannot be opened or brought up to date."""


class StoreBusyError(StoreError):
    """Another writer held the database longer than BUSY_TIMEOUT_S; nothing was changed."""


def make_private_dir(path: Path) -> None:
    """Create a folder only the user can read (0700 on POSIX; so is every missing folder above
    it that this creates), or make an existing one so."""
    missing = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        for folder in {*missing, path}:
            if folder.stat().st_mode & 0o777 != 0o700:
                with contextlib.suppress(PermissionError):  # not ours to change
                    folder.chmod(0o700)


def make_private_file(path: Path) -> None:
    """Create `path` empty if it is missing; on POSIX make it readable only by the user."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    if os.name == "posix" and path.stat().st_mode & 0o777 != 0o600:
        with contextlib.suppress(PermissionError):  # not ours to change
            path.chmod(0o600)


def make_private_database(db: Path) -> None:
    """Make the database file `db` (and its -wal and -shm files, when there) private, in a
    private folder when the app made it or it is the data folder."""
    if not db.parent.exists() or db.parent == user_data_dir():
        make_private_dir(db.parent)
    for name in (db, *(db.with_name(db.name + s) for s in ("-wal", "-shm"))):
        if name == db or name.exists():
            make_private_file(name)


def vault_dir_for(db: Path) -> Path:
    """The evidence vault of the database file `db` (what `Store.vault_dir` is for it)."""
    return db.parent / f"{db.stem}-evidence"


def backups_dir_for(db: Path) -> Path:
    """The backups folder of the database file `db` (what `Store.backups_dir` is for it)."""
    return db.parent / f"{db.stem}-backups"


@dataclass
class Store:
    """An open database with the folders that belong to it."""

    engine: Engine
    url: str
    #: the SQLite file, None for a server database
    path: Path | None
    #: the folder holding the vault and backups of this database
    home: Path
    stem: str
    sessions: sessionmaker[Session] = field(init=False)
    #: what went wrong while opening without stopping it (a daily backup that failed)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.orm import sessionmaker

        from aliassist.store.authorship import stamp_authors

        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.sessions, "before_flush", stamp_authors)

    @property
    def vault_dir(self) -> Path:
        return self.home / f"{self.stem}-evidence"

    @property
    def backups_dir(self) -> Path:
        return self.home / f"{self.stem}-backups"

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()

    def refuse_connections(self, message: str) -> None:
        """Every later attempt to connect raises StoreError(`message`) (the data is gone)."""

        from sqlalchemy import event

        def refuse(*_args: Any, **_kwargs: Any) -> None:
            raise StoreError(message)

        event.listen(self.engine, "do_connect", refuse)


def database_location(path: Path | str | None = None, url: str | None = None
                      ) -> tuple[str, Path]:
    """Which database `path`/`url` name (a resolved file path, or the URL of a server database)
    and the folder that belongs to it, without opening anything."""
    url = url_from_env(path, url)
    if url is not None:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except ArgumentError:
            return url, user_data_dir()
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
            return url, user_data_dir()
        path = parsed.database
    db = (Path(path) if path is not None else default_db_path()).expanduser().resolve()
    return str(db), db.parent


def refuse_special_file(db: Path) -> None:
    """A database is a regular file or one to create: never a device (`/dev/null`), a pipe or
    a socket, which SQLite would treat as a new, empty database (chmodding the device and
    putting a journal beside it)."""
    import stat

    try:
        mode = db.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot open the database: {exc.strerror}", where=str(db)) from None
    if stat.S_ISDIR(mode):
        raise StoreError("is a folder, not a database file", where=str(db))
    if not stat.S_ISREG(mode):
        raise StoreError("is not a database file (a device, pipe or socket); nothing was "
                         "changed", where=str(db),
                         hint="give the path of an AliAssist database, or of a new file to "
                              "create")


def server_errors() -> tuple[type[BaseException], ...]:
    """The errors of the PostgreSQL driver (when it is installed)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a dependency
        return ()
    return (psycopg.Error,)


def make_engine(url: str, *, sqlite: bool, connect_timeout: int | None = None) -> Engine:
    """The engine of `url`; `connect_timeout` (seconds, server databases) bounds the wait for a
    server that does not answer (a URL's own `connect_timeout=` wins)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    if not sqlite:
        from aliassist.store.schema import with_server_options

        with_server_options()  # before the engine makes or compares a schema
        args = {} if connect_timeout is None else {"connect_timeout": connect_timeout}
        if "connect_timeout" in make_url(url).query:
            args = {}
        engine = create_engine(url, pool_pre_ping=True, connect_args=args)
        _explain_errors(engine, server_problem, safe_url(url))
        return engine
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        set_up_connection(dbapi_conn)
        if url != "sqlite://":
            set_up_file(dbapi_conn)

    if url != "sqlite://":
        from aliassist.store.snapshot_stamp import watch_writes

        watch_writes(engine)  # the window's snapshot of the orders knows when it is stale
    _explain_errors(engine, sqlite_problem, url.removeprefix("sqlite:///"))
    return engine


def set_up_connection(conn: sqlite3.Connection) -> None:
    """What every connection to a SQLite database has: foreign keys, and a wait of
    BUSY_TIMEOUT_S for another writer."""
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")


def set_up_file(conn: sqlite3.Connection) -> None:
    """What a SQLite database file is kept in: a write-ahead log, synced at checkpoints."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")


def mark_as_ours(conn: sqlite3.Connection) -> bool:
    """Give the file its application_id when it lacks it; whether it had to (the caller's
    transaction then holds the change)."""
    if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return False
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return True


def _explain_errors(engine: Engine, problem_of: Any, where: str) -> None:
    """Turn the driver's errors a person can act on into StoreError messages."""
    from sqlalchemy import event

    @event.listens_for(engine, "handle_error")
    def _explain(context: Any) -> None:
        problem = problem_of(context.original_exception, where)
        if problem is not None:
            raise problem from context.original_exception


def sqlite_problem(exc: BaseException, where: str) -> StoreError | None:
    """The message for a SQLite error a person can act on (busy, damaged, disk full)."""
    if isinstance(exc, UnicodeEncodeError):
        return StoreError("a text holds half of a character (a lone surrogate) and cannot be "
                          "stored; nothing was changed", where=where)
    if not isinstance(exc, sqlite3.Error):
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreBusyError(
            f"the database is busy: another AliAssist (the window or a command) has been "
            f"writing to it for more than {BUSY_TIMEOUT_S:g} seconds, so nothing was changed",
            where=where, hint="try again in a moment")
    if "malformed" in text or "not a database" in text:
        return StoreError(f"the database file is damaged ({exc})", where=where,
                          hint="close AliAssist and start it again: it moves the damaged file "
                               "aside and offers the latest good backup")
    if "readonly" in text or "read-only" in text:
        return StoreError("the database is read-only (its file, or the folder holding it, "
                          "cannot be written), so nothing was changed", where=where,
                          hint="make it writable (chmod u+w), or copy it to a folder of your own "
                               "and use --db")
    if "disk is full" in text or "disk i/o" in text:
        return StoreError(f"the database cannot be written ({exc}); nothing was changed",
                          where=where, hint="free some disk space and try again")
    return None


def safe_url(url: str) -> str:
    """`url` with any password in it hidden (for messages)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def server_problem(exc: BaseException, where: str) -> StoreError | None:
    """The message for a database server error a person can act on: the server cannot be
    reached, refuses the login, or the role may not do what was asked."""
    errors = server_errors()
    if not errors or not isinstance(exc, errors):
        return None
    import psycopg

    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, psycopg.OperationalError) and getattr(exc, "sqlstate", None) is None:
        return StoreError(f"cannot connect to the team database: {first_line}", where=where,
                          hint="check the server's address, that it runs, and the password "
                               "in ~/.pgpass (or PGPASSFILE, a service file)")
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return StoreError(f"the database role may not do this: {first_line}; nothing was "
                          "changed", where=where,
                          hint="ask the database's owner to grant the role access")
    if isinstance(exc, (psycopg.errors.DiskFull, psycopg.errors.QueryCanceled,
                        psycopg.errors.AdminShutdown)):
        return StoreError(f"the team database cannot do this now ({first_line}); nothing was "
                          "changed", where=where, hint="try again in a moment")
    return None


def sqlite_file(path: Path | str | None = None, url: str | None = None) -> Path:
    """The SQLite file `path`/`url` name, without opening it (it may be damaged); UserError
    for a server database (backups, restore and wipe work on files)."""
    url = url_from_env(path, url)
    if url:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except ArgumentError:
            raise UserError(f"{url!r} is not a database URL", where="--database-url") from None
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
            raise UserError("backups, restore and wipe work on a SQLite database file, not "
                            "on a team database", where=safe_url(url), hint=TEAM_TOOLS_HINT)
        return Path(parsed.database).expanduser()
    return (Path(path) if path else default_db_path()).expanduser()


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# Schema versions


def head_revision() -> str:
    """The newest migration, read from the version scripts without importing alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    pattern = re.compile(r'^(down_)?revision\s*=\s*["\']?([\w]+)?["\']?', re.M)
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for down, rev in pattern.findall(script.read_text(encoding="utf-8")):
            if rev and rev != "None":
                (parents if down else revisions).add(rev)
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line; heads: {sorted(heads)}")
    return heads.pop()


#: alembic's table of the schema version
VERSION_TABLE = "alembic_version"


def current_revision(engine: Engine) -> str | None:
    """The schema version a database is at; "" when it holds tables but no version (not ours),
    None when it holds no table (new). A database that has its version table costs one
    lookup of that table and one query (what every command pays on opening)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if conn.dialect.has_table(conn, VERSION_TABLE):
            return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        return "" if inspect(conn).get_table_names() else None


def stamp_new(conn: Any, revision: str) -> None:
    """Record `revision` as the schema version of a database just created from the models, as
    `alembic stamp` does (its table, column and constraint, named as alembic names them),
    without loading alembic. tests/store/test_migrations.py checks that a database made so
    equals one the migrations built, on both engines."""
    from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table

    table = Table(VERSION_TABLE, MetaData(), Column("version_num", String(32), nullable=False),
                  PrimaryKeyConstraint("version_num", name=f"{VERSION_TABLE}_pkc"))
    table.create(conn, checkfirst=True)
    conn.execute(table.delete())
    conn.execute(table.insert().values(version_num=revision))


def known_revisions() -> set[str]:
    pattern = re.compile(r'^revision\s*=\s*["\'](\w+)["\']', re.M)
    return {m for script in (MIGRATIONS / "versions").glob("*.py")
            for m in pattern.findall(script.read_text(encoding="utf-8"))}


def alembic_config(store: Store) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", store.url.replace("%", "%%"))
    return config


def run_alembic(command_name: str, store: Store, revision: str, conn: Any) -> None:
    from alembic import command

    config = alembic_config(store)
    config.attributes["connection"] = conn
    getattr(command, command_name)(config, revision)
