"""P0: every clock of 100,000 orders vs a bare loop of 100,000 datetime additions."""

from __future__ import annotations

from datetime import UTC, datetime

from aliassist.domain.clocks import compute_clocks, inputs_from_orders
from aliassist.services.policy import load_policy
from aliassist.services.sample import sample_orders
from bench.common import Result, best_of, datetime_addition_baseline

N = 100_000


def run() -> list[Result]:
    policy = load_policy()
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    orders = sample_orders(now, N, seed=1)
    inputs = inputs_from_orders(orders)
    baseline = datetime_addition_baseline([o.placed_at for o in orders])
    columns = best_of(lambda: compute_clocks(inputs, policy, now), 7)
    records = best_of(lambda: compute_clocks(inputs_from_orders(orders), policy, now), 3)
    return [
        Result("P0 every clock + state, 100k orders (columns)", columns * 1e3, baseline * 1e3,
               "ms", "<= 5x"),
        Result("P0' same, starting from 100k order records", records * 1e3, baseline * 1e3,
               "ms", "info"),
    ]
