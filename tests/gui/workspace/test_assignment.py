"""Orders assigned to a person, in the window: the pane says who (or Nobody) with an Assign…
button; Edit ▸ Assign… offers "Me", the names in use, or a typed name, and can be undone;
the filter row's "Mine" toggle shows only the current user's orders; the pane's History says
who saved the order last and who recorded each dispute step. Read back from the database."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from aliassist.domain import records as rec
from aliassist.gui.main_window import MainWindow
from aliassist.gui.settings.settings_dialog import SettingsDialog
from aliassist.gui.workspace.assign_dialog import AssignDialog
from aliassist.services import orders as order_service
from aliassist.services.assignment import assign, current_user, order_history
from aliassist.services.context import AppContext
from aliassist.services.disputes import record_step
from tests.conftest import NOW
from tests.gui.conftest import when_dialog_opens
from tests.gui.test_contrast import dark_palette

NUMBERS = ("8187000000000701", "8187000000000702", "8187000000000703")


@pytest.fixture
def order_ids(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    ids = [order_service.save_order_record(ctx, rec.Order(
        number=n, placed_at=NOW - timedelta(days=20 + i), store="Lamp World"))
        for i, n in enumerate(NUMBERS)]
    assign(ctx, ids[1], "Ben")
    return ids


@pytest.fixture
def window(qtbot, ctx: AppContext, order_ids: list[int]) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def _shown_numbers(window: MainWindow) -> set[str]:
    return {window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())}


def test_the_pane_says_who_and_assign_offers_me_names_and_a_typed_one(
        window: MainWindow, ctx: AppContext, order_ids: list[int]) -> None:
    window.select_orders([order_ids[0]])
    assert window.pane.assigned_label.text().startswith("Assigned to: <b>Nobody</b>")
    assert window.pane.assign_button.isEnabled()
    offered: list[str] = []

    def choose_me(dialog: QDialog) -> None:
        assert isinstance(dialog, AssignDialog)
        offered.extend(dialog.name.itemText(i) for i in range(dialog.name.count()))
        dialog.name.setCurrentIndex(0)
        dialog.assign_button.click()

    when_dialog_opens(choose_me)
    window.pane.assign_button.click()
    assert offered == ["Me (Anna)", "Ben"]
    assert order_service.get_order(ctx, order_ids[0]).assignee == "Anna"
    assert "Assigned to: <b>Anna</b>" in window.pane.assigned_label.text()
    assert "(you)" in window.pane.assigned_label.text()

    # Edit ▸ Assign… on two orders, with a name typed in; then undone in one step
    def type_carla(dialog: QDialog) -> None:
        assert isinstance(dialog, AssignDialog)
        dialog.name.setEditText("  Carla ")
        dialog.assign_button.click()

    window.select_orders([order_ids[0], order_ids[2]])
    assert window.assign_action in window.edit_menu.actions()
    when_dialog_opens(type_carla)
    window.assign_action.trigger()
    assert [order_service.get_order(ctx, i).assignee for i in order_ids] == [
        "Carla", "Ben", "Carla"]
    window.history.undo_action.trigger()
    assert [order_service.get_order(ctx, i).assignee for i in order_ids] == [
        "Anna", "Ben", None]

    # and to nobody
    window.select_orders([order_ids[1]])
    when_dialog_opens(lambda d: d.nobody_button.click())  # type: ignore[attr-defined]
    window.assign_action.trigger()
    assert order_service.get_order(ctx, order_ids[1]).assignee is None
    assert window.pane.assigned_label.text().startswith("Assigned to: <b>Nobody</b>")


def test_a_bad_typed_name_is_said_in_the_dialog(window: MainWindow, ctx: AppContext,
                                               order_ids: list[int]) -> None:
    seen: list[str] = []

    def too_long(dialog: QDialog) -> None:
        assert isinstance(dialog, AssignDialog)
        dialog.name.setEditText("x" * 101)
        dialog.assign_button.click()
        seen.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.reject()

    window.select_orders([order_ids[0]])
    when_dialog_opens(too_long)
    window.assign_action.trigger()
    assert seen == ["A name has at most 100 characters, not 101."]
    assert order_service.get_order(ctx, order_ids[0]).assignee is None


def test_mine_shows_only_the_current_users_orders(window: MainWindow, ctx: AppContext,
                                                  order_ids: list[int],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bar = window.filter_bar
    assert bar.mine.isEnabled() and "Anna" in bar.mine.toolTip()
    bar.mine.setChecked(True)
    assert _shown_numbers(window) == set()
    assert "No order matches these filters" in window.no_match.text()
    assign(ctx, order_ids[2], "Anna")
    window.reload()
    assert _shown_numbers(window) == {NUMBERS[2]}
    assert bar.shown.text() == "1 of 3 orders"
    # a new name in Settings ▸ You: Mine shows that person's orders at once
    def name_ben(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.you_group.name.setText("Ben")
        dialog.accept()

    monkeypatch.delenv("ALIASSIST_NAME")
    when_dialog_opens(name_ben)
    window.open_settings()
    assert bar.mine.isChecked() and _shown_numbers(window) == {NUMBERS[1]}
    window.clear_filters()
    assert not bar.mine.isChecked()
    assert _shown_numbers(window) == set(NUMBERS)


def test_mine_is_off_when_who_you_are_is_not_known(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                   order_ids: list[int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALIASSIST_NAME")
    assert ctx.store.path is not None  # a SQLite file: a team database knows the role
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert not w.filter_bar.mine.isEnabled()
    assert "Settings ▸ You" in w.filter_bar.mine.toolTip()
    assert w.filter_bar.filters().assignee is None

    # Settings ▸ You: a name there names you from now on
    def name_me(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert "your changes are not named" in dialog.you_group.note.text()
        dialog.you_group.name.setText(" Ben ")
        dialog.accept()

    when_dialog_opens(name_me)
    w.open_settings()
    assert current_user(ctx) == "Ben"
    assert w.filter_bar.mine.isEnabled()
    w.filter_bar.mine.setChecked(True)
    assert _shown_numbers(w) == {NUMBERS[1]}


def test_a_name_that_cannot_be_kept_is_refused_in_settings(
        window: MainWindow, messages: list[tuple[str, str]]) -> None:
    def too_long(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.you_group.name.setMaxLength(200)
        dialog.you_group.name.setText("x" * 150)
        dialog.accept()
        assert dialog.isVisible()
        dialog.reject()

    when_dialog_opens(too_long)
    window.open_settings()
    assert messages == [("This name cannot be kept",
                         "your name: a name has at most 100 characters, not 150")]


def test_the_history_says_who_did_what(window: MainWindow, ctx: AppContext,
                                       order_ids: list[int],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    order = order_service.get_order(ctx, order_ids[0])
    dispute = rec.Dispute(reason="not_received", status="open", opened_at=NOW - timedelta(days=2))
    order_service.save_order_record(ctx, replace(order, disputes=(dispute,)), order_ids[0])
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    record_step(ctx, NUMBERS[0], None, "escalated")
    window.reload()
    window.select_orders([order_ids[0]])
    box = window.pane.section("History")
    assert box is not None
    text = box.findChildren(type(window.pane.assigned_label))[0].text()
    saved = order_history(ctx, order_ids[0]).saved_at
    assert saved is not None
    lines = text.splitlines()
    assert lines[0] == f"Last saved by Ben on {saved.astimezone():%Y-%m-%d %H:%M}"
    assert lines[-1].startswith("Dispute escalated on ") and lines[-1].endswith(" by Ben")


SHOTS = Path(os.environ.get("ALIASSIST_SHOTS", "/work/shots/17b"))


def test_screenshots_of_the_pane_and_the_filter_row(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                     ctx: AppContext, order_ids: list[int],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The pane (assigned, with its history) and the filter row with "Mine", light and dark:
    nothing cut off (the files are looked at by a person)."""
    order = order_service.get_order(ctx, order_ids[0])
    dispute = rec.Dispute(reason="not_received", status="open", opened_at=NOW - timedelta(days=2))
    order_service.save_order_record(ctx, replace(order, disputes=(dispute,)), order_ids[0])
    monkeypatch.setenv("ALIASSIST_NAME", "Ben")
    record_step(ctx, NUMBERS[0], None, "escalated")
    monkeypatch.setenv("ALIASSIST_NAME", "Anna")
    assign(ctx, order_ids[0], "Anna")
    window.resize(1280, 760)
    window.reload()
    window.select_orders([order_ids[0]])
    window.filter_bar.mine.setChecked(True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    try:
        for name, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            window.pane.view = None
            window._current_changed()  # the pane is drawn again in the palette's tones
            qtbot.wait(50)
            assert window.pane.assign_button.isVisible()
            body = window.pane.widget()  # the whole pane, the part scrolled out of view too
            assert body is not None
            assert body.grab().save(str(SHOTS / f"pane-assigned-{name}.png"))
            for box in window.pane._boxes:  # each section as tall as it needs: none squeezed
                assert box.height() >= box.minimumSizeHint().height(), box.title()
            assert window.filter_bar.grab().save(str(SHOTS / f"filter-row-mine-{name}.png"))
            button = window.pane.assign_button
            assert button.width() >= button.sizeHint().width()  # "Assign…" not squeezed
            mine = window.filter_bar.mine
            assert mine.width() >= mine.sizeHint().width()
            dialog = AssignDialog("2 orders", None, ["Ben", "Carla"], "Anna", window,
                                  mixed=True)
            dialog.show()
            qtbot.wait(50)
            assert dialog.grab().save(str(SHOTS / f"assign-dialog-{name}.png"))
            dialog.close()
    finally:
        app.setPalette(light)
