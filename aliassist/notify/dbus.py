"""Desktop notifications over D-Bus (org.freedesktop.Notifications), with actions.

The messages are built with jeepney, a pure-Python D-Bus library, on the Qt event loop (a
QSocketNotifier watches the connection): PySide6's QtDBus cannot marshal the specification's
`uint32` replaces_id (a Python int goes out as int16/int32) and servers such as GNOME Shell and
dunst refuse `Notify` with any other signature. The server answers actions and closes as
signals to the connection that sent `Notify`, so one connection does both.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections import deque
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from aliassist import APP_NAME, DESKTOP_ID

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
#: NotificationClosed reasons
EXPIRED, DISMISSED, CLOSED_BY_CALL, UNDEFINED = 1, 2, 3, 4
#: seconds a call may take (the bus may have to start the server first)
CALL_TIMEOUT = 5.0


class DBusNotifications(QObject):
    """A client of the session's notification server; None-safe when there is none."""

    #: (notification id, action key) when the buyer clicks an action or the notice
    action_invoked = Signal(int, str)
    #: (notification id, reason) when the notice goes away
    closed = Signal(int, int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._conn: Any = None
        self._notifier: QSocketNotifier | None = None
        self._signals: deque[Any] = deque()
        self._filter: Any = None
        self._capabilities: tuple[str, ...] | None = None

    # -- connection ------------------------------------------------------------------------

    def _connect(self) -> Any:
        if self._conn is not None:
            return self._conn
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return None
        try:
            conn = open_dbus_connection("SESSION")
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            self._filter = conn.filter(rule, queue=self._signals)
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)
        except (OSError, KeyError, ValueError, TimeoutError) as exc:
            log.info("no D-Bus session bus: %s", exc)
            return None
        self._conn = conn
        self._notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        return conn

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = None
        self._capabilities = None

    def close_connection(self) -> None:
        self._drop()

    def _call(self, method: str, signature: str | None = None, body: Sequence[Any] = (),
              *, address: Any = None) -> Any:
        """Call a method and return the reply's body; None on any failure."""
        from jeepney import DBusAddress, MessageType, new_method_call

        conn = self._connect()
        if conn is None:
            return None
        address = address or DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        try:
            reply = conn.send_and_get_reply(new_method_call(address, method, signature,
                                                            tuple(body)),
                                            timeout=CALL_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            log.info("D-Bus call %s failed: %s", method, exc)
            self._drop()
            return None
        finally:
            self._read()
        if reply.header.message_type == MessageType.error:
            log.info("D-Bus call %s refused: %s", method, reply.body)
            return None
        return reply.body

    # -- what the server offers ------------------------------------------------------------

    def available(self) -> bool:
        """A notification server runs on the session bus, or the bus can start one."""
        from jeepney import message_bus

        conn = self._connect()
        if conn is None:
            return False
        try:
            owner = conn.send_and_get_reply(message_bus.NameHasOwner(SERVICE),
                                            timeout=CALL_TIMEOUT).body
            if owner and owner[0]:
                return True
            names = conn.send_and_get_reply(message_bus.ListActivatableNames(),
                                            timeout=CALL_TIMEOUT).body
        except (OSError, TimeoutError, ValueError):
            self._drop()
            return False
        finally:
            self._read()
        return bool(names) and SERVICE in names[0]

    def capabilities(self) -> tuple[str, ...]:
        if self._capabilities is None:
            body = self._call("GetCapabilities")
            if body is None:
                return ()
            self._capabilities = tuple(body[0])
        return self._capabilities

    # -- notices ---------------------------------------------------------------------------

    def notify(self, title: str, body: str, actions: Sequence[tuple[str, str]] = (), *,
               urgent: bool = False, icon: str = "", timeout_ms: int = -1) -> int | None:
        """Show a notice; return its id, or None when no server took it. `actions` are
        (key, label) pairs, sent only when the server supports actions."""
        caps = self.capabilities()
        if not caps and self._conn is None:
            return None
        flat: list[str] = []
        if "actions" in caps:
            for key, label in actions:
                flat += [key, label]
        if "body-markup" in caps:
            body = html.escape(body, quote=False)
        hints = {"urgency": ("y", 2 if urgent else 1), "desktop-entry": ("s", DESKTOP_ID),
                 "category": ("s", "x-aliassist.deadline")}
        reply = self._call("Notify", "susssasa{sv}i",
                           (APP_NAME, 0, icon, title, body, flat, hints, timeout_ms))
        if not reply:
            return None
        return int(reply[0])

    def close_notification(self, notification_id: int) -> None:
        self._call("CloseNotification", "u", (notification_id,))

    # -- signals ---------------------------------------------------------------------------

    def _read(self) -> None:
        """Take in every message already received (also those a call's reply brought along,
        which sit in the parser where the socket notifier cannot see them)."""
        conn = self._conn
        if conn is None:
            return
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as exc:
            log.info("D-Bus connection lost: %s", exc)
            self._drop()
        self._dispatch()

    def _dispatch(self) -> None:
        while self._signals:
            msg = self._signals.popleft()
            member = msg.header.fields.get(_member_field())
            try:
                if member == "ActionInvoked":
                    nid, key = msg.body
                    self.action_invoked.emit(int(nid), str(key))
                elif member == "NotificationClosed":
                    nid, reason = msg.body
                    self.closed.emit(int(nid), int(reason))
            except (TypeError, ValueError):
                continue


def _member_field() -> Any:
    from jeepney import HeaderFields

    return HeaderFields.member
