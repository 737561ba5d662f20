"""When to look again: one single-shot timer to the next notice, re-planned when the data
changes, on a periodic tick, and when the wall clock jumped ahead of the monotonic clock (the
machine slept: Qt timers do not count the time asleep). Delays longer than a Qt timer can hold
are capped and re-planned when the timer fires."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from aliassist.gui.memory import give_back_free_memory
from aliassist.services import notifications as notify_service
from aliassist.services.context import AppContext
from aliassist.services.delivery import Deliverer, Message, compose
from aliassist.services.notifications import NotifyState

log = logging.getLogger(__name__)

#: the longest interval a QTimer holds (a signed 32-bit count of milliseconds, ~24.8 days)
MAX_TIMER_MS = 2**31 - 1
#: how often the wall clock is compared with the monotonic clock
TICK_MS = 30_000
#: re-plan at least this often (data changed by another process, a policy edited, ...)
REPLAN_EVERY = timedelta(minutes=15)
#: a wall-clock jump larger than this between ticks means the machine slept (or the clock
#: was set)
JUMP = timedelta(seconds=90)
#: when no channel could show a notice, try again after
RETRY_MS = 5 * 60_000
#: data changes arrive in bursts (an import, an edit): plan once they settle
SETTLE_MS = 400


class NotifyScheduler(QObject):
    """Plans and delivers notices for the open app."""

    #: every new plan (a NotifyState), for the tray
    planned = Signal(object)
    #: (Message, channel name) after a notice was shown
    delivered = Signal(object, str)

    def __init__(self, ctx: AppContext, deliverer: Deliverer, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 tick_ms: int = TICK_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.deliverer = deliverer
        self.clock = clock or ctx.now
        self.monotonic = monotonic
        self.state: NotifyState | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fire)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(lambda: self.replan("data changed"))
        self.tick = QTimer(self)
        self.tick.setInterval(tick_ms)
        self.tick.timeout.connect(self.check_clock)
        self._last_wall = self.clock()
        self._last_mono = self.monotonic()
        self._last_plan = self._last_wall
        self.last_reason = ""
        deliverer.snooze_requested.connect(self.snooze)
        deliverer.clicked.connect(lambda m: self._log(m, "clicked"))
        deliverer.dismissed.connect(lambda m: self._log(m, "dismissed"))

    def start(self, delay_ms: int = 0) -> None:
        """Begin: the first plan after `delay_ms` (start-up stays quick), then the tick."""
        self.tick.start()
        QTimer.singleShot(delay_ms, lambda: self.replan("start"))

    def stop(self) -> None:
        for timer in (self.timer, self.settle, self.tick):
            timer.stop()

    # -- planning --------------------------------------------------------------------------

    def data_changed(self) -> None:
        self.settle.start()

    def check_clock(self) -> None:
        """The periodic tick: re-plan after a sleep (a wall-clock jump) or every REPLAN_EVERY."""
        wall, mono = self.clock(), self.monotonic()
        expected = self._last_wall + timedelta(seconds=mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if abs(wall - expected) > JUMP:
            self.replan("clock jumped (the machine slept)")
        elif wall - self._last_plan >= REPLAN_EVERY:
            self.replan("periodic")

    def replan(self, reason: str = "") -> NotifyState:
        """Plan at the current time; deliver what is due; arm the timer to the next notice."""
        self.last_reason = reason
        now = self.clock()
        self._last_plan = now
        self._last_wall, self._last_mono = now, self.monotonic()
        state = notify_service.notify_state(self.ctx, now)
        if state.plan.due and self._deliver(state):
            state = notify_service.notify_state(self.ctx, now)
        # planning went through every order's clocks: the pages of those columns go back
        give_back_free_memory()
        self.state = state
        self._arm(state)
        self.planned.emit(state)
        return state

    def fire(self) -> None:
        self.replan("timer")

    def _arm(self, state: NotifyState) -> None:
        self.timer.stop()
        if state.plan.due:  # could not be shown anywhere: try again later
            self.timer.start(RETRY_MS)
            return
        if state.plan.next_at is None:
            return
        delay = (state.plan.next_at - state.now).total_seconds() * 1000
        self.timer.start(int(min(max(delay, 0), MAX_TIMER_MS)))

    def _deliver(self, state: NotifyState) -> bool:
        shown_any = False
        for message in compose(state.plan.due, self.ctx.policy, state.now):
            channel = self.deliverer.deliver(message)
            if channel is None:
                log.warning("no channel could show %r", message.title)
                continue
            notify_service.record(self.ctx, message.notices, "shown", channel)
            self.delivered.emit(message, channel)
            shown_any = True
        return shown_any

    # -- what the buyer did ----------------------------------------------------------------

    def snooze(self, message: Message, days: float = 1) -> None:
        notify_service.snooze(self.ctx, message.notices, days)
        self.replan("snoozed")

    def _log(self, message: Message, event: str) -> None:
        notify_service.record(self.ctx, message.notices, event)

    def pause(self, until: datetime | None) -> None:
        notify_service.pause_notifications(self.ctx, until)
        self.replan("paused" if until else "resumed")
