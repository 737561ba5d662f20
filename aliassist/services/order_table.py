"""The table the orders window shows (columns plus every order's clocks at a moment), made
from the columns and the policy alone: the window builds it from its snapshot right after
its first paint, before the database is opened through SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from aliassist.domain.clocks import (
    ClockTable,
    compute_clocks,
    next_clock_per_order,
    running_dispute_clocks,
)
from aliassist.domain.estimates import estimated_deadlines
from aliassist.domain.instants import to_epoch
from aliassist.domain.order_search import OrderSearch
from aliassist.domain.policy import Policy
from aliassist.store.queries import OrderColumns, RunningDisputeColumns


@dataclass(frozen=True)
class OrderTable:
    """What the orders window shows: stored columns plus every order's clocks at `now`."""

    columns: OrderColumns
    clocks: ClockTable
    now: datetime
    #: bool per order: the deadline rests on an estimate ("dates to confirm")
    estimated: np.ndarray | None = None
    #: the store's stamp read before the columns (`window_table`), when it can be kept
    stamp: tuple[int, int, int] | None = None
    #: the orders' search index, when the snapshot had it
    search: OrderSearch | None = None
    #: the columns came from the snapshot (nothing to write back)
    from_snapshot: bool = False
    #: the disputes whose clocks run, as read with the columns (kept in the snapshot)
    running: RunningDisputeColumns | None = None
    #: the rows' ascending order by a text column (SORTS_KEPT), when the snapshot had it
    sorts: dict[str, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self.columns)


#: the window's text columns whose sort the snapshot keeps: they stay as they are while the
#: database does (the others follow the clock or the policy), and sorting 100,000 texts is the
#: slowest part of the window's warm-up
SORTS_KEPT = ("number", "store", "title", "account")


@dataclass(frozen=True)
class RunningDisputes:
    """Each running dispute clock: the dispute (order id, dispute id, position), which clock
    (an index into DISPUTE_CLOCKS) and when it ends. Clocks without a start are left out."""

    order_ids: np.ndarray
    dispute_ids: np.ndarray
    positions: np.ndarray
    clock: np.ndarray
    at: np.ndarray


def running_clocks_of(cols: RunningDisputeColumns, policy: Policy) -> RunningDisputes:
    """When each running dispute clock of `cols` ends (those without a start left out)."""
    at = running_dispute_clocks(cols.clock, cols.started, policy)
    known = ~np.isnat(at)
    return RunningDisputes(cols.order_ids[known], cols.dispute_ids[known],
                           cols.positions[known], cols.clock[known], at[known])


def table_of(columns: OrderColumns, running_columns: RunningDisputeColumns, policy: Policy,
             now: datetime) -> OrderTable:
    running = running_clocks_of(running_columns, policy)
    table = compute_clocks(columns.clocks, policy, now)
    # In-dispute orders count down to their dispute's next clock.
    nxt = next_clock_per_order(running.order_ids, running.at, now)
    if len(nxt):
        pos = np.searchsorted(columns.ids, running.order_ids[nxt])
        table.next_at[pos] = running.at[nxt]
        table.days_left[pos] = (running.at[nxt].astype("int64") - to_epoch(now)) // 86400
    confirmed_estimated = (columns.confirmed_estimated if columns.confirmed_estimated is not None
                           else np.zeros(len(columns), dtype=bool))
    return OrderTable(columns, table, now,
                      estimated_deadlines(columns.clocks, table, confirmed_estimated),
                      running=running_columns)


def snapshot_table(db: Path, stamp: tuple[int, int, int], policy: Policy, now: datetime
                   ) -> OrderTable | None:
    """The table from the snapshot beside the SQLite file `db` when it was taken at `stamp`
    (store/table_snapshot.py), computed at `now`; None when there is no such snapshot."""
    from aliassist.store import table_snapshot

    snap = table_snapshot.read_snapshot(
        table_snapshot.snapshot_path(db), stamp,
        {"columns": OrderColumns, "running": RunningDisputeColumns, "search": None,
         **{f"sort_{key}": None for key in SORTS_KEPT}})
    if snap is None or not isinstance(snap.parts.get("columns"), OrderColumns) \
            or not isinstance(snap.parts.get("running"), RunningDisputeColumns) \
            or len(snap.parts["columns"]) != stamp[1]:
        return None
    columns, running = snap.parts["columns"], snap.parts["running"]
    table = table_of(columns, running, policy, now)
    return OrderTable(table.columns, table.clocks, now, table.estimated, stamp=stamp,
                      search=_search_of(snap.parts.get("search"), len(columns)),
                      from_snapshot=True, running=running,
                      sorts=_sorts_of(snap.parts, len(columns)))


def _sorts_of(parts: dict[str, Any], n: int) -> dict[str, np.ndarray]:
    """The kept sorts that are orders of `n` rows (each row once)."""
    sorts = {}
    for key in SORTS_KEPT:
        rows = parts.get(f"sort_{key}")
        if isinstance(rows, np.ndarray) and rows.ndim == 1 and len(rows) == n \
                and rows.dtype.kind in "iu" and (n == 0 or (
                    rows.min() >= 0 and rows.max() < n
                    and bool(np.all(np.bincount(rows, minlength=n) == 1)))):
            sorts[key] = rows.astype(np.int32, copy=False)
    return sorts


def _search_of(data: Any, n: int) -> OrderSearch | None:
    """The search index kept in a snapshot, when it is one for `n` orders."""
    if not isinstance(data, np.ndarray):
        return None
    try:
        search = OrderSearch(data)
    except ValueError:
        return None
    return search if len(search) == n else None
