"""Orders assigned to a person, on the SQLite file and on a team database: assigning (to a
name, to "me", to nobody) is a save of the order that names who made it; the names in use;
the bulk read the window's "Mine" filter uses; deadline notices only for the orders that are
the current user's or nobody's; and the history the pane shows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from aliassist.domain import records as rec
from aliassist.errors import NotFoundError, UserError
from aliassist.notify.planner import Deadlines
from aliassist.services import orders as order_service
from aliassist.services.assignment import (
    assign,
    assign_number,
    assigned_mask,
    assignees,
    current_user,
    order_history,
)
from aliassist.services.context import AppContext
from aliassist.services.disputes import record_step
from aliassist.services.notifications import gather_deadlines, notify_state
from aliassist.services.order_listing import iter_orders_json
from aliassist.store.queries import order_columns
from tests.conftest import NOW

DAY = timedelta(days=1)


def _order(number: str, **fields: object) -> rec.Order:
    """An order whose protection ends in 3 days: a notice is due now."""
    return rec.Order(number=number, placed_at=NOW - 60 * DAY, shipped_at=NOW - 50 * DAY,
                     protection_ends_at=NOW + 3 * DAY, store="Lamp World", **fields)


def _role(ctx: AppContext) -> str | None:
    return "aliassist" if ctx.store.path is None else None  # the test cluster's role


def test_assigning_is_a_save_that_names_who_made_it(ctx: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = order_service.save_order_record(ctx, _order("8187000000000101"))
    version = order_service.get_order_for_edit(ctx, order_id).version
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    assert current_user(ctx) == "Anna"
    done = assign_number(ctx, " 8187000000000101 ", "Ben")
    assert (done.number, done.assignee, done.before, done.changed) == (
        "8187000000000101", "Ben", None, True)
    assert order_service.get_order(ctx, order_id).assignee == "Ben"
    history = order_history(ctx, order_id)
    assert (history.assignee, history.saved_by, history.version) == ("Ben", "Anna", version + 1)
    # the same name again changes nothing: no new version
    assert not assign(ctx, order_id, "Ben").changed
    assert order_history(ctx, order_id).version == version + 1
    # "me" is the current user; no name is nobody
    assert assign(ctx, order_id, "me").assignee == "Anna"
    assert assign(ctx, order_id, "  ").assignee is None
    assert order_service.get_order(ctx, order_id).assignee is None
    assert order_history(ctx, order_id).version == version + 3


def test_me_needs_a_known_user_and_names_are_checked(ctx: AppContext,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = order_service.save_order_record(ctx, _order("8187000000000102"))
    monkeypatch.delenv("ALIASSIST_NAME", raising=False)
    role = _role(ctx)
    assert current_user(ctx) == role
    if role is None:  # a SQLite file without ALIASSIST_NAME does not know who you are
        with pytest.raises(UserError, match="who you are is not known") as refused:
            assign(ctx, order_id, "me")
        assert "ALIASSIST_NAME" in (refused.value.hint or "")
        with pytest.raises(UserError, match="who you are is not known"):
            list(iter_orders_json(ctx, mine=True))
    else:  # a team database: the role you log in as
        assert assign(ctx, order_id, "ME").assignee == role
    with pytest.raises(UserError, match="at most 100 characters"):
        assign(ctx, order_id, "x" * 101)
    with pytest.raises(UserError, match="one line"):
        assign(ctx, order_id, "Anna\nBen")
    with pytest.raises(NotFoundError):
        assign_number(ctx, "8187000000009999", "Ben")
    assert assign(ctx, order_id, "y" * 100).assignee == "y" * 100


def test_an_edit_keeps_the_assignee_and_undo_data_carries_it(ctx: AppContext) -> None:
    order_id = order_service.save_order_record(ctx, _order("8187000000000103"))
    assign(ctx, order_id, "Ben")
    opened = order_service.get_order_for_edit(ctx, order_id)
    from dataclasses import replace

    order_service.save_edited_order(ctx, replace(opened.order, note="asked the seller"),
                                    order_id, expected_version=opened.version)
    assert order_service.get_order(ctx, order_id).assignee == "Ben"
    removed = order_service.delete_orders(ctx, [order_id])
    order_service.restore_orders(ctx, removed)
    assert order_service.get_order(
        ctx, order_service.require_order(ctx, "8187000000000103")).assignee == "Ben"


def test_the_names_in_use_and_the_bulk_column(ctx: AppContext) -> None:
    ids = [order_service.save_order_record(ctx, _order(f"818700000000020{i}"))
           for i in range(5)]
    assign(ctx, ids[0], "ben")
    assign(ctx, ids[1], "Anna")
    assign(ctx, ids[3], "Anna")
    assert assignees(ctx) == ["Anna", "ben"]
    with ctx.session() as session:
        cols = order_columns(session)
    assert cols.assignees == ["ben", "Anna", None, "Anna", None]
    assert assigned_mask(cols.assignees, "Anna").tolist() == [False, True, False, True, False]
    table = order_service.order_table(ctx)
    assert table.columns.assignees == cols.assignees


def test_notices_go_to_the_assignee_and_to_everyone_when_unassigned(
        ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = ["8187000000000301", "8187000000000302", "8187000000000303"]
    ids = [order_service.save_order_record(ctx, _order(n)) for n in numbers]
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    assign(ctx, ids[0], "Anna")
    assign(ctx, ids[1], "Ben")

    def warned() -> set[str]:
        state = notify_state(ctx)
        return {n.number for n in state.plan.due}

    assert warned() == {numbers[0], numbers[2]}  # Anna's and nobody's, not Ben's
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    assert warned() == {numbers[1], numbers[2]}
    monkeypatch.setenv("ALIASSIST_NAME", "Carla")
    assert warned() == {numbers[2]}
    # the tray's badge counts the same orders: Carla's (none) and nobody's
    assert len(notify_state(ctx).states) == 1


def test_a_running_dispute_clock_warns_only_its_assignee(
        ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    dispute = rec.Dispute(reason="not_received", status="seller_responded",
                          opened_at=NOW - 10 * DAY, seller_responded_at=NOW - 12 * DAY + DAY)
    order_id = order_service.save_order_record(ctx, _order("8187000000000401",
                                                           disputes=(dispute,)))
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")

    def warned_clocks() -> Deadlines:
        with ctx.session() as session:
            return gather_deadlines(session, ctx, NOW, mine_only=True)[0]

    assert (warned_clocks().dispute_id >= 0).any()
    assign(ctx, order_id, "Ben")
    assert len(warned_clocks()) == 0
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    assert (warned_clocks().dispute_id >= 0).any()


def test_the_history_names_who_recorded_each_step(ctx: AppContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dispute = rec.Dispute(reason="not_received", status="open", opened_at=NOW - 2 * DAY)
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    order_id = order_service.save_order_record(ctx, _order("8187000000000501",
                                                           disputes=(dispute,)))
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    record_step(ctx, "8187000000000501", None, "escalated")
    history = order_history(ctx, order_id)
    assert history.saved_by == "Ben"  # the step changed the order's status: Ben saved it
    assert [(s.what, s.by, s.dispute) for s in history.steps][-1] == ("escalated", "Ben", 0)


def test_the_name_set_in_settings_names_you_unless_the_environment_does(
        ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from aliassist.services.assignment import set_settings_name, settings_name

    order_id = order_service.save_order_record(ctx, _order("8187000000000801"))
    monkeypatch.delenv("ALIASSIST_NAME", raising=False)
    set_settings_name("  Carla ")
    assert settings_name() == "Carla"
    assert current_user(ctx) == "Carla"  # over the database role too
    assert assign(ctx, order_id, "me").assignee == "Carla"
    assert order_history(ctx, order_id).saved_by == "Carla"
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    assert current_user(ctx) == "Anna"
    with pytest.raises(UserError, match="at most 100"):
        set_settings_name("z" * 101)
    assert settings_name() == "Carla"
    monkeypatch.delenv("ALIASSIST_NAME")
    set_settings_name(None)
    assert settings_name() is None
    assert current_user(ctx) == _role(ctx)
