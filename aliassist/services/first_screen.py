"""The window's first screen: the table's first rows worked out at start-up from the file kept
beside the database (store/first_screen.py), before SQLAlchemy, numpy or the orders are loaded;
and the keeping of that file once the window has the whole table.

Reading it (`open_first_screen`) loads only the standard library and light domain modules.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Generator
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from aliassist.domain.first_rows import Candidate, FirstRow, first_rows, urgency_by_code
from aliassist.domain.states import STATE_MEANINGS
from aliassist.errors import UserError
from aliassist.resources import default_policy_path
from aliassist.store.first_screen import (
    DatabaseFacts,
    file_digest,
    first_screen_path,
    read_first_screen,
    write_first_screen,
)
from aliassist.store.locations import sqlite_file_named

if TYPE_CHECKING:
    from aliassist.domain.policy import Policy
    from aliassist.services.context import AppContext
    from aliassist.services.order_table import OrderTable

#: how many orders are kept as candidates for the first rows (the soonest deadlines)
CANDIDATES = 2000
#: below this many rows that can be told (and fewer than the orders), the first screen is not
#: used: a table of mostly empty rows is no first screen
ENOUGH_ROWS = 40


class FirstScreen(NamedTuple):
    """What the window shows before its orders are loaded: the row count, the first rows in
    the days-left sort, and the account filter's choices. (Records made before the window's
    first paint are named tuples: quicker to define than dataclasses.)"""

    database: Path
    stamp: tuple[int, int, int]
    rows: list[FirstRow]
    accounts: list[str]
    has_no_account: bool
    #: the policy file the rows were worked out with (the one in force)
    policy_path: Path | None

    @property
    def total(self) -> int:
        return self.stamp[1]


def open_first_screen(args: argparse.Namespace) -> FirstScreen | None:
    """The first screen of the database the window's options name, when one was kept of that
    database as it is now, with the policy in force; None otherwise (a team database, a pinned
    clock, no file, a stale or damaged one)."""
    if getattr(args, "now", None) or getattr(args, "database_url", None):
        return None
    try:
        db = sqlite_file_named(getattr(args, "db", None), None)
    except UserError:
        return None
    if db is None:
        return None
    facts = DatabaseFacts.read(db)
    if facts is None or facts.start_minimised or facts.stamp[1] == 0:
        return None
    data = read_first_screen(first_screen_path(db))
    if data is None or data.get("stamp") != list(facts.stamp):
        return None
    policy_option = getattr(args, "policy", None)
    if policy_option is not None:
        policy_path: Path | None = Path(policy_option)
    elif facts.policy_setting is None:
        policy_path = None
    elif isinstance(facts.policy_setting, str):
        policy_path = Path(facts.policy_setting)
    else:
        return None
    if file_digest(policy_path or default_policy_path()) != data.get("policy"):
        return None
    try:
        return _screen(db, facts.stamp, data, policy_path, int(time.time()))
    except (KeyError, TypeError, ValueError):
        return None


def _screen(db: Path, stamp: tuple[int, int, int], data: dict[str, Any],
            policy_path: Path | None, now: int) -> FirstScreen | None:
    if now < int(data["taken_at"]):
        return None  # the clock went back: the candidates were chosen for later instants
    candidates = candidates_of(data["rows"])
    horizon = data["horizon"]
    rows = first_rows(candidates, now, ends_soon_days=int(data["ends_soon_days"]),
                      horizon=None if horizon is None else int(horizon),
                      complete=bool(data["complete"]) and len(candidates) == stamp[1],
                      urgency=urgency_by_code({k: m.urgency for k, m in STATE_MEANINGS.items()}))
    if len(rows) < min(ENOUGH_ROWS, stamp[1]):
        return None
    accounts = data["accounts"]
    if not all(isinstance(a, str) for a in accounts):
        raise TypeError("accounts")
    return FirstScreen(db, stamp, rows, list(accounts), bool(data["no_account"]), policy_path)


_INT, _TEXT = frozenset({int}), frozenset({str, type(None)})
#: the JSON types each field of a stored candidate may have but the last (its dispute clocks,
#: a list of ints): a damaged or foreign file is refused (TypeError) rather than shown
_FIELD_TYPES = {"order_id": _INT, "number": frozenset({str}), "store": _TEXT, "title": _TEXT,
                "items": _INT, "account": _TEXT, "placed_day": _TEXT,
                "placed_at": frozenset({int, type(None)}), "protection_end": _INT,
                "completion": _INT, "dispute_deadline": _INT, "flags": _INT, "disputes": _INT}


def candidates_of(rows: list[Any]) -> list[Candidate]:
    """The stored candidates (domain/first_rows.py), each a list of its fields in order.
    Their types are checked a field at a time over all of them: this runs before the paint."""
    if not all(isinstance(row, list) and len(row) == len(Candidate._fields) for row in rows):
        raise TypeError("a candidate's fields")
    made = [Candidate._make((*row[:-1], tuple(row[-1]))) for row in rows]
    for at, (name, allowed) in enumerate(_FIELD_TYPES.items()):
        if not set(map(type, map(itemgetter(at), made))) <= allowed:
            raise TypeError(name)
    if not set(map(type, chain.from_iterable(c.dispute_clocks for c in made))) <= _INT:
        raise TypeError("dispute_clocks")
    return made


def first_table_steps(screen: FirstScreen
                      ) -> Generator[None, None, tuple[OrderTable, Policy] | None]:
    """The whole table of the first screen's database, from its snapshot, with the policy in
    force; None when the database changed meanwhile or there is no snapshot (the window then
    reads it through the database). In steps of a tenth of a second or so (the window's
    events are handled between them): the result is the generator's return value."""
    import numpy  # noqa: F401  (the heaviest of what follows, loaded on its own)

    yield
    from aliassist.domain.instants import utc_now
    from aliassist.domain.policy import PolicyError
    from aliassist.services.order_table import snapshot_table
    from aliassist.services.policy import load_policy

    yield
    try:
        policy = load_policy(screen.policy_path)
    except PolicyError:
        return None
    facts = DatabaseFacts.read(screen.database)
    if facts is None or facts.stamp != screen.stamp:
        return None
    yield
    table = snapshot_table(screen.database, screen.stamp, policy, utc_now())
    return None if table is None else (table, policy)


# -- keeping it ----------------------------------------------------------------------------------

def keep_first_screen(ctx: AppContext, table: OrderTable) -> None:
    """Write the first screen of `table` (read at its stamp, with the context's policy) for
    the next start. A failure to write only costs the next start its speed."""
    path = ctx.store.path
    policy_file = getattr(ctx.policy, "path", None)
    if path is None or table.stamp is None or table.running is None or policy_file is None:
        return
    digest = file_digest(Path(policy_file))
    if digest is None or not path.is_file():
        return
    data = first_screen_data(table, ctx)
    data.update(stamp=list(table.stamp), policy=digest)
    try:
        write_first_screen(first_screen_path(path), data)
    except OSError:
        return


def first_screen_data(table: OrderTable, ctx: AppContext) -> dict[str, Any]:
    """The candidates of `table` (computed at its `now`) and the horizon no other order counts
    down to anything before (domain/first_rows.py)."""
    import numpy as np

    from aliassist.domain.dates import given_day
    from aliassist.domain.first_rows import CLOSED, OPEN_DISPUTE, UNSHIPPED
    from aliassist.domain.instants import from_epoch, to_epoch
    from aliassist.services.order_table import running_clocks_of

    cols, clocks = table.columns, table.clocks
    n = len(table)
    now = to_epoch(table.now)
    end = clocks.protection_end.astype("int64")
    completion = clocks.completion.astype("int64")
    deadline = clocks.dispute_deadline.astype("int64")
    inputs = cols.clocks
    never = np.iinfo(np.int64).max
    # The earliest instant each order can count down to from now on (never: it cannot).
    counts = ~(inputs.open_dispute | inputs.closed)
    soonest = np.where(now < completion, np.minimum(end, deadline), deadline)
    soonest = np.where(counts & (deadline > now), soonest, never)
    assert table.running is not None
    running = running_clocks_of(table.running, ctx.policy)
    pos = np.searchsorted(cols.ids, running.order_ids)
    at = running.at.astype("int64")
    has_clock = np.zeros(n, dtype=bool)
    has_clock[pos] = True
    ahead = np.full(n, never, dtype=np.int64)
    np.minimum.at(ahead, pos[at > now], at[at > now])
    soonest = np.where(has_clock, ahead, soonest)

    complete = n <= CANDIDATES
    if complete:
        chosen = np.arange(n)
        horizon = None
    else:
        order = np.argsort(soonest, kind="stable")
        chosen = np.sort(order[:CANDIDATES])
        rest = int(soonest[order[CANDIDATES]])
        horizon = None if rest == never else rest
    clocks_of: dict[int, list[int]] = {}
    for p, when in zip(pos.tolist(), at.tolist(), strict=True):
        clocks_of.setdefault(p, []).append(when)
    unshipped = np.isnat(inputs.shipped)
    if inputs.left_seller is not None:
        unshipped = unshipped & ~inputs.left_seller
    flags = (inputs.open_dispute.astype(np.int64) * OPEN_DISPUTE
             + inputs.closed.astype(np.int64) * CLOSED + unshipped.astype(np.int64) * UNSHIPPED)
    placed = inputs.placed.astype("int64")
    placed_known = ~np.isnat(inputs.placed)
    date_only = (cols.placed_date_only if cols.placed_date_only is not None
                 else np.zeros(n, dtype=bool))
    rows = []
    for i in chosen.tolist():
        day = at_epoch = None
        if placed_known[i]:
            if date_only[i]:
                day = given_day(from_epoch(int(placed[i])), ctx.policy.tz).isoformat()
            else:
                at_epoch = int(placed[i])
        rows.append([int(cols.ids[i]), cols.numbers[i], cols.stores[i], cols.titles[i],
                     int(cols.item_counts[i]), cols.accounts[i], day, at_epoch, int(end[i]),
                     int(completion[i]), int(deadline[i]), int(flags[i]),
                     int(cols.dispute_counts[i]), clocks_of.get(i, [])])
    accounts = sorted({a for a in cols.accounts if a}, key=str.casefold)
    return {"taken_at": now, "ends_soon_days": int(ctx.policy.ends_soon_days),
            "horizon": horizon, "complete": complete, "accounts": accounts,
            "no_account": any(a is None for a in cols.accounts), "rows": rows}
