"""One window per database: a second start (autostart plus a click) brings the running window
forward instead of opening a second writer on the same database.

The first instance holds a QLockFile beside the database and listens on a QLocalServer; a later
start that cannot take the lock sends "activate" to the server and exits. A lock left by a
crashed process is stale (its PID is gone) and is taken over.

The window takes the lock before it is shown and opens the server after its first paint (Qt's
network module is not loaded before): a start in between finds the lock held and waits for
the server (up to START_WAIT_MS) rather than taking the holder for hung.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

CONNECT_TIMEOUT_MS = 1500
#: how long a start that finds the lock held waits for its holder's server to be listening
#: (the holder opens it once its window has painted, or 2 s after it was shown)
START_WAIT_MS = 5000
#: between two tries to reach a server not listening yet
RETRY_MS = 50
ACTIVATE = "activate"


def instance_key(database: str) -> str:
    """A short name for the database this instance works on (its resolved path or URL), per user,
    so two users or two databases never share a server name."""
    import getpass  # (with termios: not loaded before the window's first paint otherwise)

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    # Qt's SHA-256, as Python's would be: hashlib loads OpenSSL, milliseconds of the start
    digest = QCryptographicHash.hash(f"{user}\0{database}".encode(),
                                     QCryptographicHash.Algorithm.Sha256).toHex().data()
    return f"aliassist-{bytes(digest[:16]).decode('ascii')}"


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

    def acquire(self, listen: bool = True) -> bool:
        """Take the lock and (unless `listen` is False: `listen` later) start listening; False
        when another live instance holds it."""
        if not self.lock.tryLock(100):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later starts (the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        QLocalServer.removeServer(self.key)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.key)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def notify_running(self, argv: list[str]) -> bool:
        """Ask the running instance to come forward. False when it does not answer (its
        server is not there within START_WAIT_MS, or does not take the message)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        give_up = time.monotonic() + START_WAIT_MS / 1000
        while True:
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                break
            not_yet = socket.error() in (QLocalSocket.LocalSocketError.ServerNotFoundError,
                                         QLocalSocket.LocalSocketError.ConnectionRefusedError)
            socket.abort()
            if not not_yet or time.monotonic() >= give_up or not self._held():
                return False
            time.sleep(RETRY_MS / 1000)
        socket.write(json.dumps({"do": ACTIVATE, "argv": argv}).encode() + b"\n")
        ok = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def _held(self) -> bool:
        """Another live process still holds the lock (its server may be on its way)."""
        if self.lock.tryLock(0):
            self.lock.unlock()
            return False
        return True

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
