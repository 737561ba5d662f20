"""The context of an import or a listing of a SQLite file, opened with the standard library
alone.

`aliassist import` writes through the driver's own connection, `orders --json` reads through
it, and each reads a setting or two and the policy: neither needs SQLAlchemy, whose loading is
a fifth of a second (a fifth of a large import's time, a tenth of a long listing's). When
the database is a SQLite file that needs nothing but opening (store/plain_open.py), the
command runs on a PlainContext: the same store file, policy, pinned clock and settings as the
app context (services/context.py), and a transaction whose commit stamps the file for the
window's snapshot, as the engine's commits do. Otherwise (a team database, a migration or the
daily backup to make) it runs on the app context, as every command does.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aliassist.domain.instants import parse_instant, utc_now
from aliassist.domain.policy import Policy
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.services.policy import policy_in_force
from aliassist.store.database import vault_dir_for
from aliassist.store.locations import default_db_path, url_from_env
from aliassist.store.order_documents import Snapshot
from aliassist.store.plain_open import PlainWriting, open_plain, plain_snapshot
from aliassist.store.settings import POLICY_PATH, plain_setting

if TYPE_CHECKING:
    from aliassist.store.vault import Vault

#: the years `--now` may name: the clocks' arithmetic stays within datetime's range
NOW_YEARS = (1970, 2999)


def pinned_now(text: str, tz: Any) -> datetime:
    """The instant `--now` names (in the policy's time zone when it names none)."""
    now = parse_instant(text, tz, field="--now")
    if not NOW_YEARS[0] <= now.year <= NOW_YEARS[1]:
        raise UserError(translate("Context", "{now} is outside the years {first} to {last} the "
                                             "app's clocks cover")
                        .format(now=repr(text), first=NOW_YEARS[0], last=NOW_YEARS[1]),
                        where="--now")
    return now


@dataclass
class PlainStore:
    """The store's file, as the app context's Store names it."""

    path: Path
    #: what went wrong while opening without stopping it (none: the full opening has those)
    warnings: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


@dataclass
class PlainContext:
    conn: sqlite3.Connection
    store: PlainStore
    policy: Policy
    fixed_now: datetime | None = None
    policy_warning: str | None = None

    @cached_property
    def vault(self) -> Vault:
        """The evidence vault: the folder beside the file, as the app context's on SQLite
        (loaded by the commands that read evidence: an import has none)."""
        from aliassist.store.vault import Vault

        return Vault(vault_dir_for(self.store.path))

    def now(self) -> datetime:
        return self.fixed_now if self.fixed_now is not None else utc_now()

    def setting(self, key: str, default: Any = None) -> Any:
        """The value kept in Settings under `key`."""
        return plain_setting(self.conn, key, default)

    def writing(self) -> PlainWriting:
        """A transaction on the connection, begun now."""
        return PlainWriting(self.conn)

    def reading(self) -> contextlib.AbstractContextManager[Snapshot]:
        """A read transaction on the connection (one snapshot: the listing)."""
        return plain_snapshot(self.conn)

    def close(self) -> None:
        self.conn.close()


def open_plain_context(db: Path | str | None, url: str | None,
                       policy_path: Path | str | None, now: str | None) -> PlainContext | None:
    """The plain context of the database the options name (--db, --database-url, --policy,
    --now, as the app context reads them), or None when it is not a SQLite file that needs
    nothing but opening. Raises what opening the app context raises for the same options."""
    if url_from_env(db, url) is not None:
        return None
    path = (Path(db) if db is not None else default_db_path()).expanduser()
    conn = open_plain(path)
    if conn is None:
        return None
    try:
        policy, warning = policy_in_force(policy_path,
                                          lambda: plain_setting(conn, POLICY_PATH))
        pinned = pinned_now(now, policy.tz) if now else None
    except BaseException:
        conn.close()
        raise
    return PlainContext(conn, PlainStore(path), policy, pinned, warning)

