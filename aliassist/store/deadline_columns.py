"""What the deadline notices are computed from, read narrowly: every order's clock inputs as
integer columns (no text, no object per order), and the labels (number, store, platform) of
only the orders a notice or the tray's list is about."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from aliassist.domain.clocks import LEFT_SELLER_STATUSES, ClockInputs
from aliassist.store.queries import _NAT, _assignees, _columns, _in, _order_flags

#: order ids per IN (...) list when reading labels (well under every engine's limits)
_CHUNK = 5000
#: orders whose clock inputs are read at a time
READ_ROWS = 20_000


@dataclass(frozen=True)
class ClockColumns:
    """One entry per order, ordered by id."""

    ids: np.ndarray
    clocks: ClockInputs
    #: bool: the parcel arrived or its receipt was confirmed
    arrived: np.ndarray
    #: who looks after each order (None: nobody)
    assignees: list[str | None]

    def __len__(self) -> int:
        return len(self.ids)


def clock_columns(session: Session) -> ClockColumns:
    """Every order's clock inputs (those of aliassist.store.queries.order_columns), integers
    only: each column arrives as one string parsed in C, READ_ROWS orders at a time (the
    strings of 100,000 orders at once would be the peak of the whole read)."""
    conn = session.connection()
    # Each READ_ROWS part goes straight into its place in columns made once for every order
    # (a list of parts joined at the end would hold every column twice at the peak); orders
    # added meanwhile (a team database) make the columns grow.
    total = int(conn.exec_driver_sql("SELECT COUNT(*) FROM orders").scalar_one())
    columns = np.zeros((8, total), dtype=np.int64)
    filled = 0
    after = ""
    while True:
        part = _columns(
            conn,
            f"""SELECT id AS c0, placed_at AS c1, COALESCE(shipped_at, {_NAT}) AS c2,
                       COALESCE(protection_ends_at, {_NAT}) AS c3,
                       COALESCE(protection_days, 0) AS c4,
                       COALESCE(confirmed_at, {_NAT}) AS c5,
                       CASE WHEN delivered_at IS NOT NULL OR confirmed_at IS NOT NULL
                                 OR delivery_status = 'delivered' THEN 1 ELSE 0 END AS c6,
                       CASE WHEN delivered_at IS NOT NULL OR confirmed_at IS NOT NULL
                                 OR delivery_status IN {_in(LEFT_SELLER_STATUSES)}
                            THEN 1 ELSE 0 END AS c7
                FROM orders {after} ORDER BY id LIMIT {READ_ROWS}""",
            "iiiiiiii")
        count = len(part[0])
        if not count:
            break
        if filled + count > columns.shape[1]:
            columns = np.concatenate([columns[:, :filled],
                                      np.zeros((8, count), dtype=np.int64)], axis=1)
        for row, values in zip(columns, part, strict=True):
            row[filled:filled + count] = values
        filled += count
        after = f"WHERE id > {int(part[0].max())}"
        del part
        if count < READ_ROWS:
            break
    (ids, placed, shipped, protection_ends, protection_days, confirmed, arrived,
     left_seller) = columns[:, :filled]
    if len(ids) > 1 and not np.all(ids[1:] > ids[:-1]):  # group_concat kept another order
        order = np.argsort(ids)
        (ids, placed, shipped, protection_ends, protection_days, confirmed, arrived,
         left_seller) = (column[order] for column in (
            ids, placed, shipped, protection_ends, protection_days, confirmed, arrived,
            left_seller))
    ext, open_dispute, closed, _disputes = _order_flags(conn, ids)

    def instants(values: np.ndarray) -> np.ndarray:
        return values.view("datetime64[s]")

    return ClockColumns(
        ids=ids.copy(),  # its own: the clock inputs' columns go once the clocks are computed
        clocks=ClockInputs(
            placed=instants(placed), shipped=instants(shipped),
            protection_ends=instants(protection_ends), protection_days=protection_days,
            extension_days=ext, confirmed=instants(confirmed), open_dispute=open_dispute,
            closed=closed, left_seller=left_seller.astype(bool)),
        arrived=arrived.astype(bool),
        assignees=_assignees(conn, ids))


def order_labels(session: Session, order_ids: Sequence[int] | np.ndarray | None
                 ) -> dict[int, tuple[str, str | None, str]]:
    """Order id -> (number, store, platform), for those of `order_ids` that exist (None:
    every order)."""
    conn: Any = session.connection()
    select = "SELECT id, number, store, platform FROM orders"
    if order_ids is None:
        return {i: (number, store, platform)
                for i, number, store, platform in conn.exec_driver_sql(select)}
    wanted = np.unique(np.asarray(order_ids, dtype=np.int64)).tolist()
    out: dict[int, tuple[str, str | None, str]] = {}
    for first in range(0, len(wanted), _CHUNK):
        listed = ",".join(str(i) for i in wanted[first:first + _CHUNK])
        for i, number, store, platform in conn.exec_driver_sql(f"{select} WHERE id IN ({listed})"):
            out[i] = (number, store, platform)
    return out
