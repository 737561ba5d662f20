"""The orders table before its orders are loaded: every order counted, the first rows (in the
days-left sort the table opens with) shown from the first screen (services/first_screen.py),
the rows below left empty until the window puts the full model (OrdersModel) in its place a
moment later. Nothing here loads numpy or the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from aliassist.domain.dates import day_text, deadline_text
from aliassist.domain.first_rows import FirstRow
from aliassist.domain.instants import from_epoch
from aliassist.domain.state_codes import NO_DAYS, STATES
from aliassist.domain.states import URGENT_DAYS
from aliassist.gui.theme import STATE_LOOKS, state_tint, tint
from aliassist.gui.workspace.order_cells import (
    COLUMN,
    COLUMNS,
    ORDER_ID_ROLE,
    STATE_ROLE,
    Filters,
    OrderColumnsModel,
    days_text,
    dispute_badge,
    state_text,
)
from aliassist.services.first_screen import FirstScreen

_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: the sort the first rows are in
FIRST_SORT = (COLUMN["days_left"], Qt.SortOrder.AscendingOrder)
_NO_FILTERS = Filters()
# The roles `data` answers, as the numbers the views ask with (each cell is asked for a dozen
# roles at every paint).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ORDER_ID = int(ORDER_ID_ROLE)
_STATE = int(STATE_ROLE)
_DAYS_LEFT = COLUMN["days_left"]
_STATE_COLUMN = COLUMN["state"]


class FirstScreenModel(OrderColumnsModel):
    def __init__(self, screen: FirstScreen, parent: Any = None):
        super().__init__(parent)
        self.screen = screen
        self.rows = screen.rows
        self.table = None  # no table yet (as OrdersModel before its first)
        self.filters = _NO_FILTERS
        self.sort_column, self.sort_order = FIRST_SORT
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

    def _placed(self) -> None:
        self._first = ((self.sort_column, self.sort_order) == FIRST_SORT
                       and self.filters == _NO_FILTERS)

    def accounts(self) -> list[str]:
        return list(self.screen.accounts)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid():
            return 0
        # A filter (typed before the orders are loaded) shows nothing until they are.
        return self.total if self.filters == _NO_FILTERS else 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Kept for the full model; the first rows are only known in their own sort."""
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
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
             role: int = _DISPLAY) -> Any:
        row = index.row()  # -1 for an invalid index
        if not self._first or not 0 <= row < len(self.rows):
            return None
        role = int(role)
        if role == _DISPLAY:
            column = index.column()
            key = (row, column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._display(COLUMNS[column][0], self.rows[row])
            return text
        if role in (_BACKGROUND, _FOREGROUND):
            shown = self.rows[row]
            urgent = shown.days != NO_DAYS and 0 <= shown.days <= URGENT_DAYS
            colours = self._urgent if urgent else self._brushes[shown.state]
            return colours[0] if role == _BACKGROUND else colours[1]
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == _DAYS_LEFT else None
        if role == _DECORATION:
            return dispute_badge(self.rows[row].candidate.disputes) \
                if index.column() == _STATE_COLUMN else None
        if role == _ORDER_ID:
            return self.rows[row].candidate.order_id
        if role == _STATE:
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
