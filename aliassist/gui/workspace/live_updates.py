"""Live updates in the window (team database): the listener's thread reports the ids of orders
another window or person changed; a queued signal brings them to the UI thread, which reads
just those orders again and puts them into the table (sort, filters and selection kept),
brings the status bar's counts and the account filter's list up to date, and refreshes the pane
when it shows one of them."""

from __future__ import annotations

import contextlib
import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from aliassist.errors import UserError
from aliassist.gui.workspace.orders_model import OrdersModel
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.services.live import OrderChangeListener, live_updates_available

log = logging.getLogger(__name__)


class MainWindow(Protocol):
    """What live updates use of the main window (gui.main_window, which imports this)."""

    ctx: AppContext
    model: OrdersModel
    pane: Any

    def reload(self) -> None: ...

    def show_totals(self) -> None: ...

    def _current_changed(self, *args: object) -> None: ...


class LiveUpdates(QObject):
    #: frozenset of order ids, or None for "everything"
    changed = Signal(object)

    def __init__(self, window: MainWindow):
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.ctx = window.ctx
        #: how many batches were applied (for tests and the curious)
        self.applied = 0
        self.changed.connect(self._apply)
        self.listener = OrderChangeListener(self.ctx, self.changed.emit)
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    def _apply(self, ids: frozenset[int] | None) -> None:
        window = self.window
        if window.ctx is not self.ctx:  # the sample database is shown: its own data
            return
        table = window.model.table
        try:
            if ids is None or table is None:
                window.reload()
            else:
                window.model.update_table(order_service.refresh_rows(self.ctx, table, ids), ids)
                window.show_totals()
                shown = window.pane.view.order_id if window.pane.view else None
                if shown in ids:
                    window.pane.view = None  # read it again
                    window._current_changed()
        except UserError as exc:  # the server went away meanwhile: the next change retries
            log.warning("could not refresh the changed orders: %s", exc)
            return
        self.applied += 1


def start_live_updates(window: MainWindow) -> LiveUpdates | None:
    """Listen for other people's changes when the window shows a team database."""
    if not live_updates_available(window.ctx):
        return None
    with contextlib.suppress(RuntimeError):
        return LiveUpdates(window)
    return None
