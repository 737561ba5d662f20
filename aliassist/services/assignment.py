"""Orders assigned to a person, and who did what: the current user (the name in ALIASSIST_NAME,
else the database role on a team database), assigning an order, the names in use, the orders
that are "mine", and an order's history with who made each change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from aliassist.domain.records import assignee_problem
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.services.context import AppContext
from aliassist.store.assignment import assignee_names, set_assignee
from aliassist.store.authorship import ENV_NAME, author
from aliassist.store.order_history import StepRow, saved_by, step_rows
from aliassist.store.repository import require_order_id
from aliassist.store.user_name import read_user_name, write_user_name

#: the name that stands for the current user (`assign NUMBER me`)
ME = "me"
#: what to do when the current user has no name
NAME_HINT = ("set your name in Settings ▸ You (or in the environment variable "
             f"{ENV_NAME}); on a team database, the role you log in as is used when none is set")


def current_user(ctx: AppContext) -> str | None:
    """Who this computer's changes are by: ALIASSIST_NAME, else the name set in Settings, else
    the database role on a team database; None on a SQLite file without either name."""
    with ctx.session() as session:
        return author(session)


def settings_name() -> str | None:
    """The name set in Settings ▸ You (None: none)."""
    return read_user_name()


def set_settings_name(name: str | None) -> None:
    """Keep the name for Settings ▸ You (None or blank: none); UserError for a name that
    cannot be one (more than a line, over 100 characters)."""
    write_user_name(name)


def name_source() -> str | None:
    """What sets the current user's name over Settings: the environment variable, or None."""
    import os

    return ENV_NAME if (os.environ.get(ENV_NAME) or "").strip() else None


def require_current_user(ctx: AppContext) -> str:
    me = current_user(ctx)
    if me is None:
        raise UserError(translate("Assignment", "who you are is not known on this database"),
                        hint=NAME_HINT)
    return me


def name_to_assign(ctx: AppContext, name: str | None) -> str | None:
    """The assignee `name` stands for: None (or blank) for nobody, "me" for the current user,
    else the name itself (checked: one line, at most 100 characters)."""
    if name is None or not name.strip():
        return None
    name = name.strip()
    if name.casefold() == ME:
        return require_current_user(ctx)
    problem = assignee_problem(name)
    if problem is not None:
        raise UserError(problem, where="name")
    return name


@dataclass(frozen=True)
class Assigned:
    number: str
    #: who it is assigned to now (None: nobody) and before
    assignee: str | None
    before: str | None

    @property
    def changed(self) -> bool:
        return self.assignee != self.before

    def to_json(self) -> dict[str, object]:
        return {"number": self.number, "assignee": self.assignee, "before": self.before,
                "changed": self.changed}


def assign(ctx: AppContext, order_id: int, name: str | None) -> Assigned:
    """Assign the order to `name` (see `name_to_assign`; None: nobody). A change is a save of
    the order: its version counts it and it names who made it."""
    assignee = name_to_assign(ctx, name)
    with ctx.session() as session, session.begin():
        number, before = set_assignee(session, order_id, assignee, ctx.now())
    return Assigned(number, assignee, before)


def assign_orders(ctx: AppContext, order_ids: Sequence[int], name: str | None
                  ) -> list[Assigned]:
    """`assign` for several orders, in one transaction."""
    assignee = name_to_assign(ctx, name)
    now = ctx.now()
    with ctx.session() as session, session.begin():
        done = [set_assignee(session, order_id, assignee, now) for order_id in order_ids]
    return [Assigned(number, assignee, before) for number, before in done]


def assign_number(ctx: AppContext, number: str, name: str | None) -> Assigned:
    """`assign` by order number (`aliassist assign`)."""
    with ctx.session() as session:
        order_id = require_order_id(session, number.strip())
    return assign(ctx, order_id, name)


def assignees(ctx: AppContext) -> list[str]:
    """The names orders are assigned to now, sorted."""
    with ctx.session() as session:
        return assignee_names(session)


def assigned_mask(values: Sequence[str | None], name: str | None) -> np.ndarray:
    """bool per order: assigned to `name` (None: to nobody)."""
    return np.fromiter((v == name for v in values), dtype=bool, count=len(values))


def notice_mask(values: Sequence[str | None], me: str | None) -> np.ndarray:
    """bool per order: this computer warns about its deadlines (assigned to `me`, or to
    nobody: an order assigned to someone else is theirs to be warned about)."""
    return np.fromiter((v is None or v == me for v in values), dtype=bool, count=len(values))


@dataclass(frozen=True)
class Change:
    """One change of an order, for people: what, when, and who made it (None: not known)."""

    what: str
    at: datetime | None
    by: str | None
    #: the dispute's position in the order, for a dispute step
    dispute: int | None = None


@dataclass(frozen=True)
class OrderHistory:
    """Who saved the order last and when, who it is assigned to, and each dispute step."""

    saved_by: str | None
    saved_at: datetime | None
    version: int
    assignee: str | None
    steps: tuple[Change, ...] = ()


def order_history(ctx: AppContext, order_id: int) -> OrderHistory:
    with ctx.session() as session:
        saved = saved_by(session, order_id)
        steps = step_rows(session, order_id)
    return OrderHistory(saved.changed_by, saved.updated_at, saved.version, saved.assignee,
                        tuple(_step(s) for s in steps))


def _step(row: StepRow) -> Change:
    return Change(row.kind, row.at, row.recorded_by, row.dispute)


def notices_mask(session: Any, assignees: list[str | None] | None, n: int) -> np.ndarray:
    """bool per order: its deadlines are this person's to hear about (assigned to them, or to
    nobody); all True while nothing is assigned or the current user's name is not known."""
    if assignees is None or not any(assignees):
        return np.ones(n, dtype=bool)
    me = author(session)
    if me is None:
        return np.ones(n, dtype=bool)
    return notice_mask(assignees, me)
