from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from aliassist.gui.main_window import MainWindow
from aliassist.services.context import AppContext
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from tests.conftest import NOW


class EnglishPlurals(QTranslator):
    """English plural forms of the `%n` texts ("%n order(s)" -> "1 order", "2 orders"), as the
    English translation gives them: with no translator installed Qt leaves "(s)" as written."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or "(" not in source:
            return None  # not translated: Qt goes on to the next translator, or the source
        return re.sub(r"\((\w*)\)", "" if n == 1 else r"\1", source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = EnglishPlurals()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


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


#: Bumped when a test ends: a poll started by an earlier test stops instead of acting on a
#: later test's dialog (a dialog that never opened would otherwise leave its poll running).
_test_generation = [0]


@pytest.fixture(autouse=True)
def _dialog_polls_end_with_their_test() -> Iterator[None]:
    yield
    _test_generation[0] += 1


def when_dialog_opens(act: Callable[[QDialog], None], kind: type = QDialog) -> None:
    """Run `act` on the next modal dialog (of type `kind`), as a person would fill it in."""
    generation = _test_generation[0]

    def poll() -> None:
        if generation != _test_generation[0]:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def sort_key(key: str, text: str) -> object:
    """How a column's text orders: a deadline ("13 Jan 2027, 17:00 your time") by its time."""
    if key in ("protection_end", "dispute_deadline") and text:
        day, month, year, clock = text.removesuffix(" your time").replace(",", "").split()
        return (int(year), MONTHS.index(month) + 1, int(day), clock)
    return text.casefold()
