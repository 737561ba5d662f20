"""P1: cold start to the first painted main window showing 100,000 orders vs a bare PySide6
window start. P5: the resident memory of that window vs the bare window's, at steady state (the
window's idle warm-up of search and sorting finished and then SETTLE seconds idle) and at its
peak (VmHWM); the figure at first paint is printed for information. P1': the warm-up's end
after the first paint (the table is searchable and sortable then), against the 1 s the issue
allows.

Each start is a fresh Python process; bare and app starts are alternated, BENCH_RUNS of each.
The app's starts find the window's snapshot of the orders and its first screen kept by the
starts before (as every start after the first does); P1 (no snapshot) deletes both before each
start: the start after the orders were changed elsewhere, which reads them from the database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aliassist.store.first_screen import first_screen_path
from aliassist.store.table_snapshot import snapshot_path
from bench.common import ORDERS, Result, alternate, orders_label
from bench.orders_db import build_orders_db

#: seconds the window is left idle after its warm-up (or, bare, after its first paint) before
#: its steady-state memory is read
SETTLE = 2.0
#: give up waiting for the warm-up this long after the first paint (then reported as missing)
WARM_UP_LIMIT = 60.0

#: At the first paint of the window (of the table with every row, for the app) the child notes
#: the wall clock and its RSS; it then waits until the window's warm-up has ended (the model's
#: `preparing` generator ran out: patched in by an import hook, so nothing is imported early)
#: and SETTLE seconds more, prints its figures as JSON and exits.
#: The paint is seen without handing PySide6 a widget it has not seen yet: for the bare window,
#: by an event filter on the window as it is shown; for the app, in the item views' handling of
#: their viewports' events. Not by a filter on the whole application (it would be handed every
#: object; the first of one of Qt's private classes makes PySide6 set up every class it has,
#: tens of milliseconds), nor on a view's viewport (asking a view for it does the same): a
#: cost of the measuring alone, that the app with its many kinds of widgets would pay and the
#: bare window hardly.
_CHILD = """
import importlib.abc, importlib.machinery, json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

def status():
    fields = {}
    for line in open("/proc/self/status"):
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields

SEEN = {}
WARM = []

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "aliassist.gui.workspace.orders_model":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        loader = spec.loader
        run_module = loader.exec_module
        def exec_module(module):
            run_module(module)
            original = module.OrdersModel.preparing
            def preparing(self):
                yield from original(self)
                WARM.append(time.time())
            module.OrdersModel.preparing = preparing
        loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())

def report():
    now = time.time()
    ready = WANT_ROWS == 0 or (WARM and now - WARM[-1] >= SETTLE)
    if not ready and now - SEEN["paint"] < WARM_UP_LIMIT:
        return
    mem = status()
    print(json.dumps({**SEEN, "warm": WARM[-1] if WARM else None, "rss": mem["VmRSS"],
                      "hwm": mem["VmHWM"]}), flush=True)
    os._exit(0)

def painted():
    SEEN["paint"] = time.time()
    SEEN["rss_paint"] = status()["VmRSS"]
    timer = QTimer(QApplication.instance())
    timer.timeout.connect(report)
    timer.start(SETTLE * 1000 if WANT_ROWS == 0 else 50)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if "paint" not in SEEN and event.type() == QEvent.Type.Paint:
            painted()
        return False

_filter = FirstPaint()
_show = QWidget.show
def _shown(self):
    if WANT_ROWS == 0 and self.isWindow():
        self.installEventFilter(_filter)
    _show(self)
QWidget.show = _shown

_viewport_event = QAbstractItemView.viewportEvent
def _view_viewport_event(self, event):
    if ("paint" not in SEEN and WANT_ROWS and event.type() == QEvent.Type.Paint
            and self.model() is not None and self.model().rowCount() >= WANT_ROWS):
        painted()
    return _viewport_event(self, event)
QAbstractItemView.viewportEvent = _view_viewport_event
"""


def _script(rows: int) -> str:
    return (_CHILD.replace("WANT_ROWS", str(rows)).replace("WARM_UP_LIMIT", str(WARM_UP_LIMIT))
            .replace("SETTLE", str(SETTLE)))


BARE = _script(0) + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
app.exec()
"""

APP = _script(ORDERS) + """
from aliassist.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def start(script: str, *args: str) -> dict[str, float]:
    """The child's figures: `paint` (seconds from spawning it to its first paint), `warm`
    (seconds from the first paint to the end of its warm-up, or None), `rss_paint`, `rss`
    (steady state) and `hwm` (peak), in MiB."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As installed: bytecode is cached after the first start (some shells and CI images turn
    # that off, which would charge every start the compiling of the app's modules).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.time()
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                         text=True, timeout=300, env=env, check=False)
    try:
        seen = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise RuntimeError(f"no first paint: {out.stderr[-800:]}") from None
    warm = None if seen["warm"] is None else seen["warm"] - seen["paint"]
    return {**seen, "paint": seen["paint"] - began, "warm": warm}


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        db = build_orders_db(Path(tmp) / "orders.db", ORDERS)
        # The first starts write the bytecode cache, send (and log) the new database's first
        # notices and keep the window's snapshot of the orders as they are then.
        for _ in range(2):
            start(APP, str(db))
        app, bare = alternate(lambda: start(BARE), lambda: start(APP, str(db)))
        kept = (snapshot_path(db), first_screen_path(db))

        def without_snapshot() -> dict[str, float]:
            for path in kept:
                path.unlink(missing_ok=True)
            return start(APP, str(db))

        cold, cold_bare = alternate(lambda: start(BARE), without_snapshot)
    n = orders_label()
    warmed = [a["warm"] for a in app if a["warm"] is not None]
    cold_warmed = [a["warm"] for a in cold if a["warm"] is not None]
    results = [
        Result(f"P1 cold start to the first painted window, {n} orders",
               [a["paint"] for a in app], [b["paint"] for b in bare], "s", "<= 1.5x"),
        Result(f"P5 resident memory with {n} orders shown, steady state (warm-up done + "
               f"{SETTLE:g} s)", [a["rss"] for a in app], [b["rss"] for b in bare], "MiB",
               "<= +150 MiB", compare="delta"),
        Result(f"P5 peak resident memory (VmHWM) with {n} orders shown, up to steady state",
               [a["hwm"] for a in app], [b["hwm"] for b in bare], "MiB", "<= +150 MiB",
               compare="delta"),
        Result(f"P5' resident memory at the first paint, {n} orders", [a["rss_paint"] for a in app],
               [b["rss_paint"] for b in bare], "MiB", "info", compare="delta"),
        Result(f"P1 (no snapshot: orders changed elsewhere) cold start to the first painted "
               f"window, {n} orders", [a["paint"] for a in cold],
               [b["paint"] for b in cold_bare], "s", "info"),
        Result("P5 (no snapshot) peak resident memory (VmHWM), up to steady state",
               [a["hwm"] for a in cold], [b["hwm"] for b in cold_bare], "MiB", "info",
               compare="delta"),
    ]
    if cold_warmed:
        results.append(Result("P1' (no snapshot) search and sorting ready after the first paint",
                              cold_warmed, 1.0, "s", "info"))
    if warmed:
        missing = len(app) - len(warmed)
        results.append(Result(
            "P1' search and sorting ready (warm-up done) after the first paint", warmed, 1.0,
            "s", "<= 1 s", note=f"warm-up not done within {WARM_UP_LIMIT:g} s in {missing} runs"
            if missing else ""))
    return results
