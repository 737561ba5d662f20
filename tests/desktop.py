"""A private D-Bus session and a stand-in desktop for tests that need them (skipped with the
reason when dbus-daemon is missing: `packaging/system-deps.sh test` installs it)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

FAKE_DESKTOP = Path(__file__).parent / "notify" / "fake_desktop.py"


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is missing: apt-get install {package} "
                    "(packaging/system-deps.sh test installs it)")
    return path


def start_bus() -> tuple[subprocess.Popen, str]:
    daemon = need("dbus-daemon", "dbus-daemon")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = proc.stdout.readline().strip() if proc.stdout else ""
    if not address:
        proc.kill()
        pytest.skip("dbus-daemon did not start a session bus")
    return proc, address


def start_fake_desktop(record: Path, address: str, *args: str) -> subprocess.Popen:
    env = {"DBUS_SESSION_BUS_ADDRESS": address, "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, str(FAKE_DESKTOP), str(record), *args],
                            stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    assert line.strip() == "ready", "the fake desktop did not start"
    return proc


def recorded(record: Path, member: str | None = None) -> list[dict]:
    if not record.exists():
        return []
    calls = [json.loads(line) for line in record.read_text().splitlines()]
    return [c for c in calls if member is None or c["member"] == member]


def stop(*procs: subprocess.Popen) -> None:
    for proc in procs:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus for this test (DBUS_SESSION_BUS_ADDRESS points to it)."""
    proc, address = start_bus()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    stop(proc)
