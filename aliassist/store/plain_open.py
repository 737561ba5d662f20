"""A SQLite database file opened with the standard library alone, when opening is all it needs.

Loading SQLAlchemy takes a fifth of a second, a fifth of `aliassist import` of a 100,000-row
file; the import writes through the driver's own connection anyway. `open_plain` runs the same
opening sequence as aliassist.store.opening for a file -- the check before opening (a damaged
file is moved aside and named), the private folder and file, SQLite set up as the engine sets it
up (foreign keys, busy timeout, WAL) -- and gives the connection when the database is at the
newest schema, or new: then it is made from NEW_DATABASE, the statements the models and
migrations make (tests/store/test_plain_open.py compares the two; `python -m
aliassist.store.plain_open` writes it again after a schema change). Anything more -- a
migration, the daily backup, a file that is not ours -- is the full opening's work: None, and
the caller opens the store as every command does.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from aliassist.store.backups import backup_due
from aliassist.store.database import (
    BUSY_TIMEOUT_S,
    VERSION_TABLE,
    StoreError,
    head_revision,
    make_private_database,
    mark_as_ours,
    refuse_special_file,
    set_up_connection,
    set_up_file,
    sqlite_problem,
)
from aliassist.store.order_documents import Snapshot
from aliassist.store.snapshot_stamp import new_stamp, stamp_changed
from aliassist.store.soundness import ensure_sound

#: the statements that make a new database, as SQLite keeps them (sqlite_master), after a
#: first line naming the schema version they make
NEW_DATABASE = Path(__file__).with_name("new_database.sql")
_FIRST_LINE = "-- AliAssist schema "


def open_plain(db: Path, now: datetime | None = None) -> sqlite3.Connection | None:
    """The database file `db` (made when missing), opened and set up, in autocommit mode
    (the caller begins its transactions); None when the full opening has more to do. Raises
    what the full opening raises for a damaged file, a folder or a device."""
    db = db.expanduser()
    refuse_special_file(db)
    ensure_sound(db)
    make_private_database(db)
    try:
        conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise _cannot_open(exc, db) from None
    try:
        ready = _set_up(conn, db, now or datetime.now(UTC))
    except sqlite3.Error as exc:
        conn.close()
        raise _cannot_open(exc, db) from None
    except BaseException:
        conn.close()
        raise
    if not ready:
        conn.close()
        return None
    return conn


def _cannot_open(exc: sqlite3.Error, db: Path) -> StoreError:
    return sqlite_problem(exc, str(db)) or StoreError(f"cannot open the database: {exc}",
                                                      where=str(db))


def _set_up(conn: sqlite3.Connection, db: Path, now: datetime) -> bool:
    """Set the connection up as the engine does; False (the file unchanged) when the full
    opening has more to do."""
    set_up_connection(conn)
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    head = head_revision()
    if tables:
        if VERSION_TABLE not in tables:
            return False  # not ours: the full opening says so
        row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        if row is None or row[0] != head:
            return False  # to migrate (backed up first) or newer than this version
        # the daily backup, when due and there is something to keep
        if backup_due(db, now) and conn.execute(
                "SELECT EXISTS (SELECT 1 FROM orders)").fetchone()[0]:
            return False
    set_up_file(conn)
    if not tables and not _create(conn, head):
        return False
    mark_as_ours(conn)  # in autocommit: written at once
    return True


def _create(conn: sqlite3.Connection, head: str) -> bool:
    """Make the new database's tables and stamp them `head`, in one transaction; False when
    NEW_DATABASE was written for another schema version."""
    revision, statements = new_database_statements()
    if revision != head:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            conn.execute("ROLLBACK")  # another process made it meanwhile: look again
            return conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone() == (head,)
        for statement in statements:
            conn.execute(statement)
        conn.execute(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (?)", (head,))
        # the stamp a window's snapshot of the orders is checked against (snapshot_stamp)
        conn.execute(f"PRAGMA user_version = {new_stamp()}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return True


class PlainWriting:
    """A transaction of the plain connection, with it as `driver`. Its commit gives the file a
    fresh stamp when rows changed (store/snapshot_stamp.py: what the engine's commits do)."""

    def __init__(self, conn: sqlite3.Connection):
        self.driver = conn
        conn.execute("BEGIN")
        self._changes = conn.total_changes
        #: the settings `bulk_write` changed, to put back once the transaction ends: the
        #: journal mode and synchronous setting (None: unchanged), and foreign keys' checking
        self._put_back: tuple[tuple[str, int] | None, int] | None = None

    def bulk_write(self) -> bool:
        """Before a large import's first write, while the transaction has written nothing: the
        empty transaction ends and a new one begins set up for the bulk writer
        (store/bulk_import.py); the commit or the rollback puts everything back.

        - Foreign keys go unchecked: the writer's rows refer only to accounts and orders it
          wrote or read in this transaction, under its lock. And a statement no constraint can
          stop midway needs no statement journal, so the writer can insert orders that land
          all over the index of order numbers many a statement (each of them checked would
          keep a copy of every page it changes).
        - The transaction writes its pages into the file itself, once, rather than into the
          write-ahead log, whose checkpoint after the commit would copy every one of them into
          the file again (a tenth of an import into a new file): when the file is in WAL
          mode and no other connection has it open (SQLite cannot leave WAL mode otherwise),
          with a rollback journal synced in full.

        Whether the transaction is set up so (False once something was written)."""
        conn = self.driver
        if self._put_back is not None or conn.total_changes != self._changes:
            return self._put_back is not None
        mode = conn.execute("PRAGMA main.journal_mode").fetchone()[0]
        synchronous = conn.execute("PRAGMA main.synchronous").fetchone()[0]
        foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        conn.execute("COMMIT")  # it wrote nothing
        conn.execute("PRAGMA foreign_keys = OFF")  # (a no-op inside a transaction)
        journal: tuple[str, int] | None = None
        if str(mode).lower() == "wal":
            try:
                switched = conn.execute("PRAGMA main.journal_mode = DELETE").fetchone()[0]
            except sqlite3.OperationalError:  # another connection holds the file: WAL stays
                switched = mode
            if str(switched).lower() == "delete":
                journal = (str(mode), int(synchronous))
                conn.execute("PRAGMA main.synchronous = FULL")
        self._put_back = (journal, int(foreign_keys))
        conn.execute("BEGIN")
        self._changes = conn.total_changes
        return True

    def commit(self) -> None:
        if not self.driver.in_transaction:
            return
        stamp_changed(self.driver, self._changes)
        self.driver.execute("COMMIT")
        self._settings_back()

    def rollback(self) -> None:
        if self.driver.in_transaction:
            self.driver.execute("ROLLBACK")
        self._settings_back()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.rollback()

    def _settings_back(self) -> None:
        """What `bulk_write` changed, back: foreign keys' checking, and the write-ahead log
        with its synchronous setting. A reader that came meanwhile can keep the log from
        coming back now: the next opening puts it back (every opening sets the file up)."""
        if self._put_back is None:
            return
        journal, foreign_keys = self._put_back
        self._put_back = None
        with contextlib.suppress(sqlite3.Error):
            self.driver.execute(f"PRAGMA foreign_keys = {foreign_keys}")
        if journal is None:
            return
        mode, synchronous = journal
        with contextlib.suppress(sqlite3.Error):
            self.driver.execute(f"PRAGMA main.journal_mode = {mode}")
        with contextlib.suppress(sqlite3.Error):
            self.driver.execute(f"PRAGMA main.synchronous = {synchronous}")


@contextlib.contextmanager
def plain_snapshot(conn: sqlite3.Connection) -> Iterator[Snapshot]:
    """A read transaction on the plain connection `conn`: one snapshot of the file."""
    conn.execute("BEGIN")
    try:
        yield Snapshot(conn)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def new_database_statements(text: str | None = None) -> tuple[str, list[str]]:
    """The schema version NEW_DATABASE (or `text`) makes, and its statements."""
    if text is None:
        text = NEW_DATABASE.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    if not first.startswith(_FIRST_LINE):
        raise ValueError(f"{NEW_DATABASE.name} does not start with {_FIRST_LINE!r}")
    statements: list[str] = []
    pending = ""
    for line in rest.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip().removesuffix(";"))
            pending = ""
    if pending.strip():
        raise ValueError(f"{NEW_DATABASE.name} ends inside a statement")
    return first.removeprefix(_FIRST_LINE).split()[0], statements


def schema_script(db: Path, revision: str) -> str:
    """NEW_DATABASE's text for the database `db` (made by the full opening): its statements
    as SQLite keeps them, but the version table's row; the tables in the order they were made
    (each after those it refers to), then the rest by name (SQLAlchemy makes a table's indexes
    in an order that changes from run to run)."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY "
                            "type <> 'table', CASE WHEN type = 'table' THEN rowid END, "
                            "name").fetchall()
    body = "".join(f"{sql};\n" for (sql,) in rows)
    return (f"{_FIRST_LINE}{revision} (made by `python -m aliassist.store.plain_open` from "
            "a database the models made)\n" + body)


def main() -> None:  # pragma: no cover - a developer's tool, checked by the test it serves
    import tempfile

    from aliassist.store.opening import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "new.db"
        open_store(db).close()
        NEW_DATABASE.write_text(schema_script(db, head_revision()), encoding="utf-8")
    print(f"wrote {NEW_DATABASE}")


if __name__ == "__main__":  # pragma: no cover
    main()
