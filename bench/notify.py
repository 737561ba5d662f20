"""N1: planning the notices of 100,000 orders (every running clock, the thresholds, a log of
what was shown) vs a bare loop of 100,000 datetime additions, alternated."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from aliassist.domain.clocks import RUNNING_STATES, STATE_CODE, compute_clocks, inputs_from_orders
from aliassist.notify.planner import CLOCK_CODE, Deadlines, LogEntry, NoticeLog, plan
from aliassist.services.policy import load_policy
from aliassist.services.sample import sample_orders
from bench.common import (
    ORDERS,
    RUNS,
    Result,
    alternate_timings,
    datetime_addition_loop,
    orders_label,
)

N = ORDERS


def run() -> list[Result]:
    policy = load_policy()
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    orders = sample_orders(now, N, seed=1)
    table = compute_clocks(inputs_from_orders(orders), policy, now)
    running = np.isin(table.state, [STATE_CODE[s] for s in RUNNING_STATES])
    rows = np.flatnonzero(running)
    n = len(rows)
    deadlines = Deadlines(
        order_id=rows.astype(np.int64), dispute_id=np.full(n, -1, np.int64),
        dispute_index=np.full(n, -1, np.int64),
        clock=np.full(n, CLOCK_CODE["protection_end"], np.int8),
        at=table.protection_end[rows].astype("int64"), arrived=np.zeros(n, bool),
        ended_until=table.dispute_deadline[rows].astype("int64"),
        number=[orders[i].number for i in rows.tolist()], store=[None] * n,
        platform=["aliexpress"] * n)
    first = plan(deadlines, policy, policy.thresholds, NoticeLog(), now)
    log = NoticeLog.from_entries(LogEntry(n.key, "shown", now) for n in first.due)

    baseline = datetime_addition_loop([o.placed_at for o in orders])
    warm, base = alternate_timings(
        baseline, lambda: plan(deadlines, policy, policy.thresholds, log, now), RUNS)
    cold, base2 = alternate_timings(
        baseline, lambda: plan(deadlines, policy, policy.thresholds, NoticeLog(), now), RUNS)
    return [
        # every plan after the first: what the scheduler pays on each data change and tick
        Result(f"N1 plan notices, {orders_label()} orders, what is due already shown", warm,
               base, "ms", "<= 5x"),
        # once: a fresh 100k database with 14% of its orders inside a threshold (one summary)
        Result(f"N1' first plan: {len(first.due)} of {n} running clocks due", cold, base2,
               "ms", "info"),
    ]
