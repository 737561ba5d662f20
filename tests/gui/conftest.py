from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from tests.conftest import NOW


@pytest.fixture
def filled_ctx(ctx: AppContext) -> AppContext:
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 20):
            save_order(session, order, now=NOW)
    return ctx


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    yield w


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the app shows, recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda parent, title, text, *a, **k:
                                         shown.append((title, text))))
    return shown


def when_dialog_opens(act: Callable[[QDialog], None], kind: type = QDialog) -> None:
    """Run `act` on the next modal dialog (of type `kind`), as a person would fill it in."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
