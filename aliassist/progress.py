"""Progress and cancellation for long work (imports, exports), free of Qt.

Services take a `Progress` and call `step()` as they go; `step()` raises `Cancelled` once the
user asked to stop, and the service's transaction rolls back so nothing is half-written.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The user cancelled; whatever was begun has been rolled back."""


class Progress:
    """Reports progress; the default reports nowhere and is never cancelled."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report `done` of `total` units; raise Cancelled if cancellation was asked for."""
        if self._cancel.is_set():
            raise Cancelled()
        self.report(done, total, text)

    def report(self, done: int, total: int | None, text: str) -> None:
        """Override to show progress somewhere."""
