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


def run_smoke_test(language: str | None = None) -> int:
    """`language` (--lang): the window in it, and a translation that cannot be loaded (the
    app's .qm or Qt's own) is a failure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="aliassist-smoke-") as tmp:
        os.environ["ALIASSIST_DATA_DIR"] = tmp  # never touch the user's data
        return _smoke(Path(tmp), language)


def _smoke(folder: Path, language: str | None) -> int:
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
    if language is not None:
        from aliassist import i18n

        for path in i18n.use_language(language):
            sys.stderr.write(f"smoke test: {path} cannot be loaded\n")
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
          f"(policy {ctx.policy.id} {ctx.policy.version}, Qt platform {app.platformName()}"
          + (f", language {language}" if language else "") + ")")
    return 0
