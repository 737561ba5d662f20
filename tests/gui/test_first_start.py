"""A first start: the empty window says how to import, offers sample orders in a database of
their own (never mixed with the buyer's) and a guide under Help; rule sources are links."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from aliassist import APP_NAME
from aliassist.domain.findings import make_finding
from aliassist.gui.accessibility import plain
from aliassist.gui.dispute.findings_view import FindingsView
from aliassist.gui.guide import GuideDialog
from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext
from aliassist.services.orders import order_table
from aliassist.services.sample import sample_database_path


def test_the_empty_window_offers_sample_orders_in_a_database_of_their_own(
        qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    assert "Import your orders" in window.empty.findChildren(QLabel)[1].text()
    assert window.empty.sample_button.isVisible()
    window.empty.sample_button.click()
    assert window.showing_sample and window.windowTitle() == f"{APP_NAME} — sample orders"
    assert window.sample_banner.isVisible() and window.back_button.isVisible()
    assert window.model.rowCount() == 20
    assert window.ctx.store.path == sample_database_path() != ctx.store.path
    assert len(order_table(ctx)) == 0  # the buyer's database holds none of them
    assert not window.import_orders_action.isEnabled() and not window.acceptDrops()
    assert plain(window.sample_action.text()) == "Back to my orders"

    window.back_button.click()
    assert not window.showing_sample and window.windowTitle() == APP_NAME
    assert window.ctx is ctx and window.stack.currentWidget() is window.empty
    assert window.import_orders_action.isEnabled() and window.acceptDrops()
    # the sample is kept as it was left, and opens again the same
    window.sample_action.trigger()
    assert window.model.rowCount() == 20
    window.close()
    assert not window.showing_sample and window.ctx is ctx


def test_help_has_a_guide_to_the_clocks_importing_and_the_pre_check(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.guide_action in window.help_menu.actions()
    window.guide_action.trigger()
    guide = window.guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    text = guide.text.toPlainText()
    for heading in ("How to import your orders", "What the clocks mean",
                    "How the pre-check works", "Where the rules come from"):
        assert heading in text
    policy = window.ctx.policy
    for clock in policy.clocks.values():
        assert clock.label in text
    html = guide.text.toHtml()
    for source in policy.sources.values():
        assert (f'href="{source.url}"' in html) == bool(source.url)
    assert guide.text.openExternalLinks()


def test_a_finding_links_to_its_rule_source(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    finding = make_finding(ctx.policy, "extortion")
    url = ctx.policy.sources[ctx.policy.rule("extortion").source].url
    assert url and finding.source_url == url
    view = FindingsView()
    qtbot.addWidget(view)
    view.set_findings([finding])
    links = [label for label in view.findChildren(QLabel) if "href" in label.text()]
    assert links and f"href='{url}'" in links[0].text() and links[0].openExternalLinks()
