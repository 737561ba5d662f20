"""How a notice reaches the buyer, tried in order: the desktop's notification server over D-Bus
(with "Open order" and "Snooze 1 day" where the server supports actions), the tray balloon, an
in-app banner. The first channel that takes the message wins; what the buyer then does comes
back as signals (open an order, open the app, snooze, dismissed)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from aliassist import DESKTOP_ID
from aliassist.i18n import translate
from aliassist.notify.texts import Message

#: Action keys sent with D-Bus notices
OPEN, SNOOZE, DEFAULT = "open", "snooze", "default"
WINDOWS_APP_ID = DESKTOP_ID  # the Start menu shortcut carries the same id


class Channel(Protocol):
    name: str

    def available(self) -> bool: ...

    def show(self, message: Message) -> bool: ...


class DBusChannel:
    """The desktop's notification server (GNOME, KDE, dunst, ...)."""

    name = "dbus"

    def __init__(self, deliverer: Deliverer, icon: str = ""):
        from aliassist.notify.dbus import DISMISSED, DBusNotifications

        self.client = DBusNotifications(deliverer)
        self.icon = icon
        self.deliverer = deliverer
        self._dismissed_reason = DISMISSED
        self._messages: dict[int, Message] = {}
        self._acted: set[int] = set()
        # queued: a fast server may answer while notify() is still returning the id
        queued = Qt.ConnectionType.QueuedConnection
        self.client.action_invoked.connect(self._action, queued)
        self.client.closed.connect(self._closed, queued)

    def available(self) -> bool:
        return sys.platform.startswith("linux") and self.client.available()

    def show(self, message: Message) -> bool:
        open_label = (translate("Notice", "Open AliAssist") if message.is_summary
                      else translate("Notice", "Open order"))
        snooze_label = (translate("Notice", "Snooze all 1 day") if message.is_summary
                        else translate("Notice", "Snooze 1 day"))
        nid = self.client.notify(message.title, message.body,
                                 [(DEFAULT, open_label), (OPEN, open_label),
                                  (SNOOZE, snooze_label)],
                                 urgent=message.urgent, icon=self.icon)
        if nid is None:
            return False
        self._messages[nid] = message
        return True

    def _action(self, nid: int, key: str) -> None:
        message = self._messages.get(nid)
        if message is None:
            return  # another application's notice
        self._acted.add(nid)
        if key in (DEFAULT, OPEN):
            self.deliverer.opened(message)
        elif key == SNOOZE:
            self.deliverer.snooze_requested.emit(message)

    def _closed(self, nid: int, reason: int) -> None:
        message = self._messages.pop(nid, None)
        acted = nid in self._acted
        self._acted.discard(nid)
        if message is not None and reason == self._dismissed_reason and not acted:
            self.deliverer.dismissed.emit(message)


class TrayChannel:
    """The tray icon's balloon (Qt draws one where the desktop has none)."""

    name = "tray"

    def __init__(self, deliverer: Deliverer, tray: Callable[[], QSystemTrayIcon | None]):
        self.deliverer = deliverer
        self.tray = tray
        self._last: Message | None = None
        self._connected: QSystemTrayIcon | None = None

    def available(self) -> bool:
        icon = self.tray()
        return (icon is not None and icon.isVisible()
                and QSystemTrayIcon.isSystemTrayAvailable() and icon.supportsMessages())

    def show(self, message: Message) -> bool:
        icon = self.tray()
        if icon is None:
            return False
        if self._connected is not icon:
            icon.messageClicked.connect(self._clicked)
            self._connected = icon
        kind = (QSystemTrayIcon.MessageIcon.Warning if message.urgent
                else QSystemTrayIcon.MessageIcon.Information)
        icon.showMessage(message.title, message.body, kind, 20_000)
        self._last = message
        return True

    def _clicked(self) -> None:
        if self._last is not None:
            self.deliverer.opened(self._last)


class BannerChannel:
    """A banner inside the main window: always there while the window is."""

    name = "banner"

    def __init__(self, show: Callable[[Message], bool]):
        self._show = show

    def available(self) -> bool:
        return True

    def show(self, message: Message) -> bool:
        return self._show(message)


class Deliverer(QObject):
    """Tries the channels in order; reports what the buyer does with a notice."""

    #: an order to open (its id)
    open_order = Signal(int)
    #: a summary was clicked: open the app
    open_app = Signal()
    #: a notice (Message) clicked: logged as clicked
    clicked = Signal(object)
    snooze_requested = Signal(object)
    dismissed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.channels: list[Channel] = []

    def deliver(self, message: Message) -> str | None:
        """Show `message` on the first channel that takes it; return that channel's name."""
        for channel in self.channels:
            if channel.available() and channel.show(message):
                return channel.name
        return None

    def opened(self, message: Message) -> None:
        self.clicked.emit(message)
        if message.is_summary:
            self.open_app.emit()
        if message.order_id is not None:
            self.open_order.emit(message.order_id)


def set_windows_app_id(app_id: str = WINDOWS_APP_ID) -> bool:
    """On Windows, give the process an AppUserModelID so its notices carry the app's name
    (not "python.exe"); elsewhere do nothing. True when it was set."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)
    except (AttributeError, OSError):
        return False
    return True
