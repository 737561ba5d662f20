"""Usable without a mouse and with a screen reader: every control has a name Qt's accessibility
interface gives a screen reader, Tab reaches every control and leaves the orders table, Enter acts
on what has focus, and the dialogs fit (or scroll) at a large font."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QTabBar,
    QTabWidget,
    QWidget,
)

from aliassist.domain import records as rec
from aliassist.gui.accessibility import plain
from aliassist.gui.dispute.dispute_steps import DisputeStepsDialog
from aliassist.gui.dispute.dispute_wizard import DisputeWizard
from aliassist.gui.dispute.message_editor import MessageEditor
from aliassist.gui.evidence.evidence_dialog import EvidenceDialog
from aliassist.gui.evidence.evidence_viewer import EvidenceViewer
from aliassist.gui.imports.import_dialogs import ColumnMappingDialog
from aliassist.gui.main_window import MainWindow
from aliassist.gui.settings.settings_dialog import SettingsDialog
from aliassist.gui.workspace.order_dialog import OrderDialog
from aliassist.gui.workspace.orders_model import COLUMN
from aliassist.services import evidence as evidence_service
from aliassist.services.context import AppContext
from aliassist.services.orders import get_order
from aliassist.store.repository import save_order, saved_order_id
from tests.conftest import NOW
from tests.gui.conftest import when_dialog_opens
from tests.photos import save_photo

ORDER = rec.Order("8187000000000001", NOW - timedelta(days=30),
                  shipped_at=NOW - timedelta(days=28), store="Sunny Store",
                  items=(rec.Item("Red dress", quantity=1),),
                  disputes=(rec.Dispute("not_as_described", opened_at=NOW),))


@pytest.fixture
def order_id(ctx: AppContext, tmp_path: Path) -> int:
    with ctx.session() as session, session.begin():
        save_order(session, ORDER, now=NOW)
        order_id = saved_order_id(session, ORDER)
    evidence_service.attach_files(ctx, order_id, [save_photo(tmp_path / "dress.jpg", 1)],
                                  kind="own_photo")
    return order_id


def controls(window: QWidget) -> list[QWidget]:
    """What a keyboard user can reach in `window` as it is shown: the widgets Tab stops at
    (not the parts Qt builds inside a combo or spin box, nor scroll areas' frames)."""
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() or w.window() is not window:
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)) or w.focusProxy():
            continue  # Qt's parts of a control, or a widget that hands focus to another
        found.append(w)
    return found


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    return iface.text(QAccessible.Text.Name).strip()


def unnamed(window: QWidget) -> list[str]:
    """Every reachable control whose accessible name is empty (what it is, and where)."""
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in controls(window) if not spoken_name(w)]


def every_tab(window: QWidget) -> Iterator[str]:
    """Show each page of each tab widget in turn (the controls of hidden pages are not shown)."""
    yield "first page"
    for tabs in window.findChildren(QTabWidget):
        for page in range(tabs.count()):
            tabs.setCurrentIndex(page)
            yield tabs.tabText(page)


def assert_all_named(window: QWidget) -> None:
    problems = {}
    for page in every_tab(window):
        QApplication.processEvents()
        missing = unnamed(window)
        if missing:
            problems[page] = missing
    assert not problems, problems


def tab_through(qtbot, window: QWidget, start: QWidget, presses: int = 200  # type: ignore[no-untyped-def]
                ) -> list[QWidget]:
    """Press Tab on whatever has focus, from `start`, until focus comes back round."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(presses):
        focus = QApplication.focusWidget()
        assert focus is not None
        if visited and focus is visited[0]:
            break
        visited.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return visited


# -- names ------------------------------------------------------------------------------------


def test_every_control_of_the_main_window_has_a_spoken_name(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                            order_id: int) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_orders([order_id])
    assert_all_named(window)
    assert spoken_name(window.filter_bar.search) == "Search orders"
    assert spoken_name(window.table) == "Orders"


def test_the_empty_window_has_named_controls(window: MainWindow) -> None:
    assert_all_named(window)


def test_every_control_of_the_order_editor_has_a_spoken_name(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                             order_id: int) -> None:
    dialog = OrderDialog(ctx.policy, order=get_order(ctx, order_id), now=ctx.now,
                         store_file=ctx.vault.put)
    qtbot.addWidget(dialog)
    dialog.show()
    for editor in (dialog.items, dialog.disputes, dialog.payments, dialog.evidence):
        if editor.list.count():
            editor.list.setCurrentRow(0)
    assert_all_named(dialog)
    # The label beside a field names it, and its Alt+letter focuses it.
    assert spoken_name(dialog.number) == "Order number"
    assert spoken_name(dialog.placed.date).startswith("Order placed")


def test_every_control_of_the_dispute_wizard_has_a_spoken_name(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                               order_id: int) -> None:
    wizard = DisputeWizard(ctx, order_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_reason("not_as_described")
    QApplication.processEvents()
    assert wizard.checklist is not None
    assert_all_named(wizard)
    assert spoken_name(wizard.platform_id) == "Platform dispute id"


def test_the_other_dialogs_have_named_controls(qtbot, ctx: AppContext, order_id: int  # type: ignore[no-untyped-def]
                                               ) -> None:
    order = get_order(ctx, order_id)
    panel_dialog = EvidenceDialog(ctx, order_id)
    state = panel_dialog.panel.status.state
    dialogs: list[QDialog] = [
        panel_dialog, MessageEditor(ctx.policy, order), SettingsDialog(ctx),
        DisputeStepsDialog(ctx, order.number),
        EvidenceViewer(ctx, state, evidence_service.listed_indices(state), 0,
                       panel_dialog.panel.thumbs)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert_all_named(dialog)


def test_state_is_said_in_words_as_well_as_colour(qtbot, ctx: AppContext, order_id: int  # type: ignore[no-untyped-def]
                                                  ) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    state = window.model.index(0, COLUMN["state"]).data()
    assert "⚑ 1 dispute" in state
    window.select_orders([order_id])
    timeline = next(w for w in window.pane.findChildren(QWidget)
                    if w.accessibleName() == "Timeline of the order's clocks")
    assert "Buyer Protection" in timeline.accessibleDescription() or \
        "→" in timeline.accessibleDescription()
    panel = EvidenceDialog(ctx, order_id).panel
    qtbot.addWidget(panel)
    ticks = [card.tick.text() for card in panel.cards.values() if card.entry is not None]
    assert ticks and all(t.split()[0] in ("✔", "✗", "–") and len(t.split()) > 1 for t in ticks)
    assert not any("○" in t for t in ticks)


# -- focus and keys ---------------------------------------------------------------------------


def test_tab_reaches_every_control_of_the_main_window_and_leaves_the_table(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, order_id: int) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_orders([order_id])
    selected = window.selected_ids()
    visited = tab_through(qtbot, window, window.filter_bar.search)
    reachable = set(controls(window))
    assert reachable <= set(visited), [type(w).__name__ for w in reachable - set(visited)]
    assert visited.count(window.table) == 1  # one Tab in, the next one out
    assert window.selected_ids() == selected  # tabbing never moved the selection


@pytest.mark.parametrize("make", ["wizard", "editor", "message", "evidence", "steps"])
def test_tab_reaches_every_control_of_each_dialog(qtbot, ctx: AppContext, order_id: int,  # type: ignore[no-untyped-def]
                                                  make: str) -> None:
    dialog: QDialog
    if make == "wizard":
        dialog = DisputeWizard(ctx, order_id)
    elif make == "editor":
        dialog = OrderDialog(ctx.policy, order=get_order(ctx, order_id), now=ctx.now)
    elif make == "evidence":
        dialog = EvidenceDialog(ctx, order_id)
    elif make == "steps":
        dialog = DisputeStepsDialog(ctx, ORDER.number)
    else:
        dialog = MessageEditor(ctx.policy, get_order(ctx, order_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, DisputeWizard):
        dialog.set_reason("not_as_described")
        QApplication.processEvents()
    first = next(w for w in controls(dialog) if not isinstance(w, QTabBar))
    visited = tab_through(qtbot, dialog, first)
    reachable = set(controls(dialog))
    assert reachable <= set(visited), [f"{type(w).__name__} {spoken_name(w)!r}"
                                       for w in reachable - set(visited)]


def test_enter_in_the_search_field_does_not_open_the_editor(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                             order_id: int) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_orders([order_id])
    opened: list[str] = []
    window.activateWindow()
    window.filter_bar.search.setFocus()
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    # In the table, Enter edits the order with focus.
    when_dialog_opens(lambda d: (opened.append(d.windowTitle()), d.reject()), OrderDialog)
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == [f"Order {ORDER.number}"]


def test_dialogs_have_a_default_button_and_copy_is_not_it(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                          order_id: int) -> None:
    wizard = DisputeWizard(ctx, order_id)
    qtbot.addWidget(wizard)
    assert wizard.file_button.isDefault()
    assert not wizard.copy_button.isDefault() and not wizard.copy_button.autoDefault()
    editor = MessageEditor(ctx.policy, get_order(ctx, order_id))
    qtbot.addWidget(editor)
    assert not editor.copy_button.autoDefault()


def test_buttons_and_form_labels_have_alt_letters_of_their_own(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                              order_id: int) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    wizard = DisputeWizard(ctx, order_id)
    qtbot.addWidget(wizard)
    owners = [b.text() for b in wizard.findChildren(QPushButton) if b.text()]
    owners += [label.text() for label in wizard.findChildren(QLabel) if label.buddy()]
    letters = [t.replace("&&", "")[t.replace("&&", "").index("&") + 1].lower() for t in owners
               if "&" in t.replace("&&", "")]
    assert len(letters) == len(owners)
    assert len(set(letters)) == len(letters)


def test_the_sort_menu_sorts_from_the_keyboard(qtbot, ctx: AppContext, order_id: int  # type: ignore[no-untyped-def]
                                               ) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.sort_actions[COLUMN["store"]].trigger()
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN["store"]
    window.sort_descending_action.trigger()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert window.sort_actions[COLUMN["store"]].isChecked()
    assert plain(window.sort_descending_action.text()) == "Descending"


def test_the_verdict_is_announced_when_it_changes(qtbot, ctx: AppContext, order_id: int  # type: ignore[no-untyped-def]
                                                  ) -> None:
    wizard = DisputeWizard(ctx, order_id)
    qtbot.addWidget(wizard)
    wizard.set_reason("not_as_described")
    wizard.recheck()
    assert wizard.verdict.accessibleDescription() == plain(wizard.verdict.text())
    assert wizard.verdict.accessibleDescription()


# -- large fonts -----------------------------------------------------------------------------


@pytest.fixture
def large_font() -> Iterator[QFont]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(16)
    app.setFont(font)
    yield font
    app.setFont(before)


def test_dialogs_fit_a_small_screen_at_a_16pt_font(qtbot, ctx: AppContext, order_id: int,  # type: ignore[no-untyped-def]
                                                  large_font: QFont) -> None:
    order = get_order(ctx, order_id)
    panel_dialog = EvidenceDialog(ctx, order_id)
    wizard = DisputeWizard(ctx, order_id)
    wizard.set_reason("not_as_described")  # with its evidence checklist beside the pre-check
    dialogs: list[QDialog] = [
        wizard, OrderDialog(ctx.policy, order=order, now=ctx.now),
        MessageEditor(ctx.policy, order), SettingsDialog(ctx),
        DisputeStepsDialog(ctx, order.number), panel_dialog]
    too_big = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        size = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if size.width() > 1280 or size.height() > 800:
            too_big[type(dialog).__name__] = (size.width(), size.height())
    assert not too_big


def test_arrow_keys_step_through_the_evidence_whatever_has_focus(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, order_id: int, tmp_path: Path) -> None:
    evidence_service.attach_files(ctx, order_id, [save_photo(tmp_path / "box.jpg", 2)],
                                  kind="own_photo")
    dialog = EvidenceDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    state = dialog.panel.status.state
    viewer = EvidenceViewer(ctx, state, evidence_service.listed_indices(state), 0,
                            dialog.panel.thumbs)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    viewer.open_button.setFocus()
    first = viewer.fields["name"].text()
    qtbot.keyClick(viewer.open_button, Qt.Key.Key_Right)
    assert viewer.fields["name"].text() != first
    assert viewer.counter.accessibleDescription().endswith("2 of 2")
    qtbot.keyClick(viewer.open_button, Qt.Key.Key_Left)
    assert viewer.fields["name"].text() == first


def test_enter_on_a_thumbnail_opens_it(qtbot, ctx: AppContext, order_id: int  # type: ignore[no-untyped-def]
                                       ) -> None:
    dialog = EvidenceDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    opened: list[int] = []
    when_dialog_opens(lambda viewer: (opened.append(viewer.index), viewer.accept()),
                      EvidenceViewer)
    strip = next(card.strip for card in dialog.panel.cards.values() if card.strip.count())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    strip.setFocus()
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    assert opened == [0]


def test_status_messages_are_announced(window: MainWindow) -> None:
    window.statusBar().showMessage("Saved order 8187000000000001", 5000)
    assert window.statusBar().accessibleDescription() == "Saved order 8187000000000001"


def test_the_import_dialogs_have_named_controls(qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
                                                ) -> None:
    """A file of an unknown layout: the column dialog, the preview and the report in turn."""
    path = tmp_path / "orders.csv"
    path.write_text("Number,Date,Shop\n8187000000000009,2026-11-02,Sunny Store\n"
                    "bad,,\n", encoding="utf-8")
    seen: list[str] = []

    def check(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        assert_all_named(dialog)
        if isinstance(dialog, ColumnMappingDialog):
            dialog.choose("number", 0)
            dialog.choose("placed_at", 1)
            dialog.remember.setChecked(False)
            dialog.accept()
        else:
            dialog.accept()
        if len(seen) < 3:
            when_dialog_opens(check)

    when_dialog_opens(check)
    window.import_orders(path)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    assert seen == ["ColumnMappingDialog", "ImportPreviewDialog", "ImportReportDialog"]
