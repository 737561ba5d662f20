"""The orders table model: columns of an OrderTable (arrays, not one object per order), with
sorting done on whole columns, so 100,000 orders stay instant."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from aliassist.domain.clocks import NO_DAYS, STATES
from aliassist.domain.instants import from_epoch
from aliassist.gui.theme import STATE_LOOKS, URGENT_DAYS, URGENT_TEXT, URGENT_TINT, color
from aliassist.services.orders import OrderTable

COLUMNS = (
    ("number", "Order"),
    ("store", "Store"),
    ("title", "Item"),
    ("account", "Account"),
    ("placed", "Placed"),
    ("protection_end", "Protection ends"),
    ("dispute_deadline", "Dispute deadline"),
    ("days_left", "Days left"),
    ("state", "State"),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

_TEXT_COLUMNS = {"number": "numbers", "store": "stores", "title": "titles", "account": "accounts"}
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def format_local(value: np.datetime64) -> str:
    if np.isnat(value):
        return ""
    return from_epoch(int(value.astype("int64"))).astimezone().strftime("%Y-%m-%d %H:%M")


_BADGES: dict[int, QIcon] = {}


def dispute_badge(count: int) -> QIcon | None:
    """A small flag, with the count when there are several: the order has disputes."""
    if count <= 0:
        return None
    if count not in _BADGES:
        size = 32  # drawn at twice the 16 px icon size, so it stays crisp when scaled
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#123d8a"))
        font = painter.font()
        font.setPixelSize(30)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "⚑")
        if count > 1:
            font.setPixelSize(17)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#8a1a05"))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignBottom, str(min(count, 9)))
        painter.end()
        _BADGES[count] = QIcon(pixmap)
    return _BADGES[count]


def days_text(days: int) -> str:
    if days == NO_DAYS:
        return ""
    if days < 0:
        return f"{days}"
    return "< 1" if days == 0 else str(days)


class OrdersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.table: OrderTable | None = None
        self.rows = np.zeros(0, dtype=np.int64)  # view row -> table index
        self.sort_column = COLUMN["days_left"]
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._brushes = {
            code: (color(STATE_LOOKS[name].tint), color(STATE_LOOKS[name].text))
            for code, name in enumerate(STATES)}
        self._urgent = (color(URGENT_TINT), color(URGENT_TEXT))

    # -- data ------------------------------------------------------------------------------

    def set_table(self, table: OrderTable) -> None:
        self.beginResetModel()
        self.table = table
        self.rows = self._sorted_rows(self.sort_column, self.sort_order)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

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
        if not index.isValid() or self.table is None:
            return None
        i = int(self.rows[index.row()])
        key = COLUMNS[index.column()][0]
        clocks = self.table.clocks
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, i)
        state = int(clocks.state[i])
        days = int(clocks.days_left[i])
        urgent = days != NO_DAYS and 0 <= days <= URGENT_DAYS
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._urgent[0] if urgent else self._brushes[state][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._urgent[1] if urgent else self._brushes[state][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "days_left":
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return STATE_LOOKS[STATES[state]].help + self._dispute_tip(i)
        if role == Qt.ItemDataRole.DecorationRole and key == "state":
            return dispute_badge(int(self.table.columns.dispute_counts[i]))
        if role == ORDER_ID_ROLE:
            return int(self.table.columns.ids[i])
        if role == STATE_ROLE:
            return STATES[state]
        return None

    def _dispute_tip(self, i: int) -> str:
        """For orders with disputes: how many, and the next dispute clock while one runs."""
        assert self.table is not None
        count = int(self.table.columns.dispute_counts[i])
        if not count:
            return ""
        tip = f"\n⚑ {count} dispute{'s' if count > 1 else ''} recorded."
        if STATES[int(self.table.clocks.state[i])] == "in_dispute":
            at = format_local(self.table.clocks.next_at[i])
            days = days_text(int(self.table.clocks.days_left[i]))
            if at:
                tip += f" Next dispute clock: {at} ({days} days left)."
        return tip

    def _display(self, key: str, i: int) -> str:
        assert self.table is not None
        cols, clocks = self.table.columns, self.table.clocks
        if key in _TEXT_COLUMNS:
            text = getattr(cols, _TEXT_COLUMNS[key])[i] or ""
            if key == "title" and cols.item_counts[i] > 1:
                text = f"{text} (+{int(cols.item_counts[i]) - 1})"
            return text
        if key == "placed":
            return format_local(cols.clocks.placed[i])
        if key == "protection_end":
            return format_local(clocks.protection_end[i])
        if key == "dispute_deadline":
            return format_local(clocks.dispute_deadline[i])
        if key == "days_left":
            return days_text(int(clocks.days_left[i]))
        return STATE_LOOKS[STATES[int(clocks.state[i])]].label

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if self.table is None:
            return
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted_rows(column, order)
        self.layoutChanged.emit()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        if self.table is None:
            return np.zeros(0, dtype=np.int64)
        keys = self._sort_keys(COLUMNS[column][0])
        rows = np.lexsort(keys[::-1]) if isinstance(keys, tuple) else np.argsort(keys,
                                                                                 kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            rows = rows[::-1]
        return rows.astype(np.int64)

    def _sort_keys(self, key: str) -> Any:
        assert self.table is not None
        cols, clocks = self.table.columns, self.table.clocks
        if key in _TEXT_COLUMNS:
            values = getattr(cols, _TEXT_COLUMNS[key])
            return np.array([(v or "").casefold() for v in values], dtype=object)
        if key == "placed":
            return cols.clocks.placed.astype("int64")
        if key in ("protection_end", "dispute_deadline"):
            return getattr(clocks, key).astype("int64")
        urgency = np.array([STATE_LOOKS[s].urgency for s in STATES])[clocks.state]
        days = np.where(clocks.days_left == NO_DAYS, np.iinfo(np.int64).max, clocks.days_left)
        if key == "days_left":
            # Orders with a deadline ahead first, soonest first; then passed and settled ones.
            return (np.where(days < 0, 1, 0), days, urgency)
        return (urgency, days)
