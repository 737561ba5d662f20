"""The notification service on a real SQLite file: clocks gathered in bulk, the log that keeps a
notice from showing twice across restarts, snooze, pause and the thresholds setting."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.errors import UserError
from aliassist.notify.planner import (
    CLOCK_IDS,
    ENDED,
    EXTENSION,
    NoticeLog,
    next_deadlines,
    plan,
)
from aliassist.services.context import AppContext, open_context
from aliassist.services.notifications import (
    UPCOMING,
    gather_deadlines,
    log_entries,
    notify_once,
    notify_state,
    notify_thresholds,
    parse_thresholds,
    pause_notifications,
    paused_until,
    record,
    set_notify_thresholds,
    snooze,
)
from aliassist.services.orders import due
from aliassist.services.sample import sample_orders
from aliassist.store.repository import find_order_id, save_order
from tests.conftest import NOW

DAY = timedelta(days=1)


def add(ctx: AppContext, *orders: rec.Order) -> list[int]:
    with ctx.session() as session, session.begin():
        for order in orders:
            save_order(session, order, now=NOW)
    with ctx.session() as session:
        return [find_order_id(session, o.number) for o in orders]


def order(number: str, **fields: object) -> rec.Order:
    return rec.Order(number=number, placed_at=NOW - 80 * DAY, **fields)


def test_the_gathered_clocks_match_what_due_reports(ctx: AppContext) -> None:
    add(ctx, *sample_orders(NOW, 40))
    with ctx.session() as session:
        d, states = gather_deadlines(session, ctx, NOW)
    ahead = {(d.number[i], CLOCK_IDS[int(d.clock[i])], int(d.at[i]))
             for i in range(len(d)) if int(d.at[i]) > int(NOW.timestamp())}
    reported = {(x.number, x.clock, int(x.at.timestamp())) for x in due(ctx, 10_000)}
    assert ahead == reported
    assert len(states) == 40 == len(notify_state(ctx).states)


def test_the_state_keeps_the_clocks_of_due_notices_and_the_soonest(ctx: AppContext) -> None:
    add(ctx, *sample_orders(NOW, 40))
    with ctx.session() as session:
        every, _states = gather_deadlines(session, ctx, NOW)
    state = notify_state(ctx)
    kept = state.deadlines
    assert 0 < len(kept) < len(every)
    clocks = {(kept.number[i], CLOCK_IDS[int(kept.clock[i])], int(kept.at[i]))
              for i in range(len(kept))}
    assert {(n.number, n.clock, int(n.at.timestamp())) for n in state.plan.due} <= clocks
    assert next_deadlines(kept, NOW, UPCOMING) == next_deadlines(every, NOW, UPCOMING)
    assert state.plan == plan(every, ctx.policy, notify_thresholds(ctx), NoticeLog(), NOW)


def test_a_notice_shows_once_even_across_restarts(db_path: Path) -> None:
    ctx = open_context(db_path, now=NOW)
    (order_id,) = add(ctx, order("8187000000000001", shipped_at=NOW - 85 * DAY,
                                 delivery_status="delivered"))
    (message,) = notify_once(ctx)
    assert message.order_id == order_id
    assert message.notices[0].threshold == 7  # protection ends in 5 days
    ctx.close()
    ctx = open_context(db_path, now=NOW + timedelta(hours=2))
    assert notify_once(ctx) == []
    ctx.fixed_now = NOW + 4 * DAY + timedelta(hours=1)  # 3 days -> the next threshold
    (later,) = notify_once(ctx)
    assert later.notices[0].threshold == 1
    events = [(e["event"], e["channel"], e["threshold_days"]) for e in log_entries(ctx)]
    assert events == [("shown", "cli", 1), ("shown", "cli", 7)]
    ctx.close()


def test_dry_run_logs_nothing(ctx: AppContext) -> None:
    add(ctx, order("8187000000000002", shipped_at=NOW - 85 * DAY))
    assert len(notify_once(ctx, mark_shown=False)) == 1
    assert len(notify_once(ctx, mark_shown=False)) == 1
    assert log_entries(ctx) == []


def test_snooze_holds_a_notice_back_for_a_day(ctx: AppContext) -> None:
    add(ctx, order("8187000000000003", shipped_at=NOW - 85 * DAY))
    (notice,) = notify_state(ctx).plan.due
    assert notice.kind == EXTENSION  # not delivered: ask for an extension
    record(ctx, [notice], "shown", "dbus")
    until = snooze(ctx, [notice], channel="dbus")
    assert until == NOW + DAY
    plan = notify_state(ctx).plan
    assert plan.due == () and plan.next_at == NOW + DAY
    ctx.fixed_now = NOW + DAY
    assert [n.key for n in notify_state(ctx).plan.due] == [notice.key]


def test_protection_ran_out_gives_the_ended_notice_with_the_policy_grace_days(
        ctx: AppContext) -> None:
    grace = ctx.policy.days("grace")
    add(ctx, order("8187000000000004", shipped_at=NOW - 90 * DAY - timedelta(hours=1)))
    (notice,) = notify_state(ctx).plan.due
    assert notice.kind == ENDED
    (message,) = notify_once(ctx)
    assert message.title == f"Buyer Protection ended: you have {grace - 1} days to open a " \
                            "dispute"


def test_dispute_clocks_are_watched_and_logged_with_their_dispute(ctx: AppContext) -> None:
    dispute = rec.Dispute("not_as_described", "open", opened_at=NOW - 3 * DAY)
    (order_id,) = add(ctx, order("8187000000000005", shipped_at=NOW - 20 * DAY,
                                 disputes=(dispute,)))
    (notice,) = notify_state(ctx).plan.due
    assert notice.clock == "seller_response" and notice.dispute_id is not None
    record(ctx, [notice], "clicked", "dbus")
    (entry,) = log_entries(ctx, order_id)
    assert entry["event"] == "clicked" and entry["clock"] == "seller_response"


def test_the_log_of_a_deleted_order_goes_with_it(ctx: AppContext) -> None:
    from aliassist.services.orders import delete_orders

    (order_id,) = add(ctx, order("8187000000000006", shipped_at=NOW - 85 * DAY))
    (notice,) = notify_state(ctx).plan.due
    delete_orders(ctx, [order_id])
    assert record(ctx, [notice], "shown", "tray") == 0  # deleted meanwhile: skipped
    assert log_entries(ctx) == []


def test_thresholds_default_to_the_policy_and_can_be_changed(ctx: AppContext) -> None:
    assert notify_thresholds(ctx) == ctx.policy.thresholds == (14, 7, 3, 1)
    with ctx.session() as session, session.begin():
        set_notify_thresholds(session, parse_thresholds("2, 10 5"))
    assert notify_thresholds(ctx) == (10, 5, 2)
    add(ctx, order("8187000000000007", shipped_at=NOW - 81 * DAY, delivery_status="delivered"))
    (notice,) = notify_state(ctx).plan.due  # 9 days left
    assert notice.threshold == 10
    with ctx.session() as session, session.begin():
        set_notify_thresholds(session, None)
    assert notify_thresholds(ctx) == (14, 7, 3, 1)


@pytest.mark.parametrize("text", ["", "seven", "0", "400", "3, -1"])
def test_bad_thresholds_are_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(UserError) as info:
        parse_thresholds(text)
    assert str(info.value).startswith("warning thresholds: ")


def test_pause_and_resume(ctx: AppContext) -> None:
    add(ctx, order("8187000000000008", shipped_at=NOW - 85 * DAY))
    pause_notifications(ctx, NOW + 3 * DAY)
    assert paused_until(ctx) == NOW + 3 * DAY
    assert notify_once(ctx) == []
    assert notify_state(ctx).plan.next_at == NOW + 3 * DAY
    pause_notifications(ctx, None)
    assert paused_until(ctx) is None
    assert len(notify_once(ctx)) == 1


def test_an_order_edit_that_moves_the_deadline_warns_again(ctx: AppContext) -> None:
    o = order("8187000000000009", shipped_at=NOW - 85 * DAY, delivery_status="delivered")
    add(ctx, o)
    assert len(notify_once(ctx)) == 1
    add(ctx, replace(o, extensions=(rec.Extension(4, NOW),)))  # 9 days left now
    (message,) = notify_once(ctx)
    assert message.notices[0].threshold == 14
