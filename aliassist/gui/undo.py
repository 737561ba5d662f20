"""One undo history for the window and the dialogs it opens: order edits and deletions, dispute
steps (and taking one back), evidence added, changed or removed. Each change is recorded as the
orders' whole state before and after it (services.undo); undo and redo put one of them back.

Ctrl+Z / Ctrl+Shift+Z (and Edit ▸ Undo "Edit order 8187…") work in the window and in every
dialog that calls `offer_in`. Evidence files a change removed stay in the vault while they can
come back; `release_files` (when the window closes) deletes those nothing refers to any more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from aliassist.errors import UserError
from aliassist.i18n import translate

if TYPE_CHECKING:  # the services load with the database, after the window's first paint
    from aliassist.services.context import AppContext
    from aliassist.services.undo import Change, OrdersState

T = TypeVar("T")


class _StateCommand(QUndoCommand):
    """A change already made: redo puts its "after" state back, undo its "before" state."""

    def __init__(self, text: str, change: Change, history: UndoHistory):
        super().__init__(text)
        self.change = change
        self.history = history
        self._made = True  # pushed after the change was made: the first redo does nothing

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self.history.put_back(self, self.change.after, self.change.before, "redo")

    def undo(self) -> None:
        self.history.put_back(self, self.change.before, self.change.after, "undo")


class UndoHistory(QObject):
    """The window's QUndoStack, fed through the services."""

    #: the orders an undo or redo changed (the window reloads and selects them), and what
    #: was done ("Undone: Edit order 8187…")
    applied = Signal(list, str)
    #: an undo or redo could not be done: what was wrong (nothing changed)
    failed = Signal(str)

    def __init__(self, ctx: AppContext | None, parent: QWidget):
        """`ctx` None: the database is not open yet (the window sets `ctx` once it is)."""
        super().__init__(parent)
        self.ctx: AppContext
        if ctx is not None:
            self.ctx = ctx
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(100)
        self.undo_action = self.stack.createUndoAction(parent, translate("UndoHistory", "&Undo"))
        self.redo_action = self.stack.createRedoAction(parent, translate("UndoHistory", "&Redo"))
        #: evidence files some recorded state refers to: kept in the vault until released
        self.kept_files: set[str] = set()

    def give_shortcuts(self) -> None:
        """Ctrl+Z and the redo keys (by the window with its own: gui/main_window.py)."""
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                                       QKeySequence(QKeySequence.StandardKey.Redo)])

    def record(self, text: str, order_ids: Iterable[int] | None, change: Callable[[], T],
               created: Callable[[T], Iterable[int]] | None = None) -> T:
        """Make `change` (a service call on the orders `order_ids`; `created` names the orders
        it creates from its result) and put it on the stack as `text` ("Edit order 8187…").
        A UserError from the change passes through and nothing is recorded."""
        from aliassist.services import undo as undo_service

        result, change_made = undo_service.changing(self.ctx, order_ids, change, created)
        for state in (change_made.before, change_made.after):
            self.kept_files.update(sha for sha, _ in state.files)
        self.stack.push(_StateCommand(text, change_made, self))
        return result

    def put_back(self, command: QUndoCommand, state: OrdersState, left: OrdersState,
                 what: str) -> None:
        try:
            from aliassist.services import undo as undo_service

            undo_service.put_back(self.ctx, state, left)
        except UserError as exc:
            command.setObsolete(True)  # it cannot be done again either: drop it
            self.failed.emit((translate("UndoHistory", "Cannot undo “{step}”: {error}")
                              if what == "undo"
                              else translate("UndoHistory", "Cannot redo “{step}”: {error}"))
                             .format(step=command.text(), error=exc))
            return
        self.applied.emit([o.order_id for o in state.orders if o.stored],
                          (translate("UndoHistory", "Undone: {step}") if what == "undo"
                           else translate("UndoHistory", "Redone: {step}"))
                          .format(step=command.text()))

    def offer_in(self, dialog: QDialog, refresh: Callable[[], None]) -> None:
        """Ctrl+Z and Ctrl+Shift+Z work in `dialog` (one the window opened) too; after an undo
        or redo it calls `refresh` while it is open."""
        for action in (self.undo_action, self.redo_action):
            dialog.addAction(action)

        def applied(_ids: list[int], _text: str) -> None:
            refresh()

        self.applied.connect(applied)
        dialog.finished.connect(lambda _result: self.applied.disconnect(applied))

    def release_files(self) -> None:
        """Delete the stored evidence files the history kept that nothing refers to now."""
        if self.kept_files:
            from aliassist.services import evidence as evidence_service

            evidence_service.forget_unreferenced(self.ctx, self.kept_files)
            self.kept_files.clear()


def history_of(widget: QWidget | None) -> UndoHistory | None:
    """The undo history of the window `widget` belongs to (None outside the main window)."""
    while widget is not None:
        history = getattr(widget, "history", None)
        if isinstance(history, UndoHistory):
            return history
        widget = widget.parentWidget()
    return None


def undoable(widget: QWidget | None, text: str, order_ids: Iterable[int] | None,
             change: Callable[[], T]) -> T:
    """`change`, recorded in the window's history when `widget` has one (else just made)."""
    history = history_of(widget)
    if history is None:
        return change()
    return history.record(text, order_ids, change)

