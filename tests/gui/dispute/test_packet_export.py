"""Exporting a dispute packet from the window: from the Dispute menu for a recorded dispute
(asking before overriding a blocking pre-check) and from the New dispute wizard."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from aliassist.gui.desktop.show_in_folder import ShowInFolder
from aliassist.gui.dispute.dispute_wizard import DisputeWizard
from aliassist.gui.main_window import MainWindow
from aliassist.packet.archive import verify_packet
from aliassist.services.context import AppContext
from aliassist.services.orders import get_order, save_order_record


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    out = tmp_path / "exported" / "packet.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "Dispute packet (*.zip)")))
    return out


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def main_window(qtbot, ctx: AppContext, order_id: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_orders([order_id])
    return window


def test_export_from_the_dispute_menu(qtbot, ctx: AppContext, dispute_order: int,  # type: ignore[no-untyped-def]
                                      save_to: Path) -> None:
    window = main_window(qtbot, ctx, dispute_order)
    assert window.packet_action.isEnabled()
    window.packet_action.trigger()
    with qtbot.waitSignal(window.packet_exporter.done, timeout=60_000) as done:
        pass
    assert done.args[0].path == save_to
    report = verify_packet(save_to)
    assert report.ok
    # one count: what the window says is what verify-packet checks
    assert done.args[0].files == len(report.ok_files)
    assert (f"({len(report.ok_files)} files and a manifest)"
            in window.statusBar().currentMessage())
    assert window.findChild(ShowInFolder).isVisible()  # "Show in folder" beside the message


def test_a_blocked_dispute_asks_and_records_the_override(
        qtbot, ctx: AppContext, dispute_order: int, save_to: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, messages: list) -> None:
    order = get_order(ctx, dispute_order)
    # A second "damaged" dispute on the same item: forbidden (duplicate_dispute).
    twice = replace(order, disputes=(*order.disputes, replace(order.disputes[0],
                                                               platform_id="D-2")))
    save_order_record(ctx, twice, dispute_order)
    window = main_window(qtbot, ctx, dispute_order)
    monkeypatch.setattr("aliassist.gui.dispute.packet_export.QInputDialog.getItem",
                        staticmethod(lambda parent, title, label, items, *a: (items[1], True)))
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.packet_action.trigger()
    assert asked and "Same dispute already exists" in asked[0]
    assert not save_to.exists()

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.packet_action.trigger()
    with qtbot.waitSignal(window.packet_exporter.done, timeout=60_000):
        pass
    with zipfile.ZipFile(save_to) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["dispute"] == 1
    assert manifest["override"] == {"forced": True, "blocking": ["duplicate_dispute"]}


def test_an_order_without_a_dispute_says_how_to_get_one(
        qtbot, ctx: AppContext, dispute_order: int, save_to: Path,  # type: ignore[no-untyped-def]
        messages: list) -> None:
    order = get_order(ctx, dispute_order)
    save_order_record(ctx, replace(order, disputes=(), evidence=()), dispute_order)
    window = main_window(qtbot, ctx, dispute_order)
    window.packet_action.trigger()
    assert messages and "no recorded dispute" in messages[0][1]
    assert not save_to.exists()


def test_the_wizard_exports_only_while_nothing_blocks(
        qtbot, ctx: AppContext, dispute_order: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = DisputeWizard(ctx, dispute_order)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_reason("damaged")
    wizard.recheck()
    # The order already has a "damaged" dispute on its item: a second one is blocked.
    assert not wizard.ready and not wizard.packet_button.isEnabled()
    assert "Same dispute already exists" in wizard.packet_button.toolTip()
    wizard.set_reason("wrong_item")
    wizard.words.setPlainText("I ordered a white desk lamp and received a black floor lamp.")
    wizard.recheck()
    if not wizard.ready:
        pytest.fail(wizard.not_ready_reason())
    assert wizard.packet_button.isEnabled()
    out = tmp_path / "planned.zip"
    wizard.export_packet(out)
    with qtbot.waitSignal(wizard.exporter.done, timeout=60_000):
        pass
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        message = z.read("message.txt").decode()
    assert manifest["reason"] == "wrong_item" and manifest["dispute"] is None
    assert "black floor lamp" in message
    assert verify_packet(out).ok


def test_the_wizard_button_asks_where_and_saves(
        qtbot, ctx: AppContext, dispute_order: int, save_to: Path) -> None:  # type: ignore[no-untyped-def]
    """The button's clicked(bool) once landed in `out` ("'bool' object has no attribute...")."""
    wizard = DisputeWizard(ctx, dispute_order)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_reason("wrong_item")
    wizard.words.setPlainText("I ordered a white desk lamp and received a black floor lamp.")
    wizard.recheck()
    assert wizard.packet_button.isEnabled(), wizard.not_ready_reason()
    wizard.packet_button.click()
    with qtbot.waitSignal(wizard.exporter.done, timeout=60_000) as done:
        pass
    assert done.args[0].path == save_to
    assert verify_packet(save_to).ok
