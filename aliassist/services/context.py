"""The open app: a store, the policy in force, and the clock (pinned by --now)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias

from sqlalchemy.orm import Session

from aliassist.domain.instants import utc_now
from aliassist.domain.policy import Policy
from aliassist.errors import UserError
from aliassist.services.plain_context import NOW_YEARS as NOW_YEARS
from aliassist.services.plain_context import PlainContext, pinned_now
from aliassist.services.policy import policy_in_force
from aliassist.store.database import Store
from aliassist.store.db_vault import open_vault
from aliassist.store.opening import open_store
from aliassist.store.order_documents import Snapshot, snapshot_of
from aliassist.store.settings import POLICY_PATH, get_setting
from aliassist.store.vault import Vault


@dataclass
class AppContext:
    store: Store
    policy: Policy
    #: a fixed instant for every clock read (--now), or None for the real time
    fixed_now: datetime | None = None
    #: why the policy chosen in Settings could not be used, when it could not
    policy_warning: str | None = None
    vault: Vault = field(init=False)

    def __post_init__(self) -> None:
        self.vault = open_vault(self.store)

    def now(self) -> datetime:
        return self.fixed_now if self.fixed_now is not None else utc_now()

    def session(self) -> Session:
        return self.store.session()

    def setting(self, key: str, default: Any = None) -> Any:
        """The value kept in Settings under `key`."""
        with self.session() as session:
            return get_setting(session, key, default)

    def writing(self) -> SessionWriting:
        """A transaction written through the driver's own connection (the bulk import)."""
        return SessionWriting(self.session())

    @contextmanager
    def reading(self) -> Iterator[Snapshot]:
        """A read transaction on the driver's own connection (one snapshot: the listing)."""
        with self.session() as session, session.begin():
            yield snapshot_of(session)

    def close(self) -> None:
        self.store.close()


#: what a service that reads and writes through the driver (`reading()`, `writing()`) works on:
#: the app context, or a SQLite file opened plain (services/plain_context.py)
AnyContext: TypeAlias = AppContext | PlainContext


class SessionWriting:
    """A session's transaction, with its driver connection (sqlite3 or psycopg) as `driver`."""

    def __init__(self, session: Session):
        self.session = session
        try:
            self.driver: Any = session.connection().connection.driver_connection
        except BaseException:
            session.close()
            raise

    def bulk_write(self) -> bool:
        """(PlainWriting's, for a plain connection.) A session's connection is SQLAlchemy's to
        manage: its transaction is never ended under it, so foreign keys stay checked and the
        file keeps its log."""
        return False

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def close(self) -> None:
        self.session.close()


def open_context(db: Path | str | None = None, *, url: str | None = None,
                 policy_path: Path | str | None = None, now: datetime | None = None
                 ) -> AppContext:
    """Open the store and load the policy: `policy_path`, else the one chosen in Settings,
    else the bundled one. A broken policy given explicitly is an error; a broken one from
    Settings falls back to the bundled policy and says why (the app must still start)."""
    store = open_store(db, url=url)
    try:
        def chosen() -> Any:
            with store.session() as session:
                return get_setting(session, POLICY_PATH)

        policy, warning = policy_in_force(policy_path, chosen)
    except BaseException:
        store.close()
        raise
    return AppContext(store, policy, now, warning)


def context_from_args(args: argparse.Namespace) -> AppContext:
    """Open the app as the global options of the command line say (--db, --database-url,
    --policy, --now): what every command and the window start from."""
    ctx = open_context(args.db, url=args.database_url, policy_path=args.policy)
    if args.now:
        try:
            ctx.fixed_now = pinned_now(args.now, ctx.policy.tz)
        except UserError:
            ctx.close()
            raise
    return ctx
