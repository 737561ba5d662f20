"""Run the app's notifications on a real display for a few seconds and report what happened
(for tests under Xvfb, and for screenshots):

    python tray_session.py DB REPORT.json [--shots DIR] [--wait MS]

Fills DB with sample orders at a fixed now, opens the main window with the tray, scheduler and
delivery chain, waits for the first notice, and writes REPORT.json: whether a tray was
available, which channel showed the notice, its title, and the tray menu's entries."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

# the checkout's root (where pyproject.toml is), so `tests` and `aliassist` import
sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents
                            if (p / "pyproject.toml").exists())))

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("report", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--wait", type=int, default=2500)
    args = parser.parse_args()

    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    explained: list[str] = []
    QMessageBox.information = staticmethod(  # type: ignore[method-assign]
        lambda parent, title, text, *a, **k: explained.append(title))

    from aliassist.gui.desktop.tray import install_notifications
    from aliassist.gui.launch import make_application
    from aliassist.gui.main_window import MainWindow
    from aliassist.services.context import open_context
    from aliassist.services.sample import sample_orders
    from aliassist.store.repository import save_order

    app = make_application()
    ctx = open_context(args.db, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 20):
            save_order(session, order, now=NOW)
    window = MainWindow(ctx)
    window.resize(1100, 620)
    notes = install_notifications(window, ctx, first_plan_ms=300)
    window.show()
    report: dict = {"tray_available": notes.tray.available, "channel": None, "title": None}

    def delivered(message: object, channel: str) -> None:
        report["channel"] = channel
        report["title"] = message.title  # type: ignore[attr-defined]

    notes.scheduler.delivered.connect(delivered)

    def shoot_menu() -> None:
        if args.shots:
            args.shots.mkdir(parents=True, exist_ok=True)
            screen = QGuiApplication.primaryScreen()
            screen.grabWindow(0).save(str(args.shots / "screen-notice.png"))
            notes.tray.menu.popup(QPoint(700, 120))
            QTimer.singleShot(400, lambda: (
                notes.tray.menu.grab().save(str(args.shots / "tray-menu.png")),
                screen.grabWindow(0).save(str(args.shots / "screen-menu.png")),
                notes.tray.menu.hide()))

    def finish() -> None:
        report["menu"] = [a.text() for a in notes.tray.menu.actions() if not a.isSeparator()]
        report["urgency"] = notes.tray.urgency
        report["tray_visible"] = bool(notes.tray.tray and notes.tray.tray.isVisible())
        # closing the window keeps the app in the tray, explained once
        window.close()
        report["hidden_after_close"] = not window.isVisible()
        notes.tray.show_window()
        window.close()
        report["explained"] = explained
        args.report.write_text(json.dumps(report), encoding="utf-8")
        notes.tray.quit()

    QTimer.singleShot(args.wait, shoot_menu)
    QTimer.singleShot(args.wait + 1200, finish)
    code = app.exec()
    ctx.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
