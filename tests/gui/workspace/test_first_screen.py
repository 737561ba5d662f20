"""The window's first screen: with a first screen kept of the database as it is now, the
window paints its orders before SQLAlchemy or numpy are loaded, and those first rows are the
rows the whole table shows; a first screen of an older state of the database is never used."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from aliassist.domain.first_rows import first_rows, urgency_by_code
from aliassist.domain.states import STATE_MEANINGS
from aliassist.gui.main_window import MainWindow
from aliassist.gui.workspace.order_cells import column_title
from aliassist.gui.workspace.orders_model import COLUMN, COLUMNS, OrdersModel
from aliassist.services import first_screen as first_screen_service
from aliassist.services.context import AppContext, open_context
from aliassist.services.first_screen import candidates_of, first_screen_data, open_first_screen
from aliassist.services.orders import order_table
from aliassist.services.sample import sample_orders
from aliassist.store.first_screen import first_screen_path
from aliassist.store.repository import save_order

ORDERS = 120


def filled(db: Path, now: datetime, count: int = ORDERS) -> AppContext:
    ctx = open_context(db)
    with ctx.session() as session, session.begin():
        for order in sample_orders(now, count, seed=11):
            save_order(session, order, now=now)
    return ctx


def kept(qtbot, ctx: AppContext) -> None:
    """Open the window the slow way once, so it keeps its snapshot and first screen."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.prepare()


def window_args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=db, database_url=None, policy=None, now=None, lang=None)


def model_ids(ctx: AppContext, now: datetime) -> list[int]:
    """The order ids in the table's opening sort (days left), as the full model has them."""
    model = OrdersModel()
    model.set_table(order_table(ctx, now=now))
    return [model.order_id(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("candidates", [ORDERS + 1, 30])
def test_the_first_rows_are_the_tables_first_rows_at_any_later_moment(
        candidates: int, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taken = datetime.now(UTC).replace(microsecond=0)
    monkeypatch.setattr(first_screen_service, "CANDIDATES", candidates)
    ctx = filled(db_path, taken)
    try:
        data = first_screen_data(order_table(ctx, now=taken), ctx)
        assert data["complete"] is (candidates > ORDERS)
        candidates_kept = candidates_of(data["rows"])
        urgency = urgency_by_code({k: m.urgency for k, m in STATE_MEANINGS.items()})
        for later in (timedelta(0), timedelta(hours=5), timedelta(days=2), timedelta(days=9)):
            now = taken + later
            rows = first_rows(candidates_kept, int(now.timestamp()),
                              ends_soon_days=data["ends_soon_days"], horizon=data["horizon"],
                              complete=data["complete"], urgency=urgency)
            ids = model_ids(ctx, now)
            assert rows or later, "at the moment it was taken, the first screen has rows"
            assert [r.candidate.order_id for r in rows] == ids[:len(rows)], later
            if data["complete"]:
                assert len(rows) == ORDERS
    finally:
        ctx.close()


def test_a_first_screen_of_an_older_database_is_not_used(
        qtbot, db_path: Path) -> None:
    ctx = filled(db_path, datetime.now(UTC))
    try:
        kept(qtbot, ctx)
        assert first_screen_path(db_path).is_file()
        assert open_first_screen(window_args(db_path)) is not None
        with ctx.session() as session, session.begin():
            save_order(session, sample_orders(datetime.now(UTC), 1, seed=99)[0],
                       now=datetime.now(UTC))
        assert open_first_screen(window_args(db_path)) is None
        first_screen_path(db_path).write_text("{not json", encoding="utf-8")
        assert open_first_screen(window_args(db_path)) is None
    finally:
        ctx.close()


def test_a_first_screen_made_with_another_policy_file_is_not_used(
        qtbot, db_path: Path, tmp_path: Path) -> None:
    from aliassist.resources import default_policy_path

    policy = tmp_path / "policy.toml"
    text = default_policy_path().read_text(encoding="utf-8")
    policy.write_text(text, encoding="utf-8")
    ctx = filled(db_path, datetime.now(UTC))
    try:
        kept(qtbot, ctx)
        args = window_args(db_path)
        args.policy = policy
        assert open_first_screen(window_args(db_path)) is not None
        # the same file elsewhere: the same rules
        assert open_first_screen(args) is not None
        # edited, at the same length: not the rules the first screen was made with
        edited = text.replace("90", "91", 1)
        assert edited != text and len(edited) == len(text)
        policy.write_text(edited, encoding="utf-8")
        assert open_first_screen(args) is None
        policy.unlink()
        assert open_first_screen(args) is None
    finally:
        ctx.close()


@pytest.mark.parametrize("field, value", [(1, 811300000000), (4, "2"), (2, 5), (13, ["x"]),
                                          (13, 7), (7, 1.5)])
def test_a_first_screen_with_a_field_of_another_type_is_not_used(
        qtbot, db_path: Path, field: int, value: object) -> None:
    ctx = filled(db_path, datetime.now(UTC))
    try:
        kept(qtbot, ctx)
        path = first_screen_path(db_path)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert open_first_screen(window_args(db_path)) is not None
        data["rows"][-1][field] = value
        path.write_text(json.dumps(data), encoding="utf-8")
        assert open_first_screen(window_args(db_path)) is None
        data["rows"][-1] = data["rows"][-1][:-1]  # a field short
        path.write_text(json.dumps(data), encoding="utf-8")
        assert open_first_screen(window_args(db_path)) is None
    finally:
        ctx.close()


#: Started as the app is, with a hook noting, at the first paint of the orders table showing
#: every order, which heavy modules are loaded, whether PySide6 has set up every class it has
#: (as it does when it is first handed a plain widget, or one of a class of Qt's own that it
#: does not name: an application-wide event filter would, or asking a view for its viewport;
#: the hook sees the paint in the view's handling of its viewport's events) and the texts of
#: its first rows.
_CHILD = """
import gc, json, os, sys
import PySide6.QtCore, PySide6.QtWidgets
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QAbstractItemView

WANT = int(sys.argv[2])
SEEN = []
_viewport_event = QAbstractItemView.viewportEvent

def viewport_event(view, event):
    if event.type() == QEvent.Type.Paint and view.model().rowCount() == WANT and not SEEN:
        SEEN.append(True)
        model = view.model()
        rows = [[model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(10)]
        print(json.dumps({
            "sqlalchemy": "sqlalchemy" in sys.modules, "numpy": "numpy" in sys.modules,
            "network": "PySide6.QtNetwork" in sys.modules,
            "libraries": [line.rsplit("/", 1)[-1].strip() for line in open("/proc/self/maps")
                          if ".so" in line],
            "every_class": "QWizard" in vars(PySide6.QtWidgets),
            "qt_namespace": "Qt" in vars(PySide6.QtCore), "rows": rows,
            "collecting": gc.isenabled()}), flush=True)
        # the window's work after its first paint starts from the event loop
        QTimer.singleShot(200, lambda: (print(json.dumps({"collecting": gc.isenabled()}),
                                              flush=True), os._exit(0)))
    return _viewport_event(view, event)

QAbstractItemView.viewportEvent = viewport_event
from aliassist.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def first_paint(db: Path, rows: int) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALIASSIST_LANG": "en"}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(db), str(rows)], env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    at_paint, after = out.stdout.strip().splitlines()[-2:]
    return {**json.loads(at_paint), "collecting_after": json.loads(after)["collecting"]}


def test_the_window_paints_its_orders_before_sqlalchemy_and_numpy_load(
        qtbot, db_path: Path) -> None:
    # made an hour ago, as below: no deadline falls a whole number of days from the moment
    # the child paints (its days left would change between that second and this test's)
    ctx = filled(db_path, datetime.now(UTC) - timedelta(hours=1, minutes=7))
    try:
        kept(qtbot, ctx)
        seen = first_paint(db_path, ORDERS)
        assert seen["sqlalchemy"] is False and seen["numpy"] is False
        # No cyclic garbage collection on the way to the first paint; back on just after.
        assert seen["collecting"] is False and seen["collecting_after"] is True
        # Nor Qt's network module (the answer to later starts opens after the paint), nor
        # every class of PySide6's (no application-wide event filter before the paint).
        assert seen["network"] is False and seen["every_class"] is False
        # Nor PySide6's Qt namespace (its 94 enums are made at its first use: order_cells.py)
        assert seen["qt_namespace"] is False
        # Nor OpenSSL (no hashlib) or Qt's SVG library (the window's icon comes after)
        libraries = " ".join(cast(list[str], seen["libraries"]))
        assert "libcrypto" not in libraries and "libQt6Svg" not in libraries
        model = OrdersModel()
        model.set_table(order_table(ctx))
        expected = [[model.index(r, c).data() for c in range(len(COLUMNS))] for r in range(10)]
        assert seen["rows"] == expected

        # Another process adds an order: the next start reads the database, never the old
        # first screen, and shows the new order among the others.
        with ctx.session() as session, session.begin():
            save_order(session, sample_orders(datetime.now(UTC), 1, seed=99)[0],
                       now=datetime.now(UTC))
        seen = first_paint(db_path, ORDERS + 1)
        assert seen["sqlalchemy"] is True
        assert seen["collecting"] is True  # the start that reads the database collects
    finally:
        ctx.close()


def test_the_whole_table_takes_the_first_screens_place_keeping_selection_and_scroll(
        qtbot, db_path: Path) -> None:
    from aliassist.services.first_screen import first_table_steps

    # made an hour ago: no deadline falls a whole number of days from the moment the first
    # screen is read (its days left would change between that moment and the table's)
    ctx = filled(db_path, datetime.now(UTC) - timedelta(hours=1, minutes=7))
    try:
        kept(qtbot, ctx)
        first = open_first_screen(window_args(db_path))
        assert first is not None
        window = MainWindow(None, first_screen=first)
        qtbot.addWidget(window)
        window.resize(900, 300)
        window.show()
        assert not window.new_action.isEnabled() and not window.attached
        header = window.table.horizontalHeader()
        widths = [header.sectionSize(c) for c in range(len(COLUMNS))]
        assert header_titles_of(window) == [column_title(c) for c in range(len(COLUMNS))]
        # Until it has painted: no shortcuts, no sorting by the header (the launch gives them)
        assert window.find_action.shortcut().isEmpty()
        assert window.history.undo_action.shortcut().isEmpty()
        assert not window.table.isSortingEnabled()
        window.ready_for_input()
        assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
        assert window.history.undo_action.shortcut() == QKeySequence(
            QKeySequence.StandardKey.Undo)
        assert window.table.isSortingEnabled()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            COLUMN["days_left"], Qt.SortOrder.AscendingOrder)
        assert window.sort_actions[COLUMN["days_left"]].isChecked()
        assert not window.sort_descending_action.isChecked()
        first_rows_shown = rows_of(window, 5)
        window.select_orders([window.model.order_id(3)])  # type: ignore[list-item]
        window.table.verticalScrollBar().setValue(2)
        selected = window.selected_ids()

        steps = first_table_steps(first)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                table, policy = done.value
                break
        window.show_table(table, policy)
        assert isinstance(window.model, OrdersModel) and not window.loading
        # the header's titles are now the whole table's, at the widths they had
        assert header.model() is window.model
        assert header_titles_of(window) == [column_title(c) for c in range(len(COLUMNS))]
        assert [header.sectionSize(c) for c in range(len(COLUMNS))] == widths
        assert rows_of(window, 5) == first_rows_shown
        assert window.selected_ids() == selected
        assert window.table.verticalScrollBar().value() == 2

        assert not dropped_file_accepted(window, db_path)  # imports wait for the database
        window.attach(open_context(db_path), table)
        assert window.model.table is table  # the same orders: not read again
        assert window.attached and window.new_action.isEnabled()
        assert dropped_file_accepted(window, db_path)
        assert window.pane.view is not None and window.pane.view.order_id == selected[0]
        window.ctx.close()
    finally:
        ctx.close()


def dropped_file_accepted(window: MainWindow, path: Path) -> bool:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    return event.isAccepted()


def header_titles_of(window: MainWindow) -> list[object]:
    """The titles the header shows, from the model it reads them from."""
    header = window.table.horizontalHeader()
    return [header.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(header.count())]


def rows_of(window: MainWindow, n: int) -> list[list[object]]:
    model = window.model
    return [[model.index(r, c).data() for c in range(len(COLUMNS))] for r in range(n)]
