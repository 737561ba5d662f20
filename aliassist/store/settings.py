"""Preferences kept in the database as JSON values under a key."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the models load with the first session: `plain_setting` needs neither
    from sqlalchemy.orm import Session

#: Keys used across the app, in one place.
POLICY_PATH = "policy.path"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    # Read through the table, not the mapped class: opening the app (which reads the policy
    # setting) then needs none of the ORM's mapper configuration
    from sqlalchemy import select

    from aliassist.store.schema import Setting

    column = Setting.__table__.c
    return _decoded(session.execute(select(column.value).where(column.key == key)).scalar(),
                    default)


def plain_setting(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """`get_setting` through a plain sqlite3 connection (store/plain_open.py)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return _decoded(None if row is None else row[0], default)


def _decoded(raw: str | None, default: Any) -> Any:
    if raw is None:
        return default
    try:
        return json.loads(raw)
    except ValueError:
        return default


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store `value` (None removes the key). The caller commits."""
    from aliassist.store.schema import Setting

    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    encoded = json.dumps(value, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
#: Notifications: warning thresholds (days before a deadline, largest first; default: the
#: policy's), start minimised to the tray, start at login, pause until (ISO 8601 UTC), and
#: whether closing the window to the tray was explained already.
NOTIFY_THRESHOLDS = "notify.thresholds"
NOTIFY_START_MINIMISED = "notify.start_minimised"
NOTIFY_START_AT_LOGIN = "notify.start_at_login"
NOTIFY_PAUSED_UNTIL = "notify.paused_until"
NOTIFY_TRAY_EXPLAINED = "notify.tray_explained"
#: Drafts (services.drafts): "draft.KIND.PLATFORM.NUMBER"
DRAFT_PREFIX = "draft."
