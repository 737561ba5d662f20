"""The orders workspace driven as a person would: search (Ctrl+F), state and account filters,
sorting every column, the order pane and its sections."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from aliassist.domain import order_search
from aliassist.domain.clocks import STATES
from aliassist.gui.main_window import MainWindow
from aliassist.gui.theme import graphic
from aliassist.gui.workspace.order_pane import OrderPane, OrderView, TimelineView, timeline_bars
from aliassist.gui.workspace.orders_model import COLUMN, COLUMNS, STATE_ROLE
from aliassist.services.context import AppContext
from aliassist.services.orders import get_order
from aliassist.store.repository import load_orders
from tests.gui.conftest import sort_key


def shown(window: MainWindow, key: str = "number") -> list[str]:
    model = window.model
    return [model.index(r, COLUMN[key]).data() for r in range(model.rowCount())]


def test_search_finds_number_store_any_item_title_and_tracking(qtbot, filled_ctx: AppContext
                                                               ) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    with filled_ctx.session() as session:
        orders = load_orders(session)
    two_items = next(o for o in orders if len(o.items) > 1)
    second_title = two_items.items[1].title
    tracked = next(o for o in orders if o.tracking_number)

    # Ctrl+F selects the search text to type over (offscreen windows never get the focus).
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.filter_bar.search.setText("old query")
    window.find_action.trigger()
    assert window.filter_bar.search.selectedText() == "old query"
    for query, expected in ((orders[0].number[-9:], {orders[0].number}),
                            (tracked.tracking_number.lower(), {tracked.number})):
        window.filter_bar.search.setText(query)
        assert set(shown(window)) == expected, query
    window.filter_bar.search.setText(second_title.upper())
    hits = set(shown(window))
    assert two_items.number in hits
    assert hits == {o.number for o in orders if any(i.title.casefold() ==
                                                    second_title.casefold() or
                                                    second_title.casefold() in i.title.casefold()
                                                    for i in o.items)}
    window.filter_bar.search.setText("Bright")
    assert set(shown(window)) == {o.number for o in orders if o.store == "Bright Store"}
    assert f"of {len(orders)} orders" in window.filter_bar.shown.text()
    window.filter_bar.search.setText("no such thing anywhere")
    assert window.model.rowCount() == 0
    # an empty result says why and how to get every order back
    assert not window.no_match.isHidden()
    assert "No order matches “no such thing anywhere”" in window.no_match.text()
    assert "Esc" in window.no_match.text()
    window.clear_filters_action.trigger()
    assert window.model.rowCount() == len(orders)
    assert window.no_match.isHidden()


def test_esc_in_the_search_box_clears_it(qtbot, filled_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    total = window.model.rowCount()
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "no such thing")
    assert window.model.rowCount() == 0
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and window.model.rowCount() == total


def test_typing_narrows_the_search_keystroke_by_keystroke(qtbot, filled_ctx: AppContext) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.filter_bar.search.setFocus()
    counts = []
    for char in "cable":
        qtbot.keyClick(window.filter_bar.search, char)
        counts.append(window.model.rowCount())
    assert counts == sorted(counts, reverse=True) and counts[-1] > 0
    assert all("cable" in get_order(filled_ctx, window.model.order_id(r)).items[0].title.lower()
               or any("cable" in i.title.lower() for i in
                      get_order(filled_ctx, window.model.order_id(r)).items)
               for r in range(window.model.rowCount()))
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Backspace)
    assert window.model.rowCount() == counts[-2]


def test_state_and_account_filters(qtbot, filled_ctx: AppContext) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    bar = window.filter_bar
    for key, states in (("ends_soon", {"ends_soon"}), ("grace", {"grace"}),
                        ("expired", {"expired"}), ("in_dispute", {"in_dispute"}),
                        ("attention", {"ends_soon", "grace", "in_dispute"})):
        bar.state.setCurrentIndex(bar.state.findData(key))
        found = {window.model.index(r, 0).data(STATE_ROLE) for r in range(window.model.rowCount())}
        assert found == states, key
    bar.state.setCurrentIndex(0)
    assert [bar.account.itemText(i) for i in range(bar.account.count())] == [
        "All accounts", "me@example.com", "shop@example.com"]
    bar.account.setCurrentIndex(bar.account.findData("shop@example.com"))
    assert set(shown(window, "account")) == {"shop@example.com"}
    assert window.model.rowCount() == 10
    bar.state.setCurrentIndex(bar.state.findData("in_dispute"))
    both = window.model.rowCount()
    assert 0 < both < 10


def test_every_column_sorts_both_ways_and_the_selection_follows(qtbot, filled_ctx: AppContext
                                                                ) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    model = window.model
    window.select_orders([model.order_id(5)])
    chosen = window.selected_ids()
    for key, _ in COLUMNS:
        for direction in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            window.table.sortByColumn(COLUMN[key], direction)
            assert window.selected_ids() == chosen, key
        window.table.sortByColumn(COLUMN[key], Qt.SortOrder.AscendingOrder)
        if key in ("number", "store", "title", "account", "placed", "protection_end"):
            values = [re.sub(r" \(\+\d+\)$", "", v) for v in shown(window, key)]
            assert values == sorted(values, key=lambda v: sort_key(key, v)), key
    window.table.sortByColumn(COLUMN["store"], Qt.SortOrder.AscendingOrder)
    window.filter_bar.search.setText("Store")
    stores = shown(window, "store")
    assert stores == sorted(stores, key=str.casefold) and 0 < len(stores) < 20


def test_the_pane_shows_the_selected_order(qtbot, filled_ctx: AppContext) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    model = window.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(STATE_ROLE) == "in_dispute")
    window.table.selectRow(row)
    order = get_order(filled_ctx, model.order_id(row))
    pane = window.pane
    assert pane.view is not None and pane.view.order == order
    titles = pane.section_titles()
    assert titles[0] == "Deadlines" and "Items" in titles and "Disputes" in titles
    texts = html.unescape(" ".join(label.text() for label in pane.findChildren(QLabel)))
    assert order.number in texts and order.items[0].title in texts
    timeline = pane.findChild(TimelineView)
    assert timeline is not None
    qtbot.waitUntil(timeline.isVisible)
    labels = [bar.label for bar in timeline.bars]
    assert "Buyer Protection ends" in labels and any("dispute 1" in x for x in labels)
    # The bars are drawn right of the labels, whatever width the installed fonts leave the pane.
    image = timeline.grab().toImage()
    scale = image.width() / timeline.width()
    fills = {graphic(f"state.{timeline.state}").rgb(), graphic("line").rgb()}  # running, others
    bar_pixels = [(x, y) for y in range(0, image.height(), 2)
                  for x in range(int(timeline.LABEL_WIDTH * scale), image.width(), 2)
                  if image.pixel(x, y) in fills]
    assert len(bar_pixels) > 50, "the timeline draws no bars"
    # Hiding the pane (F9) and showing it again keeps working.
    window.pane_action.trigger()
    assert not pane.isVisible()
    window.pane_action.trigger()
    assert pane.isVisible()


def test_timeline_bars_cover_every_clock_with_today_inside(filled_ctx: AppContext) -> None:
    with filled_ctx.session() as session:
        order = next(o for o in load_orders(session) if o.disputes)
    from aliassist.domain.clocks import order_clocks

    now = filled_ctx.now()
    view = OrderView(order, 1, order_clocks(order, filled_ctx.policy, now), filled_ctx.policy,
                     now)
    bars = timeline_bars(view)
    assert len(bars) == len(view.clocks.timeline())
    assert all(b.start <= b.end for b in bars)
    assert any(b.active for b in bars)
    timeline = TimelineView(bars, now, "#dbe8ff")
    first, last = timeline.span()
    assert first <= now <= last


def test_other_parts_of_the_app_add_sections(qtbot, filled_ctx: AppContext) -> None:
    pane = OrderPane(filled_ctx.policy, filled_ctx.now)
    qtbot.addWidget(pane)
    seen: list[str] = []

    def checklist(view: OrderView) -> QWidget | None:
        seen.append(view.order.number)
        return QLabel(f"{len(view.order.items)} items to photograph") if view.order.items \
            else None

    pane.add_section("Evidence checklist", checklist)
    order = get_order(filled_ctx, 1)
    pane.show_order(order, 1)
    assert pane.section_titles()[-1] == "Evidence checklist" and seen == [order.number]
    pane.show_order(None, None)
    assert pane.section_titles() == []


def test_every_state_has_its_filter() -> None:
    from aliassist.gui.workspace.orders_model import STATE_FILTERS

    covered = {s for _, states in STATE_FILTERS.values() for s in states}
    assert covered == set(STATES)
    assert QApplication.instance() is not None


def test_a_closed_orders_tooltip_says_why(qtbot, filled_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from aliassist.services.disputes import record_payment

    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    order_id = next(window.model.order_id(r) for r in range(window.model.rowCount())
                    if window.model.index(r, COLUMN["state"]).data(STATE_ROLE)
                    not in ("in_dispute", "closed"))
    number = get_order(filled_ctx, order_id).number
    record_payment(filled_ctx, number, "chargeback", amount="5.00")
    window.reload()
    row = next(r for r in range(window.model.rowCount()) if window.model.order_id(r) == order_id)
    state = window.model.index(row, COLUMN["state"])
    assert state.data(STATE_ROLE) == "closed"
    assert "Closed: card chargeback recorded." in state.data(Qt.ItemDataRole.ToolTipRole)
    open_row = next(r for r in range(window.model.rowCount())
                    if window.model.index(r, COLUMN["state"]).data(STATE_ROLE) != "closed")
    assert "Closed:" not in window.model.index(open_row, COLUMN["state"]).data(
        Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("count", [1, 3, 10])
def test_a_search_keeps_selected_the_orders_it_still_shows(qtbot, filled_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                           count: int) -> None:
    # one order, a few, or more than the model looks for one by one (every other row: as many
    # selection ranges)
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    model = window.model
    assert model.rowCount() >= 2 * count
    chosen = [model.order_id(r) for r in range(0, 2 * count, 2)]
    window.select_orders(chosen)
    assert sorted(window.selected_ids()) == sorted(chosen)
    store = get_order(filled_ctx, chosen[-1]).store
    window.filter_bar.search.setText(store)
    kept = sorted(i for i in chosen if get_order(filled_ctx, i).store == store)
    assert kept and sorted(window.selected_ids()) == kept
    assert {model.order_id(r) for r in range(model.rowCount())} >= set(kept)
    window.filter_bar.search.setText("")
    assert sorted(window.selected_ids()) == kept


def test_the_search_shows_the_same_orders_before_and_after_the_warm_up(  # type: ignore[no-untyped-def]
        qtbot, filled_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    # the warm-up makes the index of letters and pairs (here of a small table too): the
    # answers it gives are the scan's
    monkeypatch.setattr(order_search, "_INDEXED", 0)
    cold, warm = MainWindow(filled_ctx), MainWindow(filled_ctx)
    qtbot.addWidget(cold)
    qtbot.addWidget(warm)
    warm.prepare()
    index = warm.model.search_index()
    assert index is not None and index.presence is not None
    number = cold.model.order_id(0)
    typed = get_order(filled_ctx, number).number[:3]
    for query in ["l", "la", "lam", "lamp", "la", "", "S", "st", "sto", "store x", "zq",
                  "cable", typed[:1], typed[:2], typed, "é", "\u0451"]:
        cold.filter_bar.search.setText(query)
        warm.filter_bar.search.setText(query)
        assert shown(warm) == shown(cold), query
