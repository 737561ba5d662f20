"""The order editor keeps a typed date a date, says at the field what is wrong with a date, and
turns an estimate it changes into a fact."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from aliassist.domain import records as rec
from aliassist.domain.dates import order_date_text
from aliassist.domain.instants import parse_instant
from aliassist.domain.policy import Policy
from aliassist.gui.fields import InstantEdit
from aliassist.gui.workspace.order_dialog import OrderDialog
from tests.conftest import NOW

SHANGHAI = ZoneInfo("Asia/Shanghai")


def dialog_for(qtbot, policy: Policy, order: rec.Order | None = None  # type: ignore[no-untyped-def]
               ) -> OrderDialog:
    dialog = OrderDialog(policy, order=order, now=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def test_a_date_typed_in_the_editor_stays_that_date(qtbot, policy: Policy) -> None:
    dialog = dialog_for(qtbot, policy)
    dialog.number.setText("8187000000000001")
    dialog.placed.set_date_only(date(2026, 10, 1))
    order = dialog.collect()
    assert order.date_only == {"placed_at"}
    assert order_date_text(order, "placed_at", policy.tz) == "2026-10-01"
    # reopened, it is still a date without a time
    again = dialog_for(qtbot, policy, order)
    assert again.placed.is_date_only() and again.collect() == order


def test_the_field_says_what_is_wrong_and_nothing_is_accepted(qtbot, policy: Policy,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("aliassist.gui.workspace.order_dialog.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    placed = parse_instant("2026-08-11", SHANGHAI)
    order = rec.Order(number="8187000000000001", placed_at=placed,
                      date_only=frozenset({"placed_at"}))
    dialog = dialog_for(qtbot, policy, order)
    dialog.shipped.enabled_box.setChecked(True)
    dialog.shipped.time_box.setChecked(False)
    dialog.shipped.date.setDate(QDate(2026, 5, 1))
    assert not dialog.shipped.problem.isHidden()
    assert dialog.shipped.problem.text() == ("the shipping date 2026-05-01 is before the order "
                                             "date 2026-08-11")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown and "shipped_at" in shown[0]
    dialog.shipped.date.setDate(QDate(2026, 8, 12))
    assert dialog.shipped.problem.isHidden()


def test_changing_an_estimated_date_makes_it_a_fact(qtbot, policy: Policy) -> None:
    placed = parse_instant("2026-07-22", SHANGHAI)
    order = rec.Order(number="8187000000000001", placed_at=placed, confirmed_at=placed,
                      confirmed_estimate="order_status",
                      date_only=frozenset({"placed_at", "confirmed_at"}))
    dialog = dialog_for(qtbot, policy, order)
    assert dialog.collect() == order  # untouched: still an estimate
    dialog.confirmed.date.setDate(QDate(2026, 8, 2))
    edited = dialog.collect()
    assert edited.confirmed_estimate is None
    assert order_date_text(edited, "confirmed_at", policy.tz) == "2026-08-02"


def test_new_date_fields_start_on_the_apps_today(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With `--now` (here the tests' clock) a new date field opens on that day, not the
    computer's."""
    field = InstantEdit(SHANGHAI)
    qtbot.addWidget(field)
    assert field.date.date() == QDate(NOW.astimezone().date())
    assert NOW.astimezone().date() != date.today()
