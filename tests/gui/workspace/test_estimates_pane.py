"""The pane of an order with estimated dates: what it says, how a clock explains itself, the
one-click way to the real date, the "Dates to confirm" filter; screenshots in both palettes."""

from __future__ import annotations

import html
import os
import re
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from aliassist.domain import records as rec
from aliassist.domain.instants import parse_instant
from aliassist.gui.main_window import MainWindow
from aliassist.gui.workspace.date_entry import RealDateDialog
from aliassist.gui.workspace.orders_model import TO_CONFIRM
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from tests.conftest import NOW
from tests.gui.conftest import when_dialog_opens

SHANGHAI = ZoneInfo("Asia/Shanghai")
SHOTS = Path(os.environ.get("ALIASSIST_SHOTS", "/work/shots/13"))


def estimated_order() -> rec.Order:
    """An exporter's "Completed" order: the receipt date is inferred, the length the usual."""
    placed = parse_instant("2026-10-24", SHANGHAI)
    return rec.Order(number="8187000000000001", placed_at=placed, confirmed_at=placed,
                     confirmed_estimate="order_status", status_text="Completed",
                     delivery_status="delivered", store="Bright Store",
                     date_only=frozenset({"placed_at", "confirmed_at"}),
                     items=(rec.Item("LED desk lamp"),))


def given_order() -> rec.Order:
    return rec.Order(number="8187000000000002", placed_at=NOW - timedelta(days=10),
                     shipped_at=NOW - timedelta(days=8), protection_days=60,
                     items=(rec.Item("Cable"),))


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    order_service.save_order_record(ctx, estimated_order())
    order_service.save_order_record(ctx, given_order())
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 900)
    w.show()
    return w


def select(window: MainWindow, number: str) -> None:
    model = window.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == number)
    window.table.selectRow(row)


def plain(rich: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rich))


def pane_text(window: MainWindow) -> str:
    return plain(" ".join(label.text() for label in window.pane.findChildren(QLabel)))


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, hex_code in ((QPalette.ColorRole.Window, "#202124"),
                           (QPalette.ColorRole.WindowText, "#e8eaed"),
                           (QPalette.ColorRole.Base, "#17181a"),
                           (QPalette.ColorRole.Text, "#e8eaed"),
                           (QPalette.ColorRole.Button, "#303134"),
                           (QPalette.ColorRole.ButtonText, "#e8eaed"),
                           (QPalette.ColorRole.Link, "#8ab4f8")):
        palette.setColor(role, QColor(hex_code))
    return palette


def test_the_pane_says_what_is_estimated_and_explains_each_clock(qtbot, window: MainWindow
                                                                 ) -> None:
    select(window, "8187000000000001")
    pane = window.pane
    assert pane.section_titles()[:2] == ["Deadlines", "Dates to confirm"]
    text = pane_text(window)
    assert "placed 2026-10-24" in text
    assert "Receipt confirmed: at the earliest 2026-10-24" in text
    assert "Protection length: about 90 days" in text
    assert "your time" in text
    explanation = pane.findChild(QLabel, "clockExplanation")
    assert explanation is not None and not explanation.isVisible()
    link = pane.findChild(QLabel, "explainClocks")
    assert link is not None and "How are these dates worked out?" in link.text()
    link.linkActivated.emit("#explain")
    qtbot.waitUntil(explanation.isVisible)
    explained = plain(explanation.text())
    assert ("order date 2026-10-24 + about 90 days of protection (the usual length: the order "
            "page shows the real end); shipping date unknown, so the order date is used"
            in explained)
    assert "receipt confirmed at the earliest 2026-10-24" in explained
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    try:
        for name, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            qtbot.wait(50)
            assert pane.grab().save(str(SHOTS / f"pane-estimated-{name}.png"))
    finally:
        app.setPalette(light)


def test_the_real_date_is_one_click_away(qtbot, window: MainWindow) -> None:
    select(window, "8187000000000001")
    button = window.pane.findChild(QPushButton, "confirm_confirmed_at")
    assert button is not None

    def fill(dialog: RealDateDialog) -> None:
        dialog.field.date.setDate(dialog.field.date.date().addDays(12))
        dialog.accept()

    when_dialog_opens(fill, RealDateDialog)
    button.click()
    stored = order_service.get_order(window.ctx, 1)
    assert stored.confirmed_estimate is None
    assert stored.confirmed_at == parse_instant("2026-11-05", SHANGHAI)
    assert "confirmed_at" in stored.date_only
    qtbot.waitUntil(lambda: "Receipt confirmed: 2026-11-05" in pane_text(window))


def test_dates_to_confirm_lists_the_orders_resting_on_an_estimate(window: MainWindow) -> None:
    states = window.filter_bar.state
    states.setCurrentIndex(states.findData(TO_CONFIRM))
    shown = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert shown == ["8187000000000001"]
    tip = window.model.index(0, 1).data(3)  # ToolTipRole
    assert "The deadline is an estimate" in tip and "Enter the real date" in tip


def test_the_table_shows_the_given_order_date(window: MainWindow) -> None:
    model = window.model
    from aliassist.gui.workspace.orders_model import COLUMN

    placed = {model.index(r, 0).data(): model.index(r, COLUMN["placed"]).data()
              for r in range(model.rowCount())}
    assert placed["8187000000000001"] == "2026-10-24"
    deadline = model.index(0, COLUMN["dispute_deadline"]).data()
    assert deadline.endswith("your time")
