"""The orders table's cells without PySide6's Qt namespace: the numbers named for Qt's roles
and alignment are Qt's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aliassist.gui.workspace import order_cells as cells


def test_the_roles_and_alignment_named_by_number_are_qts() -> None:
    role = Qt.ItemDataRole
    named = (cells.DISPLAY_ROLE, cells.DECORATION_ROLE, cells.TOOLTIP_ROLE,
             cells.ALIGNMENT_ROLE, cells.BACKGROUND_ROLE, cells.FOREGROUND_ROLE, cells.USER_ROLE)
    qts = (role.DisplayRole, role.DecorationRole, role.ToolTipRole, role.TextAlignmentRole,
           role.BackgroundRole, role.ForegroundRole, role.UserRole)
    assert named == tuple(int(r.value) for r in qts)
    assert Qt.AlignmentFlag(cells.RIGHT_ALIGNED) == (Qt.AlignmentFlag.AlignRight
                                                     | Qt.AlignmentFlag.AlignVCenter)
    assert cells.ORDER_ID_ROLE > cells.USER_ROLE and cells.STATE_ROLE > cells.USER_ROLE


def test_the_header_titles_are_the_columns_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    titles = cells.header_titles(parent)
    assert titles.columnCount() == len(cells.COLUMNS) and titles.rowCount() == 0
    assert [titles.headerData(c, Qt.Orientation.Horizontal) for c in range(len(cells.COLUMNS))] \
        == ["Order", "Days left", "State", "Protection ends", "Dispute deadline", "Store", "Item",
            "Account", "Placed"]
