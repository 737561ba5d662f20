"""Bulk reads that scale with the order count: column selects straight into arrays, never one
ORM object per row (100,000 orders load in a fraction of a second)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from aliassist.domain.clocks import (
    DISPUTE_CLOCK_START,
    DISPUTE_CLOCK_STATUS,
    DISPUTE_CLOCKS,
    LEFT_SELLER_STATUSES,
    ClockInputs,
)
from aliassist.domain.records import (
    ENDING_PAYMENT_KINDS,
    OPEN_DISPUTE_STATUSES,
    RESOLVED_DISPUTE_STATUSES,
)

if TYPE_CHECKING:  # the window reads these columns from its snapshot without SQLAlchemy
    from sqlalchemy.orm import Session

_NAT = np.iinfo(np.int64).min  # the int64 value of datetime64 NaT


@dataclass(frozen=True)
class OrderColumns:
    """One entry per order, ordered by id."""

    ids: np.ndarray
    numbers: list[str]
    platforms: list[str]
    accounts: list[str | None]
    stores: list[str | None]
    titles: list[str | None]
    tracking_numbers: list[str | None]
    delivery_statuses: list[str | None]
    item_counts: np.ndarray
    dispute_counts: np.ndarray
    delivered: np.ndarray  # datetime64[s]
    clocks: ClockInputs
    #: bool: the order date was given without a time (shown as that date in every zone)
    placed_date_only: np.ndarray | None = None
    #: bool: the receipt date is an estimate (domain.estimates)
    confirmed_estimated: np.ndarray | None = None
    #: who looks after each order (None: nobody); names repeat, each kept once
    assignees: list[str | None] | None = None

    def __len__(self) -> int:
        return len(self.ids)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ",".join(f"'{v}'" for v in values) + ")"


def _count_where(condition: str) -> str:
    """How many rows of the group meet `condition` (SQLite and PostgreSQL alike: PostgreSQL
    does not add up booleans)."""
    return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"


_SEP, _NULL = "\x1f", "\x1e"


def _columns(conn: Any, select: str, kinds: str) -> list[Any]:
    """Run `select` (its columns aliased c0, c1, ...) and return it column by column: "i" an
    int64 array, "t" a list of text (None for NULL), "c" the same for text that repeats (a
    store, an account: each distinct text is kept once). Each column comes back as one
    aggregated string (group_concat, string_agg) split in C, not as a Python tuple per row: a
    fraction of the memory for 100,000 rows."""
    if conn.dialect.name == "sqlite":
        def agg(value: str, sep: str) -> str:
            return f"group_concat({value}, {sep})"
        nul, sep, as_text = "char(30)", "char(31)", "{}"
    else:  # psycopg reads % as a placeholder: LIKE '%..%' needs %%
        select = select.replace("%", "%%")

        def agg(value: str, sep: str) -> str:
            return f"string_agg({value}, {sep})"
        nul, sep, as_text = "chr(30)", "chr(31)", "CAST({} AS TEXT)"
    parts = []
    for n, kind in enumerate(kinds):
        if kind == "i":
            parts.append(agg(as_text.format(f"c{n}"), "','"))
        else:
            parts.append(agg(f"COALESCE(replace({as_text.format(f'c{n}')}, {sep}, ' '), {nul})",
                             sep))
    row = conn.exec_driver_sql(f"SELECT COUNT(*), {', '.join(parts)} FROM ({select}) AS q"
                               ).one()
    out: list[Any] = []
    for kind, text in zip(kinds, row[1:], strict=True):
        if not row[0]:
            out.append(np.zeros(0, dtype=np.int64) if kind == "i" else [])
        elif kind == "i":
            out.append(np.fromstring(text, dtype=np.int64, sep=","))  # parsed in C
        elif kind == "c":
            once: dict[str, str] = {}
            out.append([None if v == _NULL else once.setdefault(v, v)
                        for v in text.split(_SEP)])
        else:
            out.append([None if v == _NULL else v for v in text.split(_SEP)])
    return out


def _only(ids: Iterable[int] | None) -> str:
    """" AND order_id IN (...)" for `ids`, "" for every order."""
    if ids is None:
        return ""
    return f"AND order_id IN ({','.join(str(int(i)) for i in sorted(set(ids))) or 'NULL'})"


def order_columns(session: Session, only: Iterable[int] | None = None) -> OrderColumns:
    """Every order's columns, by id; with `only`, just the orders of those ids (those that
    still exist: what a window refreshes when another process changed them)."""
    conn = session.connection()
    if only is None:
        where_o = where = and_ = ""
    else:
        listed = ",".join(str(int(i)) for i in sorted(set(only))) or "NULL"
        where_o = f"WHERE o.id IN ({listed})"
        where = f"WHERE order_id IN ({listed})"
        and_ = f"AND order_id IN ({listed})"
    (ids, numbers, platforms, accounts, stores, tracking, delivery, placed, shipped,
     protection_ends, protection_days, confirmed, delivered, placed_day,
     confirmed_guess) = _columns(
        conn,
        f"""SELECT o.id AS c0, o.number AS c1, o.platform AS c2, a.label AS c3, o.store AS c4,
                   o.tracking_number AS c5, o.delivery_status AS c6, o.placed_at AS c7,
                   COALESCE(o.shipped_at, {_NAT}) AS c8,
                   COALESCE(o.protection_ends_at, {_NAT}) AS c9,
                   COALESCE(o.protection_days, 0) AS c10,
                   COALESCE(o.confirmed_at, {_NAT}) AS c11,
                   COALESCE(o.delivered_at, {_NAT}) AS c12,
                   CASE WHEN ' ' || COALESCE(o.date_only, '') || ' ' LIKE '% placed_at %'
                        THEN 1 ELSE 0 END AS c13,
                   CASE WHEN o.confirmed_estimate IS NOT NULL AND o.confirmed_at IS NOT NULL
                        THEN 1 ELSE 0 END AS c14
            FROM orders o LEFT JOIN accounts a ON a.id = o.account_id {where_o}
            ORDER BY o.id""",
        "itccctciiiiiiii")
    if len(ids) > 1 and not np.all(ids[1:] > ids[:-1]):  # group_concat kept another order
        order = np.argsort(ids)
        ids = ids[order]
        picked = order.tolist()
        numbers, platforms, accounts, stores, tracking, delivery = (
            [column[i] for i in picked] for column in (
                numbers, platforms, accounts, stores, tracking, delivery))
        (placed, shipped, protection_ends, protection_days, confirmed, delivered, placed_day,
         confirmed_guess) = (
            column[order] for column in (placed, shipped, protection_ends, protection_days,
                                         confirmed, delivered, placed_day, confirmed_guess))
    n = len(ids)
    ext, open_dispute, closed, disputes = _order_flags(conn, ids, where, and_)
    assignees = _assignees(conn, ids, and_.replace("order_id", "id"))

    titles: list[str | None] = [None] * n
    items = np.zeros(n, dtype=np.int64)
    pos, (first_titles, item_count) = _per_order(
        conn, ids,
        "SELECT order_id AS c0, MIN(CASE WHEN position = 0 THEN title END) AS c1, "
        f"COUNT(*) AS c2 FROM order_items {where} GROUP BY order_id", "ci")
    for p, title in zip(pos.tolist(), first_titles, strict=True):
        titles[p] = title
    items[pos] = item_count

    def instants(values: np.ndarray) -> np.ndarray:
        return values.view("datetime64[s]")

    return OrderColumns(
        ids=ids,
        numbers=numbers,
        platforms=platforms,
        accounts=accounts,
        stores=stores,
        titles=titles,
        tracking_numbers=tracking,
        delivery_statuses=delivery,
        item_counts=items,
        dispute_counts=disputes,
        delivered=instants(delivered),
        placed_date_only=placed_day.astype(bool),
        confirmed_estimated=confirmed_guess.astype(bool),
        assignees=assignees,
        clocks=ClockInputs(
            placed=instants(placed),
            shipped=instants(shipped),
            protection_ends=instants(protection_ends),
            protection_days=protection_days,
            extension_days=ext,
            confirmed=instants(confirmed),
            open_dispute=open_dispute,
            closed=closed,
            left_seller=(np.fromiter((d in LEFT_SELLER_STATUSES for d in delivery), bool, n)
                         | ~np.isnat(instants(delivered)) | ~np.isnat(instants(confirmed))),
        ),
    )


def _per_order(conn: Any, ids: np.ndarray, select: str, kinds: str
               ) -> tuple[np.ndarray, list[Any]]:
    """Scatter (order_id, value, ...) columns onto the positions of `ids`."""
    order_ids, *values = _columns(conn, select, "i" + kinds)
    return np.searchsorted(ids, order_ids), values


def _order_flags(conn: Any, ids: np.ndarray, where: str = "", and_: str = ""
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per order of `ids` (all orders, or those `where` / `and_` keep): the extension days
    granted, whether a dispute is open, whether the order is closed (a dispute resolved, an
    ending payment, partial refunds adding up to the amount) and how many disputes it has."""
    n = len(ids)
    ext = np.zeros(n, dtype=np.int64)
    pos, (days,) = _per_order(
        conn, ids,
        f"SELECT order_id AS c0, SUM(days) AS c1 FROM extensions {where} GROUP BY order_id",
        "i")
    ext[pos] = days

    open_dispute = np.zeros(n, dtype=bool)
    closed = np.zeros(n, dtype=bool)
    disputes = np.zeros(n, dtype=np.int64)
    pos, (running, resolved, count) = _per_order(
        conn, ids,
        f"""SELECT order_id AS c0, {_count_where(f"status IN {_in(OPEN_DISPUTE_STATUSES)}")} AS c1,
                   {_count_where(f"status IN {_in(RESOLVED_DISPUTE_STATUSES)}")} AS c2,
                   COUNT(*) AS c3
            FROM disputes {where} GROUP BY order_id""", "iii")
    open_dispute[pos] = running > 0
    closed[pos] = resolved > 0
    disputes[pos] = count
    pos, _ = _per_order(
        conn, ids,
        f"SELECT DISTINCT order_id AS c0 FROM payments WHERE kind IN {_in(ENDING_PAYMENT_KINDS)} "
        f"{and_}", "")
    closed[pos] = True
    # partial refunds that add up to the order's amount are a full refund (Order.closed_reason)
    pos, _ = _per_order(
        conn, ids,
        "SELECT p.order_id AS c0 FROM payments p JOIN orders o ON o.id = p.order_id "
        f"WHERE p.kind = 'partial_refund' AND o.amount > 0 {and_.replace('order_id', 'o.id')} "
        "GROUP BY p.order_id, o.amount "
        "HAVING SUM(COALESCE(p.amount, 0)) >= o.amount", "")
    closed[pos] = True
    return ext, open_dispute, closed, disputes


def _assignees(conn: Any, ids: np.ndarray, only: str = "") -> list[str | None]:
    """Who each order (of `ids`) is assigned to: one row per name, with its orders' ids, read
    from the index (nothing to read while no order is assigned; a few names for many orders
    cost one id list each, not a text per order)."""
    ids_of = ("group_concat(id, ',')" if conn.dialect.name == "sqlite"
              else "string_agg(CAST(id AS TEXT), ',')")
    out: list[str | None] = [None] * len(ids)
    for name, listed in conn.exec_driver_sql(
            f"SELECT assignee, {ids_of} FROM orders WHERE assignee IS NOT NULL {only} "
            "GROUP BY assignee").fetchall():
        positions = np.searchsorted(ids, np.array(listed.split(","), dtype=np.int64))
        for p in positions.tolist():
            out[p] = name
    return out


def search_texts(session: Session) -> tuple[np.ndarray, list[str]]:
    """One text per order, ordered by id, for the workspace's search: the order number, store,
    tracking number, status and every item title, one per line."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        newline, titles = "char(10)", "group_concat(i.title, char(10))"
    else:
        newline, titles = "chr(10)", "string_agg(i.title, chr(10) ORDER BY i.position)"
    rows = conn.exec_driver_sql(
        f"""SELECT o.id, o.number || {newline} || COALESCE(o.store, '') || {newline}
                  || COALESCE(o.tracking_number, '') || {newline}
                  || COALESCE(o.status_text, '') || {newline}
                  || COALESCE((SELECT {titles} FROM order_items i WHERE i.order_id = o.id), '')
           FROM orders o ORDER BY o.id""").fetchall()
    return np.array([r[0] for r in rows], dtype=np.int64), [r[1] for r in rows]


@dataclass(frozen=True)
class RunningDisputeColumns:
    """Disputes in a status where one of their clocks runs, one entry each."""

    order_ids: np.ndarray
    dispute_ids: np.ndarray
    positions: np.ndarray
    #: the running clock, as an index into DISPUTE_CLOCKS
    clock: np.ndarray
    #: when that clock started counting (datetime64[s]; NaT when the date is not recorded)
    started: np.ndarray

    def __len__(self) -> int:
        return len(self.order_ids)


def running_dispute_columns(session: Session, only: Iterable[int] | None = None
                            ) -> RunningDisputeColumns:
    clock = " ".join(f"WHEN '{DISPUTE_CLOCK_STATUS[name]}' THEN {n}"
                     for n, name in enumerate(DISPUTE_CLOCKS))
    started = " ".join(f"WHEN '{DISPUTE_CLOCK_STATUS[name]}' THEN {DISPUTE_CLOCK_START[name]}"
                       for name in DISPUTE_CLOCKS)
    statuses = _in(tuple(DISPUTE_CLOCK_STATUS[name] for name in DISPUTE_CLOCKS))
    order_ids, dispute_ids, positions, clocks, starts = _columns(
        session.connection(),
        f"""SELECT order_id AS c0, id AS c1, position AS c2, CASE status {clock} END AS c3,
                   COALESCE(CASE status {started} END, {_NAT}) AS c4
            FROM disputes WHERE status IN {statuses} {_only(only)} ORDER BY order_id, id""",
        "iiiii")
    return RunningDisputeColumns(order_ids, dispute_ids, positions, clocks.astype(np.int8),
                                 starts.view("datetime64[s]"))
