"""Notices in the running app (offscreen: no tray, no D-Bus server, so the in-app banner shows
them): the scheduler's timer, re-planning on data changes and after a sleep, the tray menu,
opening an order from a notice, the Settings group, and the Windows AppUserModelID."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from aliassist import DESKTOP_ID
from aliassist.domain import records as rec
from aliassist.gui.desktop.scheduler import MAX_TIMER_MS
from aliassist.gui.desktop.tray import (
    BADGE,
    Notifications,
    install_notifications,
    most_urgent,
    tray_icon,
)
from aliassist.gui.main_window import MainWindow
from aliassist.gui.settings.settings_dialog import SettingsDialog
from aliassist.notify import delivery
from aliassist.services.context import AppContext
from aliassist.services.notifications import log_entries, notify_thresholds, paused_until
from aliassist.services.orders import save_order_record
from aliassist.store.repository import find_order_id
from tests.conftest import NOW
from tests.gui.conftest import when_dialog_opens

DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def _no_session_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never reach the developer's real desktop from these tests."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/aliassist-test-bus")


@pytest.fixture
def app_window(qtbot, ctx: AppContext) -> Iterator[tuple[MainWindow, Notifications]]:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    notifications = install_notifications(window, ctx, first_plan_ms=0)
    window.show()
    yield window, notifications
    notifications.scheduler.stop()


def order(number: str, **fields: object) -> rec.Order:
    return rec.Order(number=number, placed_at=NOW - 88 * DAY, store="Lamp World", **fields)


def test_a_due_notice_shows_in_the_banner_and_opens_its_order(qtbot, ctx: AppContext,
                                                              app_window) -> None:  # type: ignore[no-untyped-def]
    window, notes = app_window
    order_id = save_order_record(ctx, order("8187000000000101", shipped_at=NOW - 86 * DAY,
                                            delivery_status="delivered"))
    window.reload()
    banner = notes.banner
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    assert banner.title.text() == "Buyer Protection ends: in 4 days"
    assert "Order 8187000000000101 · Lamp World" in banner.body.text()
    assert [(e["event"], e["channel"]) for e in log_entries(ctx)] == [("shown", "banner")]
    window.select_orders([])
    banner.open_button.click()
    assert window.selected_ids() == [order_id]
    assert not banner.isVisible()
    assert [e["event"] for e in log_entries(ctx)] == ["clicked", "shown"]
    # the next threshold (3 days) is planned, one day from now
    timer = notes.scheduler.timer
    assert timer.isActive()
    assert abs(timer.remainingTime() - DAY.total_seconds() * 1000) < 5000


def test_snooze_from_the_banner_brings_the_notice_back_a_day_later(qtbot, ctx: AppContext,
                                                                   app_window) -> None:  # type: ignore[no-untyped-def]
    window, notes = app_window
    save_order_record(ctx, order("8187000000000102", shipped_at=NOW - 86 * DAY))
    window.reload()
    qtbot.waitUntil(notes.banner.isVisible, timeout=3000)
    assert notes.banner.title.text().endswith("and the parcel has not arrived")
    notes.banner.snooze_button.click()
    assert log_entries(ctx)[0]["event"] == "snoozed"
    assert log_entries(ctx)[0]["until"] == NOW + DAY
    assert notes.scheduler.state.plan.next_at == NOW + DAY
    ctx.fixed_now = NOW + DAY
    notes.scheduler.fire()
    assert notes.banner.isVisible()
    assert log_entries(ctx)[0]["event"] == "shown"


def test_several_due_at_start_give_one_summary(qtbot, filled_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    notes = install_notifications(window, filled_ctx, first_plan_ms=0)
    qtbot.waitUntil(lambda: notes.scheduler.state is not None, timeout=3000)
    assert notes.banner.title.text().endswith("deadlines need attention")
    assert notes.banner.body.text().startswith("• in ")
    shown = {e["key"] for e in log_entries(filled_ctx)}
    assert len(shown) >= 3
    notes.scheduler.replan("again")
    assert {e["key"] for e in log_entries(filled_ctx)} == shown  # nothing twice
    notes.scheduler.stop()


def test_a_far_deadline_arms_a_capped_timer(qtbot, ctx: AppContext, app_window) -> None:  # type: ignore[no-untyped-def]
    _window, notes = app_window
    save_order_record(ctx, rec.Order(number="8187000000000103", placed_at=NOW,
                                     protection_days=200))
    state = notes.scheduler.replan("test")
    assert state.plan.next_at == NOW + (200 - 14) * DAY
    assert notes.scheduler.timer.interval() == MAX_TIMER_MS


def test_a_wall_clock_jump_shows_the_machine_slept_and_replans(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    save_order_record(ctx, order("8187000000000104", shipped_at=NOW - 70 * DAY,
                                 delivery_status="delivered"))
    wall = [NOW]
    mono = [1000.0]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    from aliassist.gui.desktop.scheduler import NotifyScheduler

    notes = install_notifications(window, ctx, first_plan_ms=10_000_000)
    scheduler = NotifyScheduler(ctx, notes.deliverer, window, clock=lambda: wall[0],
                                monotonic=lambda: mono[0])
    notes.scheduler.stop()
    first = scheduler.replan("start")
    assert first.plan.due == () and first.plan.next_at == NOW + 6 * DAY
    # an ordinary tick: 30 s on both clocks, nothing happens
    wall[0] += timedelta(seconds=30)
    mono[0] += 30
    scheduler.check_clock()
    assert scheduler.last_reason == "start"
    # the lid closes for a week: the monotonic clock stood still
    wall[0] += 7 * DAY
    ctx.fixed_now = wall[0]
    mono[0] += 30
    scheduler.check_clock()
    assert scheduler.last_reason.startswith("clock jumped")
    assert notes.banner.title.text() == "Buyer Protection ends: in 12 days"
    scheduler.stop()


def test_the_tray_menu_lists_the_next_five_deadlines_and_opens_them(qtbot, filled_ctx: AppContext
                                                                    ) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    notes = install_notifications(window, filled_ctx, first_plan_ms=0)
    qtbot.waitUntil(lambda: notes.scheduler.state is not None, timeout=3000)
    tray = notes.tray
    assert not tray.available  # offscreen: no tray; the window stays as it is
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[0] == "Next deadlines"
    assert len(tray.deadline_actions) == 5
    assert texts[-3:] == ["Pause notifications for…", "Open AliAssist", "Quit"]
    first = tray.deadline_actions[0].text()
    assert first.startswith("in ")
    number = first.split(" · ")[1]
    assert number.isdigit()
    tray.deadline_actions[0].trigger()
    with filled_ctx.session() as session:
        assert window.selected_ids() == [find_order_id(session, number)]
    # pausing from the menu
    tray.pause_menu.actions()[2].trigger()  # 1 day
    assert paused_until(filled_ctx) == NOW + DAY
    texts = [a.text() for a in tray.menu.actions()]
    assert any(t.startswith("Resume notifications (paused until") for t in texts)
    assert tray.urgency == most_urgent(notes.scheduler.state) == "urgent"
    notes.scheduler.stop()


def test_the_tray_icon_carries_the_colour_of_the_most_urgent_state() -> None:
    image = tray_icon("ends_soon", 64).pixmap(64, 64).toImage()
    assert image.pixelColor(50, 50).name() == BADGE["ends_soon"]
    plain = tray_icon(None, 64).pixmap(64, 64).toImage()
    assert plain.pixelColor(50, 50).name() != BADGE["ends_soon"]


def test_notification_settings_are_kept_and_write_the_login_entry(
        qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    group = dialog.notifications
    assert group.thresholds.text() == "14, 7, 3, 1"
    group.thresholds.setText("10, five")
    dialog.accept()
    assert messages and "five" in messages[-1][1]
    assert notify_thresholds(ctx) == (14, 7, 3, 1)  # nothing was kept
    group.thresholds.setText("10, 5, 2")
    group.start_at_login.setChecked(True)
    group.start_minimised.setChecked(True)
    dialog.accept()
    assert notify_thresholds(ctx) == (10, 5, 2)
    assert (tmp_path / "config" / "autostart" / f"{DESKTOP_ID}.desktop").is_file()
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.notifications.start_at_login.isChecked()
    assert again.notifications.start_minimised.isChecked()
    again.notifications.start_at_login.setChecked(False)
    again.accept()
    assert not (tmp_path / "config" / "autostart" / f"{DESKTOP_ID}.desktop").exists()


def test_settings_through_the_main_window(qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.notifications.thresholds.setText("21, 7")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(fill)
    window.open_settings()
    assert notify_thresholds(ctx) == (21, 7)


def test_the_app_user_model_id_is_set_only_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    class Shell32:
        @staticmethod
        def SetCurrentProcessExplicitAppUserModelID(app_id: str) -> int:
            calls.append(app_id)
            return 0

    class WinDLL:
        shell32 = Shell32()

    monkeypatch.setattr(ctypes, "windll", WinDLL(), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert delivery.set_windows_app_id() is False
    assert calls == []
    monkeypatch.setattr(sys, "platform", "win32")
    assert delivery.set_windows_app_id() is True
    assert calls == ["io.github.aliassist.AliAssist"]


def test_focus_order_brings_a_hidden_window_back(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    order_id = save_order_record(ctx, order("8187000000000105"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.isVisible()
    assert window.focus_order(order_id)
    assert window.isVisible() and window.selected_ids() == [order_id]
    assert not window.focus_order(999_999)

