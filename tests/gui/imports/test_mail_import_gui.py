"""File > Import e-mails in the window: choose the mail, read it off the UI thread, see per order
what would change before anything is written, apply it or cancel."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer

from aliassist.domain import records as rec
from aliassist.gui.imports.mail_import import MailPreviewDialog, MailSourcesDialog
from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext
from aliassist.services.mail_import import numbers_from_mail
from aliassist.store.repository import count_orders, find_order_id, load_order, save_order
from tests.gui.conftest import when_dialog_opens
from tests.importers.mail_corpus import CORPUS, write_mbox


def test_the_file_menu_offers_the_e_mail_import(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.index("Import &e-mails…") == texts.index("Import &orders…") + 1


def test_preview_lists_old_and_new_values_then_apply_writes_them(
        qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    buyer_shipped = datetime(2026, 3, 2, 16, tzinfo=UTC)
    with ctx.session() as session, session.begin():
        save_order(session, rec.Order(number="8180000000000101", shipped_at=buyer_shipped,
                                      placed_at=datetime(2026, 3, 1, tzinfo=UTC)), now=ctx.now())
    window.reload()
    seen: dict[str, object] = {}

    def preview(dialog: MailPreviewDialog) -> None:
        table = dialog.changes
        rows = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(5)]
                for r in range(table.rowCount())]
        seen["rows"] = rows
        seen["skipped"] = dialog.skipped.rowCount()
        seen["apply"] = dialog.apply_button.isEnabled()
        dialog.accept()

    when_dialog_opens(preview, MailPreviewDialog)
    window.import_mail([write_mbox(tmp_path / "Inbox.mbox")])
    qtbot.waitUntil(lambda: "E-mail import" in window.statusBar().currentMessage(),
                    timeout=20000)
    rows = seen["rows"]
    assert isinstance(rows, list) and seen["apply"] is True and seen["skipped"] == 4
    first = rows.index(next(r for r in rows if r[0] == "8180000000000101"))
    assert rows[first][1:4] == ["Delivered", "—", "2026-03-20 15:05"]  # Europe/Berlin
    assert rows[first][4] == "Orders 8180000000000101 and 8180000000000202 were delivered"
    assert ["Shipped"] not in [r[1:2] for r in rows[first:first + 3]]  # the buyer's date
    assert any(r[0] == "8180000000000303  (new, from mail)" for r in rows)
    assert "8180000000000303" in numbers_from_mail(ctx)
    with ctx.session() as session:
        order_id = find_order_id(session, "8180000000000101")
        assert order_id is not None
        assert load_order(session, order_id).shipped_at == buyer_shipped
    assert window.model.rowCount() == 10


def test_cancelling_the_preview_writes_nothing(qtbot, window: MainWindow,
                                               ctx: AppContext) -> None:
    closed: list[bool] = []

    def preview(dialog: MailPreviewDialog) -> None:
        closed.append(True)
        dialog.reject()

    when_dialog_opens(preview, MailPreviewDialog)
    window.import_mail([CORPUS])
    qtbot.waitUntil(lambda: bool(closed), timeout=20000)
    assert "nothing was written" in window.statusBar().currentMessage()
    with ctx.session() as session:
        assert count_orders(session) == 0


def test_cancelling_while_reading_writes_nothing(qtbot, window: MainWindow, ctx: AppContext,
                                                 tmp_path: Path) -> None:
    big = tmp_path / "big.mbox"
    one = write_mbox(tmp_path / "one.mbox").read_bytes()
    with big.open("wb") as fh:
        for _ in range(150):
            fh.write(one)
    window.import_mail([big])
    QTimer.singleShot(0, lambda: window.mail_import.operation.progress.cancel())
    qtbot.waitUntil(lambda: not window.mail_import.operation.running, timeout=30000)
    assert "nothing was written" in window.statusBar().currentMessage()
    with ctx.session() as session:
        assert count_orders(session) == 0


def test_the_sources_dialog_reads_only_once_something_is_chosen(qtbot) -> None:
    dialog = MailSourcesDialog()
    qtbot.addWidget(dialog)
    assert not dialog.read_button.isEnabled()
    dialog.add_paths([CORPUS, CORPUS])
    assert dialog.paths() == [CORPUS] and dialog.read_button.isEnabled()
