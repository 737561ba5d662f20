"""Timing helpers and the result line every benchmark prints."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class Result:
    name: str
    measured: float
    baseline: float
    unit: str
    goal: str
    #: "ratio" compares measured / baseline; "delta" compares measured - baseline
    compare: str = "ratio"

    @property
    def figure(self) -> float:
        if self.compare == "ratio":
            return self.measured / self.baseline
        return self.measured - self.baseline

    def line(self) -> str:
        if self.compare == "ratio":
            fig = f"{self.figure:.2f}x"
        else:
            fig = f"{self.figure:+.1f} {self.unit}"
        return (f"{self.name:<58} {self.measured:>10.3f} {self.unit:<3} vs baseline "
                f"{self.baseline:>10.3f} {self.unit:<3} -> {fig:>9}  (goal {self.goal})")


def timings(fn: Callable[[], object], repeat: int = 5) -> list[float]:
    """Seconds taken by each of `repeat` runs of `fn`, garbage collected before each."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by the machine)."""
    return min(timings(fn, repeat))


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    return statistics.median(timings(fn, repeat))


def datetime_addition_baseline(instants: list[datetime], repeat: int = 7) -> float:
    """Seconds for a bare loop of one datetime addition per instant: the yardstick for
    per-order work on 100,000 orders."""
    delta = timedelta(days=90)

    def bare_loop() -> None:
        for at in instants:
            at + delta

    return best_of(bare_loop, repeat)
