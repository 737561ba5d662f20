"""The tray and desktop notices on a real X server (Xvfb) with a private D-Bus session: a
notification server receives the Notify call; without one, the tray balloon shows the notice.
Each test starts its own Xvfb and dbus-daemon, and skips with the reason when they are missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop import need, recorded, start_bus, start_fake_desktop, stop

SESSION = Path(__file__).parent / "tray_session.py"
pytestmark = pytest.mark.xvfb


@pytest.fixture
def display() -> Iterator[str]:
    xvfb = need("Xvfb", "xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        stop(proc)
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    stop(proc)


@pytest.fixture
def bus() -> Iterator[str]:
    proc, address = start_bus()
    yield address
    stop(proc)


def run_session(tmp_path: Path, display: str, bus: str) -> dict:
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus,
           "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "ALIASSIST_DATA_DIR": str(tmp_path / "data")}
    env.pop("WAYLAND_DISPLAY", None)
    report = tmp_path / "report.json"
    result = subprocess.run([sys.executable, str(SESSION), str(tmp_path / "a.db"), str(report)],
                            env=env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    return json.loads(report.read_text())


def test_the_notice_goes_to_the_notification_server_and_the_tray_registers(
        tmp_path: Path, display: str, bus: str) -> None:
    record = tmp_path / "calls.jsonl"
    desktop = start_fake_desktop(record, bus, "--watcher")
    try:
        report = run_session(tmp_path, display, bus)
    finally:
        stop(desktop)
    assert report["tray_available"] and report["tray_visible"]
    assert report["channel"] == "dbus"
    (notify,) = recorded(record, "Notify")
    assert notify["signature"] == "susssasa{sv}i"
    assert notify["args"][3] == report["title"]
    assert report["title"].endswith("deadlines need attention")
    assert "Snooze all 1 day" in notify["args"][5]
    # Qt's tray icon registered itself with the (stand-in) panel
    assert recorded(record, "RegisterStatusNotifierItem")
    menu = report["menu"]
    assert menu[0] == "Next deadlines" and menu[-3:] == ["Pause notifications for…",
                                                         "Open AliAssist", "Quit"]
    assert len(menu) == 1 + 5 + 3
    assert report["urgency"] == "urgent"
    assert report["hidden_after_close"]
    assert report["explained"] == ["AliAssist keeps running"]  # once, not on every close


def test_without_a_notification_server_the_tray_balloon_shows_the_notice(
        tmp_path: Path, display: str, bus: str) -> None:
    trayer = need("trayer", "trayer")
    panel = subprocess.Popen([trayer, "--edge", "top", "--align", "right", "--widthtype",
                              "pixel", "--width", "120", "--height", "24"],
                             env={**os.environ, "DISPLAY": display},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        report = run_session(tmp_path, display, bus)
    finally:
        stop(panel)
    assert report["tray_available"]
    assert report["channel"] == "tray"
