"""Deadline notices go to the assignee, and to everyone when an order is assigned to nobody:
`due`, the calendar export and the tray's badge (the planner's states) count only the orders
assigned to the current user or to nobody, once the user's name is known."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from aliassist.services import orders as order_service
from aliassist.services.assignment import assign
from aliassist.services.context import AppContext
from aliassist.services.notifications import export_calendar, notify_state
from tests.services.test_assignment import _order

ANNA, BEN, NOBODY = "8187000000000501", "8187000000000502", "8187000000000503"


@pytest.fixture
def assigned(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    ids = {n: order_service.save_order_record(ctx, _order(n)) for n in (ANNA, BEN, NOBODY)}
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    assign(ctx, ids[ANNA], "Anna")
    assign(ctx, ids[BEN], "Ben")
    return ctx


def due_numbers(ctx: AppContext, **kwargs: bool) -> set[str]:
    return {d.number for d in order_service.due(ctx, 30, **kwargs)}


def calendar_numbers(ctx: AppContext, path: object, **kwargs: bool) -> set[str]:
    from pathlib import Path

    out = Path(str(path))
    export_calendar(ctx, out, **kwargs)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    return {n for e in events for n in (ANNA, BEN, NOBODY) if n in str(e.get("SUMMARY"))
            + str(e.get("DESCRIPTION"))}


def test_due_lists_the_users_orders_and_nobodys(assigned: AppContext,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert due_numbers(assigned) == {ANNA, NOBODY}
    assert due_numbers(assigned, everyone=True) == {ANNA, BEN, NOBODY}
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    assert due_numbers(assigned) == {BEN, NOBODY}


def test_the_calendar_holds_the_users_orders_and_nobodys(
        assigned: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    assert calendar_numbers(assigned, f"{tmp_path}/anna.ics") == {ANNA, NOBODY}
    assert calendar_numbers(assigned, f"{tmp_path}/all.ics", everyone=True) == {
        ANNA, BEN, NOBODY}
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    assert calendar_numbers(assigned, f"{tmp_path}/ben.ics") == {BEN, NOBODY}


def test_the_tray_counts_the_users_orders_and_nobodys(assigned: AppContext,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    state = notify_state(assigned)
    assert len(state.states) == 2 and {n.number for n in state.plan.due} == {ANNA, NOBODY}
    assert set(state.deadlines.number) == {ANNA, NOBODY}


def test_without_a_known_name_every_order_counts(assigned: AppContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALIASSIST_NAME")
    if assigned.store.path is None:  # a team database: the role is the name
        assert due_numbers(assigned) == {NOBODY}
        return
    assert due_numbers(assigned) == {ANNA, BEN, NOBODY}
    assert len(notify_state(assigned).states) == 3
