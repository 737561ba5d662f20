"""P3: keystrokes in the search field of the main window showing 100,000 orders, as a person
makes them: real key events (typed letters and digits, Backspace, Ctrl+V of a word and of an
order number, Backspace over a selection), each timed from the key event until the window has
repainted (the table's viewport painted). Against the two-frame budget (33 ms at 60 Hz): the
median, the p99 and the share of keystrokes over 33 ms; and against a baseline alternated with
it, keystroke by keystroke: the same key events into a search field over Qt's stock
QSortFilterProxyModel (fixed string, any case) on one string per order (number, store, item
titles, tracking) in a plain table view of the same size.

Sorting (a click on a column's header, + repaint) is printed for information.

BENCH_WORKSPACE_ORDERS=1000000 adds the same keystrokes on a window of that many orders (issue
17's "the workspace at 1M orders keeps the P3 keystroke goal"), against the 33 ms budget only:
the stock proxy filter takes seconds per keystroke there. Off by default (building the database
and opening the window take minutes). The keystrokes never reach the database (search and sort
work on the window's columns), so the engine only changes how long the window takes to open;
BENCH_WORKSPACE_ENGINE=postgresql shows that: the large window then reads its orders from a
team database on a throwaway PostgreSQL cluster (tests/pg.py), moved there from the made-up
SQLite database by `migrate-to`'s service, and the time to open it is printed too."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from bench.common import ORDERS, RUNS, Result, orders_label, percentile
from bench.orders_db import NOW, build_orders_db

FRAMES_33MS = 33.0
#: the order count of the large-workspace figure (0: not run)
LARGE = int(os.environ.get("BENCH_WORKSPACE_ORDERS", "0"))
#: the engine of the large-workspace figure's database: sqlite or postgresql
LARGE_ENGINE = os.environ.get("BENCH_WORKSPACE_ENGINE", "sqlite")
#: how many times the sequence of keystrokes below is made (15 x 16 = 240 keystrokes)
CYCLES = 3 * RUNS


def _haystack(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT o.number || ' ' || coalesce(o.store, '') || ' ' || "
            "coalesce(group_concat(i.title, ' '), '') || ' ' || coalesce(o.tracking_number, '') "
            "FROM orders o LEFT JOIN order_items i ON i.order_id = o.id GROUP BY o.id "
            "ORDER BY o.id").fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _first_number(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT number FROM orders ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def _keys(number: str) -> list[tuple[str, str, object]]:
    """One cycle: (kind, what, argument). kind is typed/backspace/paste for a timed keystroke,
    or "untimed" (select all, set the clipboard); the field is empty before and after."""
    typed = [("typed", "key", c) for c in "lamp"]
    back = [("backspace", "key", "\b")] * 4
    select_all = ("untimed", "select_all", None)
    clear_selection = ("backspace", "key", "\b")
    return [*typed, *back,
            ("untimed", "clipboard", "cable"), ("paste", "paste", None), select_all,
            clear_selection,
            ("untimed", "clipboard", number[:10]), ("paste", "paste", None), select_all,
            clear_selection,
            *[("typed", "key", c) for c in number[:2]], *[("backspace", "key", "\b")] * 2]


def run() -> list[Result]:
    results = _measure(ORDERS, baseline=True)
    if LARGE:
        results += _measure(LARGE, baseline=False, engine=LARGE_ENGINE)
    return results


@contextmanager
def _team_copy(db: Path) -> Iterator[str]:
    """The URL of a team database holding `db`'s orders (moved by the app's `migrate-to`)."""
    from aliassist.services.context import open_context
    from aliassist.services.migrate import migrate_to
    from tests.pg import start_cluster

    cluster = start_cluster()
    try:
        url = cluster.url(cluster.new_schema())
        ctx = open_context(db, now=NOW)
        try:
            moved = migrate_to(ctx, url)
        finally:
            ctx.close()
        assert moved.ok, moved.lines()
        yield url
    finally:
        cluster.stop()


def _measure(count: int, *, baseline: bool, engine: str = "sqlite") -> list[Result]:
    from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    from aliassist.gui.main_window import MainWindow
    from aliassist.gui.workspace.orders_model import COLUMN
    from aliassist.services.context import open_context

    app = QApplication.instance() or QApplication([])
    painted: set[int] = set()

    class Paints(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.add(id(obj))
            return False

    paints = Paints()
    app.installEventFilter(paints)

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def keystroke(field: QLineEdit, viewport: QWidget, what: str, arg: object) -> float:
        """Milliseconds from the key event until the viewport has painted (or, when nothing
        in the table changed, until the events it caused have been handled)."""
        painted.clear()
        start = time.perf_counter()
        if what == "paste":
            QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        elif arg == "\b":
            QTest.keyClick(field, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(field, str(arg))
        for _ in range(20):
            app.processEvents()
            if id(viewport) in painted:
                break
        return (time.perf_counter() - start) * 1e3

    if engine not in ("sqlite", "postgresql"):
        raise SystemExit(f"BENCH_WORKSPACE_ENGINE: sqlite or postgresql, not {engine!r}")
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        db = build_orders_db(Path(tmp) / "orders.db", count)
        texts = _haystack(db) if baseline else []
        number = _first_number(db)
        url = stack.enter_context(_team_copy(db)) if engine == "postgresql" else None
        opening = time.perf_counter()
        ctx = open_context(db, now=NOW) if url is None else open_context(url=url, now=NOW)
        try:
            window = MainWindow(ctx)
            window.resize(1280, 760)
            window.show()
            app.processEvents()
            window.prepare()  # what the window does when idle after showing
            app.processEvents()
            opened = time.perf_counter() - opening

            search = window.filter_bar.search
            sides = {"app": (search, window.table.viewport())}
            plain = QWidget()
            plain.resize(1280, 760)
            layout = QVBoxLayout(plain)
            plain_field = QLineEdit()
            source = QStringListModel(texts)
            proxy = QSortFilterProxyModel()
            proxy.setSourceModel(source)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            plain_field.textChanged.connect(proxy.setFilterFixedString)
            plain_table = QTableView()
            plain_table.setModel(proxy)
            layout.addWidget(plain_field)
            layout.addWidget(plain_table)
            if baseline:
                plain.show()
                sides = {"base": (plain_field, plain_table.viewport()), **sides}
            app.processEvents()

            times: dict[str, dict[str, list[float]]] = {
                side: {"typed": [], "backspace": [], "paste": []} for side in sides}
            for field, _ in sides.values():
                field.setFocus()
            settle()
            clipboard = ""
            for _ in range(CYCLES):
                for kind, what, arg in _keys(number):
                    if what == "clipboard":
                        clipboard = str(arg)
                        QApplication.clipboard().setText(clipboard)
                        settle()
                        continue
                    for side in sides:  # alternated, keystroke by keystroke ("base" first)
                        field, viewport = sides[side]
                        if what == "select_all":
                            field.selectAll()
                            settle()
                        else:
                            times[side][kind].append(keystroke(field, viewport, what, arg))
                            settle()  # the cursor's blink and the like: not the keystroke's
                            if what == "paste":
                                assert field.text() == clipboard, (field.text(), clipboard)
                assert search.text() == "" and plain_field.text() == "", search.text()
            assert len(times["app"]["paste"]) == 2 * CYCLES

            # sorting, for information: a click on a header, + repaint
            sorts = [("store", Qt.SortOrder.AscendingOrder),
                     ("days_left", Qt.SortOrder.AscendingOrder),
                     ("title", Qt.SortOrder.DescendingOrder),
                     ("protection_end", Qt.SortOrder.AscendingOrder)]
            sorting = []
            for i in range(2 * RUNS):
                key, order = sorts[i % len(sorts)]
                start = time.perf_counter()
                window.table.sortByColumn(COLUMN[key], order)
                window.table.viewport().repaint()
                sorting.append((time.perf_counter() - start) * 1e3)
            window.close()
            plain.close()
            floor = _bare_table_keystrokes(keystroke, settle, count)
        finally:
            ctx.close()
    app.removeEventFilter(paints)

    def spread(values: list[float]) -> str:
        over = sum(v > FRAMES_33MS for v in values) / len(values)
        return (f"p90 {percentile(values, 0.9):.1f} ms, p99 {percentile(values, 0.99):.1f} ms, "
                f"{100 * over:.1f}% over 33 ms")

    n = orders_label(count)
    every = {side: [t for kind in times[side].values() for t in kind] for side in times}
    results = [
        Result(f"P3 p99 of {len(every['app'])} search keystrokes (typed, Backspace, Ctrl+V), "
               f"{n} orders", percentile(every["app"], 0.99), FRAMES_33MS, "ms",
               "<= 33 ms, every keystroke",
               note=f"{100 * sum(t > FRAMES_33MS for t in every['app']) / len(every['app']):.1f}"
                    "% over 33 ms"),
    ]
    kinds = (("typed", "a typed letter or digit"), ("backspace", "Backspace"),
             ("paste", "Ctrl+V of a word or an order number"))
    if baseline:
        results.append(Result(
            f"P3 every search keystroke, {n} orders (key event until repainted)", every["app"],
            every["base"], "ms", "p99 <= 33 ms", note=f"app {spread(every['app'])}; baseline "
                                                      f"(stock Qt proxy filter) "
                                                      f"{spread(every['base'])}"))
    for kind, label in kinds:
        if baseline:
            results.append(Result(f"P3 {label}", times["app"][kind], times["base"][kind], "ms",
                                  "p99 <= 33 ms", note=f"app {spread(times['app'][kind])}; "
                                                       f"baseline {spread(times['base'][kind])}"))
        else:  # against the budget alone: the stock filter takes seconds a keystroke here
            results.append(Result(f"P3 {label}, {n} orders", times["app"][kind], FRAMES_33MS,
                                  "ms", "p99 <= 33 ms", note=spread(times["app"][kind])))
    results.append(Result(f"P3' one sort on {n} orders (+ repaint), 4 columns in turn", sorting,
                          FRAMES_33MS, "ms", "info"))
    if not baseline:
        results.append(Result(f"P3' opening the window of {n} orders, search and sort ready "
                              "(one run)", [opened], 1.0, "s", "info"))
    results.append(Result(f"P3'' the floor: a keystroke that changes the rows of a bare table "
                          f"of the window's size (one text per cell, no search), {n} rows",
                          floor, FRAMES_33MS, "ms", "info", note=spread(floor)))
    if engine != "sqlite":
        for result in results:
            result.name += ", on a team database (PostgreSQL)"
    return results


def _bare_table_keystrokes(keystroke: Any, settle: Any, count: int) -> list[float]:
    """What Qt alone costs per keystroke here: a QTableView of the window's size whose model
    answers one short text per cell and changes its row count at each key (as a search does),
    timed like P3's keystrokes (key event until the viewport has painted)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    root = QModelIndex()

    class Bare(QAbstractTableModel):
        rows = count

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = root) -> int:
            return 0 if parent.isValid() else self.rows

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = root) -> int:
            return 0 if parent.isValid() else 8

        def data(self, index: QModelIndex | QPersistentModelIndex,
                 role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return "LED desk lamp" if role == Qt.ItemDataRole.DisplayRole else None

    model = Bare()
    window = QWidget()
    window.resize(1280, 760)
    layout = QVBoxLayout(window)
    field = QLineEdit()
    table = QTableView()
    table.setModel(model)
    layout.addWidget(field)
    layout.addWidget(table)

    def narrow(text: str) -> None:
        model.layoutAboutToBeChanged.emit()
        model.rows = count // (1 + len(text) % 3)
        model.layoutChanged.emit()

    field.textChanged.connect(narrow)
    window.show()
    field.setFocus()
    settle()
    times = []
    for letter in "lamp cable" * 6:
        times.append(keystroke(field, table.viewport(), "type", letter))
        settle()
    window.close()
    return times
