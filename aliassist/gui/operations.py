"""Run long work off the UI thread, with a progress dialog and Cancel, and report back on the
UI thread (the way Anki's operations do). The work is a plain function taking a Progress."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from aliassist.i18n import translate
from aliassist.progress import Cancelled, Progress


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _QtProgress(Progress):
    def __init__(self, signals: _Signals):
        super().__init__()
        self.signals = signals

    def report(self, done: int, total: int | None, text: str) -> None:
        self.signals.progress.emit(done, total or 0, text)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: _QtProgress):
        super().__init__()
        self.fn = fn
        self.progress = progress
        self.setAutoDelete(True)

    def run(self) -> None:
        signals = self.progress.signals
        try:
            result = self.fn(self.progress)
        except Cancelled:
            signals.cancelled.emit()
        except BaseException as exc:  # reported on the UI thread
            signals.failed.emit(exc)
        else:
            signals.done.emit(result)


class Operation(QObject):
    """One background job. Keep a reference until `finished` fires."""

    finished = Signal()

    def __init__(self, parent: QWidget, title: str, fn: Callable[[Progress], Any], *,
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 on_cancel: Callable[[], None] | None = None, cancellable: bool = True):
        super().__init__(parent)
        self.signals = _Signals()
        self.progress = _QtProgress(self.signals)
        self.dialog = QProgressDialog(title, translate("Operation", "Cancel") if cancellable
                                      else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel)
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(lambda result: self._finish(on_done, result))
        self.signals.failed.connect(lambda exc: self._finish(on_error, exc))
        self.signals.cancelled.connect(lambda: self._finish(on_cancel or (lambda: None)))
        self._job = _Job(fn, self.progress)
        self.running = False

    def start(self) -> Operation:
        self.running = True
        QThreadPool.globalInstance().start(self._job)
        return self

    def _cancel(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText(translate("Operation", "Cancelling…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def _finish(self, callback: Callable[..., None], *args: Any) -> None:
        self.running = False
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        try:
            callback(*args)
        finally:
            self.finished.emit()


def run_operation(parent: QWidget, title: str, fn: Callable[[Progress], Any], *,
                  on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                  on_cancel: Callable[[], None] | None = None,
                  cancellable: bool = True) -> Operation:
    return Operation(parent, title, fn, on_done=on_done, on_error=on_error,
                     on_cancel=on_cancel, cancellable=cancellable).start()
