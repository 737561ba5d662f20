"""The orders table model: columns of an OrderTable (arrays, not one object per order), with
sorting, search and filters done on whole columns, so 100,000 orders stay instant.

The model keeps the permutation of all orders in the current sort (`order`) and a mask of the
orders the filters let through; the rows shown are the permutation's masked entries. A sort
recomputes the permutation from cached integer keys (text columns are ranked once, by numpy);
a search keystroke recomputes the mask (a substring test over one text per order, narrowed
from the last result when the query only grew).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from aliassist.domain.clocks import NO_DAYS, STATES
from aliassist.domain.dates import day_text, deadline_text, given_day
from aliassist.domain.instants import from_epoch
from aliassist.domain.order_search import OrderSearch
from aliassist.domain.states import URGENT_DAYS
from aliassist.errors import UserError
from aliassist.gui.theme import STATE_LOOKS, Tint, state_tint, tint
from aliassist.gui.workspace.order_cells import (
    ALIGNMENT_ROLE,
    BACKGROUND_ROLE,
    DECORATION_ROLE,
    DISPLAY_ROLE,
    FOREGROUND_ROLE,
    TOOLTIP_ROLE,
    OrderColumnsModel,
    column_title,
)
from aliassist.gui.workspace.order_cells import COLUMN as COLUMN
from aliassist.gui.workspace.order_cells import COLUMNS as COLUMNS
from aliassist.gui.workspace.order_cells import NO_ACCOUNT as NO_ACCOUNT
from aliassist.gui.workspace.order_cells import ORDER_ID_ROLE as ORDER_ID_ROLE
from aliassist.gui.workspace.order_cells import STATE_FILTERS as STATE_FILTERS
from aliassist.gui.workspace.order_cells import STATE_ROLE as STATE_ROLE
from aliassist.gui.workspace.order_cells import TO_CONFIRM as TO_CONFIRM
from aliassist.gui.workspace.order_cells import Filters as Filters
from aliassist.gui.workspace.order_cells import days_text as days_text
from aliassist.gui.workspace.order_cells import dispute_badge as dispute_badge
from aliassist.gui.workspace.order_cells import state_text as state_text
from aliassist.i18n import translate
from aliassist.services.order_table import OrderTable

_DAYS_COLUMN = COLUMN["days_left"]
_STATE_COLUMN = COLUMN["state"]

_DAYS_SPAN = 10**6
_ROLES = frozenset({DISPLAY_ROLE, BACKGROUND_ROLE, FOREGROUND_ROLE, ALIGNMENT_ROLE, TOOLTIP_ROLE,
                    DECORATION_ROLE, ORDER_ID_ROLE, STATE_ROLE})
_TEXT_COLUMNS = {"number": "numbers", "store": "stores", "title": "titles", "account": "accounts"}
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _folded(text: str | None) -> str:
    """`text` casefolded; the text itself when folding changes nothing (order numbers), so
    100,000 of them are not copied."""
    if text is None:
        return ""
    folded = text.casefold()
    return text if folded == text else folded


def format_local(value: np.datetime64) -> str:
    """A deadline: "13 Jan 2027, 17:00 your time" in the buyer's local time."""
    if np.isnat(value):
        return ""
    return deadline_text(from_epoch(int(value.astype("int64"))))


def format_placed(value: np.datetime64, date_only: bool, platform_tz: tzinfo) -> str:
    """The order date: the given date when it came as one, else the local date."""
    if np.isnat(value):
        return ""
    at = from_epoch(int(value.astype("int64")))
    return day_text(given_day(at, platform_tz) if date_only else at.astimezone().date())


class OrdersModel(OrderColumnsModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.table: OrderTable | None = None
        self.rows = np.zeros(0, dtype=np.int64)  # view row -> table index
        self.order = np.zeros(0, dtype=np.int64)  # every table index, in the sort order
        self.sort_column = COLUMN["days_left"]
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.filters = Filters()
        #: the platform's zone, in which a date-only value is read back as its date
        self.platform_tz: tzinfo = ZoneInfo("Asia/Shanghai")
        #: the usual protection length, for the tooltip of an estimated deadline
        self.protection_days = 90
        #: one text per order (number, store, every item title, tracking), casefolded; loaded
        #: on first search by `search_texts`, which the window sets
        self.search_texts: Callable[[np.ndarray], Sequence[str] | None] | None = None
        #: why a closed order is closed ("refunded in full"), read when its tooltip shows;
        #: the window sets it
        self.closed_reason: Callable[[int], str | None] | None = None
        self._haystack: OrderSearch | None = None
        self._texts: dict[tuple[int, int], str] = {}
        self._permutations: dict[int, np.ndarray] = {}
        self._looks: dict[int, tuple[Any, Any, str]] = {}
        self._mask: np.ndarray | None = None  # None: every order passes
        self._brushes = {code: self._colours(state_tint(name)) for code, name in enumerate(STATES)}
        self._urgent = self._colours(tint("urgent"))

    @staticmethod
    def _colours(t: Tint) -> tuple[QColor, QColor]:
        return QColor(t.back), QColor(t.ink)

    # -- data ------------------------------------------------------------------------------

    def set_table(self, table: OrderTable) -> None:
        self.beginResetModel()
        self.table = table
        self._haystack = None
        self._texts = {}
        self._permutations = {COLUMN[key]: rows for key, rows in (table.sorts or {}).items()
                              if len(rows) == len(table)}
        self._looks = {}
        self.order = self._sorted_rows(self.sort_column, self.sort_order)
        self._mask = self._filter_mask(self.filters)
        self.rows = self._visible()
        self.endResetModel()

    def text_sorts(self) -> dict[str, np.ndarray]:
        """The ascending orders of the table by its text columns made so far (kept with the
        snapshot: see services.order_table.SORTS_KEPT)."""
        return {key: self._permutations[COLUMN[key]] for key in _TEXT_COLUMNS
                if COLUMN[key] in self._permutations}

    def update_table(self, table: OrderTable, changed: Iterable[int]) -> None:
        """Take `table`, in which the orders `changed` were read again (another window or
        person changed them: added, edited or deleted), without a reset: the sort, filters
        and selection stay, and the rows of the changed orders repaint."""
        old = self.table
        if old is None:
            self.set_table(table)
            return
        self.layoutAboutToBeChanged.emit()
        persistent = [i for i in self.persistentIndexList()
                      if i.isValid() and i.row() < len(self.rows)]
        kept = [int(old.columns.ids[self.rows[i.row()]]) for i in persistent]
        self.table = table
        self._haystack = None
        self._texts = {}
        self._permutations = {}
        self._looks = {}
        self.order = self._sorted_rows(self.sort_column, self.sort_order)
        self._mask = self._filter_mask(self.filters)
        self.rows = self._visible()
        if persistent:
            where = np.full(len(table), -1, dtype=np.int64)
            where[self.rows] = np.arange(len(self.rows))
            moved = []
            for index, order_id in zip(persistent, kept, strict=True):
                found = self._table_index(order_id)
                row = -1 if found is None else int(where[found])
                moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        last = len(COLUMNS) - 1
        for order_id in changed:
            shown = self.row_of(order_id)
            if shown is not None:
                self.dataChanged.emit(self.index(shown, 0), self.index(shown, last))

    def _table_index(self, order_id: int) -> int | None:
        assert self.table is not None
        ids = self.table.columns.ids
        at = int(np.searchsorted(ids, order_id))
        return at if at < len(ids) and int(ids[at]) == order_id else None

    @property
    def total(self) -> int:
        return 0 if self.table is None else len(self.table)

    def accounts(self) -> list[str]:
        """The account labels of the loaded orders, sorted."""
        if self.table is None:
            return []
        return sorted({a for a in self.table.columns.accounts if a}, key=str.casefold)

    def prepare(self) -> None:
        """Build what search and sorting need ahead of the first keystroke or click."""
        for _ in self.preparing():
            pass

    def preparing(self) -> Iterator[None]:
        """`prepare` in small steps (the window runs one per idle moment after the orders are
        painted, so the first paint never waits for it)."""
        if self.table is None:
            return
        table = self.table
        index = self._search_index()
        yield
        for column in range(len(COLUMNS)):
            if self.table is not table:
                return
            self._sorted_rows(column, Qt.SortOrder.AscendingOrder)
            yield
        # which orders hold each letter and pair: the first keys of a search answered at once
        for _ in index.warming():
            if self.table is not table:
                return
            yield

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def order_id(self, row: int) -> int:
        assert self.table is not None
        return int(self.table.columns.ids[self.rows[row]])

    def row_of(self, order_id: int) -> int | None:
        if self.table is None:
            return None
        index = np.flatnonzero(self.table.columns.ids == order_id)
        if not len(index):
            return None
        found = np.flatnonzero(self.rows == index[0])
        return int(found[0]) if len(found) else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks every visible cell for about ten roles: answer the ones this model
        # does not use at once, and the others from per-order caches.
        role = int(role)
        if role not in _ROLES or self.table is None or not index.isValid():
            return None
        i = int(self.rows[index.row()])
        if role == DISPLAY_ROLE:
            cached = self._texts.get((i, index.column()))
            if cached is None:
                if len(self._texts) > 200_000:
                    self._texts.clear()
                cached = self._texts[i, index.column()] = self._display(
                    COLUMNS[index.column()][0], i)
            return cached
        if role == ALIGNMENT_ROLE:
            return _RIGHT if index.column() == _DAYS_COLUMN else None
        if role == DECORATION_ROLE:
            if index.column() != _STATE_COLUMN:
                return None
            return dispute_badge(int(self.table.columns.dispute_counts[i]))
        if role == ORDER_ID_ROLE:
            return int(self.table.columns.ids[i])
        background, foreground, state = self._look(i)
        if role == BACKGROUND_ROLE:
            return background
        if role == FOREGROUND_ROLE:
            return foreground
        if role == TOOLTIP_ROLE:
            return (STATE_LOOKS[state].help + self._closed_tip(i, state) + self._dispute_tip(i)
                    + self._estimate_tip(i))
        return state  # STATE_ROLE

    def _look(self, i: int) -> tuple[Any, Any, str]:
        """(background, foreground, state name) of table index `i`."""
        look = self._looks.get(i)
        if look is None:
            assert self.table is not None
            clocks = self.table.clocks
            state = int(clocks.state[i])
            days = int(clocks.days_left[i])
            urgent = days != NO_DAYS and 0 <= days <= URGENT_DAYS
            colors = self._urgent if urgent else self._brushes[state]
            if len(self._looks) > 200_000:
                self._looks.clear()
            look = self._looks[i] = (colors[0], colors[1], STATES[state])
        return look

    def _closed_tip(self, i: int, state: str) -> str:
        """For a closed order: why (read from the store only as the tooltip shows)."""
        if state != "closed" or self.closed_reason is None:
            return ""
        assert self.table is not None
        reason = self.closed_reason(int(self.table.columns.ids[i]))
        return (translate("OrdersModel", "\nClosed: {reason}.").format(reason=reason) if reason
                else "")

    def _dispute_tip(self, i: int) -> str:
        """For orders with disputes: how many, and the next dispute clock while one runs."""
        assert self.table is not None
        count = int(self.table.columns.dispute_counts[i])
        if not count:
            return ""
        tip = translate("OrdersModel", "\n⚑ %n dispute(s) recorded.", None, count)
        if STATES[int(self.table.clocks.state[i])] == "in_dispute":
            at = format_local(self.table.clocks.next_at[i])
            days = int(self.table.clocks.days_left[i])
            if at:
                clock = (translate("OrdersModel", " Next dispute clock: {date} (%n day(s) left).",
                                   None, days) if days > 0
                         else translate("OrdersModel", " Next dispute clock: {date} ({days} days "
                                                       "left)."))
                tip += clock.format(date=at, days=days_text(days))
        return tip

    def _estimate_tip(self, i: int) -> str:
        """For orders whose deadline rests on an estimate: say so and what to do."""
        assert self.table is not None
        estimated = self.table.estimated
        if estimated is None or not estimated[i]:
            return ""
        cols = self.table.columns
        if cols.confirmed_estimated is not None and cols.confirmed_estimated[i]:
            what = translate("OrdersModel", "the receipt date is an estimate (at the earliest: "
                                            "the export did not say when receipt was confirmed)")
        else:
            what = translate("OrdersModel", "the protection length is the usual one (about %n "
                                            "day(s)), not the one on the order page", None,
                             self.protection_days)
        return translate("OrdersModel", "\nThe deadline is an estimate: {what}. Select the order "
                                        "and choose “Enter the real date…” in the pane.").format(
            what=what)

    def _display(self, key: str, i: int) -> str:
        assert self.table is not None
        cols, clocks = self.table.columns, self.table.clocks
        if key in _TEXT_COLUMNS:
            text = getattr(cols, _TEXT_COLUMNS[key])[i] or ""
            if key == "title" and cols.item_counts[i] > 1:
                text = f"{text} (+{int(cols.item_counts[i]) - 1})"
            return text
        if key == "placed":
            date_only = cols.placed_date_only is not None and bool(cols.placed_date_only[i])
            return format_placed(cols.clocks.placed[i], date_only, self.platform_tz)
        if key == "protection_end":
            return format_local(clocks.protection_end[i])
        if key == "dispute_deadline":
            return format_local(clocks.dispute_deadline[i])
        if key == "days_left":
            return days_text(int(clocks.days_left[i]))
        return state_text(STATE_LOOKS[STATES[int(clocks.state[i])]].label,
                          int(clocks.days_left[i]), int(cols.dispute_counts[i]))

    # -- filters ---------------------------------------------------------------------------

    def set_filters(self, filters: Filters) -> None:
        """Show only the orders that pass `filters` (a search keystroke, a state or account)."""
        if filters == self.filters:
            return
        self.filters = filters
        if self.table is None:
            return
        self._mask = self._filter_mask(filters)
        self._relayout()

    def _visible(self) -> np.ndarray:
        if self._mask is None:
            return self.order
        return self.order[self._mask[self.order]]

    def _filter_mask(self, filters: Filters) -> np.ndarray | None:
        assert self.table is not None
        n = len(self.table)
        mask: np.ndarray | None = None
        if filters.state == TO_CONFIRM:
            estimated = self.table.estimated
            mask = (np.zeros(n, dtype=bool) if estimated is None else estimated.copy())
        elif filters.state is not None:
            codes = [STATES.index(s) for s in STATE_FILTERS[filters.state][1]]
            mask = np.isin(self.table.clocks.state, codes)
        if filters.account is not None:
            accounts = self.table.columns.accounts
            wanted = filters.account or None
            hit = np.fromiter((a == wanted for a in accounts), dtype=bool, count=n)
            mask = hit if mask is None else mask & hit
        if filters.assignee is not None:
            assignees = self.table.columns.assignees
            from aliassist.services.assignment import assigned_mask

            hit = (np.zeros(n, dtype=bool) if assignees is None
                   else assigned_mask(assignees, filters.assignee))
            mask = hit if mask is None else mask & hit
        query = filters.search.strip().casefold()
        if query:
            hit = np.zeros(n, dtype=bool)
            hit[self._search(query)] = True
            mask = hit if mask is None else mask & hit
        return mask

    def _search(self, query: str) -> np.ndarray:
        """Table indexes of the orders whose text contains `query`."""
        return self._search_index().find(query)

    def search_index(self) -> OrderSearch | None:
        """The orders' search index, once the warm-up (or a search) has made it."""
        return self._haystack

    def _search_index(self) -> OrderSearch:
        if self._haystack is None and self.table is not None \
                and self.table.search is not None:
            self._haystack = self.table.search
        if self._haystack is None:
            assert self.table is not None
            cols = self.table.columns
            texts = None
            if self.search_texts is not None:
                try:
                    texts = self.search_texts(cols.ids)
                except UserError:  # the database cannot be read now: search what is loaded
                    texts = None
            if texts is None:  # what the columns hold: number, store, first item, tracking
                texts = ["\n".join(filter(None, parts)) for parts in zip(
                    cols.numbers, cols.stores, cols.titles, cols.tracking_numbers, strict=True)]
            self._haystack = OrderSearch.of_texts(texts)
        return self._haystack

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if self.table is None:
            return
        self.order = self._sorted_rows(column, order)
        self._relayout()

    def _relayout(self) -> None:
        """Show the rows of the current order and mask; selected orders stay selected."""
        self.layoutAboutToBeChanged.emit()
        old = [i for i in self.persistentIndexList() if i.isValid() and i.row() < len(self.rows)]
        kept = [int(self.rows[i.row()]) for i in old]
        self.rows = self._visible()
        if old:
            where = self._shown_at(kept)
            self.changePersistentIndexList(old, [
                self.index(where[t], i.column()) if t in where else QModelIndex()
                for i, t in zip(old, kept, strict=True)])
        self.layoutChanged.emit()

    def _shown_at(self, indexes: list[int]) -> dict[int, int]:
        """The view rows of those table `indexes` that are shown. The selection and current
        order are a few indexes: each is looked for in the rows (a keystroke at a million
        orders then makes no table-sized array); many are placed in one pass."""
        wanted = set(indexes)
        if len(wanted) > 8:
            where = np.full(len(self.order), -1, dtype=np.int64)
            where[self.rows] = np.arange(len(self.rows))
            return {t: int(where[t]) for t in wanted if where[t] >= 0}
        found = {}
        for t in wanted:
            at = np.flatnonzero(self.rows == t)
            if len(at):
                found[t] = int(at[0])
        return found

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        if self.table is None:
            return np.zeros(0, dtype=np.int64)
        rows = self._permutations.get(column)
        if rows is None:
            keys = self._sort_keys(COLUMNS[column][0])
            # int32 positions: half the memory of numpy's int64, nine columns kept
            rows = np.argsort(keys, kind="stable").astype(np.int32)
            self._permutations[column] = rows
        if order == Qt.SortOrder.DescendingOrder:
            rows = rows[::-1]
        return rows

    def _sort_keys(self, key: str) -> Any:
        assert self.table is not None
        cols, clocks = self.table.columns, self.table.clocks
        if key in _TEXT_COLUMNS:
            return self._rank(key)
        if key == "placed":
            return cols.clocks.placed.astype("int64")
        if key in ("protection_end", "dispute_deadline"):
            return getattr(clocks, key).astype("int64")
        # One int64 key per order (one argsort, not a lexsort of three): bits 40+ say whether
        # the deadline passed, bits 8-39 the days left (none: last), bits 0-7 the urgency.
        urgency = np.array([STATE_LOOKS[s].urgency for s in STATES], dtype=np.int64)[
            clocks.state]
        days = np.clip(clocks.days_left, -_DAYS_SPAN, _DAYS_SPAN) + _DAYS_SPAN
        days = np.where(clocks.days_left == NO_DAYS, 2 * _DAYS_SPAN + 1, days)
        if key == "days_left":
            # Orders with a deadline ahead first, soonest first; then passed and settled ones.
            passed = (clocks.days_left < 0) & (clocks.days_left != NO_DAYS)
            return (passed.astype(np.int64) << 40) | (days << 8) | urgency
        return (urgency << 32) | days

    def _rank(self, key: str) -> np.ndarray:
        """Each order's place in the casefolded order of a text column (only the sort it
        makes is kept)."""
        assert self.table is not None
        values = getattr(self.table.columns, _TEXT_COLUMNS[key])
        n = len(values)
        distinct: set[str | None] = set()
        for value in values:  # stops at a quarter of the orders (mostly distinct: numbers)
            distinct.add(value)
            if len(distinct) * 4 >= n:
                break
        if len(distinct) * 4 < n:
            # Each distinct text (a store, an account: it repeats over thousands of orders)
            # folded and placed once, then looked up per order.
            folded = {v: (v or "").casefold() for v in distinct}
            place = {text: at for at, text in enumerate(sorted(set(folded.values())))}
            rank_of = {v: place[text] for v, text in folded.items()}
            return np.fromiter(map(rank_of.__getitem__, values), dtype=np.int64, count=n)
        # Mostly distinct (order numbers): each order's place in a stable sort (equal texts
        # keep their table order, as a stable sort of equal ranks would).
        distinct.clear()
        texts = [_folded(v) for v in values]
        rank = np.empty(n, dtype=np.int64)
        rank[np.fromiter(sorted(range(n), key=texts.__getitem__), dtype=np.int64,
                         count=n)] = np.arange(n)
        return rank
