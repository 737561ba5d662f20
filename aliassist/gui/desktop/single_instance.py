"""One window per database: a second start (autostart plus a click) brings the running window
forward instead of opening a second writer on the same database.

The first instance holds a QLockFile beside the database and listens on a QLocalServer; a later
start that cannot take the lock sends "activate" to the server and exits. A lock left by a
crashed process is stale (its PID is gone) and is taken over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1500
ACTIVATE = "activate"


def instance_key(database: str) -> str:
    """A short name for the database this instance works on (its resolved path or URL), per user,
    so two users or two databases never share a server name."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{database}".encode()).hexdigest()[:16]
    return f"aliassist-{digest}"


class SingleInstance(QObject):
    """Hold the lock for one database, or hand the start over to the instance that holds it."""

    #: another start asked this instance to come forward (with its command-line arguments)
    activated = Signal(list)

    def __init__(self, database: str, lock_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.key = instance_key(database)
        lock_dir.mkdir(parents=True, exist_ok=True)
        self.lock_path = lock_dir / f".{self.key}.lock"
        self.lock = QLockFile(str(self.lock_path))
        self.lock.setStaleLockTime(0)  # long-lived lock: stale only when its process is gone
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another live instance holds it."""
        if not self.lock.tryLock(100):
            return False
        QLocalServer.removeServer(self.key)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.key)
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def notify_running(self, argv: list[str]) -> bool:
        """Ask the running instance to come forward. False when it does not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(json.dumps({"do": ACTIVATE, "argv": argv}).encode() + b"\n")
        ok = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def holder_pid(self) -> int | None:
        pid, _host, _app = self.lock.getLockInfo()  # PySide6: (0, "", "") when there is none
        return int(pid) or None

    def _on_connection(self) -> None:
        """Read the one message a new start sends (it writes right after connecting)."""
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            data = b""
            while b"\n" not in data and (socket.bytesAvailable()
                                          or socket.waitForReadyRead(CONNECT_TIMEOUT_MS)):
                data += bytes(socket.readAll().data())
            socket.disconnectFromServer()
            socket.deleteLater()
            self._handle(data)

    def _handle(self, data: bytes) -> None:
        for line in data.splitlines():
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict) and message.get("do") == ACTIVATE:
                argv = message.get("argv")
                self.activated.emit(argv if isinstance(argv, list) else [])
