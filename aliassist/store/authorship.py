"""Who made each change: the name in ALIASSIST_NAME when it is set, else the name set in
Settings (store.user_name), else the database role on a team database (each person logs in as
their own role). Stamped on every flush: the order a
save changes (orders.changed_by) and each dispute step recorded (dispute_events.recorded_by)."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from aliassist.store import schema as db
from aliassist.store.user_name import read_user_name

#: a person's name for the changes they make (overrides the database role)
ENV_NAME = "ALIASSIST_NAME"
_KEY = "author"


def author(session: Session) -> str | None:
    """Who this session's changes are by (None on a SQLite file without ALIASSIST_NAME or a
    name set in Settings)."""
    if _KEY not in session.info:
        name = (os.environ.get(ENV_NAME) or "").strip() or None
        if name is None:
            name = read_user_name()
        if name is None and session.get_bind().dialect.name == "postgresql":
            with session.no_autoflush:
                name = session.execute(text("SELECT current_user")).scalar()
        session.info[_KEY] = name[:100] if name else None
    return session.info[_KEY]


def stamp_authors(session: Session, _context: Any, _instances: Any) -> None:
    """before_flush: name the author on the orders this flush changes and the steps it adds."""
    name = author(session)
    for row in session.new:
        if isinstance(row, db.Order):
            row.changed_by = name
        elif isinstance(row, db.DisputeEvent) and row.recorded_by is None:
            row.recorded_by = name
    for row in session.dirty:
        if isinstance(row, db.Order) and session.is_modified(row) and row.changed_by != name:
            row.changed_by = name
