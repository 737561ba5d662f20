"""`aliassist orders --json` as its own process on a listing long enough to share: a worker
makes the second half (services.forked_worker), and what the buyer gets is byte for byte what
one process prints."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aliassist.cli import run
from aliassist.services.forked_worker import can_fork
from aliassist.services.order_listing import SPLIT_LEAST
from bench.orders_db import build_orders_db
from tests.forks import FORK_COUNTING_ENTRY as PROBE

NOW = "2026-11-21T12:00:00Z"


@pytest.fixture(scope="module")
def long_listing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = build_orders_db(tmp_path_factory.mktemp("long") / "orders.db", SPLIT_LEAST + 501)
    conn = sqlite3.connect(db)
    with conn:  # alice looks after all but one order in 50: still enough to share
        conn.execute("UPDATE orders SET assignee = 'alice' WHERE id % 50 != 0")
    conn.close()
    return db


def in_process(db: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(db), "--now", NOW, "orders", "--json", *args], out, err) == 0, \
        err.getvalue()
    return out.getvalue()


def as_process(db: Path, *args: str, **env: str) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", PROBE, "--db", str(db), "--now", NOW, "orders",
                           "--json", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


@pytest.mark.slow
def test_the_process_prints_what_one_process_prints(long_listing: Path) -> None:
    printed, said = as_process(long_listing)
    assert printed == in_process(long_listing)
    listed = json.loads(printed)
    assert len(listed) == SPLIT_LEAST + 501
    assert [o["number"] for o in listed] != sorted(o["number"] for o in listed)  # date order
    assert f"forks: {1 if can_fork() else 0}" in said


@pytest.mark.slow
def test_mine_as_a_process(long_listing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIASSIST_NAME", "alice")
    printed, said = as_process(long_listing, "--mine")
    assert printed == in_process(long_listing, "--mine")
    listed = json.loads(printed)
    assert len(listed) >= SPLIT_LEAST and {o["assignee"] for o in listed} == {"alice"}
    assert f"forks: {1 if can_fork() else 0}" in said


def test_a_short_listing_prints_the_same_from_its_own_process(tmp_path: Path) -> None:
    db = build_orders_db(tmp_path / "orders.db", 300)
    printed, said = as_process(db)
    assert printed == in_process(db)
    assert len(json.loads(printed)) == 300
    assert f"forks: {1 if can_fork() else 0}" in said  # forked, then let go
