"""The orders table's columns, filters and the words and marks of its cells, apart from the
model's column arithmetic (numpy): the window's first screen shows them before that loads.

Nothing the first screen uses names PySide6's `Qt` namespace: the first use of it (an import of
the name, a call with or from C++ that passes one of its enums) makes PySide6 build all of its
94 enums, about 11 ms, as long as the window takes to start without it. So the roles are
numbers here, and the first screen's model has no `headerData` (Qt would call it with a
`Qt.Orientation`): its header shows `header_titles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from aliassist.domain.state_codes import NO_DAYS
from aliassist.domain.states import URGENT_DAYS
from aliassist.gui.theme import graphic, is_dark
from aliassist.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QStandardItemModel
    from PySide6.QtWidgets import QWidget

#: What the table shows, the deadline facts first (a narrow window scrolls to the rest).
#: The titles are translated where they are shown (`column_title`).
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("OrdersModel", "Order")),
    ("days_left", QT_TRANSLATE_NOOP("OrdersModel", "Days left")),
    ("state", QT_TRANSLATE_NOOP("OrdersModel", "State")),
    ("protection_end", QT_TRANSLATE_NOOP("OrdersModel", "Protection ends")),
    ("dispute_deadline", QT_TRANSLATE_NOOP("OrdersModel", "Dispute deadline")),
    ("store", QT_TRANSLATE_NOOP("OrdersModel", "Store")),
    ("title", QT_TRANSLATE_NOOP("OrdersModel", "Item")),
    ("account", QT_TRANSLATE_NOOP("OrdersModel", "Account")),
    ("placed", QT_TRANSLATE_NOOP("OrdersModel", "Placed")),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
#: Qt's numbers (see above; a test pins them), the ones both models answer with: the roles
#: Qt.ItemDataRole.DisplayRole, DecorationRole, ToolTipRole, TextAlignmentRole,
#: BackgroundRole, ForegroundRole and UserRole, and the alignment Qt.AlignmentFlag.AlignRight
#: | AlignVCenter
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, ALIGNMENT_ROLE = 0, 1, 3, 7
BACKGROUND_ROLE, FOREGROUND_ROLE = 8, 9
USER_ROLE = 0x0100
RIGHT_ALIGNED = 0x0082
#: the app's own roles
ORDER_ID_ROLE = USER_ROLE + 1
STATE_ROLE = USER_ROLE + 2

_ROOT = QModelIndex()


def column_title(column: int) -> str:
    return translate("OrdersModel", COLUMNS[column][1])


def header_titles(parent: QWidget) -> QStandardItemModel:
    """The columns' titles as a model of Qt's own, for a header to show without asking Python."""
    from PySide6.QtGui import QStandardItemModel

    titles = QStandardItemModel(0, len(COLUMNS), parent)
    titles.setHorizontalHeaderLabels([column_title(column) for column in range(len(COLUMNS))])
    return titles


class OrderColumnsModel(QAbstractTableModel):
    """The orders table's columns, the same for the first screen's model and the whole
    table's."""

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)


_BADGES: dict[tuple[int, bool], QIcon] = {}


def dispute_badge(count: int) -> QIcon | None:
    """A small flag, with the count when there are several: the order has disputes."""
    if count <= 0:
        return None
    key = (count, is_dark())
    if key not in _BADGES:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QIcon, QPainter, QPixmap  # loaded with the first flag drawn

        size = 32  # drawn at twice the 16 px icon size, so it stays crisp when scaled
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(graphic("flag"))
        font = painter.font()
        font.setPixelSize(30)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "⚑")
        if count > 1:
            font.setPixelSize(17)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(graphic("flag_count"))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignBottom, str(min(count, 9)))
        painter.end()
        _BADGES[key] = QIcon(pixmap)
    return _BADGES[key]


def state_text(label: str, days: int, disputes: int) -> str:
    """The state column in words, so colour and the flag are never the only signal: the state,
    "urgent" when its tint says so, and how many disputes the flag stands for."""
    parts = [label]
    if days != NO_DAYS and 0 <= days <= URGENT_DAYS:
        parts.append(translate("OrdersModel", "urgent"))
    if disputes:
        parts.append(translate("OrdersModel", "⚑ %n dispute(s)", None, disputes))
    return " · ".join(parts)


def days_text(days: int) -> str:
    if days == NO_DAYS:
        return ""
    if days < 0:
        return f"{days}"
    return "< 1" if days == 0 else str(days)


TO_CONFIRM = "to_confirm"
#: State filters: id -> (label, state names). None shows every order. The labels are
#: translated where they are shown (context "OrdersModel").
STATE_FILTERS: dict[str | None, tuple[str, tuple[str, ...]]] = {
    None: (QT_TRANSLATE_NOOP("OrdersModel", "All states"), ()),
    "attention": (QT_TRANSLATE_NOOP("OrdersModel", "Needs attention"),
                  ("ends_soon", "grace", "in_dispute")),
    "ends_soon": (QT_TRANSLATE_NOOP("OrdersModel", "Protection ends soon"), ("ends_soon",)),
    "grace": (QT_TRANSLATE_NOOP("OrdersModel", "Last days to dispute"), ("grace",)),
    "expired": (QT_TRANSLATE_NOOP("OrdersModel", "Expired"), ("expired",)),
    "in_dispute": (QT_TRANSLATE_NOOP("OrdersModel", "In dispute"), ("in_dispute",)),
    "awaiting_shipment": (QT_TRANSLATE_NOOP("OrdersModel", "Awaiting shipment"),
                          ("awaiting_shipment",)),
    "protected": (QT_TRANSLATE_NOOP("OrdersModel", "Protected"), ("protected",)),
    "closed": (QT_TRANSLATE_NOOP("OrdersModel", "Closed"), ("closed",)),
    #: not a state: the orders whose deadline rests on an estimate (OrderTable.estimated)
    TO_CONFIRM: (QT_TRANSLATE_NOOP("OrdersModel", "Dates to confirm"), ()),
}
#: The account filter's value for orders without an account.
NO_ACCOUNT = ""


class Filters(NamedTuple):
    """What the workspace shows: a search text, a state filter id, an account (None: all),
    and the person the orders are assigned to ("Mine": the current user; None: anyone's)."""

    search: str = ""
    state: str | None = None
    account: str | None = None
    assignee: str | None = None
