"""Live updates on a team database: a thread LISTENs on the channel the order triggers notify
(aliassist.store.order_changes) and hands each batch of changed order ids to a callback, about
four times a second at most, so the window refreshes just those rows. Free of Qt: the window
turns the callback into a signal.

The listening connection is one of its own (autocommit, outside the pool). When it is lost
(the server restarts), the thread connects again and reports "everything" (None), since what
changed meanwhile is not known.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from aliassist.services.context import AppContext
from aliassist.store.order_changes import CHANNEL, parse_payload

log = logging.getLogger(__name__)

#: how long the thread gathers notifications into one batch (seconds)
BATCH_SECONDS = 0.25
#: the wait before connecting again after the connection was lost (seconds)
RETRY_SECONDS = 3.0

OnChange = Callable[[frozenset[int] | None], None]


def live_updates_available(ctx: AppContext) -> bool:
    """True on a team database (PostgreSQL), where other processes' changes are announced."""
    return ctx.store.engine.dialect.name == "postgresql"


class OrderChangeListener:
    """Calls `on_change(ids)` from its own thread with the ids of the orders other sessions
    changed and committed (None: reload everything)."""

    def __init__(self, ctx: AppContext, on_change: OnChange):
        self.ctx = ctx
        self.on_change = on_change
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Any = None

    def start(self, wait: float = 5.0) -> None:
        """Start listening; returns once LISTEN is in place (or `wait` seconds passed)."""
        if not live_updates_available(self.ctx):
            raise RuntimeError("live updates need a team database (PostgreSQL)")
        self._thread = threading.Thread(target=self._run, name="aliassist-listen", daemon=True)
        self._thread.start()
        self._ready.wait(wait)

    @property
    def listening(self) -> bool:
        return self._ready.is_set() and not self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(BATCH_SECONDS * 4 + 1)
            self._thread = None

    def _connect(self) -> Any:
        pooled = self.ctx.store.engine.raw_connection()
        conn: Any = pooled.driver_connection
        pooled.detach()  # ours for as long as we listen, never handed to a session
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:  # the server is away: try again later
                log.warning("cannot listen for changes: %s", exc)
                self._stop.wait(RETRY_SECONDS)
                lost = True
                continue
            self._ready.set()
            if lost:
                self._tell(None)
                lost = False
            try:
                self._listen(conn)
            except Exception as exc:
                log.warning("stopped listening for changes: %s", exc)
                lost = True
                self._stop.wait(RETRY_SECONDS)
            finally:
                with contextlib.suppress(Exception):  # already broken
                    conn.close()

    def _listen(self, conn: Any) -> None:
        while not self._stop.is_set():
            ids: set[int] = set()
            everything = False
            for note in conn.notifies(timeout=BATCH_SECONDS):
                found = parse_payload(note.payload)
                if found is None:
                    everything = True
                else:
                    ids |= found
            if everything:
                self._tell(None)
            elif ids:
                self._tell(frozenset(ids))

    def _tell(self, ids: frozenset[int] | None) -> None:
        """Hand a batch on; a receiver that is gone (the window closed) ends the listening."""
        try:
            self.on_change(ids)
        except Exception as exc:
            log.warning("stopped listening for changes: %s", exc)
            self._stop.set()
