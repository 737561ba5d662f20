"""The choices a person makes in Settings (the policy file, notifications) and the few things
the window remembers (the tray was explained), read and kept in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aliassist.services.context import AppContext
from aliassist.services.notifications import notify_thresholds, paused_until, set_notify_thresholds
from aliassist.store.settings import (
    NOTIFY_PAUSED_UNTIL,
    NOTIFY_START_AT_LOGIN,
    NOTIFY_START_MINIMISED,
    NOTIFY_TRAY_EXPLAINED,
    POLICY_PATH,
    get_setting,
    set_setting,
)


@dataclass(frozen=True)
class NotifyChoices:
    """The Notifications group of Settings."""

    #: days before a deadline at which to warn; None: the policy's
    thresholds: tuple[int, ...] | None
    start_minimised: bool
    start_at_login: bool
    #: when notices are paused until (None: not paused)
    paused_until: datetime | None


def chosen_policy_path(ctx: AppContext) -> str | None:
    """The policy file chosen in Settings (None: the built-in policy)."""
    with ctx.session() as session:
        chosen = get_setting(session, POLICY_PATH)
    return chosen if isinstance(chosen, str) else None


def notify_choices(ctx: AppContext) -> NotifyChoices:
    """The notification choices in force (the thresholds: chosen, else the policy's)."""
    with ctx.session() as session:
        return NotifyChoices(
            thresholds=notify_thresholds(ctx, session),
            start_minimised=bool(get_setting(session, NOTIFY_START_MINIMISED, False)),
            start_at_login=bool(get_setting(session, NOTIFY_START_AT_LOGIN, False)),
            paused_until=paused_until(ctx, session))


def save_settings(ctx: AppContext, policy_path: str | None, notify: NotifyChoices) -> None:
    """Keep the choices of the Settings dialog in one transaction. A pause is only ever ended
    here (it is started from the tray menu)."""
    with ctx.session() as session, session.begin():
        set_setting(session, POLICY_PATH, policy_path)
        set_notify_thresholds(session, notify.thresholds)
        set_setting(session, NOTIFY_START_MINIMISED, notify.start_minimised or None)
        set_setting(session, NOTIFY_START_AT_LOGIN, notify.start_at_login or None)
        if notify.paused_until is None:
            set_setting(session, NOTIFY_PAUSED_UNTIL, None)


def start_minimised_chosen(ctx: AppContext) -> bool:
    with ctx.session() as session:
        return bool(get_setting(session, NOTIFY_START_MINIMISED, False))


def tray_explained(ctx: AppContext) -> bool:
    """Whether the person was told once that closing the window keeps the app in the tray."""
    with ctx.session() as session:
        return bool(get_setting(session, NOTIFY_TRAY_EXPLAINED))


def mark_tray_explained(ctx: AppContext) -> None:
    with ctx.session() as session, session.begin():
        set_setting(session, NOTIFY_TRAY_EXPLAINED, True)
