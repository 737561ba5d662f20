"""Orders with their clocks: the table the window shows, what is due, and the edits (the JSON
listing is services/order_listing.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import datetime, timedelta
from typing import Any, cast

import numpy as np

from aliassist.domain import records as rec
from aliassist.domain.clocks import (
    ACTIVE_IN,
    DISPUTE_CLOCKS,
    STATE_CODE,
    compute_clocks,
)
from aliassist.domain.instants import days_left, format_instant, from_epoch, to_epoch
from aliassist.domain.order_search import OrderSearch
from aliassist.domain.validate import validate_order
from aliassist.errors import UserError
from aliassist.services.context import AppContext
from aliassist.services.order_table import (
    SORTS_KEPT,
    running_clocks_of,
    snapshot_table,
    table_of,
)
from aliassist.services.order_table import OrderTable as OrderTable
from aliassist.services.order_table import RunningDisputes as RunningDisputes
from aliassist.store.queries import (
    OrderColumns,
    RunningDisputeColumns,
    order_columns,
    running_dispute_columns,
)
from aliassist.store.repository import (
    OrderChangedError as OrderChangedError,  # what the window catches from a save
)
from aliassist.store.repository import (
    account_labels_of,
    delete_order,
    ensure_file,
    find_order_id,
    load_order,
    order_version,
    require_order_id,
    save_order,
    saved_order_id,
)


def get_order(ctx: AppContext, order_id: int) -> rec.Order:
    with ctx.session() as session:
        return load_order(session, order_id)


@dataclass(frozen=True)
class OrderForEdit:
    """An order as an editor opens it, with the version its save will be checked against."""

    order: rec.Order
    version: int


def get_order_for_edit(ctx: AppContext, order_id: int) -> OrderForEdit:
    """The order and its version, read together (pass the version to the save)."""
    with ctx.session() as session, session.begin():
        return OrderForEdit(load_order(session, order_id), order_version(session, order_id))


def save_order_record(ctx: AppContext, order: rec.Order, order_id: int | None = None, *,
                      expected_version: int | None = None) -> int:
    """Check and store an order entered by hand (new, or the edit of `order_id`) in one
    transaction; return its id. With `expected_version` (OrderForEdit.version), an order
    someone else saved meanwhile is not overwritten: OrderChangedError names both."""
    validate_order(order, ctx.policy, now=ctx.now())
    now = ctx.now()
    with ctx.session() as session, session.begin():
        for ev in order.evidence:
            ensure_file(session, ev.sha256, ev.size, ev.mime, now)
        save_order(session, order, now=now, order_id=order_id,
                   expected_version=expected_version)
        return saved_order_id(session, order)


def save_edited_order(ctx: AppContext, order: rec.Order, order_id: int | None = None, *,
                      force: bool = False, expected_version: int | None = None) -> int:
    """Store an order from the order editor: as `save_order_record`, and each dispute the edit
    adds gets the pre-check `dispute opened` runs. A blocking finding refuses the save
    (DisputeBlockedError) unless `force`; a forced one is recorded as the dispute's
    "precheck_override" event. With `expected_version`, a newer save by someone else is
    refused (OrderChangedError)."""
    from aliassist.services.disputes import (
        DisputeBlockedError,
        added_dispute_blocks,
        blocked_message,
        record_overrides,
    )

    validate_order(order, ctx.policy, now=ctx.now())
    now = ctx.now()
    stored = get_order(ctx, order_id) if order_id is not None else None
    blocks = added_dispute_blocks(ctx, order, stored, order_id, now)
    if blocks and not force:
        raise DisputeBlockedError(blocked_message(order, blocks),
                                  [f for _, found in blocks for f in found])
    with ctx.session() as session, session.begin():
        for ev in order.evidence:
            ensure_file(session, ev.sha256, ev.size, ev.mime, now)
        save_order(session, order, now=now, order_id=order_id,
                   expected_version=expected_version)
        saved = saved_order_id(session, order)
        if blocks:
            session.flush()
            record_overrides(session, saved, blocks, now)
        return saved


def delete_orders(ctx: AppContext, order_ids: list[int]) -> list[rec.Order]:
    """Delete orders; return them as they were, so the deletion can be undone."""
    with ctx.session() as session, session.begin():
        removed = [load_order(session, order_id) for order_id in order_ids]
        for order_id in order_ids:
            delete_order(session, order_id)
    return removed


def order_ids(ctx: AppContext, orders: list[rec.Order]) -> list[int | None]:
    """The ids of `orders` (found by platform and number), None for those not stored."""
    with ctx.session() as session:
        return [find_order_id(session, o.number, o.platform) for o in orders]


def order_id_of(ctx: AppContext, number: str, platform: str = rec.DEFAULT_PLATFORM
                ) -> int | None:
    """The id of order `number`, None when it is not stored."""
    with ctx.session() as session:
        return find_order_id(session, number, platform)


def require_order(ctx: AppContext, number: str) -> int:
    """The id of order `number`; NotFoundError when it is not stored."""
    with ctx.session() as session:
        return require_order_id(session, number)


def restore_orders(ctx: AppContext, orders: list[rec.Order]) -> None:
    """Store whole orders as they are: put deleted orders back (undo), add sample orders."""
    now = ctx.now()
    with ctx.session() as session, session.begin():
        for order in orders:
            for ev in order.evidence:
                ensure_file(session, ev.sha256, ev.size, ev.mime, now)
            save_order(session, order, now=now)


def account_labels(ctx: AppContext) -> list[str]:
    with ctx.session() as session:
        return account_labels_of(session)


def order_table(ctx: AppContext, *, only: Iterable[int] | None = None,
                now: datetime | None = None) -> OrderTable:
    """Every order's row for the window; with `only`, just those orders (the ones that still
    exist), computed at `now` (default: the context's clock)."""
    with ctx.session() as session:
        columns = order_columns(session, only)
        running = running_dispute_columns(session, only)
    return _table(ctx, columns, running, now or ctx.now())


def window_table(ctx: AppContext, known: OrderTable | None = None) -> OrderTable:
    """`order_table` of every order as the window opens it: `known` (a table the window made
    from the snapshot before the database was opened) or the snapshot beside a SQLite
    database when it was taken of the database as it is now, else read from SQL (and then
    `keep_snapshot` can write it once the window is idle)."""
    path = ctx.store.path
    if path is None:
        return order_table(ctx)
    from aliassist.store import table_snapshot

    with ctx.session() as session:
        stamp = table_snapshot.read_stamp(session.connection())
        if known is not None and known.stamp == stamp:
            return known
        kept = snapshot_table(path, stamp, ctx.policy, ctx.now())
        if kept is not None:
            return kept
        columns = order_columns(session)
        running = running_dispute_columns(session)
    return replace(_table(ctx, columns, running, ctx.now()), stamp=stamp)


def keep_snapshot(ctx: AppContext, table: OrderTable, search: OrderSearch | None,
                  sorts: dict[str, np.ndarray] | None = None) -> None:
    """Write the snapshot of `table` (read by `window_table` from SQL) with the orders' search
    texts and the table's sorts by its text columns (`sorts`: column key -> the ascending
    order of the table's rows), for the next start. Nothing happens when it came from the
    snapshot; a failure to write (a read-only folder, a full disk) only costs the next start
    its speed."""
    path = ctx.store.path
    if path is None or table.stamp is None or table.from_snapshot:
        return
    from aliassist.store import table_snapshot

    running = table.running
    if running is None:
        return
    parts: dict[str, Any] = {"columns": table.columns, "running": running}
    if search is not None and len(search) == len(table):
        parts["search"] = search.data
    for key, rows in (sorts or {}).items():
        if key in SORTS_KEPT and len(rows) == len(table):
            parts[f"sort_{key}"] = rows
    if not path.is_file():  # the data was deleted (Settings > Delete all) meanwhile
        return
    snapshot = table_snapshot.snapshot_path(path)
    try:
        table_snapshot.write_snapshot(snapshot, table.stamp, parts)
        if not path.is_file():
            snapshot.unlink(missing_ok=True)
    except OSError:
        return


def running_disputes(session: Any, ctx: AppContext, only: Iterable[int] | None = None
                     ) -> RunningDisputes:
    return running_clocks(running_dispute_columns(session, only), ctx)


def running_clocks(cols: RunningDisputeColumns, ctx: AppContext) -> RunningDisputes:
    """When each running dispute clock of `cols` ends (those without a start left out)."""
    return running_clocks_of(cols, ctx.policy)


def _table(ctx: AppContext, columns: OrderColumns, running_columns: RunningDisputeColumns,
           now: datetime) -> OrderTable:
    return table_of(columns, running_columns, ctx.policy, now)


@dataclass(frozen=True, slots=True)
class DueClock:
    number: str
    clock: str
    at: datetime
    days_left: int
    order_id: int
    #: the dispute's id in the store, for dispute clocks
    dispute_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "clock": self.clock, "at": format_instant(self.at),
                "days_left": self.days_left}


def due(ctx: AppContext, within_days: float = 14, *, everyone: bool = False
        ) -> list[DueClock]:
    """Clocks not yet passed that fall within `within_days` of now, earliest first: of the
    orders assigned to the current user or to nobody (every order while the user's name is
    not known), or of every order with `everyone`."""
    from aliassist.services.assignment import notices_mask

    now = ctx.now()
    horizon = now + timedelta(days=within_days)
    now64, end64 = (np.datetime64(to_epoch(t), "s") for t in (now, horizon))
    out: list[DueClock] = []
    with ctx.session() as session:
        columns = order_columns(session)
        table = compute_clocks(columns.clocks, ctx.policy, now)
        mine = (np.ones(len(columns), dtype=bool) if everyone
                else notices_mask(session, columns.assignees, len(columns)))
        for name, states in ACTIVE_IN.items():
            at = getattr(table, name)
            codes = [STATE_CODE[s] for s in states]
            hit = np.isin(table.state, codes) & (at > now64) & (at <= end64) & mine
            for i in np.flatnonzero(hit).tolist():
                when = from_epoch(int(at[i].astype("int64")))
                out.append(DueClock(columns.numbers[i], name, when, days_left(when, now),
                                    int(columns.ids[i])))
        running = running_disputes(session, ctx)
        hit = np.flatnonzero((running.at > now64) & (running.at <= end64))
        pos = np.searchsorted(columns.ids, running.order_ids[hit])
        keep = mine[pos]
        hit, pos = hit[keep], pos[keep]
        for i, p in zip(hit.tolist(), pos.tolist(), strict=True):
            when = from_epoch(int(running.at[i].astype("int64")))
            out.append(DueClock(columns.numbers[p], DISPUTE_CLOCKS[int(running.clock[i])],
                                when, days_left(when, now), int(running.order_ids[i]),
                                int(running.dispute_ids[i])))
    out.sort(key=lambda d: (d.at, d.number, d.clock))
    return out



def refresh_rows(ctx: AppContext, table: OrderTable, changed: Iterable[int]) -> OrderTable:
    """`table` with the rows of the orders `changed` read again (at the table's `now`): changed
    orders replaced, new ones added, deleted ones gone; the other rows are not read."""
    ids = np.array(sorted(set(changed)), dtype=np.int64)
    fresh = order_table(ctx, only=ids.tolist(), now=table.now)
    keep = np.flatnonzero(~np.isin(table.columns.ids, ids))
    merged_ids = np.concatenate([table.columns.ids[keep], fresh.columns.ids])
    order = np.argsort(merged_ids, kind="stable")
    n = len(table)
    merged = cast(OrderTable, _merge(replace(table, running=None, search=None, sorts=None),
                                     replace(fresh, running=None), keep, order, n))
    running = None
    if table.running is not None and fresh.running is not None:
        old, new = table.running, fresh.running
        kept = ~np.isin(old.order_ids, ids)
        joined = {f.name: np.concatenate([getattr(old, f.name)[kept], getattr(new, f.name)])
                  for f in fields(old)}
        by = np.lexsort((joined["dispute_ids"], joined["order_ids"]))
        running = RunningDisputeColumns(**{name: v[by] for name, v in joined.items()})
    return replace(merged, stamp=None, from_snapshot=False, running=running)


def _merge(old: Any, new: Any, keep: np.ndarray, order: np.ndarray, n: int) -> Any:
    """One per-order value of a table (an array, a list, or a dataclass of them) with the
    rows `keep` of `old` followed by every row of `new`, put in `order`."""
    if isinstance(old, np.ndarray) and old.ndim == 1 and len(old) == n:
        return np.concatenate([old[keep], new])[order]
    if isinstance(old, list) and len(old) == n:
        joined = [old[i] for i in keep.tolist()] + list(new)
        return [joined[i] for i in order.tolist()]
    if old is None or new is None:
        return None if old is None and new is None else _merge(
            _filled(old, new, n), _filled(new, old, len(order) - len(keep)), keep, order, n)
    if is_dataclass(old) and not isinstance(old, type):
        return replace(old, **{f.name: _merge(getattr(old, f.name), getattr(new, f.name),
                                              keep, order, n)
                               for f in fields(old) if f.init})
    return old  # the same for every row (the table's `now`)


def _filled(value: Any, like: Any, n: int) -> Any:
    """An optional column that one side lacks, as the neutral value of the other's kind."""
    if value is not None:
        return value
    if isinstance(like, np.ndarray):
        return np.zeros(n, dtype=like.dtype)
    return [None] * n


def closed_reason(ctx: AppContext, order_id: int) -> str | None:
    """Why order `order_id` is closed ("refunded in full", "dispute rejected"), or None (also
    when it is gone)."""
    try:
        return get_order(ctx, order_id).closed_reason
    except UserError:
        return None


def search_texts(ctx: AppContext, order_ids: np.ndarray) -> list[str]:
    """The workspace's search text of each order in `order_ids` (number, store, tracking,
    status, every item title); orders deleted meanwhile get an empty text."""
    from aliassist.store.queries import search_texts as read_texts

    with ctx.session() as session:
        ids, texts = read_texts(session)
    if len(ids) == len(order_ids) and np.array_equal(ids, order_ids):
        return texts
    by_id = dict(zip(ids.tolist(), texts, strict=True))
    return [by_id.get(i, "") for i in order_ids.tolist()]


#: the fields `enter_real_date` sets, and the estimate each one replaces
REAL_DATE_FIELDS = {"confirmed_at": "confirmed_estimate", "delivered_at": "delivered_estimate",
                    "protection_ends_at": None}


def enter_real_date(ctx: AppContext, order_id: int, name: str, at: datetime, *,
                    date_only: bool) -> rec.Order:
    """Replace an estimate with the date the buyer read on the order page: the value is stored
    as given (a date, or a date and time) and its estimate source is cleared. Checked like any
    edit (`validate_order`); returns the stored order."""
    if name not in REAL_DATE_FIELDS:
        raise ValueError(name)
    opened = get_order_for_edit(ctx, order_id)
    order = opened.order
    marks = order.date_only - {name}
    changes: dict[str, Any] = {name: at, "date_only": marks | {name} if date_only else marks}
    marker = REAL_DATE_FIELDS[name]
    if marker is not None:
        changes[marker] = None
    updated = replace(order, **changes)
    save_order_record(ctx, updated, order_id, expected_version=opened.version)
    return updated
