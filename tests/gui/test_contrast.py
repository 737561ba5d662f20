"""Text reads well in a light and a dark palette: the colours the key widgets are given for
their text, against what is behind it, reach WCAG AA (4.5:1)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from aliassist.domain.findings import Finding
from aliassist.gui.dispute.dispute_wizard import DisputeWizard
from aliassist.gui.dispute.findings_view import SEVERITY_BADGES, FindingCard
from aliassist.gui.evidence.checklist_panel import ChecklistPanel
from aliassist.gui.main_window import MainWindow
from aliassist.gui.theme import contrast_ratio, tint, tone
from aliassist.services.context import AppContext

AA = 4.5
_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d30"),
                         (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.AlternateBase, "#262629"),
                         (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.Button, "#3a3a3d"),
                         (QPalette.ColorRole.ButtonText, "#eeeeee"),
                         (QPalette.ColorRole.ToolTipBase, "#1e1e1e"),
                         (QPalette.ColorRole.ToolTipText, "#eeeeee"),
                         (QPalette.ColorRole.Highlight, "#3d6fb4"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#efefef"),
                         (QPalette.ColorRole.WindowText, "#1d1d1f"),
                         (QPalette.ColorRole.Base, "#ffffff"),
                         (QPalette.ColorRole.Text, "#1d1d1f")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    app = QApplication.instance()
    before = app.palette()
    chosen = light_palette() if request.param == "light" else dark_palette()
    app.setPalette(chosen)
    yield chosen
    app.setPalette(before)


def colours_in(text: str) -> list[QColor]:
    return [QColor(c) for c in _COLOUR.findall(text)]


def assert_reads(label: QLabel, behind: QColor) -> None:
    """Every colour the label's style or rich text gives its text reaches AA on `behind`."""
    found = colours_in(label.styleSheet()) + colours_in(label.text())
    assert found, f"{label.text()!r} is given no colour of its own"
    for colour in found:
        ratio = contrast_ratio(colour, behind)
        assert ratio >= AA, (f"{label.text()[:60]!r}: {colour.name()} on {behind.name()} is "
                             f"{ratio:.1f}:1")


def window_of(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Window)


def test_the_wizard_verdict_and_why_not_read_well(qtbot, ctx: AppContext, dispute_order: int,  # type: ignore[no-untyped-def]
                                                  palette: QPalette) -> None:
    wizard = DisputeWizard(ctx, dispute_order)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_reason("damaged")  # already disputed on this item: blocked
    wizard.words.setPlainText("The lamp arrived broken. I do this out of revenge.")
    wizard.recheck()
    assert "Not ready" in wizard.verdict.text()
    assert "Blocked by the pre-check" in wizard.why_not.text()
    for label in (wizard.verdict, wizard.why_not, wizard.words_count):
        assert_reads(label, window_of(wizard))
    # the phrase that raised a rule: its underline's text on its tint
    [underline] = wizard.words.extraSelections()
    fmt = underline.format
    ink = (fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush
           else wizard.words.palette().color(QPalette.ColorRole.Text))
    ratio = contrast_ratio(ink, fmt.background().color())
    assert ratio >= AA, f"underlined phrase: {ratio:.1f}:1"
    wizard.set_reason("wrong_item")
    wizard.words.setPlainText("I ordered a white desk lamp and received a black floor lamp.")
    wizard.recheck()
    assert "Ready to file" in wizard.verdict.text()
    assert_reads(wizard.verdict, window_of(wizard))


@pytest.mark.parametrize("severity", list(SEVERITY_BADGES))
def test_finding_cards_read_well(qtbot, severity: str, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    card = FindingCard(Finding("retaliation", severity, "The seller's picture 'listing.png'.",
                               "Rules", "Title"))
    qtbot.addWidget(card)
    assert contrast_ratio(QColor(card.colours.ink), QColor(card.colours.back)) >= AA
    assert card.colours == tint(f"severity.{severity}")
    # the message is plain text: an apostrophe, never an HTML entity
    assert card.message.textFormat() == Qt.TextFormat.PlainText
    assert card.message.text() == "The seller's picture 'listing.png'."


def test_the_checklist_panel_notes_read_well(qtbot, ctx: AppContext, dispute_order: int,  # type: ignore[no-untyped-def]
                                             palette: QPalette) -> None:
    panel = ChecklistPanel(ctx, dispute_order, "not_as_described")
    qtbot.addWidget(panel)
    panel.show()
    base = panel.palette().color(QPalette.ColorRole.Base)
    assert_reads(panel.intro, window_of(panel))
    muted = f"color: {tone('muted')}"
    notes = [label for label in panel.findChildren(QLabel) if muted in label.styleSheet()]
    assert notes
    for label in notes:  # inside the cards, on the base colour
        assert_reads(label, base)


def test_order_table_cells_read_well(qtbot, filled_ctx: AppContext, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    model = window.model
    base = window.table.palette().color(QPalette.ColorRole.Base)
    text = window.table.palette().color(QPalette.ColorRole.Text)
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            if background is None and foreground is None:
                continue
            bg = QColor(background.color() if hasattr(background, "color") else background) \
                if background is not None else base
            fg = QColor(foreground.color() if hasattr(foreground, "color") else foreground) \
                if foreground is not None else text
            ratio = contrast_ratio(fg, bg)
            assert ratio >= AA, (f"row {row} column {column}: {fg.name()} on {bg.name()} is "
                                 f"{ratio:.1f}:1")
            checked += 1
    assert checked


def test_the_pane_explains_the_state_in_a_colour_that_reads(qtbot, filled_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                           palette: QPalette) -> None:
    window = MainWindow(filled_ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_orders([window.model.order_id(0)])
    header = next(label for label in window.pane.findChildren(QLabel)
                  if label.text().startswith("<span style='font-size:large'>"))
    help_colour = QColor(re.findall(r"<span style='color:(#[0-9a-fA-F]{6})'>",
                                    header.text())[-1])
    ratio = contrast_ratio(help_colour, window_of(header))
    assert ratio >= AA, f"{help_colour.name()} on {window_of(header).name()}: {ratio:.1f}:1"
