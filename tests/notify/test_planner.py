"""The planner: one notice per clock and threshold, never repeated, one catch-up summary after a
sleep, the extension and protection-ended notices, snooze, pause and time zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from aliassist.domain.instants import to_epoch
from aliassist.domain.policy import Policy
from aliassist.notify.planner import (
    CLOCK_CODE,
    ENDED,
    EXTENSION,
    Deadlines,
    LogEntry,
    Notice,
    NoticeLog,
    next_deadlines,
    notice_key,
    plan,
    thresholds_for,
)
from aliassist.notify.texts import compose, notice_body, notice_title

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
THRESHOLDS = (14, 7, 3, 1)


def rows(*specs: dict) -> Deadlines:
    """Planner rows from dicts: order, clock, at, and optionally dispute, arrived, ended."""
    return Deadlines(
        order_id=np.array([s["order"] for s in specs], dtype=np.int64),
        dispute_id=np.array([s.get("dispute", -1) for s in specs], dtype=np.int64),
        dispute_index=np.array([0 if "dispute" in s else -1 for s in specs], dtype=np.int64),
        clock=np.array([CLOCK_CODE[s["clock"]] for s in specs], dtype=np.int8),
        at=np.array([to_epoch(s["at"]) for s in specs], dtype=np.int64),
        arrived=np.array([s.get("arrived", True) for s in specs], dtype=bool),
        ended_until=np.array([to_epoch(s["ended"]) if "ended" in s else 0 for s in specs],
                             dtype=np.int64),
        number=[f"818700000000{s['order']:04d}" for s in specs],
        store=["Bright Store"] * len(specs),
        platform=["aliexpress"] * len(specs))


def shown(*notices: Notice, at: datetime = NOW) -> list[LogEntry]:
    return [LogEntry(k, "shown", at) for n in notices for k in n.all_keys]


def test_nothing_is_due_before_the_first_threshold(policy: Policy) -> None:
    end = NOW + 20 * DAY
    p = plan(rows(dict(order=1, clock="protection_end", at=end)), policy, THRESHOLDS,
             NoticeLog(), NOW)
    assert p.due == ()
    assert p.next_at == end - 14 * DAY


def test_each_threshold_warns_once_and_then_the_next_one_is_planned(policy: Policy) -> None:
    end = NOW + 20 * DAY
    d = rows(dict(order=1, clock="protection_end", at=end))
    entries: list[LogEntry] = []
    seen = []
    now = NOW
    for _ in range(10):
        p = plan(d, policy, THRESHOLDS, NoticeLog.from_entries(entries), now)
        for notice in p.due:
            seen.append(notice.threshold)
            entries += shown(notice, at=now)
        if p.next_at is None:
            break
        # asked again at the same moment: nothing repeats
        again = plan(d, policy, THRESHOLDS, NoticeLog.from_entries(entries), now)
        assert again.due == ()
        now = p.next_at
    assert seen == [14, 7, 3, 1]
    assert now == end - DAY


def test_a_sleep_through_several_thresholds_gives_one_notice_at_the_smallest(policy: Policy
                                                                              ) -> None:
    end = NOW + 13 * DAY
    d = rows(dict(order=1, clock="protection_end", at=end))
    first = plan(d, policy, THRESHOLDS, NoticeLog(), NOW)
    assert [n.threshold for n in first.due] == [14]
    # the laptop sleeps 11 days: 7 and 3 were missed while it slept
    woke = NOW + 11 * DAY
    after = plan(d, policy, THRESHOLDS, NoticeLog.from_entries(shown(*first.due)), woke)
    assert [n.threshold for n in after.due] == [3]
    assert after.next_at == end - DAY


def test_many_missed_notices_become_one_summary_most_urgent_first(policy: Policy) -> None:
    d = rows(dict(order=1, clock="protection_end", at=NOW + 6 * DAY),
             dict(order=2, clock="dispute_deadline", at=NOW + 2 * DAY),
             dict(order=3, clock="seller_response", at=NOW + 20 * HOUR, dispute=30),
             dict(order=4, clock="protection_end", at=NOW + 12 * DAY))
    p = plan(d, policy, THRESHOLDS, NoticeLog(), NOW)
    assert [n.order_id for n in p.due] == [3, 2, 1, 4]
    messages = compose(p.due, policy, NOW, ZoneInfo("Europe/Berlin"))
    assert len(messages) == 1
    summary = messages[0]
    assert summary.is_summary and summary.urgent
    assert summary.title == "4 deadlines need attention"
    lines = summary.body.splitlines()
    assert lines[0] == "• in 20 hours: Seller must respond · 8187000000000003 · Bright Store"
    assert "Last day to open a dispute" in lines[1]
    assert summary.order_id == 3


def test_a_dismissed_notice_stays_dismissed_but_the_next_threshold_still_warns(policy: Policy
                                                                               ) -> None:
    end = NOW + 2 * DAY
    d = rows(dict(order=1, clock="dispute_deadline", at=end))
    (notice,) = plan(d, policy, THRESHOLDS, NoticeLog(), NOW).due
    log = NoticeLog.from_entries([LogEntry(notice.key, "dismissed", NOW)])
    assert plan(d, policy, THRESHOLDS, log, NOW + HOUR).due == ()
    later = plan(d, policy, THRESHOLDS, log, end - 12 * HOUR).due
    assert [n.threshold for n in later] == [1]


def test_a_snoozed_notice_comes_back_when_the_snooze_ends(policy: Policy) -> None:
    end = NOW + 6 * DAY
    d = rows(dict(order=1, clock="protection_end", at=end))
    (notice,) = plan(d, policy, THRESHOLDS, NoticeLog(), NOW).due
    log = NoticeLog.from_entries([
        *shown(notice), LogEntry(notice.key, "snoozed", NOW + MINUTE, NOW + DAY)])
    held = plan(d, policy, THRESHOLDS, log, NOW + HOUR)
    assert held.due == ()
    assert held.next_at == NOW + DAY
    back = plan(d, policy, THRESHOLDS, log, NOW + DAY)
    assert [n.key for n in back.due] == [notice.key]
    # shown again after the snooze: settled
    log2 = NoticeLog.from_entries([*log.latest.values(), *shown(notice, at=NOW + DAY)])
    assert plan(d, policy, THRESHOLDS, log2, NOW + DAY).due == ()


def test_a_parcel_not_arrived_gets_the_extension_reminder_from_the_policy_days(
        policy: Policy) -> None:
    ask = policy.days("extension_request")
    end = NOW + (ask - 1) * DAY
    not_arrived = rows(dict(order=1, clock="protection_end", at=end, arrived=False))
    (notice,) = plan(not_arrived, policy, THRESHOLDS, NoticeLog(), NOW).due
    assert notice.kind == EXTENSION and notice.threshold == ask
    title = notice_title(notice, policy, NOW)
    assert title == f"Buyer Protection ends in {ask - 1} days and the parcel has not arrived"
    body = notice_body(notice, policy, NOW, UTC)
    assert "Ask the seller to extend protection, or open a dispute now." in body
    arrived = rows(dict(order=1, clock="protection_end", at=end, arrived=True))
    (plain,) = plan(arrived, policy, THRESHOLDS, NoticeLog(), NOW).due
    assert plain.kind == "deadline"
    # with thresholds that skip the extension day, the reminder still comes at that day
    assert ask in thresholds_for("protection_end", policy, (10, 2), arrived=False)
    assert ask not in thresholds_for("protection_end", policy, (10, 2), arrived=True)


def test_protection_ended_says_how_long_is_left_to_open_a_dispute(policy: Policy) -> None:
    grace = policy.days("grace")
    end = NOW + HOUR
    d = rows(dict(order=1, clock="protection_end", at=end, ended=end + grace * DAY,
                  arrived=True))
    before = plan(d, policy, THRESHOLDS, NoticeLog.from_entries(
        shown(*plan(d, policy, THRESHOLDS, NoticeLog(), NOW).due)), NOW)
    assert before.next_at == end  # the "ended" notice is planned for the end itself
    (notice,) = plan(d, policy, THRESHOLDS, NoticeLog(), end).due
    assert notice.kind == ENDED and notice.threshold == 0
    assert notice.act_by == end + grace * DAY
    assert notice_title(notice, policy, end) == \
        f"Buyer Protection ended: you have {grace} days to open a dispute"
    # woken late: the real days left
    late = end + 4 * DAY
    (notice,) = plan(d, policy, THRESHOLDS, NoticeLog(), late).due
    assert notice_title(notice, policy, late).endswith(f"you have {grace - 4} days to open a "
                                                       "dispute")


def test_ended_and_dispute_deadline_due_together_are_one_notice(policy: Policy) -> None:
    grace = policy.days("grace")
    end = NOW - 10 * DAY
    deadline = end + grace * DAY
    d = rows(dict(order=1, clock="protection_end", at=end, ended=deadline),
             dict(order=1, clock="dispute_deadline", at=deadline))
    (notice,) = plan(d, policy, THRESHOLDS, NoticeLog(), NOW).due
    assert notice.clock == "dispute_deadline" and notice.threshold == 7
    assert len(notice.covers) == 1 and notice.covers[0].endswith("/0")
    assert plan(d, policy, THRESHOLDS, NoticeLog.from_entries(shown(notice)), NOW).due == ()


def test_thresholds_within_a_day_of_the_clock_start_are_skipped(policy: Policy) -> None:
    assert thresholds_for("seller_response", policy, THRESHOLDS) == (3, 1)
    assert thresholds_for("dispute_deadline", policy, THRESHOLDS) == (7, 3, 1)
    assert thresholds_for("protection_end", policy, THRESHOLDS) == (14, 7, 3, 1)
    # a dispute opened now: no "7 days" or "14 days" warning about its 5-day clock
    d = rows(dict(order=1, clock="seller_response", dispute=9,
                  at=NOW + policy.days("seller_response") * DAY))
    p = plan(d, policy, THRESHOLDS, NoticeLog(), NOW)
    assert p.due == ()
    assert p.next_at == NOW + 2 * DAY


def test_a_moved_deadline_is_a_new_warning(policy: Policy) -> None:
    end = NOW + 2 * DAY
    d = rows(dict(order=1, clock="protection_end", at=end))
    (first,) = plan(d, policy, THRESHOLDS, NoticeLog(), NOW).due
    log = NoticeLog.from_entries(shown(first))
    extended = rows(dict(order=1, clock="protection_end", at=end + 10 * DAY))
    (again,) = plan(extended, policy, THRESHOLDS, log, NOW).due
    assert again.threshold == 14 and again.key != first.key


def test_pause_holds_everything_back_until_it_ends(policy: Policy) -> None:
    d = rows(dict(order=1, clock="protection_end", at=NOW + 5 * DAY))
    p = plan(d, policy, THRESHOLDS, NoticeLog(), NOW, paused_until=NOW + 4 * HOUR)
    assert p.due == () and p.next_at == NOW + 4 * HOUR
    after = plan(d, policy, THRESHOLDS, NoticeLog(), NOW + 4 * HOUR,
                 paused_until=NOW + 4 * HOUR)
    assert len(after.due) == 1


def test_a_time_zone_change_changes_no_key_and_only_the_shown_local_time(policy: Policy
                                                                          ) -> None:
    end = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    d = rows(dict(order=1, clock="protection_end", at=end))
    (notice,) = plan(d, policy, THRESHOLDS, NoticeLog(), NOW).due
    assert notice.key == notice_key(1, None, "protection_end", end, 7)
    berlin = notice_body(notice, policy, NOW, ZoneInfo("Europe/Berlin"))
    tokyo = notice_body(notice, policy, NOW, ZoneInfo("Asia/Tokyo"))
    assert "25 Nov 2026, 00:30 your time" in berlin
    assert "25 Nov 2026, 08:30 your time" in tokyo
    # flying to Tokyo after the notice showed: nothing new is due
    log = NoticeLog.from_entries(shown(notice))
    assert plan(d, policy, THRESHOLDS, log, NOW + 3 * HOUR).due == ()


def test_next_deadlines_lists_the_soonest_ahead(policy: Policy) -> None:
    d = rows(*(dict(order=i, clock="protection_end", at=NOW + (20 - i) * DAY)
               for i in range(1, 12)),
             dict(order=99, clock="dispute_deadline", at=NOW - DAY))
    soon = next_deadlines(d, NOW, 5)
    assert [n.order_id for n in soon] == [11, 10, 9, 8, 7]


@settings(max_examples=60, deadline=None)
@given(days_ahead=st.floats(min_value=0.5, max_value=40),
       steps=st.lists(st.floats(min_value=0.01, max_value=9), min_size=1, max_size=25),
       arrived=st.booleans())
def test_checking_at_any_times_never_repeats_and_never_misses_the_last_warning(
        policy: Policy, days_ahead: float, steps: list[float], arrived: bool) -> None:
    end = NOW + timedelta(days=days_ahead)
    d = rows(dict(order=1, clock="protection_end", at=end, arrived=arrived))
    entries: list[LogEntry] = []
    keys: list[str] = []
    now = NOW
    for step in steps:
        for notice in plan(d, policy, THRESHOLDS, NoticeLog.from_entries(entries), now).due:
            keys.append(notice.key)
            entries += shown(notice, at=now)
        if end - DAY <= now < end:
            assert any(k.endswith("/1") for k in keys)  # inside the last day: warned
        now += timedelta(days=step)
    assert len(keys) == len(set(keys))
    assert len(keys) <= len(thresholds_for("protection_end", policy, THRESHOLDS,
                                           arrived=arrived))
