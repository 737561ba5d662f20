"""Start the window: the Qt application, the store, the main window."""

from __future__ import annotations

import argparse
import sys

from aliassist import APP_ID, APP_NAME, __version__
from aliassist.errors import UserError


def make_application() -> object:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from aliassist.notify.delivery import set_windows_app_id
    from aliassist.resources import resource_path

    set_windows_app_id()  # Windows: notices carry the app's name
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "aliassist.svg"))))
    return app


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QMessageBox

    from aliassist.cli import context_from_args
    from aliassist.gui.main_window import MainWindow

    app = make_application()
    try:
        ctx = context_from_args(args)
    except UserError as exc:
        QMessageBox.critical(None, f"{APP_NAME} cannot start", str(exc))
        return exc.exit_code
    window = MainWindow(ctx)
    from aliassist.gui.tray import install_notifications, start_minimised

    notifications = install_notifications(window, ctx)
    if not start_minimised(ctx, notifications):
        window.show()
    try:
        return app.exec()
    finally:
        ctx.close()
