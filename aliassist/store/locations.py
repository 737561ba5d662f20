"""Where the app's SQLite database is, read from the options and the environment only (no
SQLAlchemy: the window's start asks this before anything else is loaded)."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "AliAssist"
DB_FILE_NAME = "aliassist.db"
ENV_DB = "ALIASSIST_DB"
#: a team database's URL, used when neither --db nor --database-url is given
ENV_URL = "ALIASSIST_DATABASE_URL"
ENV_DATA = "ALIASSIST_DATA_DIR"


def user_data_dir() -> Path:
    """The per-user data folder (or ALIASSIST_DATA_DIR, which tests and portable installs use)."""
    override = os.environ.get(ENV_DATA)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def user_cache_dir() -> Path:
    """Where the app keeps what it can make again (the policy's parsed copy): the per-user
    cache folder, or `cache/` in ALIASSIST_DATA_DIR when that is set."""
    override = os.environ.get(ENV_DATA)
    if override:
        return Path(override) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def url_from_env(path: Path | str | None, url: str | None) -> str | None:
    """The database URL to use: `url`, else (when no file is named either) the team database
    ALIASSIST_DATABASE_URL names, else (unless ALIASSIST_DB names a file) the one chosen in
    Settings > Database (store.chosen_database), else None (the SQLite file)."""
    if url or path is not None:
        return url or None
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    if os.environ.get(ENV_DB):
        return None
    from aliassist.store.chosen_database import read_chosen_url

    return read_chosen_url()


def default_db_path() -> Path:
    env = os.environ.get(ENV_DB)
    return Path(env) if env else user_data_dir() / DB_FILE_NAME


def sqlite_file_named(path: Path | str | None, url: str | None) -> Path | None:
    """The SQLite file `path`/`url` (and the environment, and Settings) name, resolved, when no
    URL is in play; None when one is (any URL: the store's opening reads those)."""
    if url_from_env(path, url) is not None:
        return None
    return (Path(path) if path is not None else default_db_path()).expanduser().resolve()
