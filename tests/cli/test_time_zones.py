"""The same orders, read by the command line on computers set to four time zones: what is shown,
drafted and exported gives the source dates; deadlines say they are in the buyer's time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ZONES = ("Europe/Berlin", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati")
NOW = "2026-09-01T12:00:00Z"
DATA = {"format": "aliassist-data", "version": 1, "orders": [
    {"number": "8187000000000001", "placed_at": "2026-08-24", "shipped_at": "2026-08-26",
     "store": "Bright Store", "tracking_number": "LP001", "delivery_status": "in_transit",
     "items": [{"title": "Desk lamp"}]},
    {"number": "8187000000000002", "placed_at": "2026-07-22", "status_text": "Completed",
     "confirmed_at": "2026-07-22", "confirmed_estimate": "order_status",
     "items": [{"title": "Cable"}]},
]}


def aliassist(db: Path, zone: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": zone, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "aliassist", "--db", str(db), "--now", NOW,
                           *argv], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_shown_drafted_and_exported_dates_are_the_source_dates(tmp_path: Path,
                                                               zone: str) -> None:
    db = tmp_path / "a.db"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(DATA), encoding="utf-8")
    done = aliassist(db, zone, "import-data", str(source))
    assert done.returncode == 0, done.stderr

    listed = aliassist(db, zone, "orders")
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line for line in listed.stdout.splitlines()[1:]}
    assert "2026-08-24" in rows["8187000000000001"]
    assert "2026-07-22" in rows["8187000000000002"]
    assert "your time" in rows["8187000000000001"]
    assert "protected" in rows["8187000000000001"]  # shipped: not awaiting shipment

    drafted = aliassist(db, zone, "dispute", "draft", "8187000000000001", "--reason",
                        "not_received", "--text", "The parcel has not moved for three weeks.")
    assert drafted.returncode == 0, drafted.stderr
    assert "placed on 2026-08-24" in drafted.stdout
    assert "Shipped on 2026-08-26" in drafted.stdout

    checked = aliassist(db, zone, "check", "8187000000000002", "--reason", "not_received",
                        "--text", "The parcel never arrived at my address in Berlin.", "--json")
    messages = {f["rule"]: f["message"] for f in json.loads(checked.stdout)["findings"]}
    assert "at the earliest 2026-07-22" in messages["false_not_received"]

    out = tmp_path / "out.json"
    exported = aliassist(db, zone, "export-data", str(out))
    assert exported.returncode == 0, exported.stderr
    orders = {o["number"]: o for o in json.loads(out.read_text(encoding="utf-8"))["orders"]}
    assert orders["8187000000000001"]["placed_at"] == "2026-08-24"
    assert orders["8187000000000001"]["shipped_at"] == "2026-08-26"
    assert orders["8187000000000002"]["confirmed_at"] == "2026-07-22"
    assert orders["8187000000000002"]["confirmed_estimate"] == "order_status"


def test_an_exporters_dates_stay_the_dates_it_gives(tmp_path: Path, zone: str) -> None:
    db = tmp_path / "a.db"
    done = aliassist(db, zone, "import", str(FIXTURES / "imports" / "order-exporter.csv"))
    assert done.returncode in (0, 1), done.stderr
    listed = aliassist(db, zone, "orders", "--json")
    placed = {o["number"]: o["placed_at"] for o in json.loads(listed.stdout)}
    assert placed["8187000000000101"] == "2026-03-05"  # "Mar 05, 2026" in the file
