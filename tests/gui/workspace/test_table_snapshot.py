"""The window opens from the snapshot of its columns kept beside the database: the same rows as
read from SQL, never a stale or damaged snapshot (another process's change makes the window read
the database again and keep a new snapshot)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from aliassist.gui.main_window import MainWindow
from aliassist.gui.workspace.orders_model import COLUMNS
from aliassist.services.context import AppContext, open_context
from aliassist.services.privacy import data_paths
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from aliassist.store.table_snapshot import snapshot_path
from tests.conftest import NOW


def filled(db: Path, count: int = 30) -> AppContext:
    ctx = open_context(db, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, count):
            save_order(session, order, now=NOW)
    return ctx


def opened(qtbot, db: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window on `db`, once its warm-up is done (search, sorting, the snapshot kept)."""
    window = MainWindow(open_context(db, now=NOW))
    qtbot.addWidget(window)
    window.show()
    window.prepare()
    return window


def rows(window: MainWindow) -> list[list[object]]:
    model = window.model
    return [[model.index(r, c).data() for c in range(len(COLUMNS))]
            for r in range(model.rowCount())]


def test_the_window_from_the_snapshot_shows_what_sql_shows(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled(db_path).close()
    first = opened(qtbot, db_path)
    assert not first.model.table.from_snapshot  # type: ignore[union-attr]
    assert snapshot_path(db_path).is_file()
    assert snapshot_path(db_path) in data_paths(db_path)  # wiped with the rest of the data
    second = opened(qtbot, db_path)
    assert second.model.table.from_snapshot  # type: ignore[union-attr]
    assert rows(second) == rows(first) and len(rows(second)) == 30
    assert second.counts.text() == first.counts.text()
    for window in (first, second):  # search and every sort answer alike
        window.filter_bar.search.setText("a")
    assert rows(second) == rows(first)
    for column in range(len(COLUMNS)):
        first.table.sortByColumn(column, first.table.horizontalHeader().sortIndicatorOrder())
        second.table.sortByColumn(column, second.table.horizontalHeader().sortIndicatorOrder())
        assert rows(second) == rows(first), COLUMNS[column][0]
    for window in (first, second):
        window.ctx.close()


def test_a_change_by_another_process_makes_the_window_read_the_database(qtbot, db_path: Path  # type: ignore[no-untyped-def]
                                                                        ) -> None:
    ctx = filled(db_path)
    number = sample_orders(NOW, 30)[4].number
    ctx.close()
    opened(qtbot, db_path).ctx.close()  # keeps the snapshot
    kept = snapshot_path(db_path).stat().st_mtime_ns
    subprocess.run([sys.executable, "-m", "aliassist", "--db", str(db_path), "assign", number,
                    "Ana"], check=True, capture_output=True, timeout=120)
    window = opened(qtbot, db_path)
    table = window.model.table
    assert table is not None and not table.from_snapshot
    position = table.columns.numbers.index(number)
    assert table.columns.assignees is not None and table.columns.assignees[position] == "Ana"
    assert snapshot_path(db_path).stat().st_mtime_ns != kept  # kept again, as it is now
    again = opened(qtbot, db_path)
    assert again.model.table.from_snapshot  # type: ignore[union-attr]
    assert again.model.table.columns.assignees[position] == "Ana"  # type: ignore[union-attr,index]
    assert rows(again) == rows(window)
    for w in (window, again):
        w.ctx.close()


def test_a_damaged_snapshot_is_ignored_and_written_again(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled(db_path).close()
    first = opened(qtbot, db_path)
    path = snapshot_path(db_path)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 3] + b"\0" * 100)
    second = opened(qtbot, db_path)
    assert not second.model.table.from_snapshot  # type: ignore[union-attr]
    assert rows(second) == rows(first)
    third = opened(qtbot, db_path)
    assert third.model.table.from_snapshot  # type: ignore[union-attr]
    assert rows(third) == rows(first)
    for window in (first, second, third):
        window.ctx.close()
