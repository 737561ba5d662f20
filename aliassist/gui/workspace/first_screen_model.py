"""The orders table before its orders are loaded: every order counted, the first rows (in the
days-left sort the table opens with) shown from the first screen (services/first_screen.py),
the rows below left empty until the window puts the full model (OrdersModel) in its place a
moment later. Nothing here loads numpy or the database, or names PySide6's `Qt` namespace
(order_cells.py says why): its header's titles are not `headerData` but `header_titles`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor

from aliassist.domain.dates import day_text, deadline_text
from aliassist.domain.first_rows import FirstRow
from aliassist.domain.instants import from_epoch
from aliassist.domain.state_codes import NO_DAYS, STATES
from aliassist.domain.states import URGENT_DAYS
from aliassist.gui.theme import STATE_LOOKS, state_tint, tint
from aliassist.gui.workspace.order_cells import (
    ALIGNMENT_ROLE,
    BACKGROUND_ROLE,
    COLUMN,
    COLUMNS,
    DECORATION_ROLE,
    DISPLAY_ROLE,
    FOREGROUND_ROLE,
    ORDER_ID_ROLE,
    RIGHT_ALIGNED,
    STATE_ROLE,
    Filters,
    OrderColumnsModel,
    days_text,
    dispute_badge,
    state_text,
)
from aliassist.services.first_screen import FirstScreen

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_ROOT = QModelIndex()
#: the sort the first rows are in: days left, ascending
FIRST_SORT_COLUMN = COLUMN["days_left"]
_NO_FILTERS = Filters()
_DAYS_LEFT = COLUMN["days_left"]
_STATE_COLUMN = COLUMN["state"]


class FirstScreenModel(OrderColumnsModel):
    def __init__(self, screen: FirstScreen, parent: Any = None):
        super().__init__(parent)
        self.screen = screen
        self.rows = screen.rows
        self.table = None  # no table yet (as OrdersModel before its first)
        self.filters = _NO_FILTERS
        self.sort_column = FIRST_SORT_COLUMN
        self.descending = False
        #: `shows_first_rows`, kept up to date by `sort` and `set_filters`
        self._first = True
        self._texts: dict[tuple[int, int], str] = {}
        self._brushes = {code: self._colours(state_tint(name)) for code, name in enumerate(STATES)}
        self._urgent = self._colours(tint("urgent"))

    @staticmethod
    def _colours(t: Any) -> tuple[QColor, QColor]:
        return QColor(t.back), QColor(t.ink)

    @property
    def total(self) -> int:
        return self.screen.total

    @property
    def shows_first_rows(self) -> bool:
        """The first rows are what the table shows now (the sort they are in, no filter)."""
        return self._first

    @property
    def sort_order(self) -> Qt.SortOrder:
        """The sort's direction, as the whole table's model takes it."""
        from PySide6.QtCore import Qt

        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    def _placed(self) -> None:
        self._first = (self.sort_column == FIRST_SORT_COLUMN and not self.descending
                       and self.filters == _NO_FILTERS)

    def accounts(self) -> list[str]:
        return list(self.screen.accounts)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid():
            return 0
        # A filter (typed before the orders are loaded) shows nothing until they are.
        return self.total if self.filters == _NO_FILTERS else 0

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Kept for the full model; the first rows are only known in their own sort. (Qt
        calls it from the first paint on, with the order; None is ascending.)"""
        from PySide6.QtCore import Qt

        self.layoutAboutToBeChanged.emit()
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._placed()
        self.layoutChanged.emit()

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.beginResetModel()
            self.filters = filters
            self._placed()
            self.endResetModel()

    def row(self, row: int) -> FirstRow | None:
        """The first-screen row shown at `row`, None where it is not known yet."""
        if not self.shows_first_rows or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def order_id(self, row: int) -> int | None:
        shown = self.row(row)
        return None if shown is None else shown.candidate.order_id

    def row_of(self, order_id: int) -> int | None:
        if not self.shows_first_rows:
            return None
        for at, shown in enumerate(self.rows):
            if shown.candidate.order_id == order_id:
                return at
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        row = index.row()  # -1 for an invalid index
        if not self._first or not 0 <= row < len(self.rows):
            return None
        role = int(role)
        if role == DISPLAY_ROLE:
            column = index.column()
            key = (row, column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._display(COLUMNS[column][0], self.rows[row])
            return text
        if role in (BACKGROUND_ROLE, FOREGROUND_ROLE):
            shown = self.rows[row]
            urgent = shown.days != NO_DAYS and 0 <= shown.days <= URGENT_DAYS
            colours = self._urgent if urgent else self._brushes[shown.state]
            return colours[0] if role == BACKGROUND_ROLE else colours[1]
        if role == ALIGNMENT_ROLE:
            return RIGHT_ALIGNED if index.column() == _DAYS_LEFT else None
        if role == DECORATION_ROLE:
            return dispute_badge(self.rows[row].candidate.disputes) \
                if index.column() == _STATE_COLUMN else None
        if role == ORDER_ID_ROLE:
            return self.rows[row].candidate.order_id
        if role == STATE_ROLE:
            return STATES[self.rows[row].state]
        return None

    @staticmethod
    def _display(key: str, shown: FirstRow) -> str:
        c = shown.candidate
        if key == "number":
            return c.number
        if key == "days_left":
            return days_text(shown.days)
        if key == "state":
            return state_text(STATE_LOOKS[STATES[shown.state]].label, shown.days, c.disputes)
        if key == "protection_end":
            return deadline_text(from_epoch(c.protection_end))
        if key == "dispute_deadline":
            return deadline_text(from_epoch(c.dispute_deadline))
        if key == "title":
            text = c.title or ""
            return f"{text} (+{c.items - 1})" if c.items > 1 else text
        if key == "placed":
            if c.placed_day is not None:
                return day_text(date.fromisoformat(c.placed_day))
            return "" if c.placed_at is None else day_text(
                from_epoch(c.placed_at).astimezone().date())
        return getattr(c, key) or ""  # store, account
