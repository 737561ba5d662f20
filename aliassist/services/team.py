"""Team databases: what Settings > Database shows and keeps (the database in use, the team
database chosen for the next start) and the check behind its "Test connection"."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from aliassist.errors import UserError
from aliassist.services.context import AppContext
from aliassist.store.chosen_database import (
    config_file,
    parse_team_url,
    read_chosen_url,
    with_app_driver,
    write_chosen_url,
)
from aliassist.store.database import (
    ENV_DB,
    ENV_URL,
    StoreError,
    default_db_path,
    head_revision,
    known_revisions,
    safe_url,
)
from aliassist.store.probe import probe


@dataclass(frozen=True)
class DatabaseInUse:
    """The database the app has open, for people."""

    #: True for a server (team) database, False for a SQLite file
    team: bool
    #: the SQLite file's path, or the server's URL with any password hidden
    shown: str


def database_in_use(ctx: AppContext) -> DatabaseInUse:
    path = ctx.store.path
    if path is not None:
        return DatabaseInUse(False, str(path))
    return DatabaseInUse(True, safe_url(ctx.store.url))


def chosen_team_url() -> str | None:
    """The team database chosen in Settings for every start without --database-url / --db (or
    their environment variables); None: the file on this computer."""
    return read_chosen_url()


def check_team_url(url: str) -> None:
    """UserError when `url` cannot be kept as the team database: not a PostgreSQL URL, or one
    holding a password (it belongs in ~/.pgpass, PGPASSFILE or a service file)."""
    parse_team_url(url)


def choose_team_url(url: str | None) -> Path:
    """Keep `url` as the team database the app opens from its next start on (None: the file on
    this computer again); the URL is checked with check_team_url first. Returns the small
    config file that keeps the choice (the settings proper live in the database itself)."""
    return write_chosen_url(url)


def choice_file() -> Path:
    """Where the choice of team database is kept."""
    return config_file()


def chosen_in_settings(db: Path | str | None, url: str | None) -> bool:
    """Whether the database opened with the options `db` / `url` (--db, --database-url) is the
    team database chosen in Settings: neither they nor the environment name one."""
    if db is not None or url or os.environ.get(ENV_URL) or os.environ.get(ENV_DB):
        return False
    try:
        return read_chosen_url() is not None
    except UserError:  # the file keeping the choice is unreadable: its error says so
        return False


def settings_choice_hint() -> str:
    """How to start without the team database chosen in Settings (when it cannot be opened)."""
    return (f"This team database was chosen in Settings ▸ Database; the choice is kept in "
            f"{config_file()}. To start on the file on this computer instead, start with "
            f"`aliassist --db {default_db_path()}`, or delete that file.")


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    #: what was found, for people: the server, the role, and what the database holds
    message: str


def check_connection(url: str) -> ConnectionCheck:
    """Connect to the team database `url` and say what AliAssist would find there (nothing is
    created or changed). A URL naming no driver (`postgresql://…`) is tried with the app's."""
    try:
        info = probe(with_app_driver(url))
    except StoreError as exc:
        return ConnectionCheck(False, str(exc))
    where = f"Connected to {info.server} as {info.role}, database {info.database}: "
    if info.revision is None:
        return ConnectionCheck(True, where + "empty; AliAssist creates its tables when it "
                                             "first opens it.")
    if info.revision == "":
        return ConnectionCheck(False, where + "it holds tables that are not AliAssist's; "
                                              "use another database.")
    if info.revision == head_revision():
        return ConnectionCheck(True, where + "AliAssist data, up to date.")
    if info.revision in known_revisions():
        return ConnectionCheck(True, where + f"AliAssist data of an older version (schema "
                                             f"{info.revision}); it is upgraded when first "
                                             "opened (back it up with pg_dump first).")
    return ConnectionCheck(False, where + f"written by a newer AliAssist (schema "
                                          f"{info.revision}); update AliAssist to use it.")
