"""What undo and redo need: the whole state of some orders before and after a change (an edit, a
dispute step, evidence removed, orders deleted), and putting one of those states back in one
transaction. The window's undo stack holds the states; this module reads and writes them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.services.context import AppContext
from aliassist.store.order_snapshots import (
    OrderRows,
    Row,
    account_row_of,
    current_order_row,
    file_rows_of,
    files_of,
    order_rows,
    put_order_rows,
    same_order_row,
)
from aliassist.store.repository import find_order_id

T = TypeVar("T")


@dataclass(frozen=True)
class OrdersState:
    """Some orders exactly as they were at one moment (an order not stored then: no rows)."""

    orders: tuple[OrderRows, ...]
    files: tuple[tuple[str, Row], ...] = ()
    accounts: tuple[Row | None, ...] = ()

    @property
    def order_ids(self) -> list[int]:
        return [o.order_id for o in self.orders]


def state_of(ctx: AppContext, order_ids: Iterable[int]) -> OrdersState:
    """The orders `order_ids` as they are now, with the evidence-file rows they refer to."""
    with ctx.session() as session:
        orders = tuple(order_rows(session, i) for i in order_ids)
        shas = sorted({sha for o in orders for sha in files_of(o)})
        files = file_rows_of(session, shas)
        accounts = tuple(account_row_of(session, o) for o in orders)
    return OrdersState(orders, tuple(sorted(files.items())), accounts)


@dataclass(frozen=True)
class Change:
    """A change made through `changing`: the orders before and after it, and its result."""

    before: OrdersState
    after: OrdersState


def changing(ctx: AppContext, order_ids: Iterable[int] | None, change: Callable[[], T],
             changed_ids: Callable[[T], Iterable[int]] | None = None) -> tuple[T, Change]:
    """Run `change` (a service call) and return its result with the orders' states before
    and after. `order_ids` are the orders it changes; for a change that creates an order,
    `changed_ids` names them from the result."""
    ids = list(order_ids or ())
    before = state_of(ctx, ids)
    result = change()
    if changed_ids is not None:
        ids = list(dict.fromkeys([*ids, *changed_ids(result)]))
        before = OrdersState((*before.orders, *(OrderRows(i) for i in ids[len(before.orders):])),
                             before.files, (*before.accounts,
                                            *(None for _ in ids[len(before.orders):])))
    return result, Change(before, state_of(ctx, ids))


def put_back(ctx: AppContext, state: OrdersState, left: OrdersState | None = None) -> None:
    """Make the orders of `state` exactly as they were then, in one transaction: edits,
    disputes with their steps, payments, evidence and the notification log; an order that was
    not stored then is removed. `left` is the state the change being undone or redone left:
    when an order is no longer as it left it (an import or another window changed it since,
    or a new order took its place), nothing is changed (UserError), so no later work is lost.
    The evidence files must still be in the vault: removing evidence through undoable changes
    keeps them (services.evidence.detach(keep_files=True))."""
    files = dict(state.files)
    with ctx.session() as session, session.begin():
        for then in (left.orders if left is not None else ()):
            now_row = current_order_row(session, then.order_id)
            if not same_order_row(now_row, then.order_row):
                number = (now_row or then.order_row or {}).get("number", then.order_id)
                raise UserError(translate("Undo", "order {number} has changed since")
                                .format(number=number),
                                hint="only the latest changes can be undone")
        for snapshot, account in zip(state.orders, state.accounts or
                                     [None] * len(state.orders), strict=True):
            row = snapshot.order_row
            if row is not None:
                other = find_order_id(session, row["number"], row["platform"])
                if other not in (None, snapshot.order_id):
                    raise UserError(translate("Undo", "another order now has the number {value}")
                                    .format(value=row['number']),
                                    hint="delete or renumber it first")
            put_order_rows(session, snapshot, files, account)
