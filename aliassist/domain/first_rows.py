"""The first rows of the orders table, worked out at start-up from a few kept facts per order,
before the whole table (numpy, the database) is loaded: the window paints them at once.

The table opens sorted by days left, and which orders come first changes as time passes. So
what is kept is not the rows as they were shown but the *candidates*: the orders whose
deadline could be the soonest, each with the instants its state and days left follow from
(the same rule as domain.clocks, written for one order in plain Python), and the `horizon`:
no other order counts down to anything before it, now or later. At start the candidates are
placed by their state at that moment; those whose days left are fewer than any other order
could have are exactly the table's first rows. The others are left to the full table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from aliassist.domain.state_codes import NO_DAYS, STATE_CODE

DAY = 86400
#: bits of `Candidate.flags`
OPEN_DISPUTE, CLOSED, UNSHIPPED = 1, 2, 4
#: the days-left sort's key parts (as the window's table sorts: gui/workspace/orders_model)
DAYS_SPAN = 10**6


class Candidate(NamedTuple):
    """What one order's first-screen row is made from (instants in seconds since 1970 UTC).
    A tuple, as FirstRow: a couple of thousand are made at every start, before the paint."""

    order_id: int
    number: str
    store: str | None
    title: str | None
    items: int
    account: str | None
    #: the order date as given (a day, YYYY-MM-DD) or as an instant (shown as the local day)
    placed_day: str | None
    placed_at: int | None
    protection_end: int
    completion: int
    dispute_deadline: int
    flags: int
    disputes: int
    #: when each of its running dispute clocks ends
    dispute_clocks: tuple[int, ...] = ()


class FirstRow(NamedTuple):
    candidate: Candidate
    #: a code into STATES
    state: int
    #: whole days to the next deadline, rounded down; NO_DAYS where none counts down
    days: int


def state_at(c: Candidate, now: int, ends_soon_days: int) -> FirstRow:
    """The order's state and days left at `now` (domain.clocks.compute_clocks for one order,
    and the running dispute clock the services put in its place)."""
    if c.flags & OPEN_DISPUTE:
        state = "in_dispute"
    elif c.flags & CLOSED:
        state = "closed"
    elif now >= c.dispute_deadline:
        state = "expired"
    elif now >= c.completion:
        state = "grace"
    elif c.protection_end - now <= ends_soon_days * DAY:
        state = "ends_soon"
    elif c.flags & UNSHIPPED:
        state = "awaiting_shipment"
    else:
        state = "protected"
    next_at: int | None = None
    if not c.flags & (OPEN_DISPUTE | CLOSED):
        next_at = c.protection_end if now < c.completion else c.dispute_deadline
    if c.dispute_clocks:  # the earliest not yet passed, else the latest passed
        ahead = [at for at in c.dispute_clocks if at > now]
        next_at = min(ahead) if ahead else max(c.dispute_clocks)
    days = NO_DAYS if next_at is None else (next_at - now) // DAY
    return FirstRow(c, STATE_CODE[state], days)


def sort_key(row: FirstRow, urgency: Sequence[int]) -> tuple[int, int, int, int]:
    """The place of a row in the days-left sort (ascending): deadlines ahead, soonest first,
    then passed ones, then orders without one; equal days by urgency, then by id."""
    days = row.days
    passed = int(days != NO_DAYS and days < 0)
    part = 2 * DAYS_SPAN + 1 if days == NO_DAYS else max(-DAYS_SPAN, min(DAYS_SPAN, days)) \
        + DAYS_SPAN
    return passed, part, urgency[row.state], row.candidate.order_id


def first_rows(candidates: Sequence[Candidate], now: int, *, ends_soon_days: int,
               horizon: int | None, complete: bool, urgency: Sequence[int]
               ) -> list[FirstRow]:
    """The table's first rows at `now`, sorted by days left: every row when the candidates are
    every order (`complete`), else those no other order can come before (their deadline is
    ahead and their days left are fewer than those of a deadline at `horizon`; None: no other
    order has a deadline ahead)."""
    rows = sorted((state_at(c, now, ends_soon_days) for c in candidates),
                  key=lambda r: sort_key(r, urgency))
    if complete:
        return rows
    bound = None if horizon is None else (horizon - now) // DAY
    shown = []
    for row in rows:
        if row.days == NO_DAYS or row.days < 0 or (bound is not None and row.days >= bound):
            break
        shown.append(row)
    return shown


def urgency_by_code(urgency: Mapping[str, int]) -> list[int]:
    """Each state code's urgency (lower first), from the state names'."""
    return [urgency[name] for name in STATE_CODE]
