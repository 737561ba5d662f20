"""The tray: an icon coloured by the most urgent state, a menu with the next five deadlines (each
opens its order), "Pause notifications for…", "Open AliAssist" and "Quit". Closing the window
keeps the app in the tray (explained once); with no tray the window stays open and notices go to
D-Bus or the in-app banner.

`install_notifications` wires it all to the main window: delivery chain, scheduler, tray."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import cast

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from aliassist import APP_NAME
from aliassist.domain.clocks import STATES
from aliassist.domain.states import STATE_MEANINGS, URGENT_DAYS
from aliassist.gui.desktop.notice_banner import NoticeBanner
from aliassist.gui.desktop.scheduler import NotifyScheduler
from aliassist.gui.main_window import MainWindow
from aliassist.gui.theme import BRAND, TRAY_BADGES, TRAY_RING
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.resources import resource_path
from aliassist.services.context import AppContext
from aliassist.services.delivery import (
    BannerChannel,
    DBusChannel,
    Deliverer,
    TrayChannel,
    local_text,
    next_deadlines,
    summary_line,
)
from aliassist.services.notifications import NotifyState
from aliassist.services.settings import mark_tray_explained, start_minimised_chosen, tray_explained

#: the tray badge colour of each state that needs the buyer (the calm ones get none)
BADGE = TRAY_BADGES
#: how long notifications can be paused (labels translated where shown: "TrayController")
PAUSE_CHOICES = ((QT_TRANSLATE_NOOP("TrayController", "1 hour"), timedelta(hours=1)),
                 (QT_TRANSLATE_NOOP("TrayController", "8 hours"), timedelta(hours=8)),
                 (QT_TRANSLATE_NOOP("TrayController", "1 day"), timedelta(days=1)),
                 (QT_TRANSLATE_NOOP("TrayController", "3 days"), timedelta(days=3)),
                 (QT_TRANSLATE_NOOP("TrayController", "1 week"), timedelta(days=7)))
MENU_DEADLINES = 5


def most_urgent(state: NotifyState) -> str | None:
    """"urgent" (a deadline within URGENT_DAYS), else the most urgent order state that needs
    the buyer, else None."""
    soon = next_deadlines(state.deadlines, state.now, 1)
    if soon and soon[0].at - state.now <= timedelta(days=URGENT_DAYS):
        return "urgent"
    present = {STATES[int(c)] for c in set(state.states.tolist())}
    ranked = sorted((s for s in present if s in BADGE), key=lambda s: STATE_MEANINGS[s].urgency)
    return ranked[0] if ranked else None


def tray_icon(urgency: str | None, size: int = 64) -> QIcon:
    """The app icon with a badge in the colour of `urgency` (none when nothing is running)."""
    base = QIcon(str(resource_path("icons", "aliassist.svg")))
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(BRAND))
    if urgency in BADGE:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = size * 0.46
        rect = QRectF(size - d - 1, size - d - 1, d, d)
        painter.setPen(QColor(TRAY_RING))
        painter.setBrush(QColor(BADGE[urgency]))
        pen = painter.pen()
        pen.setWidthF(size / 16)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        painter.end()
    return QIcon(pixmap)


class TrayController(QObject):
    """The tray icon and its menu, and close-to-tray for the main window."""

    def __init__(self, ctx: AppContext, window: MainWindow, scheduler: NotifyScheduler):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.scheduler = scheduler
        self.quitting = False
        self.urgency: str | None = None
        self.tray: QSystemTrayIcon | None = None
        self.menu = QMenu(window)
        self.deadline_actions: list[QAction] = []
        self.pause_menu = QMenu(translate("TrayController", "Pause notifications for…"), self.menu)
        for label, length in PAUSE_CHOICES:
            action = self.pause_menu.addAction(translate("TrayController", label))
            action.triggered.connect(lambda _=False, n=length: self.pause(n))
        self.resume_action = QAction(translate("TrayController", "Resume notifications"), self)
        self.resume_action.triggered.connect(lambda: self.scheduler.pause(None))
        self.open_action = QAction(translate("TrayController", "Open {app}")
                                   .format(app=APP_NAME), self)
        self.open_action.triggered.connect(self.show_window)
        self.quit_action = QAction(translate("TrayController", "Quit"), self)
        self.quit_action.triggered.connect(self.quit)
        self._build_menu(None)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(tray_icon(None), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._activated)
            self.tray.show()
            app = cast(QApplication, QApplication.instance())
            app.setQuitOnLastWindowClosed(False)
            app.commitDataRequest.connect(self._session_ends)  # logout: let the window close
            window.installEventFilter(self)
            # File ▸ Quit really quits, also while the tray keeps the app
            window.quit_action.triggered.disconnect()
            window.quit_action.triggered.connect(self.quit)
        scheduler.planned.connect(self._build_menu)

    @property
    def available(self) -> bool:
        return self.tray is not None

    # -- the menu --------------------------------------------------------------------------

    def _build_menu(self, state: NotifyState | None) -> None:
        menu = self.menu
        menu.clear()
        self.deadline_actions = []
        header = menu.addAction(translate("TrayController", "Next deadlines"))
        header.setEnabled(False)
        upcoming = next_deadlines(state.deadlines, state.now, MENU_DEADLINES) if state else []
        for notice in upcoming:
            assert state is not None  # there are deadlines only once they were gathered
            action = menu.addAction(summary_line(notice, self.ctx.policy, state.now))
            action.setToolTip(local_text(notice.at, None))
            action.triggered.connect(lambda _=False, oid=notice.order_id: self.open_order(oid))
            self.deadline_actions.append(action)
        if not upcoming:
            none = menu.addAction(translate("TrayController", "No deadlines ahead") if state
                                  else translate("TrayController", "Checking deadlines…"))
            none.setEnabled(False)
        menu.addSeparator()
        paused = state.plan.paused_until if state else None
        if paused is not None:
            self.resume_action.setText(translate("TrayController", "Resume notifications (paused "
                                                                   "until {time})")
                                       .format(time=local_text(paused, None)))
            menu.addAction(self.resume_action)
        menu.addMenu(self.pause_menu)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        if state is not None:
            self.urgency = most_urgent(state)
            if self.tray is not None:
                self.tray.setIcon(tray_icon(self.urgency))
                self.tray.setToolTip(self._tooltip(state, upcoming))

    def _tooltip(self, state: NotifyState, upcoming: list) -> str:
        lines = [APP_NAME]
        if upcoming:
            lines.append(translate("TrayController", "Next: {deadline}").format(
                deadline=summary_line(upcoming[0], self.ctx.policy, state.now)))
        if state.plan.paused_until:
            lines.append(translate("TrayController", "Notifications paused until {time}").format(
                time=local_text(state.plan.paused_until, None)))
        return "\n".join(lines)

    # -- actions ---------------------------------------------------------------------------

    def open_order(self, order_id: int) -> None:
        self.window.focus_order(order_id)

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def pause(self, length: timedelta) -> None:
        self.scheduler.pause(self.ctx.now() + length)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                self.show_window()

    def quit(self) -> None:
        self.quitting = True
        self.scheduler.stop()
        self.window.close()
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()

    def _session_ends(self, *_: object) -> None:
        self.quitting = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Close
                and not self.quitting and self.tray is not None and self.tray.isVisible()):
            event.ignore()
            self.window.hide()
            self._explain_once()
            return True
        return super().eventFilter(watched, event)

    def _explain_once(self) -> None:
        if tray_explained(self.ctx):
            return
        QMessageBox.information(
            self.window, translate("TrayController", "{app} keeps running")
                         .format(app=APP_NAME),
            translate("TrayController", "{app} keeps running in the tray so it can warn you "
                                        "before a deadline passes. Click the tray icon to open "
                                        "the window again; choose Quit in its menu to stop.")
            .format(app=APP_NAME))
        mark_tray_explained(self.ctx)


@dataclass
class Notifications:
    """What `install_notifications` set up (kept alive with the window)."""

    deliverer: Deliverer
    scheduler: NotifyScheduler
    tray: TrayController
    banner: NoticeBanner


def install_notifications(window: MainWindow, ctx: AppContext, *, first_plan_ms: int = 1500
                          ) -> Notifications:
    """Give the window its notices: D-Bus, then the tray balloon, then the in-app banner;
    the scheduler; the tray. The first plan runs after `first_plan_ms` (start-up stays quick)."""
    deliverer = Deliverer(window)
    scheduler = NotifyScheduler(ctx, deliverer, window)
    tray = TrayController(ctx, window, scheduler)
    banner = NoticeBanner()
    window.add_top_widget(banner)
    icon = str(resource_path("icons", "aliassist.svg"))
    deliverer.channels = [DBusChannel(deliverer, icon=icon),
                          TrayChannel(deliverer, lambda: tray.tray),
                          BannerChannel(banner.show_message)]
    banner.open_requested.connect(deliverer.opened)
    banner.snooze_requested.connect(deliverer.snooze_requested.emit)
    banner.dismissed.connect(deliverer.dismissed.emit)
    deliverer.open_order.connect(window.focus_order)
    deliverer.open_app.connect(tray.show_window)
    window.orders_changed.connect(scheduler.data_changed)
    scheduler.start(first_plan_ms)
    notifications = Notifications(deliverer, scheduler, tray, banner)
    window.notifications = notifications  # type: ignore[attr-defined]
    return notifications


def start_minimised(ctx: AppContext, notifications: Notifications) -> bool:
    """Whether to keep the window hidden at start: asked for, and a tray to come back from."""
    return start_minimised_chosen(ctx) and notifications.tray.available
