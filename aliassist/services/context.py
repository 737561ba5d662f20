"""The open app: a store, the policy in force, and the clock (pinned by --now)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from aliassist.domain.instants import parse_instant, utc_now
from aliassist.domain.policy import Policy, PolicyError
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.services.policy import load_policy
from aliassist.store.database import Store
from aliassist.store.db_vault import open_vault
from aliassist.store.opening import open_store
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

    def close(self) -> None:
        self.store.close()


def open_context(db: Path | str | None = None, *, url: str | None = None,
                 policy_path: Path | str | None = None, now: datetime | None = None
                 ) -> AppContext:
    """Open the store and load the policy: `policy_path`, else the one chosen in Settings,
    else the bundled one. A broken policy given explicitly is an error; a broken one from
    Settings falls back to the bundled policy and says why (the app must still start)."""
    store = open_store(db, url=url)
    try:
        warning = None
        if policy_path is not None:
            policy = load_policy(policy_path)
        else:
            with store.session() as session:
                chosen = get_setting(session, POLICY_PATH)
            try:
                if chosen is not None and not isinstance(chosen, str):
                    raise PolicyError(f"the setting holds {chosen!r}, not a file path")
                policy = load_policy(chosen)
            except PolicyError as exc:
                if chosen is None:
                    raise
                warning = f"The policy file chosen in Settings cannot be used ({exc}); " \
                          "using the built-in policy."
                policy = load_policy()
    except BaseException:
        store.close()
        raise
    return AppContext(store, policy, now, warning)


#: the years `--now` may name: the clocks' arithmetic stays within datetime's range
NOW_YEARS = (1970, 2999)


def context_from_args(args: argparse.Namespace) -> AppContext:
    """Open the app as the global options of the command line say (--db, --database-url,
    --policy, --now): what every command and the window start from."""
    ctx = open_context(args.db, url=args.database_url, policy_path=args.policy)
    if args.now:
        try:
            ctx.fixed_now = parse_instant(args.now, ctx.policy.tz, field="--now")
            if not NOW_YEARS[0] <= ctx.fixed_now.year <= NOW_YEARS[1]:
                raise UserError(translate("Context", "{now} is outside the years {first} to "
                                                     "{last} the app's clocks cover")
                                .format(now=repr(args.now), first=NOW_YEARS[0],
                                        last=NOW_YEARS[1]),
                                where="--now")
        except UserError:
            ctx.close()
            raise
    return ctx
