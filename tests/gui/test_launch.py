"""The window's start: its notices and tray are set up once it has painted (or soon after,
when it cannot paint), so the first paint does not wait for them."""

from __future__ import annotations

from aliassist.gui.launch import after_first_paint, show_window
from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext


def test_work_waits_for_the_first_paint(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ran: list[bool] = []
    after_first_paint(window, lambda: ran.append(window.isVisible()), at_most_ms=60_000)
    qtbot.wait(50)
    assert ran == []  # not shown: nothing painted yet
    window.show()
    qtbot.waitUntil(lambda: ran == [True])
    window.repaint()
    qtbot.wait(50)
    assert ran == [True]  # once


def test_a_window_that_never_paints_still_gets_the_work_done(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ran: list[int] = []
    after_first_paint(window, lambda: ran.append(1), at_most_ms=100)
    qtbot.waitUntil(lambda: ran == [1])


def test_the_shown_window_gets_its_notices_after_painting(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_window(window, ctx)
    assert window.isVisible()
    qtbot.waitUntil(lambda: hasattr(window, "notifications"))
    scheduler = window.notifications.scheduler  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: scheduler.state is not None, timeout=10_000)  # its first plan ran
    scheduler.stop()
