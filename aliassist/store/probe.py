"""What a team database is, without opening it as the app's store: the server's version, the
role logged in, and the schema version it holds (Settings > Database, "Test connection")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from aliassist.store.database import (
    StoreError,
    current_revision,
    make_engine,
    safe_url,
    server_problem,
)


@dataclass(frozen=True)
class ServerInfo:
    #: "PostgreSQL 15.18"
    server: str
    role: str
    database: str
    #: the schema version stored (None: an empty database; "": tables that are not ours)
    revision: str | None


#: how long "Test connection" waits for a server that does not answer (seconds)
CONNECT_TIMEOUT_S = 10


def probe(url: str, *, connect_timeout: int | None = CONNECT_TIMEOUT_S) -> ServerInfo:
    """Connect to the team database `url` and read what it is; StoreError says why not."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url!r} is not a database URL such as "
                         "postgresql+psycopg://name@host/database", where="URL") from None
    if parsed.get_backend_name() != "postgresql":
        raise StoreError("a team database is a PostgreSQL database "
                         "(postgresql+psycopg://name@host/database)", where=safe_url(url))
    try:
        engine = make_engine(url, sqlite=False, connect_timeout=connect_timeout)
    except ArgumentError as exc:
        raise StoreError(f"cannot use this URL: {exc}", where=safe_url(url)) from None
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            role, database = conn.execute(
                text("SELECT current_user, current_database()")).one()
            inspect(conn)  # the schema is readable by this role
        return ServerInfo(f"PostgreSQL {str(version).split()[0]}", role, database,
                          current_revision(engine))
    except DBAPIError as exc:
        cause = exc.orig or exc
        raise server_problem(cause, safe_url(url)) or StoreError(
            f"cannot use the team database: {(str(cause).strip() or 'error').splitlines()[0]}",
            where=safe_url(url)) from None
    finally:
        engine.dispose()
