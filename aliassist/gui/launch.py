"""Start the window: the Qt application, the store, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from aliassist import APP_NAME, DESKTOP_ID, __version__
from aliassist.errors import UserError
from aliassist.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from aliassist.gui.desktop.single_instance import SingleInstance
    from aliassist.gui.main_window import MainWindow
    from aliassist.services.context import AppContext
    from aliassist.services.first_screen import FirstScreen
    from aliassist.services.order_table import OrderTable


def make_application(fit_dialogs: bool = True, icon: bool = True) -> QApplication:
    """The Qt application with the app's name and (with `icon`) icon; with `fit_dialogs`, its
    dialogs grow to their wrapped texts (`fit_dialogs_of`). The window's start does both later:
    the icon is an SVG, whose reading loads Qt's SVG library and icon plugin."""
    from PySide6.QtWidgets import QApplication

    from aliassist.gui.module_sources import stop_keeping_module_sources

    stop_keeping_module_sources()  # before the window's modules are imported
    if sys.platform == "win32":
        from aliassist.services.delivery import set_windows_app_id

        set_windows_app_id()  # notices carry the app's name
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    if icon:
        give_icon(app)
    if fit_dialogs:
        fit_dialogs_of(app)
    return app


def give_icon(app: QApplication) -> None:
    """The app's icon on its windows (and the taskbar's entry, where it comes from them)."""
    from PySide6.QtGui import QIcon

    from aliassist.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "aliassist.svg"))))


def fit_dialogs_of(app: QApplication) -> None:
    """Dialogs as tall as their wrapped texts (long translations). It watches every event of
    the application, and the first event it sees of an object of a class PySide6 does not
    name (Qt's private widgets) makes PySide6 set up every class it has: not before the
    window's first paint."""
    from aliassist.gui.fitting import install_fitting

    install_fitting(app)


def put_language_in_force(args: argparse.Namespace) -> str:
    """The window's language (--lang, ALIASSIST_LANG, Settings, the system's), in force before
    the first widget is made; a missing translation is said on stderr (the texts stay
    English). Returns the language's code."""
    from aliassist import i18n
    from aliassist.services.language import start_language

    code = start_language(getattr(args, "lang", None))
    for path in i18n.use_language(code):
        sys.stderr.write("aliassist: " + i18n.translate(
            "launch", "warning: %1 is missing: some texts stay in English").replace("%1", path)
            + "\n")
    return code


def run_gui(args: argparse.Namespace) -> int:
    from aliassist.services.gc_passes import pause_gc_passes

    # No cyclic garbage collection until the first paint (services/gc_passes.py): resumed
    # then, or before anything that waits for the person (a dialog), or at the end.
    resume_gc = pause_gc_passes()
    try:
        return _run_gui(args, resume_gc)
    finally:
        resume_gc()


def _run_gui(args: argparse.Namespace, resume_gc: Callable[[], None]) -> int:
    # the fitting of dialogs and the icon: before a dialog, or after the first paint
    app = make_application(fit_dialogs=False, icon=False)
    put_language_in_force(args)  # before the window's modules are imported: their texts too

    from aliassist.gui.desktop.single_instance import SingleInstance
    from aliassist.gui.desktop.windows_integration import hold_app_mutex
    from aliassist.services.first_screen import open_first_screen

    mutex = hold_app_mutex()  # noqa: F841 (held until the process ends)
    first = open_first_screen(args)
    if first is not None:
        database, home = str(first.database), first.database.parent
    else:
        resume_gc()  # the start that reads the database may ask the person (a damaged one)
        from aliassist.services.safety import database_location

        database, home = database_location(args.db, args.database_url)
    instance = SingleInstance(database, home)
    # The window with a first screen answers later starts once it has painted.
    if not instance.acquire(listen=first is None):
        resume_gc()
        give_icon(app)
        fit_dialogs_of(app)
        if instance.notify_running(sys.argv[1:]):
            sys.stderr.write("aliassist: " + translate("launch", "{app} is already running on "
                                                                 "this database; its window was "
                                                                 "brought forward.")
                             .format(app=APP_NAME) + "\n")
            return 0
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None, translate("launch", "{app} is already running").format(app=APP_NAME),
            translate("launch", "Another {app} (process {holder_pid}) is using {database} "
                                "but does not answer. Close it and start again.")
            .format(app=APP_NAME, holder_pid=instance.holder_pid(), database=database))
        return 1
    try:
        if first is not None:
            return run_first_screen(app, args, first, instance, resume_gc)
        give_icon(app)
        fit_dialogs_of(app)
        from aliassist.gui.main_window import MainWindow

        try:
            ctx = open_or_recover(args)
        except UserError as exc:
            cannot_start(args, exc)
            return exc.exit_code
        if ctx is None:
            return 2
        window = MainWindow(ctx)
        instance.activated.connect(lambda _argv: window.bring_forward())
        show_window(window, ctx)
        try:
            return app.exec()
        finally:
            ctx.close()
    finally:
        instance.release()


def run_first_screen(app: QApplication, args: argparse.Namespace, first: FirstScreen,
                     instance: SingleInstance, painted: Callable[[], None]) -> int:
    """The window painted with the first screen's rows at once; then, from the event loop,
    `painted`, the answer to later starts, the whole table from the snapshot (search and
    sorting get ready), then the fitting of dialogs, the database (its actions, the order
    pane, names and Alt+letters), the notices and the tray. `instance` holds the lock; it
    listens from the first paint on."""
    from aliassist.gui.main_window import MainWindow

    window = MainWindow(None, first_screen=first)
    instance.activated.connect(lambda _argv: window.bring_forward())
    opened: list[AppContext] = []
    known: list[OrderTable] = []

    def open_database() -> None:
        fit_dialogs_of(app)  # before the first dialog: a damaged database's, or any action's
        try:
            ctx = open_or_recover(args)
        except UserError as exc:
            cannot_start(args, exc)
            app.exit(exc.exit_code)
            return
        if ctx is None:
            app.exit(2)
            return
        opened.append(ctx)
        used = first.policy_path or default_policy_path()
        same_policy = ctx.policy_warning is None and Path(ctx.policy.path).resolve() \
            == Path(used).resolve()
        window.attach(ctx, known[0] if known and same_policy else None)
        from aliassist.gui.desktop.tray import install_notifications

        install_notifications(window, ctx)

    def show_table() -> None:
        from aliassist.services.first_screen import first_table_steps

        steps = first_table_steps(first)

        def step() -> None:
            try:
                next(steps)
            except StopIteration as done:
                loaded = done.value
                if loaded is None:
                    QTimer.singleShot(0, open_database)
                    return
                table, policy = loaded
                known.append(table)
                window.show_table(table, policy,
                                  then=lambda: QTimer.singleShot(0, open_database))
                return
            QTimer.singleShot(0, step)

        step()

    from PySide6.QtCore import QTimer

    from aliassist.resources import default_policy_path

    def after_painting() -> None:
        painted()
        window.ready_for_input()
        give_icon(app)
        instance.listen()
        show_table()

    window.show()
    after_first_paint(window, after_painting)
    try:
        return app.exec()
    finally:
        for ctx in opened:
            ctx.close()


def cannot_start(args: argparse.Namespace, exc: UserError) -> None:
    """Say why the database cannot be opened."""
    from PySide6.QtWidgets import QMessageBox

    from aliassist.services.team import chosen_in_settings, settings_choice_hint

    text = str(exc)
    if chosen_in_settings(args.db, args.database_url):
        text += f"\n\n{settings_choice_hint()}"
    QMessageBox.critical(None, translate("launch", "{app} cannot start").format(app=APP_NAME),
                         text)


def show_window(window: MainWindow, ctx: AppContext) -> None:
    """Show the window, and give it its notices and tray (gui/desktop/tray.py) once it has
    painted: the first paint does not wait for them. Kept hidden when the person chose to
    start in the tray and there is one."""
    from aliassist.services.settings import start_minimised_chosen

    if start_minimised_chosen(ctx):
        from aliassist.gui.desktop.tray import install_notifications, start_minimised

        if not start_minimised(ctx, install_notifications(window, ctx)):
            window.show()
        return
    window.show()

    def install() -> None:
        from aliassist.gui.desktop.tray import install_notifications

        install_notifications(window, ctx)

    after_first_paint(window, install)


def after_first_paint(window: QWidget, then: Callable[[], None], at_most_ms: int = 2000) -> None:
    """Run `then` once from the event loop: when `window` has painted (Qt paints a window
    before the widgets in it), or after `at_most_ms` (a window opened behind others, or on
    another desktop, may not paint yet). Only the window's own events are watched: a filter
    of the whole application's would make PySide6 set up every class it has at the first
    event of one of Qt's private widgets, before the paint."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    if QCoreApplication.instance() is None:
        then()
        return
    done: list[bool] = []

    def run() -> None:
        if not done:
            done.append(True)
            window.removeEventFilter(watcher)
            then()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, run)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(at_most_ms, run)


def open_or_recover(args: argparse.Namespace) -> AppContext | None:
    """Open the app's context. When the database is found damaged (and moved aside), ask
    whether to restore the latest good backup or start empty; None when the person quits."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from aliassist.services.context import context_from_args
    from aliassist.services.safety import DatabaseDamagedError, restore_database

    try:
        return context_from_args(args)
    except DatabaseDamagedError as exc:
        if exc.moved_to is None:
            raise
        damaged = exc
    from aliassist.gui.settings.recovery_dialog import DamagedDatabaseDialog

    choice = DamagedDatabaseDialog(damaged).exec()
    if choice == DamagedDatabaseDialog.RESTORE and damaged.backup is not None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = restore_database(damaged.path, damaged.backup.path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(None, translate("launch", "{app}: backup restored")
                                      .format(app=APP_NAME),
                                "\n\n".join(line[0].upper() + line[1:] + "."
                                             for line in report.lines()))
    elif choice != DamagedDatabaseDialog.START_EMPTY:
        return None
    return context_from_args(args)
