"""Timing helpers and the result line every benchmark prints.

Every figure is named by its goal id (P1-P6, J1, T1, ...), is the median of at least 5 runs
(`BENCH_RUNS`, default 5) printed with their min and max, and is compared with a baseline
measured in the same run, the two alternated (baseline, app, baseline, app, ...) so that a
machine busy with other work slows both alike. Where the user runs a process, both are timed as
processes and their peak RSS (VmHWM, from wait4's rusage) is printed beside the time."""

from __future__ import annotations

import gc
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: how many runs of the app and of the baseline each figure takes (at least 5 for figures
#: that are reported; fewer only to try a bench quickly)
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
#: the order count of the 100k-order benches (a smaller one only to try a bench quickly)
ORDERS = int(os.environ.get("BENCH_ORDERS", "100000"))
ROOT = Path(__file__).resolve().parent.parent

#: a figure's name starts with its goal id: P1, P5', J1, T2...
ID = re.compile(r"^[A-Z][0-9]+'*( |$)")


def orders_label(count: int = ORDERS) -> str:
    return f"{count // 1000}k" if count % 1000 == 0 else str(count)


def _num(value: float) -> str:
    if abs(value) >= 1000:
        return f"{value:.0f}"
    return f"{value:.4g}"


def _spread(values: Sequence[float]) -> str:
    """`median (min-max)` of the values, or the value alone when there is one."""
    if len(values) == 1:
        return _num(values[0])
    return (f"{_num(statistics.median(values))} "
            f"({_num(min(values))}-{_num(max(values))})")


@dataclass
class Result:
    """One figure: the app's runs against the baseline's runs (or a fixed budget)."""

    name: str
    #: the app's runs (a number for a figure that is not timed, such as a corpus count)
    samples: Sequence[float] | float
    #: the baseline's runs, alternated with the app's; a number (not a list) for a fixed budget
    baseline_samples: Sequence[float] | float
    unit: str
    goal: str
    #: "ratio" compares median / median; "delta" compares median - median
    compare: str = "ratio"
    #: peak RSS (MiB) of each app process and each baseline process, when measured
    peak: Sequence[float] = field(default_factory=list)
    baseline_peak: Sequence[float] = field(default_factory=list)
    #: anything else worth printing after the figure (percentiles, counts)
    note: str = ""

    def __post_init__(self) -> None:
        if not ID.match(self.name):
            raise ValueError(f"a figure's name starts with its goal id: {self.name!r}")
        if isinstance(self.samples, (int, float)):
            self.samples = [float(self.samples)]
        #: a single number for the baseline is a fixed budget (the goal's), not a measurement
        self.budget = isinstance(self.baseline_samples, (int, float))
        if isinstance(self.baseline_samples, (int, float)):
            self.baseline_samples = [float(self.baseline_samples)]

    @property
    def measured(self) -> float:
        return statistics.median(self.samples)

    @property
    def baseline(self) -> float:
        return statistics.median(self.baseline_samples)

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
        runs = f"n={len(self.samples)}"
        if self.budget:
            base = f"budget {_num(self.baseline_samples[0])} {self.unit}"
        else:
            runs += f"+{len(self.baseline_samples)}"
            base = f"baseline {_spread(self.baseline_samples)} {self.unit}"
        text = (f"{self.name}: {_spread(self.samples)} {self.unit} vs {base} -> {fig} "
                f"(goal {self.goal}; {runs})")
        if self.peak:
            text += f"; peak RSS {_spread(self.peak)} MiB"
            if self.baseline_peak:
                text += f" vs baseline {_spread(self.baseline_peak)} MiB"
        if self.note:
            text += f"; {self.note}"
        return text


def alternate(baseline: Callable[[], T], app: Callable[[], T],
              runs: int = RUNS) -> tuple[list[T], list[T]]:
    """(app results, baseline results) of `runs` runs each, alternated: baseline, app,
    baseline, app... (garbage collected before each run)."""
    app_runs: list[T] = []
    base_runs: list[T] = []
    for _ in range(runs):
        gc.collect()
        base_runs.append(baseline())
        gc.collect()
        app_runs.append(app())
    return app_runs, base_runs


def timed(fn: Callable[[], object]) -> Callable[[], float]:
    """`fn` made to return the seconds it took."""
    def run() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    return run


def alternate_timings(baseline: Callable[[], object], app: Callable[[], object],
                      runs: int = RUNS, scale: float = 1e3) -> tuple[list[float], list[float]]:
    """(app times, baseline times), alternated, in milliseconds (`scale` 1 for seconds)."""
    app_runs, base_runs = alternate(timed(baseline), timed(app), runs)
    return [t * scale for t in app_runs], [t * scale for t in base_runs]


def timings(fn: Callable[[], object], repeat: int = RUNS) -> list[float]:
    """Seconds taken by each of `repeat` runs of `fn`, garbage collected before each."""
    times = []
    for _ in range(repeat):
        gc.collect()
        times.append(timed(fn)())
    return times


@dataclass
class Process:
    seconds: float
    #: peak resident memory of the process (VmHWM), in MiB
    rss: float


#: run in a small process of its own: the command's peak RSS is then its own (a child forked
#: from a large process would count that one's pages as its own until it execs)
LAUNCHER = """
import os, subprocess, sys, time
out = open(sys.argv[1], "wb") if sys.argv[1] != "-" else subprocess.DEVNULL
err = open(sys.argv[2], "wb")
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[3:], stdout=out, stderr=err)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_process(cmd: list[str], stdout: Path | None = None, ok: Sequence[int] = (0,)) -> Process:
    """Run `cmd` to its end (its standard output into `stdout`, or discarded): its wall time
    and its peak RSS."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # As installed: bytecode is cached after the first run (pip compiles it at install); some
    # shells and CI images turn that off, which would charge every run the compiling of the
    # app's modules (a quarter of a second)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.NamedTemporaryFile(prefix="aliassist-bench-", suffix=".err") as err:
        done = subprocess.run([sys.executable, "-c", LAUNCHER, str(stdout or "-"), err.name,
                               *cmd], check=True, capture_output=True, text=True, env=env)
        seconds, maxrss, code = done.stdout.split()
        if int(code) not in ok:
            tail = Path(err.name).read_text(errors="replace")[-1500:]
            raise RuntimeError(f"{' '.join(cmd[:2])} ... {' '.join(cmd[-4:])} exited with "
                               f"{code}:\n{tail}")
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB (macOS: bytes)
    return Process(float(seconds), int(maxrss) / scale)


def process_result(name: str, app: Sequence[Process], base: Sequence[Process], goal: str,
                   unit: str = "s", note: str = "") -> Result:
    scale = 1.0 if unit == "s" else 1e3
    return Result(name, [p.seconds * scale for p in app], [p.seconds * scale for p in base],
                  unit, goal, peak=[p.rss for p in app], baseline_peak=[p.rss for p in base],
                  note=note)


def cli(db: Path, *args: str, now: str = "2026-11-21T12:00:00Z") -> list[str]:
    """The command line the user runs: `python -m aliassist --db DB --now NOW ARGS...`."""
    return [sys.executable, "-m", "aliassist", "--db", str(db), "--now", now, *args]


def percentile(values: Sequence[float], share: float) -> float:
    """The `share` (0..1) percentile, nearest rank."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


def datetime_addition_loop(instants: list[datetime]) -> Callable[[], None]:
    """A bare loop of one datetime addition per instant: the yardstick for per-order work on
    100,000 orders."""
    delta = timedelta(days=90)

    def bare_loop() -> None:
        for at in instants:
            at + delta

    return bare_loop
