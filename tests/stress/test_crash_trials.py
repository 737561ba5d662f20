"""The short crash-trial run inside `make test` (the full run is `make stress`), and proof that
the trial checks catch what they look for: a half-written output under its final name, a job
that commits in two steps, evidence referenced before its file is in the vault."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.stress.trials import ROOT, WORKLOADS, Job, Trials, dump, run_trials, summary

SHORT_TRIALS = 6


def test_a_short_run_of_crash_trials_loses_nothing(tmp_path: Path) -> None:
    outcomes = run_trials(list(WORKLOADS), SHORT_TRIALS, seed=20261121, work=tmp_path,
                          say=lambda line: None, quick=True)
    assert len(outcomes) == SHORT_TRIALS
    assert {o.workload for o in outcomes} == set(WORKLOADS)
    assert [(o.workload, o.problems) for o in outcomes if o.problems] == []
    assert summary(outcomes)[-1].endswith(f"{SHORT_TRIALS} trials, 0 failed")


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Trials:
    return Trials(tmp_path_factory.mktemp("trials"), seed=1, quick=True)


def killed_at_marker(script: str, root: Path, *args: str) -> None:
    """Run `script`, wait until it creates `root/marker`, then SIGKILL it."""
    marker = root / "marker"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script, str(root), *args], env=env)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, "the child ended before the marker"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


HALF_WRITTEN = """
import sys, time
from pathlib import Path
root = Path(sys.argv[1])
out = root / "export" / "all.json"
out.parent.mkdir()
with out.open("w") as fh:
    fh.write('{"format": "aliassist-data", "orders": [')
    fh.flush()
    (root / "marker").touch()
    time.sleep(60)
"""

TWO_STEPS = """
import sqlite3, sys, time
from pathlib import Path
root = Path(sys.argv[1])
conn = sqlite3.connect(root / "aliassist.db")
conn.execute("UPDATE orders SET note = 'step 1' WHERE id = 1")
conn.commit()
(root / "marker").touch()
time.sleep(60)
"""

REFERENCE_FIRST = """
import sqlite3, sys, time
from pathlib import Path
root = Path(sys.argv[1])
sha = "ab" * 32
conn = sqlite3.connect(root / "aliassist.db")
conn.execute("INSERT INTO evidence_files (sha256, size) VALUES (?, 1)", (sha,))
conn.execute("INSERT INTO evidence (order_id, position, sha256, kind, name)"
             " VALUES (1, 9, ?, 'own_photo', 'x.jpg')", (sha,))
conn.commit()
(root / "marker").touch()
time.sleep(60)
"""


def test_the_checks_catch_a_half_written_output(driver: Trials) -> None:
    setup = driver.setup("half")
    job = WORKLOADS["export-data"](setup)
    killed_at_marker(HALF_WRITTEN, setup.root)
    problems = driver.check("export-data", setup, job)
    assert any("all.json exists but is not complete" in p for p in problems)


def test_the_checks_catch_a_job_that_commits_in_two_steps(driver: Trials) -> None:
    finished = driver.setup("two-steps-finished")
    conn = sqlite3.connect(finished.db)
    conn.execute("UPDATE orders SET note = 'step 1' WHERE id = 1")
    conn.execute("UPDATE orders SET note = 'step 2' WHERE id = 2")
    conn.commit()
    conn.close()
    driver.reference["two-steps"] = (1.0, dump(finished.db))
    setup = driver.setup("two-steps")
    killed_at_marker(TWO_STEPS, setup.root)
    state, problems = driver.judge("two-steps", setup, Job([]), finished=False)
    assert state == "changed"
    assert problems == ["the database is neither as before the job nor as after it"]
    # declared non-atomic, the same database passes: nothing it does not touch was lost
    assert driver.judge("two-steps", setup, Job([], atomic=False), finished=False) == (
        "changed", [])


def test_the_checks_catch_evidence_referenced_before_it_is_stored(driver: Trials) -> None:
    setup = driver.setup("reference-first")
    killed_at_marker(REFERENCE_FIRST, setup.root)
    problems = driver.check("x", setup, Job([]))
    assert problems == [f"evidence {'ab' * 32} is referenced but missing"]
