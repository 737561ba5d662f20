"""Live updates on a team database: a change another process commits reaches an open window's
orders table within about a second (LISTEN/NOTIFY), just those rows read again: no reset of
the model, the selection kept; new orders appear and deleted ones go."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from aliassist.domain import records as rec
from aliassist.gui.main_window import MainWindow
from aliassist.gui.workspace.orders_model import COLUMN
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext, open_context
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from tests.conftest import NOW


@pytest.fixture
def team(pg_url: str) -> Iterator[AppContext]:
    ctx = open_context(url=pg_url, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 20):
            save_order(session, order, now=NOW)
    yield ctx
    ctx.close()


@pytest.fixture
def window(qtbot, team: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(team)
    qtbot.addWidget(w)
    w.show()
    assert w.live is not None and w.live.listener.listening
    yield w
    w.tidy_up()


def assignee(window: MainWindow, number: str) -> str | None:
    cols = window.model.table.columns  # type: ignore[union-attr]
    assert cols.assignees is not None
    return cols.assignees[cols.numbers.index(number)]


def test_a_change_by_another_process_lands_in_the_open_window_within_a_second(
        qtbot, window: MainWindow, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    number = window.model.table.columns.numbers[4]  # type: ignore[union-attr]
    window.select_orders([window.model.order_id(0)])
    selected = window.selected_ids()
    done = subprocess.run([sys.executable, "-m", "aliassist", "--database-url", pg_url,
                           "--now", "2026-11-21T12:00:00Z", "assign", number, "Ben"],
                          capture_output=True, text=True, timeout=120, check=False)
    committed = time.monotonic()  # the other process has committed and exited
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: assignee(window, number) == "Ben", timeout=2000)
    assert time.monotonic() - committed < 2.0
    assert resets == [] and window.live is not None and window.live.applied >= 1
    assert window.selected_ids() == selected  # the selection stayed


def test_edits_new_and_deleted_orders_of_another_session_refresh_just_their_rows(
        qtbot, window: MainWindow, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    other = open_context(url=pg_url, now=NOW)  # another person's window, on its own connection
    try:
        resets: list[int] = []
        window.model.modelReset.connect(lambda: resets.append(1))
        before = window.model.total
        first_id = int(window.model.table.columns.ids[0])  # type: ignore[union-attr]
        edited = replace(order_service.get_order(other, first_id), store="Renamed Shop")
        order_service.save_order_record(other, edited, first_id)
        order_service.save_order_record(other, rec.Order("8187000000000777", NOW,
                                                          store="Brand New"))
        last_id = int(window.model.table.columns.ids[-1])  # type: ignore[union-attr]
        order_service.delete_orders(other, [last_id])

        def shown_stores() -> list[str]:
            m = window.model
            return [m.index(r, COLUMN["store"]).data() for r in range(m.rowCount())]

        qtbot.waitUntil(lambda: "Renamed Shop" in shown_stores()
                        and "Brand New" in shown_stores()
                        and window.model.row_of(last_id) is None, timeout=2000)
        assert window.model.total == before
        assert resets == []
    finally:
        other.close()


def test_the_status_bar_and_the_account_filter_follow_another_sessions_changes(
        qtbot, window: MainWindow, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    other = open_context(url=pg_url, now=NOW)
    accounts = window.filter_bar.account
    try:
        before = window.model.total
        order_service.save_order_record(other, rec.Order("8187000000000888", NOW,
                                                          store="Other Shop", account="Club"))
        qtbot.waitUntil(lambda: accounts.findData("Club") >= 0, timeout=2000)
        assert window.counts.text().startswith(f"{before + 1} orders")
        accounts.setCurrentIndex(accounts.findData("Club"))
        assert window.model.rowCount() == 1

        new_id = window.model.order_id(0)
        order_service.delete_orders(other, [new_id])
        # The account's last order went: the choice goes back to every account.
        qtbot.waitUntil(lambda: accounts.findData("Club") < 0, timeout=2000)
        assert accounts.currentData() is None
        assert window.model.rowCount() == window.model.total == before
        assert window.counts.text().startswith(f"{before} orders")
    finally:
        other.close()
