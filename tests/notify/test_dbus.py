"""Notices over D-Bus to a notification server on a private session bus: the Notify call as
the specification types it, the actions coming back, and the fallback when there is no server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from aliassist import DESKTOP_ID
from aliassist.notify.delivery import BannerChannel, DBusChannel, Deliverer, TrayChannel
from aliassist.notify.planner import Notice
from aliassist.notify.texts import Message
from tests.desktop import recorded, start_fake_desktop, stop

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def message(order_id: int = 7, count: int = 1) -> Message:
    notices = tuple(Notice(f"{order_id + i}/-/protection_end/1/3", "deadline", order_id + i, None,
                           "protection_end", 3, NOW + timedelta(days=3),
                           NOW + timedelta(days=3), f"818700000000000{i}")
                    for i in range(count))
    return Message("Buyer Protection ends: in 3 days", "Order 8187 · A & B <shop>", notices,
                   False)


def chain(banner: list[Message]) -> Deliverer:
    deliverer = Deliverer()
    deliverer.channels = [DBusChannel(deliverer), TrayChannel(deliverer, lambda: None),
                          BannerChannel(lambda m: banner.append(m) or True)]
    return deliverer


def test_notify_reaches_the_server_with_the_specified_types_and_actions(
        qtbot, session_bus: str, tmp_path: Path) -> None:
    record = tmp_path / "calls.jsonl"
    server = start_fake_desktop(record, session_bus)
    try:
        banner: list[Message] = []
        deliverer = chain(banner)
        assert deliverer.deliver(message()) == "dbus"
        assert banner == []
        (call,) = recorded(record, "Notify")
        app, replaces, _icon, title, body, actions, hints, timeout = call["args"]
        assert (app, replaces, title, timeout) == ("AliAssist", 0,
                                                    "Buyer Protection ends: in 3 days", -1)
        assert body == "Order 8187 · A &amp; B &lt;shop&gt;"  # the server renders markup
        assert actions == ["default", "Open order", "open", "Open order", "snooze",
                           "Snooze 1 day"]
        assert call["signature"] == "susssasa{sv}i"  # replaces_id is a uint32
        assert hints["urgency"] == ["y", 1]
        assert hints["desktop-entry"] == ["s", DESKTOP_ID]
    finally:
        stop(server)


def test_clicking_open_order_comes_back(qtbot, session_bus: str, tmp_path: Path
                                                  ) -> None:
    record = tmp_path / "calls.jsonl"
    server = start_fake_desktop(record, session_bus, "--click", "open")
    try:
        deliverer = chain([])
        with qtbot.waitSignal(deliverer.open_order, timeout=5000) as opened, \
                qtbot.assertNotEmitted(deliverer.dismissed, wait=300):
            assert deliverer.deliver(message(order_id=42)) == "dbus"
        assert opened.args == [42]
    finally:
        stop(server)


def test_snooze_on_a_summary_comes_back_with_every_notice(qtbot, session_bus: str,
                                                          tmp_path: Path) -> None:
    record = tmp_path / "calls.jsonl"
    server = start_fake_desktop(record, session_bus, "--click", "snooze")
    try:
        deliverer = chain([])
        with qtbot.waitSignal(deliverer.snooze_requested, timeout=5000) as snoozed:
            deliverer.deliver(message(order_id=5, count=3))
        assert snoozed.args[0].keys == ("5/-/protection_end/1/3", "6/-/protection_end/1/3",
                                        "7/-/protection_end/1/3")
        calls = recorded(record, "Notify")
        assert calls[-1]["args"][5][-1] == "Snooze all 1 day"
    finally:
        stop(server)


def test_without_a_notification_server_the_banner_takes_the_notice(
        qtbot, session_bus: str, tmp_path: Path) -> None:
    # a bus with a tray watcher but no notification server, and offscreen Qt has no tray
    watcher = start_fake_desktop(tmp_path / "calls.jsonl", session_bus, "--watcher",
                                 "--no-notifications")
    try:
        banner: list[Message] = []
        assert chain(banner).deliver(message()) == "banner"
        assert len(banner) == 1
    finally:
        stop(watcher)


def test_without_any_session_bus_the_banner_takes_the_notice(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    banner: list[Message] = []
    assert chain(banner).deliver(message()) == "banner"
    assert np.array([len(banner)]).sum() == 1
