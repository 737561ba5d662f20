"""P1: cold start to the first painted main window showing 100,000 orders vs a bare PySide6
window start; P5: resident memory then vs the bare window's. Each start is a fresh Python
process; both are measured in the same run, 3 times each, best taken."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result
from bench.orders_db import build_orders_db

#: A window shows; at its first paint the child prints the wall clock and its RSS, and exits.
_PAINTED = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            view = obj.parent()
            if WANT_ROWS == 0 or (isinstance(view, QAbstractItemView)
                                  and view.model().rowCount() >= WANT_ROWS):
                print(f"{time.time():.6f} {rss_kib()}", flush=True)
                os._exit(0)
        return False

_filter = FirstPaint()
_new = QApplication.__init__
def _init(self, *args):
    _new(self, *args)
    self.installEventFilter(_filter)
QApplication.__init__ = _init
"""

BARE = _PAINTED.replace("WANT_ROWS", "0") + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
app.exec()
"""

APP = _PAINTED.replace("WANT_ROWS", "100_000") + """
from aliassist.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def start(script: str, *args: str) -> tuple[float, float]:
    """(seconds from spawning the process to its first paint, RSS in MiB then)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As installed: bytecode is cached after the first start (some shells and CI images turn
    # that off, which would charge every start the compiling of the app's modules).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.time()
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                         text=True, timeout=300, env=env, check=False)
    fields = out.stdout.split()
    if len(fields) != 2:
        raise RuntimeError(f"no first paint: {out.stderr[-800:]}")
    return float(fields[0]) - began, int(fields[1]) / 1024


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        db = build_orders_db(Path(tmp) / "orders.db")
        start(APP, str(db))  # the first start writes the bytecode cache
        bare = [start(BARE) for _ in range(3)]
        app = [start(APP, str(db)) for _ in range(3)]
    return [
        Result("P1 cold start to the first painted window, 100k orders", min(t for t, _ in app),
               min(t for t, _ in bare), "s", "<= 1.5x"),
        Result("P5 resident memory with 100k orders shown", min(m for _, m in app),
               min(m for _, m in bare), "MiB", "<= +150 MiB", compare="delta"),
    ]
