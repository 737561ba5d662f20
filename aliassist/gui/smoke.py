"""`aliassist --smoke-test`: open the main window offscreen on a temporary database filled with
sample orders, check it shows them, and exit 0. Packagers run it on the frozen build; anything
the app prints on stderr during it is a failure (packaging/smoke_test.py)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

#: Qt messages of the offscreen platform that say nothing about the app.
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
SAMPLE_ORDERS = 20


def run_smoke_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="aliassist-smoke-") as tmp:
        os.environ["ALIASSIST_DATA_DIR"] = tmp  # never touch the user's data
        return _smoke(Path(tmp))


def _smoke(folder: Path) -> int:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from aliassist.domain.instants import utc_now
    from aliassist.gui.launch import make_application
    from aliassist.gui.main_window import MainWindow
    from aliassist.services.context import open_context
    from aliassist.services.orders import restore_orders
    from aliassist.services.sample import sample_orders

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if not message.startswith(HARMLESS_QT_MESSAGES):
            sys.stderr.write(f"qt: {message}\n")

    qInstallMessageHandler(on_message)
    app = make_application()
    now = utc_now()
    ctx = open_context(folder / "smoke.db", now=now)
    try:
        restore_orders(ctx, sample_orders(now, SAMPLE_ORDERS))
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        painted = not window.grab().isNull()
        rows = window.model.rowCount()
        window.close()
        app.processEvents()
    finally:
        ctx.close()
    if rows != SAMPLE_ORDERS or not painted:
        sys.stderr.write(f"smoke test failed: {rows} of {SAMPLE_ORDERS} orders shown\n")
        return 1
    print(f"smoke test passed: the main window showed {rows} orders "
          f"(policy {ctx.policy.id} {ctx.policy.version}, Qt platform {app.platformName()})")
    return 0
