"""The team database chosen in Settings > Database, kept in a small file in the user's config
folder: the settings proper live in the database, which cannot say where the database is.

The file (`database.json`, `{"database_url": "postgresql+psycopg://anna@host/db"}`) never holds
a password: the connection's secrets stay where libpq keeps them (~/.pgpass, PGPASSFILE, a
service file). It is read at start-up when neither --database-url / --db nor
ALIASSIST_DATABASE_URL / ALIASSIST_DB names a database.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from aliassist.errors import UserError
from aliassist.fileio import atomic_path

if TYPE_CHECKING:  # SQLAlchemy is loaded only to check a URL: the window's start reads the file
    from sqlalchemy.engine import URL

APP_DIR_NAME = "AliAssist"
FILE_NAME = "database.json"
#: the folder holding the file (tests and portable installs; else ALIASSIST_DATA_DIR, else the
#: platform's user config folder)
ENV_CONFIG = "ALIASSIST_CONFIG_DIR"
KEY = "database_url"
#: where libpq finds a password, for the message refusing one in a URL
SECRETS_HINT = ("put the password in ~/.pgpass (or the file PGPASSFILE names) or in a service "
                "file (~/.pg_service.conf, then postgresql+psycopg:///?service=NAME), or use a "
                "client certificate; then leave it out of the URL")


def config_dir() -> Path:
    """The folder of the app's own small config files."""
    for name in (ENV_CONFIG, "ALIASSIST_DATA_DIR"):
        override = os.environ.get(name)
        if override:
            return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def config_file() -> Path:
    return config_dir() / FILE_NAME


def read_chosen_url() -> str | None:
    """The team database chosen in Settings, None when none is. A file that cannot be read is
    an error naming it (the app does not quietly open another database than the chosen one)."""
    path = config_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise UserError(f"the choice of team database cannot be read ({exc})", where=str(path),
                        hint="delete the file (AliAssist then opens the file on this computer) and "
                             "choose the team database again in Settings ▸ Database") \
            from None
    url = data.get(KEY) if isinstance(data, dict) else None
    return url if isinstance(url, str) and url.strip() else None


def with_app_driver(url: str) -> str:
    """`url` with the app's PostgreSQL driver (psycopg 3) named when it names none
    (`postgresql://…`, `postgres://…`); any other URL as it is."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        return url
    if parsed.drivername not in ("postgresql", "postgres"):
        return url
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def parse_team_url(url: str) -> URL:
    """Check a team database URL: a PostgreSQL URL without a password in it (the app's driver
    named: see with_app_driver)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(with_app_driver(url).strip())
    except ArgumentError:
        raise UserError(f"{url.strip()!r} is not a database URL",
                        hint="write it as postgresql+psycopg://NAME@HOST/DATABASE") from None
    if parsed.get_backend_name() != "postgresql":
        raise UserError(f"{parsed.render_as_string(hide_password=True)} is not a PostgreSQL "
                        "URL", hint="a team database is on PostgreSQL: "
                                    "postgresql+psycopg://NAME@HOST/DATABASE")
    if parsed.password is not None or "password" in {k.lower() for k in parsed.query}:
        raise UserError("the URL holds a password, and AliAssist does not keep passwords in "
                        "its settings", hint=SECRETS_HINT)
    return parsed


def write_chosen_url(url: str | None) -> Path:
    """Keep `url` (checked with parse_team_url) as the team database to open at the next start;
    None goes back to the file on this computer. Returns the file written."""
    path = config_file()
    if url is None:
        path.unlink(missing_ok=True)
        return path
    parsed = parse_team_url(url)
    text = json.dumps({KEY: parsed.render_as_string(hide_password=False)}, indent=2) + "\n"
    with atomic_path(path, mode=0o600) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")
    return path
