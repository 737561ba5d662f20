"""The main window: the orders with their deadlines, coloured by urgency; an empty state that
says how to start; add, edit, delete (with undo), import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from aliassist import APP_NAME, __version__
from aliassist.domain import records as rec
from aliassist.domain.clocks import STATES
from aliassist.errors import UserError
from aliassist.gui.ops import Operation, run_operation
from aliassist.gui.order_dialog import OrderDialog
from aliassist.gui.orders_model import COLUMN, OrdersModel
from aliassist.gui.settings_dialog import SettingsDialog
from aliassist.progress import Progress
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.services.datafile import export_data, import_data

ATTENTION_STATES = {STATES.index(s) for s in ("ends_soon", "grace", "in_dispute")}


class EmptyState(QWidget):
    """What an empty database shows instead of a blank table: how to add or import orders."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel("No orders yet")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            "AliAssist keeps the Buyer Protection clock of every order and warns you before "
            "a deadline passes.<br><br>"
            "<b>Add an order</b> from its order page (order number, order date, and the "
            "protection end if the page shows it), or <b>import a data file</b> "
            "(File ▸ Import data file…).")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setFixedWidth(520)
        text.setMinimumHeight(text.heightForWidth(520))
        self.add_button = QPushButton("Add an order…")
        self.import_button = QPushButton("Import a data file…")
        self.add_button.setDefault(True)
        for w in (title, text):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for w in (self.add_button, self.import_button):
            w.setMinimumWidth(220)
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class MainWindow(QMainWindow):
    #: emitted after every reload: the orders (may) have changed (the notifier re-plans)
    orders_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        self._undo: list[rec.Order] = []
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 720)

        self.model = OrdersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN["days_left"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for key, width in (("number", 150), ("store", 170), ("title", 260), ("account", 130),
                           ("placed", 125), ("protection_end", 125),
                           ("dispute_deadline", 125), ("days_left", 75), ("state", 150)):
            header.resizeSection(COLUMN[key], width)
        header.setSectionResizeMode(COLUMN["title"], QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit_index)

        self.empty = EmptyState()
        self.empty.add_button.clicked.connect(self.new_order)
        self.empty.import_button.clicked.connect(self.import_data_file)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; color: #5c3b00; padding: 8px; "
                                  "border-bottom: 1px solid #e5cf8f;")
        self.banner.setVisible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self._build_actions()
        if ctx.policy_warning:
            self.show_banner(ctx.policy_warning)
        self.reload()

    # -- actions ---------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: object = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("&New order…", self.new_order, QKeySequence.StandardKey.New,
                                       "Add an order from its order page")
        self.edit_action = self._action("&Edit order…", self.edit_selected, "Return",
                                        "Edit the selected order")
        self.delete_action = self._action("&Delete order", self.delete_selected,
                                          QKeySequence.StandardKey.Delete,
                                          "Delete the selected orders (can be undone)")
        self.evidence_action = self._action("E&vidence…", self.open_evidence, "Ctrl+E",
                                            "The evidence checklist of the selected order")
        self.undo_action = self._action("&Undo delete", self.undo_delete,
                                        QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.import_action = self._action("&Import data file…", self.import_data_file,
                                          "Ctrl+Shift+I", "Import an AliAssist JSON data file")
        self.export_action = self._action("&Export data file…", self.export_data_file,
                                          "Ctrl+Shift+E", "Save every order and its evidence")
        self.settings_action = self._action("&Settings…", self.open_settings,
                                            QKeySequence.StandardKey.Preferences)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.reload_action = self._action("&Refresh", self.reload, QKeySequence.StandardKey.Refresh)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for a in (self.new_action, None, self.import_action, self.export_action, None,
                  self.settings_action, None, self.quit_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        self.file_menu = file_menu
        edit_menu = bar.addMenu("&Edit")
        for a in (self.edit_action, self.evidence_action, self.delete_action, self.undo_action):
            edit_menu.addAction(a)
        self.edit_menu = edit_menu
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.reload_action)
        self.view_menu = view_menu
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&About AliAssist", self.about))
        self.help_menu = help_menu

        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.new_action, self.edit_action, self.delete_action, self.import_action):
            self.toolbar.addAction(a)
        self.addToolBar(self.toolbar)
        self._build_dispute_actions()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        selected = bool(self.selected_ids())
        self.edit_action.setEnabled(selected)
        self.evidence_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.dispute_action.setEnabled(len(self.selected_ids()) == 1)
        self.steps_action.setEnabled(len(self.selected_ids()) == 1)
        self.packet_action.setEnabled(len(self.selected_ids()) == 1)

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the orders and their clocks; keep the selection."""
        selected = self.selected_ids()
        table = order_service.order_table(self.ctx)
        self.model.set_table(table)
        self.stack.setCurrentWidget(self.table if len(table) else self.empty)
        attention = sum(int(code) in ATTENTION_STATES for code in table.clocks.state.tolist())
        self.counts.setText(f"{len(table)} orders · {attention} need attention"
                            if len(table) else "")
        self.select_orders(selected)
        self.orders_changed.emit()

    def focus_order(self, order_id: int) -> bool:
        """Bring the window up with the order selected (a notice or the tray opens it).
        False when the order is not (or no longer) there."""
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if self.model.row_of(order_id) is None:
            self.reload()
        self.select_orders([order_id])
        return self.model.row_of(order_id) is not None

    def add_top_widget(self, widget: QWidget) -> None:
        """Put a widget (the notice banner) above the orders."""
        self.centralWidget().layout().insertWidget(0, widget)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.order_id(r) for r in rows]

    def select_orders(self, order_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for n, order_id in enumerate(order_ids):
            row = self.model.row_of(order_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = (selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
            selection.select(index, flags)
            if n == 0:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)

    def bring_forward(self) -> None:
        """Show the window in front (another start of the app asked for it)."""
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def show_error(self, title: str, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, UserError) else f"Unexpected error: {exc!r}"
        QMessageBox.warning(self, title, text)

    # -- order editing ---------------------------------------------------------------------

    def _dialog(self, order: rec.Order | None) -> OrderDialog:
        return OrderDialog(self.ctx.policy, order=order,
                           accounts=order_service.account_labels(self.ctx), now=self.ctx.now,
                           store_file=self.ctx.vault.put, parent=self)

    def new_order(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() == OrderDialog.DialogCode.Accepted:
            self._save(dialog.order(), None)

    def edit_order(self, order_id: int) -> None:
        dialog = self._dialog(order_service.get_order(self.ctx, order_id))
        if dialog.exec() == OrderDialog.DialogCode.Accepted:
            self._save(dialog.order(), order_id)

    def _save(self, order: rec.Order, order_id: int | None) -> None:
        try:
            saved = order_service.save_order_record(self.ctx, order, order_id)
        except UserError as exc:
            self.show_error("Cannot save the order", exc)
            return
        self.reload()
        self.select_orders([saved])
        self.statusBar().showMessage(f"Saved order {order.number}", 5000)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_order(ids[0])

    def _edit_index(self, index: QModelIndex) -> None:
        self.edit_order(self.model.order_id(index.row()))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._undo = order_service.delete_orders(self.ctx, ids)
        self.undo_action.setEnabled(True)
        self.reload()
        what = (f"order {self._undo[0].number}" if len(self._undo) == 1
                else f"{len(self._undo)} orders")
        self.statusBar().showMessage(f"Deleted {what}. Edit ▸ Undo delete (Ctrl+Z) brings it "
                                     "back.", 15000)

    def undo_delete(self) -> None:
        if not self._undo:
            return
        orders, self._undo = self._undo, []
        order_service.restore_orders(self.ctx, orders)
        self.undo_action.setEnabled(False)
        self.reload()
        with self.ctx.session() as session:
            from aliassist.store.repository import find_order_id

            ids = [find_order_id(session, o.number, o.platform) for o in orders]
        self.select_orders([i for i in ids if i is not None])
        self.statusBar().showMessage("Restored.", 5000)

    def open_evidence(self) -> None:
        from aliassist.gui.evidence_dialog import EvidenceDialog

        ids = self.selected_ids()
        if ids:
            EvidenceDialog(self.ctx, ids[0], self).exec()

    # -- files -----------------------------------------------------------------------------

    def import_data_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Import a data file", "",
                                                  "AliAssist data (*.json);;All files (*)")
        if not path:
            return

        def work(progress: Progress) -> object:
            return import_data(self.ctx, Path(path))

        def done(report: object) -> None:
            self.reload()
            QMessageBox.information(
                self, "Import finished",
                f"{len(report.created)} orders added, {len(report.updated)} updated, "
                f"{len(report.unchanged)} unchanged.")

        self.operation = run_operation(
            self, "Importing…", work, on_done=done,
            on_error=lambda exc: self.show_error("Nothing was imported", exc),
            cancellable=False)

    def export_data_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export all data", "aliassist-data.json",
                                              "AliAssist data (*.json)")
        if not path:
            return
        self.operation = run_operation(
            self, "Exporting…", lambda progress: export_data(self.ctx, Path(path)),
            on_done=lambda count: self.statusBar().showMessage(
                f"Wrote {count} orders to {path}", 8000),
            on_error=lambda exc: self.show_error("Export failed", exc), cancellable=False)

    # -- disputes --------------------------------------------------------------------------

    def _build_dispute_actions(self) -> None:
        self.dispute_action = self._action(
            "New &dispute…", self.new_dispute, "Ctrl+D",
            "Plan a dispute on the selected order, pre-checked against the platform's rules")
        self.steps_action = self._action(
            "Dispute &steps…", self.dispute_steps, "Ctrl+Shift+D",
            "Record what happened to the selected order's disputes, and refunds or claims")
        self.message_action = self._action(
            "&Message to seller…", self.message_to_seller, "Ctrl+M",
            "Write a message to the seller or a review, checked as you type")
        self.packet_action = self._action(
            "Export dispute &packet…", self.export_packet, "Ctrl+Shift+P",
            "One ZIP with the summary, the message, the evidence and a verifiable manifest")
        from PySide6.QtWidgets import QMenu

        menu = QMenu("&Dispute", self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        self.dispute_menu = menu
        menu.addAction(self.dispute_action)
        menu.addAction(self.steps_action)
        menu.addAction(self.packet_action)
        menu.addAction(self.message_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.dispute_action)
        self.toolbar.addAction(self.message_action)

    def new_dispute(self) -> None:
        from aliassist.gui.dispute_wizard import DisputeWizard

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        wizard = DisputeWizard(self.ctx, ids[0], self)
        if wizard.exec() == DisputeWizard.DialogCode.Accepted and wizard.filed is not None:
            self.reload()
            self.select_orders(ids)
            self.statusBar().showMessage(
                f"Dispute recorded on order {wizard.filed.number}: watch its clocks.", 8000)

    def dispute_steps(self) -> None:
        from aliassist.gui.dispute_steps import DisputeStepsDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        order = order_service.get_order(self.ctx, ids[0])
        dialog = DisputeStepsDialog(self.ctx, order.number, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.select_orders(ids)

    def export_packet(self) -> None:
        """Export the packet of one of the selected order's recorded disputes."""
        from aliassist.gui.packet_export import PacketExporter, choose_dispute
        from aliassist.services.packet import content_for_dispute

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        order = order_service.get_order(self.ctx, ids[0])
        labels = {r.id: r.label for r in self.ctx.policy.reasons.values()}
        index = choose_dispute(self, order, labels)
        if index is None:
            return
        try:
            content = content_for_dispute(self.ctx, order.number, str(index))
        except UserError as exc:
            self.show_error("Cannot export the packet", exc)
            return
        self.packet_exporter = PacketExporter(self.ctx, self)
        self.packet_exporter.done.connect(lambda result: self.statusBar().showMessage(
            f"Wrote the dispute packet {result.path} ({result.files} files)", 10000))
        self.packet_exporter.export(content)

    def message_to_seller(self) -> None:
        from aliassist.gui.message_editor import MessageEditor

        ids = self.selected_ids()
        order = order_service.get_order(self.ctx, ids[0]) if len(ids) == 1 else None
        MessageEditor(self.ctx.policy, order, parent=self).exec()

    # -- other -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.banner.setVisible(False)
            self.reload()

    def about(self) -> None:
        policy = self.ctx.policy
        QMessageBox.about(
            self, f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><br>Buyer Protection deadlines, dispute "
            f"pre-checks and evidence for {policy.platform} orders.<br><br>"
            f"Policy {policy.id} {policy.version} ({policy.path.name})<br>"
            f"Database: {self.ctx.store.path or self.ctx.store.url}<br><br>"
            "Works offline: your orders, photos and disputes never leave this computer.")

    def state_counts(self) -> dict[str, int]:
        """How many orders are in each state (for the status bar, the tray and tests)."""
        table = self.model.table
        if table is None:
            return {}
        codes = table.clocks.state.tolist()
        return {STATES[c]: codes.count(c) for c in sorted(set(codes))}

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.progress.cancel()
        super().closeEvent(event)
