"""P4: every clock of 100,000 orders vs a bare loop of 100,000 datetime additions (alternated)."""

from __future__ import annotations

from datetime import UTC, datetime

from aliassist.domain.clocks import compute_clocks, inputs_from_orders
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


def run() -> list[Result]:
    policy = load_policy()
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    orders = sample_orders(now, ORDERS, seed=1)
    inputs = inputs_from_orders(orders)
    baseline = datetime_addition_loop([o.placed_at for o in orders])
    columns, base = alternate_timings(baseline, lambda: compute_clocks(inputs, policy, now),
                                      max(RUNS, 7))
    records, base2 = alternate_timings(
        baseline, lambda: compute_clocks(inputs_from_orders(orders), policy, now), RUNS)
    n = orders_label()
    return [
        Result(f"P4 every clock + state, {n} orders (columns)", columns, base, "ms", "<= 5x"),
        Result(f"P4' same, starting from {n} order records", records, base2, "ms", "info"),
    ]
