"""Notifications: the running clocks as planner columns, the notification log in the store
(shown, clicked, snoozed, dismissed), the thresholds and the pause, and the calendar export.

The GUI's scheduler and tray and `aliassist notify --once` / `aliassist calendar` all come here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

import numpy as np
from sqlalchemy.orm import Session

from aliassist.domain.clocks import (
    ACTIVE_IN,
    DISPUTE_CLOCKS,
    RUNNING_STATES,
    STATE_CODE,
    compute_clocks,
)
from aliassist.domain.instants import format_instant, parse_instant
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.notify.planner import (
    CLOCK_CODE,
    EVENTS,
    Deadlines,
    LogEntry,
    Notice,
    NoticeLog,
    Plan,
    crossed,
    held_back,
    plan_crossed,
    soonest,
)
from aliassist.notify.texts import Message, compose
from aliassist.services.assignment import notices_mask
from aliassist.services.context import AppContext
from aliassist.services.orders import RunningDisputes, running_disputes
from aliassist.store.deadline_columns import clock_columns, order_labels
from aliassist.store.notification_log import (
    add_entries,
    blocking_log,
    existing_dispute_ids,
    existing_order_ids,
    newest_entries,
    orders_updated_at,
)
from aliassist.store.settings import (
    NOTIFY_PAUSED_UNTIL,
    NOTIFY_THRESHOLDS,
    get_setting,
    set_setting,
)

#: log rows older than this past their deadline are not read back (they can't show again)
LOG_HORIZON = timedelta(days=120)
MAX_THRESHOLD_DAYS = 365


#: how many of the soonest deadlines a NotifyState keeps beyond those inside a notice window
#: (the tray's menu lists 5)
UPCOMING = 5


@dataclass(frozen=True)
class NotifyState:
    """Everything the scheduler and the tray need, read in one pass."""

    now: datetime
    #: the clocks of the notices due at `now` and the UPCOMING soonest ahead, labelled
    deadlines: Deadlines
    #: int8 state codes (aliassist.domain.clocks.STATES) of every order warned about
    states: np.ndarray
    plan: Plan


# ---------------------------------------------------------------------------------------------
# Clocks as planner columns


def gather_deadlines(session: Session, ctx: AppContext, now: datetime, *,
                     mine_only: bool = False, labelled: bool = True
                     ) -> tuple[Deadlines, np.ndarray]:
    """Every running clock of every order as planner rows, and every order's state code.
    With `mine_only`, when the current user's name is known (Settings > You, ALIASSIST_NAME,
    the database role), the clocks and states of orders assigned to someone else are left out
    (theirs to be warned about; an order assigned to nobody warns everyone; without a name
    every order counts). Unless `labelled`, the rows come without their orders' numbers,
    stores and platforms (Deadlines.labelled() adds them). Integer columns only: 100,000
    orders take a fraction of a second and no object each."""
    cols = clock_columns(session)
    table = compute_clocks(cols.clocks, ctx.policy, now)
    n, ids, arrived, assignees, state = len(cols), cols.ids, cols.arrived, cols.assignees, \
        table.state
    del cols  # the clock inputs: most of what was read, freed before the rows are made

    def rows(mask: np.ndarray, clock: str, at: np.ndarray, ended: np.ndarray | None
             ) -> Deadlines:
        pos = np.flatnonzero(mask)
        minus = np.full(len(pos), -1, dtype=np.int64)
        return Deadlines(
            order_id=ids[pos], dispute_id=minus, dispute_index=minus,
            clock=np.full(len(pos), CLOCK_CODE[clock], dtype=np.int8),
            at=at[pos].astype("int64"), arrived=arrived[pos],
            ended_until=(np.zeros(len(pos), np.int64) if ended is None
                         else ended[pos].astype("int64")))

    #: the orders whose clocks this computer warns about
    warned = notices_mask(session, assignees, n) if mine_only else np.ones(n, bool)

    def in_states(states: Iterable[str]) -> np.ndarray:
        return np.isin(state, [STATE_CODE[s] for s in states]) & warned

    auto_completed = table.completion == table.protection_end
    ended = np.where(auto_completed, table.dispute_deadline.astype("int64"), 0)
    protection = in_states(RUNNING_STATES) | (in_states(("grace",)) & auto_completed)
    parts = [
        rows(protection, "protection_end", table.protection_end, ended),
        rows(in_states(ACTIVE_IN["dispute_deadline"]), "dispute_deadline",
             table.dispute_deadline, None),
    ]
    del table, ended, auto_completed, protection  # the clocks are rows now
    running = running_disputes(session, ctx)
    if len(running.order_ids) and not warned.all():
        keep = warned[np.searchsorted(ids, running.order_ids)]
        running = RunningDisputes(*(getattr(running, f.name)[keep] for f in fields(running)))
    if len(running.order_ids):
        pos = np.searchsorted(ids, running.order_ids)
        codes = np.array([CLOCK_CODE[name] for name in DISPUTE_CLOCKS], dtype=np.int8)
        parts.append(Deadlines(
            order_id=running.order_ids, dispute_id=running.dispute_ids,
            dispute_index=running.positions, clock=codes[running.clock],
            at=running.at.astype("int64"), arrived=arrived[pos],
            ended_until=np.zeros(len(pos), np.int64)))
    deadlines = Deadlines.concat(parts)
    if labelled:
        deadlines = deadlines.labelled(order_labels(session, None))
    return deadlines, (state if warned.all() else state[warned])


# ---------------------------------------------------------------------------------------------
# Settings: thresholds and pause


def parse_thresholds(text: str) -> tuple[int, ...]:
    """"14, 7, 3, 1" -> (14, 7, 3, 1): whole days from 1 to 365, largest first."""
    values = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        if not part.strip():
            continue
        try:
            value = int(part)
        except ValueError:
            raise UserError(translate("Notifications", "{text} is not a whole number of days")
                            .format(text=repr(part.strip())), where="warning thresholds",
                            hint=translate("Notifications", "write them like 14, 7, 3, 1")
                            ) from None
        if not 1 <= value <= MAX_THRESHOLD_DAYS:
            raise UserError(translate("Notifications", "{value} is out of range (1 to {most} "
                                                       "days)")
                            .format(value=value, most=MAX_THRESHOLD_DAYS),
                            where="warning thresholds")
        values.append(value)
    if not values:
        raise UserError(translate("Notifications", "give at least one number of days"),
                        where="warning thresholds",
                        hint=translate("Notifications", "write them like 14, 7, 3, 1"))
    return tuple(sorted(set(values), reverse=True))


def notify_thresholds(ctx: AppContext, session: Session | None = None) -> tuple[int, ...]:
    """The thresholds chosen in Settings, else the policy's."""
    if session is None:
        with ctx.session() as s:
            return notify_thresholds(ctx, s)
    chosen = get_setting(session, NOTIFY_THRESHOLDS)
    if isinstance(chosen, list) and chosen and all(
            isinstance(v, int) and 1 <= v <= MAX_THRESHOLD_DAYS for v in chosen):
        return tuple(sorted(set(chosen), reverse=True))
    return ctx.policy.thresholds


def set_notify_thresholds(session: Session, thresholds: Sequence[int] | None) -> None:
    """Keep `thresholds` (None: back to the policy's). The caller commits."""
    set_setting(session, NOTIFY_THRESHOLDS,
                None if thresholds is None else sorted(set(thresholds), reverse=True))


def paused_until(ctx: AppContext, session: Session | None = None,
                 now: datetime | None = None) -> datetime | None:
    """When the pause ends; None when notifications are not paused (at `now`)."""
    if session is None:
        with ctx.session() as s:
            return paused_until(ctx, s, now)
    raw = get_setting(session, NOTIFY_PAUSED_UNTIL)
    if not isinstance(raw, str):
        return None
    try:
        until = parse_instant(raw, ctx.policy.tz)
    except UserError:
        return None
    return until if until > (now or ctx.now()) else None


def pause_notifications(ctx: AppContext, until: datetime | None) -> None:
    """Pause notices until `until` (None resumes them)."""
    with ctx.session() as session, session.begin():
        set_setting(session, NOTIFY_PAUSED_UNTIL, format_instant(until))


# ---------------------------------------------------------------------------------------------
# The log


def read_log(session: Session, now: datetime) -> NoticeLog:
    """What in the log holds notices back at `now`."""
    settled, snoozed = blocking_log(session, now - LOG_HORIZON, now)
    return NoticeLog({entry[0]: LogEntry(*entry) for entry in snoozed}, settled)


def record(ctx: AppContext, notices: Iterable[Notice], event: str, channel: str | None = None,
           until: datetime | None = None) -> int:
    """Log `event` for each notice in one transaction; return how many rows were written.
    Notices of orders deleted meanwhile are skipped."""
    if event not in EVENTS:
        raise ValueError(f"unknown notification event {event!r}")
    notices = list(notices)
    if not notices:
        return 0
    now = ctx.now()
    with ctx.session() as session, session.begin():
        present = existing_order_ids(session, {n.order_id for n in notices})
        present_disputes = existing_dispute_ids(
            session, {n.dispute_id for n in notices if n.dispute_id is not None})
        rows = [dict(key=key, order_id=n.order_id, dispute_id=n.dispute_id, clock=n.clock,
                     threshold_days=n.threshold, due_at=n.at, event=event, channel=channel,
                     at=now, until=until)
                for n in notices if n.order_id in present
                and (n.dispute_id is None or n.dispute_id in present_disputes)
                for key in n.all_keys]
        add_entries(session, rows)
    return len(rows)


def snooze(ctx: AppContext, notices: Iterable[Notice], days: float = 1,
           channel: str | None = None) -> datetime:
    """Hold the notices back for `days`; they show again then. Returns when."""
    until = ctx.now() + timedelta(days=days)
    record(ctx, notices, "snoozed", channel, until=until)
    return until


def log_entries(ctx: AppContext, order_id: int | None = None, limit: int = 200
                ) -> list[dict[str, object]]:
    """The newest log rows (of one order), for people and tests."""
    with ctx.session() as session:
        return [{"key": r.key, "order_id": r.order_id, "clock": r.clock,
                 "threshold_days": r.threshold_days, "due_at": r.due_at, "event": r.event,
                 "channel": r.channel, "at": r.at, "until": r.until}
                for r in newest_entries(session, order_id, limit)]


# ---------------------------------------------------------------------------------------------
# Planning


def notify_state(ctx: AppContext, now: datetime | None = None) -> NotifyState:
    """The clocks, the states and the plan at `now` (default: the context's clock)."""
    now = (now or ctx.now()).replace(microsecond=0)
    with ctx.session() as session:
        every, states = gather_deadlines(session, ctx, now, mine_only=True, labelled=False)
        thresholds = notify_thresholds(ctx, session)
        # what is due (inside a notice window, not held back by the log) and the soonest
        # clocks ahead are all that is kept, and labelled
        found = held_back(every, crossed(every, ctx.policy, thresholds, now),
                          read_log(session, now), now)
        rows = np.union1d(found.rows, soonest(every, now, UPCOMING))
        deadlines = every.take(rows)
        del every
        deadlines = deadlines.labelled(order_labels(session, deadlines.order_id))
        pause = paused_until(ctx, session, now)
    return NotifyState(now, deadlines, states,
                       plan_crossed(deadlines, found.within(rows), NoticeLog(), now, pause))


def due_messages(ctx: AppContext, tz: tzinfo | None = None) -> tuple[NotifyState, list[Message]]:
    """What should show now: one message, or one catch-up summary."""
    state = notify_state(ctx)
    return state, compose(state.plan.due, ctx.policy, state.now, tz)


def notify_once(ctx: AppContext, *, mark_shown: bool = True, channel: str = "cli",
                tz: tzinfo | None = None) -> list[Message]:
    """The messages due now, logged as shown (unless `mark_shown` is False): for cron."""
    _state, messages = due_messages(ctx, tz)
    if mark_shown:
        for message in messages:
            record(ctx, message.notices, "shown", channel)
    return messages


# ---------------------------------------------------------------------------------------------
# Calendar


def export_calendar(ctx: AppContext, path: Path, *, everyone: bool = False) -> int:
    """Write every running clock to `path` as an iCalendar file; return the event count. Only
    the clocks of the orders assigned to the current user or to nobody, unless `everyone`."""
    from aliassist.fileio import write_bytes_atomic
    from aliassist.notify.calendar import calendar_ics

    now = ctx.now()
    with ctx.session() as session:
        deadlines, _states = gather_deadlines(session, ctx, now, mine_only=not everyone)
        thresholds = notify_thresholds(ctx, session)
        updated = orders_updated_at(session)
    data, count = calendar_ics(deadlines, ctx.policy, thresholds, now, updated)
    try:
        write_bytes_atomic(path, data)
    except OSError as exc:
        raise UserError(translate("Notifications", "cannot write the calendar: {problem}")
                        .format(problem=exc.strerror), where=str(path)) from None
    return count
