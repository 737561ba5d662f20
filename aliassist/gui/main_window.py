"""The main window: the orders workspace (the orders with their deadlines, coloured by urgency,
with search, filters and the order pane), an empty state that says how to start; add, edit,
delete (with undo), import (files, drag-and-drop, pasted rows) and export.

Actions are built in `_build_actions`, menus and the toolbar in `_build_menus`.

A window that opens on a first screen names nothing of PySide6's `Qt` namespace until it has
painted (gui/workspace/order_cells.py says why): its shortcuts and the sorting by the header
come from `ready_for_input`, and what names `Qt` imports it where it is used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from aliassist import APP_NAME, __version__
from aliassist.domain.state_codes import STATES
from aliassist.errors import UserError
from aliassist.gui.theme import graphic, tinted_style, tone
from aliassist.gui.undo import UndoHistory
from aliassist.gui.workspace.first_screen_model import FirstScreenModel
from aliassist.gui.workspace.order_cells import (
    COLUMN,
    COLUMNS,
    NO_ACCOUNT,
    STATE_FILTERS,
    Filters,
    column_title,
    header_titles,
)
from aliassist.i18n import translate

if TYPE_CHECKING:  # imported where used: not on the path to the window's first paint
    from types import ModuleType

    from PySide6.QtCore import Qt
    from PySide6.QtGui import (
        QCloseEvent,
        QDragEnterEvent,
        QDropEvent,
        QKeyEvent,
        QStandardItemModel,
    )

    from aliassist.domain import records as rec
    from aliassist.domain.policy import Policy
    from aliassist.gui.imports.import_flow import OrderImports
    from aliassist.gui.imports.mail_import import MailImport
    from aliassist.gui.operations import Operation
    from aliassist.gui.workspace.live_updates import LiveUpdates
    from aliassist.gui.workspace.order_dialog import OrderDialog
    from aliassist.gui.workspace.order_pane import OrderPane
    from aliassist.gui.workspace.orders_model import OrdersModel
    from aliassist.services import assignment
    from aliassist.services.context import AppContext
    from aliassist.services.disputes import DisputeBlockedError
    from aliassist.services.first_screen import FirstScreen
    from aliassist.services.imports import ImportReport
    from aliassist.services.order_table import OrderTable
    from aliassist.services.orders import OrderChangedError

#: the widths of the orders and the order pane as the window opens
_SPLIT = (920, 360)
ATTENTION_STATES = {STATES.index(s) for s in ("ends_soon", "grace", "in_dispute")}


def _orders() -> ModuleType:
    """The orders service (SQLAlchemy, numpy): loaded after the window's first paint."""
    from aliassist.services import orders

    return orders


def _assignment() -> ModuleType:
    from aliassist.services import assignment

    return assignment


class EmptyState(QWidget):
    """What an empty database shows instead of a blank table: how to add or import orders."""

    def __init__(self, parent: QWidget | None = None):
        from PySide6.QtCore import Qt

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(translate("EmptyState", "No orders yet"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            translate("EmptyState", "AliAssist keeps the Buyer Protection clock of every order "
                                    "and warns you before a deadline passes.<br><br><b>Import "
                                    "your orders</b> from the file an exporter made (AliExpress "
                                    "Order Exporter, AliExpress Bulk Order Exporter, or any "
                                    "CSV/TSV), drop the file on this window or paste rows with "
                                    "Ctrl+V; or <b>add an order</b> from its order page."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setTextFormat(Qt.TextFormat.RichText)
        width = text.fontMetrics().averageCharWidth() * 70  # a readable line at any font size
        text.setFixedWidth(width)
        text.setMinimumHeight(text.heightForWidth(width))
        self.add_button = QPushButton(translate("EmptyState", "Add an order…"))
        self.import_orders_button = QPushButton(translate("EmptyState", "Import orders…"))
        self.import_button = QPushButton(translate("EmptyState", "Import a data file…"))
        self.sample_button = QPushButton(translate("EmptyState", "Try it with sample orders"))
        self.sample_button.setToolTip(
            translate("EmptyState", "Opens a separate sample database with made-up orders in "
                                    "every state; your own data is not touched"))
        self.guide_button = QPushButton(translate("EmptyState", "Read the guide"))
        self.import_orders_button.setDefault(True)
        for w in (title, text):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for button in (self.import_orders_button, self.add_button, self.import_button):
            button.setMinimumWidth(button.fontMetrics().averageCharWidth() * 30)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        second = QLabel(translate("EmptyState", "New to it? Look around first:"))
        second.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(second, 0, Qt.AlignmentFlag.AlignHCenter)
        for button in (self.sample_button, self.guide_button):
            button.setMinimumWidth(button.fontMetrics().averageCharWidth() * 30)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class SearchBox(QLineEdit):
    """The search field: Esc clears what was typed (and goes on to the window once empty)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Search (order number, store, any item title, tracking number), state, account, and
    "Mine" (the orders assigned to the current user)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.search = SearchBox()
        self.search.setPlaceholderText(translate("FilterBar", "Search order number, store, item "
                                                              "or tracking number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("FilterBar", "Search orders"))
        self.state = QComboBox()
        self.state.setAccessibleName(translate("FilterBar", "Show orders in state"))
        for key, (label, _) in STATE_FILTERS.items():
            self.state.addItem(translate("OrdersModel", label), key)
        self.account = QComboBox()
        self.account.setAccessibleName(translate("FilterBar", "Show orders of account"))
        self.account.setMinimumContentsLength(14)
        self.mine = QCheckBox(translate("FilterBar", "&Mine"))
        self.mine.setAccessibleName(translate("FilterBar", "Show only the orders assigned to me"))
        #: the current user ("Mine" shows their orders); None: not known, "Mine" is off
        self.me: str | None = None
        self.set_me(None)
        self.shown = QLabel()
        self.shown.setStyleSheet(f"color: {tone('muted')}")
        layout.addWidget(self.search, 3)
        layout.addWidget(self.state)
        layout.addWidget(self.account)
        layout.addWidget(self.mine)
        layout.addWidget(self.shown)

    def set_me(self, me: str | None) -> None:
        self.me = me
        self.mine.setEnabled(me is not None)
        if me is None:
            self.mine.setChecked(False)
            self.mine.setToolTip(
                translate("FilterBar", "Only the orders assigned to you. Who you are is not "
                                       "known on this database: set your name in Settings ▸ You."))
        else:
            self.mine.setToolTip(translate("FilterBar", "Only the orders assigned to you ({me})")
                                 .format(me=me))

    def set_accounts(self, accounts: list[str], has_none: bool) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(translate("FilterBar", "All accounts"), None)
        for label in accounts:
            self.account.addItem(label, label)
        if has_none:
            self.account.addItem(translate("FilterBar", "No account"), NO_ACCOUNT)
        index = self.account.findData(current)
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)

    def filters(self) -> Filters:
        mine = self.me if self.mine.isChecked() else None
        return Filters(self.search.text(), self.state.currentData(), self.account.currentData(),
                       mine)


class MainWindow(QMainWindow):
    #: emitted after every reload: the orders (may) have changed (the notifier re-plans)
    orders_changed = Signal()

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None, *,
                 first_screen: FirstScreen | None = None):
        """The window of `ctx`; or, with `ctx` None, of `first_screen`: the orders' first rows
        painted before the database is opened (`show_table` puts the whole table in, `attach`
        the database; until then what needs the database is disabled)."""
        super().__init__(parent)
        self.ctx: AppContext
        #: the orders shown are the first screen's, not yet the whole table
        self.loading = ctx is None
        #: the window has its database (`attach`)
        self.attached = False
        self.live: LiveUpdates | None = None
        #: the table whose search and sorting are ready (the model's warm-up ran out)
        self._ready_table: object = None
        self.operation: Operation | None = None
        #: undo and redo of edits, deletions, dispute steps and evidence changes
        self.history = UndoHistory(ctx, self)
        self.history.applied.connect(self._history_applied)
        self.history.failed.connect(
            lambda text: self._warn(translate("MainWindow", "Undo"), text))
        self._imports: OrderImports | None = None
        #: the table whose warm-up is done (search, sorting and its snapshot ready)
        self._prepared: object = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 760)
        self.setAcceptDrops(True)

        self.model: OrdersModel | FirstScreenModel
        if ctx is None:
            assert first_screen is not None, "a window without its database shows a first screen"
            self.model = FirstScreenModel(first_screen, self)
        else:
            self.model = self._orders_model(ctx.policy)
        self.table = QTableView()
        # no row headers, and the rows' height, before the model: a header of every row of
        # a large table is not laid out to be hidden
        self.table.verticalHeader().setVisible(False)
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.setModel(self.model)
        #: the first screen's header titles (its model has none), until the whole table's
        self._header_titles: QStandardItemModel | None = None
        if ctx is None:
            self._header_titles = header_titles(self.table.horizontalHeader())
            self.table.horizontalHeader().setModel(self._header_titles)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(translate("MainWindow", "Orders"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths in characters of the font in use, never narrower than the column's title.
        for key, chars in (("number", 21), ("days_left", 6), ("state", 30),
                           ("protection_end", 16), ("dispute_deadline", 16), ("store", 18),
                           ("title", 32), ("account", 16), ("placed", 11)):
            column = COLUMN[key]
            title = column_title(column)
            header.resizeSection(column, max(metrics.averageCharWidth() * chars,
                                              header.fontMetrics().horizontalAdvance(title) + 24))
        # Enter (and a double click) on an order edits it: only while the table has focus.
        self.table.activated.connect(self._edit_index)

        self.pane: OrderPane
        #: where the order pane goes (empty until the database is open)
        self.pane_slot = QWidget()
        self.filter_bar = FilterBar()
        self.filter_bar.search.textChanged.connect(self._filters_changed)
        self.filter_bar.state.currentIndexChanged.connect(self._filters_changed)
        self.filter_bar.account.currentIndexChanged.connect(self._filters_changed)
        self.filter_bar.mine.toggled.connect(self._filters_changed)

        self._empty: EmptyState | None = None  # made when first shown (`empty`)
        #: the buyer's own data while the window shows the sample database
        self.own_ctx: AppContext | None = None

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"{tinted_style('banner')} padding: 8px; "
                                  f"border-bottom: 1px solid {graphic('warn').name()};")
        self.banner.setVisible(False)
        self._sample_banner: QWidget | None = None  # made when first shown (`sample_banner`)
        self.back_button: QPushButton  # on the sample banner

        workspace = QWidget()
        workspace_layout = QVBoxLayout(workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        workspace_layout.setSpacing(0)
        workspace_layout.addWidget(self.filter_bar)
        #: shown when the search and filters leave no order: says how to get them back
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setContentsMargins(12, 8, 12, 8)
        self.no_match.setVisible(False)
        workspace_layout.addWidget(self.no_match)
        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pane_slot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(_SPLIT))
        workspace_layout.addWidget(self.splitter, 1)
        self.workspace = workspace

        self.stack = QStackedWidget()
        self.stack.addWidget(workspace)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._central_layout = layout
        self.setCentralWidget(central)

        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        #: the actions' shortcuts until `ready_for_input` gives them (then None)
        self._shortcuts: list[tuple[QAction, QKeySequence.StandardKey | str]] | None = []
        self._build_actions()
        self._build_menus()
        if ctx is not None:
            self.ready_for_input()
        self._watch_selection()
        self.statusBar().messageChanged.connect(self._announce_status)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.tidy_up)
        if ctx is None:
            assert first_screen is not None
            for action in self._needs_database():
                action.setEnabled(False)
            self._show_facts(first_screen.total, first_screen.accounts,
                             first_screen.has_no_account, None)
            self._update_shown()
        else:
            self.attach(ctx)

    def make_accessible(self) -> None:
        """Names for screen readers, Alt+letters and Tab that moves on (gui/accessibility.py):
        by `attach`, which adds the order pane (a first screen's window has nothing they
        change before), and again when a part is added."""
        from aliassist.gui.accessibility import make_accessible

        make_accessible(self)

    @property
    def sample_banner(self) -> QWidget:
        """Says the window shows sample orders, with the way back (`back_button`); made the
        first time it is asked for, above the orders."""
        if self._sample_banner is None:
            from PySide6.QtCore import Qt

            banner = self._sample_banner = QWidget()
            banner.setAutoFillBackground(True)
            banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            banner.setAccessibleName(translate("MainWindow", "Sample orders"))
            said = QLabel(translate("MainWindow", "<b>Sample orders</b> — made up, in a "
                                                  "separate database; your own orders are not "
                                                  "here and nothing you do here touches them."))
            said.setTextFormat(Qt.TextFormat.RichText)
            said.setWordWrap(True)
            self.back_button = QPushButton(translate("MainWindow", "&Back to my orders"))
            self.back_button.clicked.connect(self.back_to_own_data)
            row = QHBoxLayout(banner)
            row.setContentsMargins(10, 6, 10, 6)
            row.addWidget(said, 1)
            row.addWidget(self.back_button)
            banner.setVisible(False)
            self._central_layout.insertWidget(self._central_layout.indexOf(self.banner) + 1, banner)
            self.make_accessible()  # its button's Alt+letter
        return self._sample_banner

    def ready_for_input(self) -> None:
        """The keyboard shortcuts and the sorting by the header: given by a first screen's
        window once it has painted (the launch calls this), by any other as it is made."""
        from PySide6.QtCore import Qt

        # (tool buttons without icons show their texts in any style: painted the same before)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action, shortcut in self._shortcuts or ():
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts = None
        self.history.give_shortcuts()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN["days_left"], Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        self._show_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    @property
    def empty(self) -> EmptyState:
        """What the window shows without orders; made the first time it is asked for (a
        window that opens on its orders, as most starts do, does not wait for it)."""
        if self._empty is None:
            empty = self._empty = EmptyState()
            empty.add_button.clicked.connect(self.new_order)
            empty.import_button.clicked.connect(self.import_data_file)
            empty.import_orders_button.clicked.connect(lambda: self.import_orders())
            empty.sample_button.clicked.connect(self.try_sample)
            empty.guide_button.clicked.connect(self.show_guide)
            self.stack.insertWidget(0, empty)
            self.make_accessible()  # its buttons' Alt+letters
        return self._empty

    def _announce_status(self, text: str) -> None:
        """Say a new status message to a screen reader."""
        if text:
            from aliassist.gui.accessibility import announce

            announce(self.statusBar(), text)

    def _orders_model(self, policy: Policy) -> OrdersModel:
        from aliassist.gui.workspace.orders_model import OrdersModel

        model = OrdersModel(self)
        model.platform_tz = policy.tz
        model.protection_days = policy.days("protection")
        model.search_texts = lambda ids: (_orders().search_texts(self.ctx, ids) if self.attached
                                          else None)
        model.closed_reason = lambda order_id: (_orders().closed_reason(self.ctx, order_id)
                                                if self.attached else None)
        return model

    def _watch_selection(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        self._selection_changed()

    def _needs_database(self) -> list[QAction]:
        """The actions that wait for the database (disabled while the first screen shows)."""
        return [self.new_action, self.edit_action, self.delete_action, self.evidence_action,
                self.assign_action, self.import_orders_action, self.paste_action,
                self.import_mail_action, self.import_action, self.export_action,
                self.settings_action, self.reload_action, self.pane_action, self.about_action,
                self.guide_action, self.sample_action, self.dispute_action, self.steps_action,
                self.packet_action, self.message_action]

    def show_table(self, table: OrderTable, policy: Policy,
                   then: Callable[[], None] | None = None) -> None:
        """Put the whole table in place of the first screen's rows: the same orders in the same
        places, so the scroll position, the sort, the filters and the selection stay. Search
        and sorting then get ready step by step."""
        old = self.model
        model = self._orders_model(policy)
        model.filters = old.filters
        model.sort_column, model.sort_order = old.sort_column, old.sort_order
        model.set_table(table)
        selected = self.selected_ids()
        scroll = self.table.verticalScrollBar().value()
        header = self.table.horizontalHeader()
        state = header.saveState()
        self.model = model
        self.loading = False
        self.table.setModel(model)  # the header too: its titles are now the model's
        header.restoreState(state)
        if self._header_titles is not None:
            self._header_titles.deleteLater()
            self._header_titles = None
        old.deleteLater()
        self._watch_selection()
        self.select_orders(selected)
        self.table.verticalScrollBar().setValue(scroll)
        self.show_totals()
        self._warm_up(self._model_preparing(model, table, then))

    def _model_preparing(self, model: OrdersModel, table: OrderTable,
                         then: Callable[[], None] | None = None) -> Iterator[None]:
        """The model's warm-up; then `then` (the window's start opens the database after)."""
        yield from model.preparing()
        if model.table is table:
            self._ready_table = table
        if then is not None:
            then()

    def attach(self, ctx: AppContext, known: OrderTable | None = None) -> None:
        """Give the window its database: the order pane, who the user is, the orders (`known`:
        a table already shown, kept when the database is still as it was read)."""
        from aliassist.gui.fields import use_clock
        from aliassist.gui.workspace.order_pane import OrderPane
        from aliassist.gui.workspace.pane_evidence import evidence_section

        self.ctx = ctx
        self.history.ctx = ctx
        use_clock(ctx.now)  # date pickers start on the app's today (`--now`)
        self.pane = OrderPane(ctx.policy, ctx.now)
        self.pane.setAccessibleName(translate("MainWindow", "Order details"))
        self.pane.add_section(translate("MainWindow", "Evidence"),
                              evidence_section(self.open_evidence))
        self.pane.confirm_date = self.enter_real_date
        self.pane.load_history = self._order_history
        self.pane.assign = lambda order_id: self.assign_orders([order_id])
        self.pane.setVisible(self.pane_action.isChecked())
        # In the place the first screen kept for it, at the width it had there (the share
        # the window starts with, before it is laid out).
        sizes = self.splitter.sizes() if self.isVisible() else list(_SPLIT)
        self.splitter.replaceWidget(1, self.pane)
        self.pane_slot.deleteLater()
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(sizes)
        self.attached = True
        for action in self._needs_database():
            action.setEnabled(True)
        self._selection_changed()  # the actions on the selected orders
        self._know_user()
        warnings = [w for w in (*ctx.store.warnings, ctx.policy_warning) if w]
        if warnings:
            self.show_banner(" ".join(warnings))
        self._reload(known)
        from aliassist.gui.workspace.live_updates import start_live_updates

        #: other people's changes on a team database, refreshed as they are committed
        self.live = start_live_updates(cast(Any, self))  # its model is the full one by now
        self.make_accessible()

    # -- actions ---------------------------------------------------------------------------

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence.StandardKey | str | None = None, tip: str = "") -> QAction:
        # made, then named: QAction(text, parent) would set up PySide6's QIcon (an overload
        # takes one) and its 150 theme icons before the first paint
        action = QAction(self)
        action.setText(text)
        if shortcut is not None and self._shortcuts is not None:
            self._shortcuts.append((action, shortcut))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            translate("MainWindow", "&New order…"), self.new_order, QKeySequence.StandardKey.New,
            translate("MainWindow", "Add an order from its order page"))
        self.edit_action = self._action(
            translate("MainWindow", "&Edit order…"), self.edit_selected, None,
            translate("MainWindow", "Edit the selected order (Enter in the orders table)"))
        self.delete_action = self._action(
            translate("MainWindow", "&Delete order"), self.delete_selected,
            QKeySequence.StandardKey.Delete,
            translate("MainWindow", "Delete the selected orders (can be undone)"))
        self.evidence_action = self._action(
            translate("MainWindow", "E&vidence…"), self.open_evidence, "Ctrl+E",
            translate("MainWindow", "The evidence checklist of the selected order"))
        self.assign_action = self._action(
            translate("MainWindow", "A&ssign…"), self.assign_selected, "Ctrl+Shift+M",
            translate("MainWindow", "Assign the selected orders to a person (their deadline "
                                    "notices go to that person only)"))
        self.undo_action = self.history.undo_action
        self.redo_action = self.history.redo_action
        self.import_orders_action = self._action(
            translate("MainWindow", "Import &orders…"), lambda: self.import_orders(), "Ctrl+I",
            translate("MainWindow", "Import an exporter's CSV, TSV or XLSX file (preview first)"))
        self.paste_action = self._action(
            translate("MainWindow", "&Paste orders"), self.paste_orders,
            QKeySequence.StandardKey.Paste,
            translate("MainWindow", "Import rows copied from an exporter file or a spreadsheet "
                                    "(preview first)"))
        self.import_mail_action = self._action(
            translate("MainWindow", "Import &e-mails…"), lambda: self.import_mail(), None,
            translate("MainWindow", "Read shipped, delivered and confirmed dates from the "
                                    "platform's e-mails in your mail files (preview first)"))
        self.import_action = self._action(
            translate("MainWindow", "Import &data file…"), self.import_data_file, "Ctrl+Shift+I",
            translate("MainWindow", "Import an AliAssist JSON data file"))
        self.export_action = self._action(
            translate("MainWindow", "&Export data file…"), self.export_data_file, "Ctrl+Shift+E",
            translate("MainWindow", "Save every order and its evidence"))
        self.settings_action = self._action(
            translate("MainWindow", "&Settings…"), self.open_settings,
            QKeySequence.StandardKey.Preferences)
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.reload_action = self._action(
            translate("MainWindow", "&Refresh"), self.reload, QKeySequence.StandardKey.Refresh)
        self.find_action = self._action(
            translate("MainWindow", "&Find…"), self.focus_search, QKeySequence.StandardKey.Find,
            translate("MainWindow", "Search orders by number, store, item or tracking"))
        self.clear_filters_action = self._action(
            translate("MainWindow", "&Show all orders"), self.clear_filters, "Ctrl+Shift+A",
            translate("MainWindow", "Clear the search and filters"))
        self.pane_action = self._action(
            translate("MainWindow", "Order &pane"), self.toggle_pane, "F9",
            translate("MainWindow", "Show or hide the order pane"))
        self.pane_action.setCheckable(True)
        self.pane_action.setChecked(True)
        self.about_action = self._action(translate("MainWindow", "&About AliAssist"), self.about)
        self.guide_action = self._action(
            translate("MainWindow", "&Guide"), self.show_guide,
            QKeySequence.StandardKey.HelpContents,
            translate("MainWindow", "What the clocks mean, how to import, how the pre-check "
                                    "works"))
        self.sample_action = self._action(
            translate("MainWindow", "&Try it with sample orders"), self.toggle_sample, None,
            translate("MainWindow", "A separate database of made-up orders"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        for a in (self.new_action, None, self.import_orders_action, self.import_mail_action,
                  self.import_action, self.export_action, None, self.settings_action, None,
                  self.quit_action):
            self.file_menu.addSeparator() if a is None else self.file_menu.addAction(a)
        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        for a in (self.undo_action, self.redo_action, None, self.edit_action,
                  self.evidence_action, self.assign_action, self.delete_action, None,
                  self.paste_action, None, self.find_action):
            self.edit_menu.addSeparator() if a is None else self.edit_menu.addAction(a)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for a in (self.reload_action, self.clear_filters_action, self.pane_action):
            self.view_menu.addAction(a)
        self.view_menu.addMenu(self._sort_menu())
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        for a in (self.guide_action, self.sample_action, None, self.about_action):
            self.help_menu.addSeparator() if a is None else self.help_menu.addAction(a)

        self.toolbar = QToolBar(translate("MainWindow", "Main"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        for a in (self.new_action, self.edit_action, self.delete_action,
                  self.import_orders_action):
            self.toolbar.addAction(a)
        self.addToolBar(self.toolbar)
        self._build_dispute_actions()

    def _sort_menu(self) -> QMenu:
        """View > Sort by: every column, and the direction, from the keyboard."""
        menu = QMenu(translate("MainWindow", "S&ort by"), self)
        group = QActionGroup(menu)
        self.sort_actions: dict[int, QAction] = {}
        for column in range(len(COLUMNS)):
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=column: self.table.sortByColumn(
                c, self.table.horizontalHeader().sortIndicatorOrder()))
            self.sort_actions[column] = action
        menu.addSeparator()
        self.sort_descending_action = menu.addAction(translate("MainWindow", "&Descending"))
        self.sort_descending_action.setCheckable(True)
        self.sort_descending_action.triggered.connect(self._sort_descending)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._show_sort)
        return menu

    def _sort_descending(self, on: bool) -> None:
        from PySide6.QtCore import Qt

        self.table.sortByColumn(self.table.horizontalHeader().sortIndicatorSection(),
                                Qt.SortOrder.DescendingOrder if on
                                else Qt.SortOrder.AscendingOrder)

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        """View > Sort by shows the table's sort."""
        from PySide6.QtCore import Qt

        if column in self.sort_actions:
            self.sort_actions[column].setChecked(True)
        self.sort_descending_action.setChecked(order == Qt.SortOrder.DescendingOrder)

    def _selection_changed(self, *args: object) -> None:
        # Nothing is done to an order before the database is open.
        count = len(self.table.selectionModel().selectedRows()) if self.attached else 0
        for action in (self.edit_action, self.evidence_action, self.delete_action,
                       self.assign_action):
            action.setEnabled(count > 0)
        for action in (self.dispute_action, self.steps_action, self.packet_action):
            action.setEnabled(count == 1)

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the orders and their clocks; keep the selection and the filters."""
        self._reload(None)

    def _reload(self, known: OrderTable | None) -> None:
        selected = self.selected_ids()
        table = _orders().window_table(self.ctx, known)
        model = self.model
        if self.loading or isinstance(model, FirstScreenModel):
            self.show_table(table, self.ctx.policy)  # and its totals
        else:
            if table is not model.table:
                model.set_table(table)
            self.show_totals()
        self.select_orders(selected)
        self._current_changed()
        # Search and sorting get ready, step by step, once the orders are on screen; then
        # the snapshot of what was read is kept for the next start.
        self._warm_up(self._preparing(), 150)
        self.orders_changed.emit()

    def show_totals(self) -> None:
        """Bring what sums up the whole table up to date with the model's orders: the status
        bar's counts, the account filter's list, the account column, the empty page."""
        table = self.model.table
        if table is None:
            return
        accounts = self.model.accounts()
        attention = sum(int(code) in ATTENTION_STATES for code in table.clocks.state.tolist())
        self._show_facts(len(table), accounts, any(a is None for a in table.columns.accounts),
                         attention)
        if self.filter_bar.filters() != self.model.filters:  # the chosen account went away
            self.model.set_filters(self.filter_bar.filters())
        self._update_shown()

    def _show_facts(self, total: int, accounts: list[str], has_no_account: bool,
                    attention: int | None) -> None:
        """The account filter's choices, the account column, and the orders' count (with how
        many need attention, once that is known)."""
        self.filter_bar.set_accounts(accounts, has_no_account)
        # One account (or none) says nothing per row: the column makes room for the others.
        self.table.setColumnHidden(COLUMN["account"], len(accounts) < 2)
        self.stack.setCurrentWidget(self.workspace if total else self.empty)
        self.counts.setText("" if not total or attention is None else translate(
            "MainWindow", "%n order(s) · {attention} need attention", None, total)
            .format(attention=f"{attention:,}"))

    def prepare(self) -> None:
        """Do now what the window does once idle after a reload: make search and sorting
        ready and keep the snapshot of the orders."""
        for _ in self._preparing():
            pass

    def _preparing(self) -> Iterator[None]:
        model, ctx = self.model, self.ctx
        table = model.table
        if table is None or isinstance(model, FirstScreenModel):
            return
        if self._ready_table is not table:
            yield from self._model_preparing(model, table)
        if self.model.table is not table or self.ctx is not ctx or self._prepared is table:
            return
        self._prepared = table
        _orders().keep_snapshot(ctx, table, model.search_index(), model.text_sorts())
        from aliassist.services.first_screen import keep_first_screen

        keep_first_screen(ctx, table)
        from aliassist.gui.memory import give_back_free_memory

        give_back_free_memory()

    def _warm_up(self, steps: Iterator[None], delay: int = 0) -> None:
        def step() -> None:
            try:
                more = next(steps, StopIteration) is not StopIteration
            except UserError:  # the database went away meanwhile (wiped, damaged): not now
                return
            if more:
                self._warm_up(steps)

        QTimer.singleShot(delay, step)

    # -- search and filters ----------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.set_filters(self.filter_bar.filters())
        self._update_shown()
        self._current_changed()

    def _update_shown(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.loading and self.model.filters != Filters():
            # Filtered before the orders are loaded: said once they are.
            self.filter_bar.shown.setText("")
            self.no_match.setVisible(False)
            return
        self.filter_bar.shown.setText(
            translate("MainWindow", "%n order(s)", None, total) if shown == total
            else translate("MainWindow", "{shown} of %n order(s)", None, total)
            .format(shown=f"{shown:,}"))
        self.no_match.setVisible(shown == 0 and total > 0)
        if shown == 0 and total > 0:
            words = self.filter_bar.search.text().strip()
            what = (translate("MainWindow", "No order matches “{words}”").format(words=words)
                    if words else translate("MainWindow", "No order matches these filters"))
            self.no_match.setText(
                translate("MainWindow", "{what}. Press Esc in the search box to clear it, or "
                                        "View ▸ Show all orders (Ctrl+Shift+A) to see every "
                                        "order.")
                                  .format(what=what))

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.workspace:
            from PySide6.QtCore import Qt

            self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_bar.search.selectAll()

    def clear_filters(self) -> None:
        bar = self.filter_bar
        widgets = (bar.search, bar.state, bar.account, bar.mine)
        for widget in widgets:
            widget.blockSignals(True)
        bar.search.clear()
        bar.state.setCurrentIndex(0)
        bar.account.setCurrentIndex(0)
        bar.mine.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed()

    def toggle_pane(self) -> None:
        self.pane.setVisible(self.pane_action.isChecked())
        self._current_changed()

    def _current_changed(self, *args: object) -> None:
        """Show the current order in the pane."""
        if not self.attached or (not self.pane.isVisible() and self.isVisible()):
            return
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            ids = self.selected_ids()
            order_id = ids[0] if ids else None
        else:
            order_id = self.model.order_id(index.row())
        if order_id == (self.pane.view.order_id if self.pane.view else None):
            return
        try:
            order = _orders().get_order(self.ctx, order_id) if order_id else None
        except UserError:
            order = None
        self.pane.show_order(order, order_id)

    def focus_order(self, order_id: int) -> bool:
        """Bring the window up with the order selected (a notice or the tray opens it).
        False when the order is not (or no longer) there."""
        self.back_to_own_data()  # notices are about the buyer's own orders
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
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QBoxLayout)  # the window's column of parts
        layout.insertWidget(0, widget)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = (self.model.order_id(r) for r in rows)
        return [i for i in ids if i is not None]

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
                # not table.setCurrentIndex: under a key press (Ctrl+Z) it would toggle the row
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
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
        text = (str(exc) if isinstance(exc, UserError)
                else translate("MainWindow", "Unexpected error: {error}").format(error=repr(exc)))
        self._warn(title, text)

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, text)

    # -- order editing ---------------------------------------------------------------------

    def _dialog(self, order: rec.Order | None, notice: str | None = None) -> OrderDialog:
        from aliassist.gui.workspace.order_dialog import OrderDialog

        return OrderDialog(self.ctx.policy, order=order,
                           accounts=_orders().account_labels(self.ctx), now=self.ctx.now,
                           store_file=self.ctx.vault.put, notice=notice, parent=self)

    def new_order(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.order(), None)

    def edit_order(self, order_id: int, *, draft: rec.Order | None = None,
                   version: int | None = None, notice: str | None = None) -> None:
        """Open the order in the editor; its save is checked against the version it was opened
        at (someone else's newer save is not overwritten: see `_save`). `draft` reopens the
        editor with values typed before, answering to `version`, with `notice` on top."""
        if draft is None:
            opened = _orders().get_order_for_edit(self.ctx, order_id)
            draft, version = opened.order, opened.version
        dialog = self._dialog(draft, notice)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.order(), order_id, expected_version=version)

    def confirm_override(self, blocked: DisputeBlockedError) -> bool:
        """The pre-check blocks a dispute the edit adds: record it only on an explicit
        "Record anyway" (the override is kept with the dispute, as `dispute opened --force`)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "The pre-check "
                                                                            "blocks this dispute"),
                          f"{blocked.message[:1].upper()}{blocked.message[1:]}.", parent=self)
        from aliassist.i18n_policy import finding_message, finding_title

        box.setInformativeText("\n\n".join(f"{finding_title(f)}: {finding_message(f)}"
                                            for f in blocked.findings))
        anyway = box.addButton(translate("MainWindow", "Record anyway"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def enter_real_date(self, order_id: int, field: str) -> None:
        """Ask for the real value of an estimated date of the order and store it."""
        from aliassist.gui.workspace.date_entry import RealDateDialog

        order = _orders().get_order(self.ctx, order_id)
        dialog = RealDateDialog(order, field, self.ctx.policy.tz, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        at, date_only = dialog.value()
        try:
            updated = self.history.record(
                translate("MainWindow", "Enter the date of order {number}")
                .format(number=order.number), [order_id],
                lambda: _orders().enter_real_date(self.ctx, order_id, field, at,
                                                      date_only=date_only))
        except UserError as exc:
            self.show_error(translate("MainWindow", "Cannot save the date"), exc)
            return
        self.pane.show_order(updated, order_id)
        self.reload()
        self.statusBar().showMessage(translate("MainWindow", "Saved the date of order {number}")
                                     .format(number=order.number), 5000)

    def _save(self, order: rec.Order, order_id: int | None, *,
              expected_version: int | None = None) -> None:
        """Store the editor's order (undoable). When someone else saved the order after
        `expected_version`, the person chooses (SaveConflictDialog): keep theirs, save mine
        over theirs, or edit again with their own values."""
        from aliassist.gui.workspace.save_conflict import SaveConflictDialog, edit_again_notice
        from aliassist.services.disputes import DisputeBlockedError

        text = (translate("MainWindow", "Add order {number}") if order_id is None
                else translate("MainWindow", "Edit order {number}")).format(number=order.number)
        ids = [] if order_id is None else [order_id]

        def save(force: bool, version: int | None) -> int:
            return self.history.record(
                text, ids, lambda: _orders().save_edited_order(
                    self.ctx, order, order_id, force=force, expected_version=version),
                created=lambda saved: [saved])

        version = expected_version
        while True:
            try:
                try:
                    saved = save(False, version)
                except DisputeBlockedError as blocked:
                    if not self.confirm_override(blocked):
                        return
                    saved = save(True, version)
            except _orders().OrderChangedError as changed:
                assert order_id is not None  # only an edit carries a version
                choice = self.resolve_conflict(changed)
                if choice == SaveConflictDialog.SAVE_MINE:
                    version = changed.version  # theirs, seen: mine goes over it
                    continue
                if choice == SaveConflictDialog.KEEP_THEIRS:
                    self._show_theirs(order_id, changed)
                else:
                    self.edit_order(order_id, draft=changed.mine, version=changed.version,
                                    notice=edit_again_notice(changed))
                return
            except UserError as exc:
                self.show_error(translate("MainWindow", "Cannot save the order"), exc)
                return
            break
        self.reload()
        self.select_orders([saved])
        self.statusBar().showMessage(translate("MainWindow", "Saved order {number}")
                                     .format(number=order.number), 5000)

    def resolve_conflict(self, changed: OrderChangedError) -> int:
        """Ask what to do about a save refused for someone else's newer one (one of
        SaveConflictDialog's KEEP_THEIRS, SAVE_MINE, EDIT_AGAIN)."""
        from aliassist.gui.workspace.save_conflict import SaveConflictDialog

        return SaveConflictDialog(changed, self.ctx.policy, self).exec()

    def _show_theirs(self, order_id: int, changed: OrderChangedError) -> None:
        self.pane.view = None  # the pane re-reads the order even when it stays selected
        self.reload()
        self.select_orders([order_id])
        kept = (translate("MainWindow", "Kept {who}’s save of order {number}; your changes were "
                                        "dropped") if changed.saved_by
                else translate("MainWindow", "Kept the other save of order {number}; your changes "
                                             "were dropped"))
        self.statusBar().showMessage(
            kept.format(who=changed.saved_by, number=changed.theirs.number), 8000)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_order(ids[0])

    def _edit_index(self, index: QModelIndex) -> None:
        order_id = self.model.order_id(index.row())
        if order_id is not None and self.attached:
            self.edit_order(order_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            number = _orders().get_order(self.ctx, ids[0]).number
            text = translate("MainWindow", "Delete order {number}").format(number=number)
            done = translate("MainWindow", "Deleted order {number}. Edit ▸ Undo (Ctrl+Z) brings "
                                           "it back.").format(number=number)
        else:
            text = translate("MainWindow", "Delete %n order(s)", None, len(ids))
            done = translate("MainWindow", "Deleted %n order(s). Edit ▸ Undo (Ctrl+Z) brings "
                                           "them back.", None, len(ids))
        self.history.record(text, ids, lambda: _orders().delete_orders(self.ctx, ids))
        self.reload()
        self.statusBar().showMessage(done, 15000)

    def _history_applied(self, order_ids: list[int], text: str) -> None:
        """After an undo or redo: show the orders it changed, and say what was done."""
        self.pane.view = None  # the pane re-reads the order even when it stays selected
        self.reload()
        self.select_orders(order_ids)
        self.statusBar().showMessage(text, 8000)

    def open_evidence(self) -> None:
        from aliassist.gui.evidence.evidence_dialog import EvidenceDialog

        ids = self.selected_ids()
        if ids:
            EvidenceDialog(self.ctx, ids[0], self).exec()

    # -- importing and exporting: gui/imports/import_flow.py ----------------------------------

    @property
    def imports(self) -> OrderImports:
        """The import and export actions (their dialogs and services load on first use)."""
        if self._imports is None:
            from aliassist.gui.imports.import_flow import OrderImports

            self._imports = OrderImports(self)
        return self._imports

    def import_orders(self, path: str | Path | None = None) -> None:
        """File > Import orders: choose a file, map its columns if needed, preview, import."""
        self.imports.import_orders(path)

    def paste_orders(self) -> None:
        self.imports.paste_orders()

    def import_mail(self, paths: list[Path] | None = None) -> None:
        self.imports.import_mail(paths)

    def import_data_file(self, path: str | None = None, *, force: bool = False) -> None:
        self.imports.import_data_file(path, force=force)

    def export_data_file(self) -> None:
        self.imports.export_data_file()

    def open_dropped(self, path: Path) -> None:
        self.imports.open_dropped(path)

    @property
    def mail_import(self) -> MailImport | None:
        return None if self._imports is None else self._imports.mail_import

    @property
    def last_import(self) -> ImportReport | None:
        return None if self._imports is None else self._imports.last_import

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        # Files are imported into the database: not before the window has it.
        if self.attached and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths or not self.attached:
            return
        event.acceptProposedAction()
        if len(paths) > 1:
            self.statusBar().showMessage(translate("MainWindow", "Drop one file at a time; "
                                                                 "importing the first."), 8000)
        # Deliver the drop first; the import opens its dialogs after.
        QTimer.singleShot(0, lambda: self.open_dropped(paths[0]))

    # -- disputes --------------------------------------------------------------------------

    def _build_dispute_actions(self) -> None:
        self.dispute_action = self._action(
            translate("MainWindow", "New &dispute…"), self.new_dispute, "Ctrl+D",
            translate("MainWindow", "Plan a dispute on the selected order, pre-checked against "
                                    "the platform's rules"))
        self.steps_action = self._action(
            translate("MainWindow", "Dispute &steps…"), self.dispute_steps, "Ctrl+Shift+D",
            translate("MainWindow", "Record what happened to the selected order's disputes, and "
                                    "refunds or claims"))
        self.message_action = self._action(
            translate("MainWindow", "&Message to seller…"), self.message_to_seller, "Ctrl+M",
            translate("MainWindow", "Write a message to the seller or a review, checked as you "
                                    "type"))
        self.packet_action = self._action(
            translate("MainWindow", "Export dispute &packet…"), self.export_packet, "Ctrl+Shift+P",
            translate("MainWindow", "One ZIP with the summary, the message, the evidence and a "
                                    "verifiable manifest"))
        menu = QMenu(translate("MainWindow", "&Dispute"), self)
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
        from aliassist.gui.dispute.dispute_wizard import DisputeWizard

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        wizard = DisputeWizard(self.ctx, ids[0], self)
        if wizard.exec() == DisputeWizard.DialogCode.Accepted and wizard.filed is not None:
            self.reload()
            self.select_orders(ids)
            self.statusBar().showMessage(
                translate("MainWindow", "Dispute recorded on order {number}: watch its clocks.")
                .format(number=wizard.filed.number), 8000)

    def dispute_steps(self) -> None:
        from aliassist.gui.dispute.dispute_steps import DisputeStepsDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        order = _orders().get_order(self.ctx, ids[0])
        dialog = DisputeStepsDialog(self.ctx, order.number, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.select_orders(ids)

    def export_packet(self) -> None:
        """Export the packet of one of the selected order's recorded disputes."""
        from aliassist.gui.desktop.show_in_folder import exported
        from aliassist.gui.dispute.packet_export import PacketExporter, choose_dispute
        from aliassist.services.packet import content_for_dispute

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        order = _orders().get_order(self.ctx, ids[0])
        from aliassist.i18n_policy import policy_text

        labels = {r.id: policy_text(r.label) for r in self.ctx.policy.reasons.values()}
        index = choose_dispute(self, order, labels)
        if index is None:
            return
        try:
            content = content_for_dispute(self.ctx, order.number, str(index + 1))
        except UserError as exc:
            self.show_error(translate("MainWindow", "Cannot export the packet"), exc)
            return
        self.packet_exporter = PacketExporter(self.ctx, self)
        self.packet_exporter.done.connect(lambda result: exported(
            self, result.path, translate("MainWindow", "Wrote the dispute packet {path} (%n "
                                                       "file(s) and a manifest)", None,
                                         result.files)
            .format(path=result.path)))
        self.packet_exporter.export(content)

    def message_to_seller(self) -> None:
        from aliassist.gui.dispute.message_editor import MessageEditor

        ids = self.selected_ids()
        order = _orders().get_order(self.ctx, ids[0]) if len(ids) == 1 else None
        MessageEditor(self.ctx.policy, order, parent=self, ctx=self.ctx).exec()

    # -- other -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from aliassist.gui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.banner.setVisible(False)
            self._know_user()  # the name set in Settings ▸ You
            self.pane.view = None
            self.reload()

    def show_guide(self) -> None:
        from aliassist.gui.guide import GuideDialog

        self.guide = GuideDialog(self.ctx.policy, self)
        self.guide.show()

    # -- the sample database -----------------------------------------------------------------

    @property
    def showing_sample(self) -> bool:
        return self.own_ctx is not None

    def toggle_sample(self) -> None:
        self.back_to_own_data() if self.showing_sample else self.try_sample()

    def try_sample(self) -> None:
        """Show a separate database of sample orders (never mixed with the buyer's own)."""
        if self.showing_sample:
            return
        try:
            from aliassist.services.sample import open_sample

            sample = open_sample(self.ctx)
        except UserError as exc:
            self.show_error(translate("MainWindow", "Cannot open the sample orders"), exc)
            return
        self.own_ctx = self.ctx
        self._use_context(sample)
        self.statusBar().showMessage(translate("MainWindow", "Showing sample orders: Help ▸ Back "
                                                             "to my orders returns to yours."),
                                     15000)

    def back_to_own_data(self) -> None:
        """Leave the sample orders: the window shows the buyer's own database again."""
        if self.own_ctx is None:
            return
        sample, own = self.ctx, self.own_ctx
        self.own_ctx = None
        self._use_context(own)
        sample.close()
        self.statusBar().showMessage(translate("MainWindow", "Back to your orders."), 5000)

    def _use_context(self, ctx: AppContext) -> None:
        """Show the database of `ctx` (the sample's, or the buyer's own again)."""
        with contextlib.suppress(UserError):
            self.history.release_files()
        self.history.stack.clear()  # an undo never reaches across databases
        self.history.ctx = ctx
        self.ctx = ctx
        self.pane.view = None
        sample = self.showing_sample
        self.setWindowTitle(translate("MainWindow", "{app} — sample orders")
                            .format(app=APP_NAME) if sample else APP_NAME)
        self.sample_action.setText(translate("MainWindow", "&Back to my orders") if sample
                                   else translate("MainWindow", "&Try it with sample orders"))
        for action in (self.new_action, self.import_orders_action, self.paste_action,
                       self.import_mail_action, self.import_action):
            action.setEnabled(not sample)
            action.setToolTip(translate("MainWindow", "Back to your orders first (Help ▸ Back to "
                                                      "my orders)")
                              if sample else "")
        self.setAcceptDrops(not sample)
        if sample or self._sample_banner is not None:
            self.sample_banner.setVisible(sample)
        self._know_user()
        self.clear_filters()
        self.reload()

    # -- who looks after which order -------------------------------------------------------

    def _know_user(self) -> None:
        """Read who the current user is (for "Mine" and "(you)")."""
        try:
            me = _assignment().current_user(self.ctx)
        except UserError:
            me = None
        self.filter_bar.set_me(me)
        self.pane.me = me
        self.model.set_filters(self.filter_bar.filters())  # "Mine" follows a new name

    def _order_history(self, order_id: int) -> assignment.OrderHistory | None:
        try:
            return _assignment().order_history(self.ctx, order_id)
        except UserError:
            return None

    def assign_selected(self) -> None:
        self.assign_orders(self.selected_ids())

    def assign_orders(self, order_ids: list[int]) -> None:
        """Ask whom to assign the orders to, and assign them (one step to undo)."""
        if not order_ids:
            return
        try:
            orders = [_orders().get_order(self.ctx, i) for i in order_ids]
            names = _assignment().assignees(self.ctx)
        except UserError as exc:
            self.show_error(translate("MainWindow", "Cannot assign"), exc)
            return
        current = {o.assignee for o in orders}
        what = (translate("MainWindow", "order {number}").format(number=orders[0].number)
                if len(orders) == 1 else translate("MainWindow", "%n order(s)", None, len(orders)))
        from aliassist.gui.workspace.assign_dialog import AssignDialog

        dialog = AssignDialog(what, next(iter(current)) if len(current) == 1 else None,
                              names, self.filter_bar.me, self, mixed=len(current) > 1)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = dialog.value()
        try:
            done = self.history.record(
                translate("MainWindow", "Assign {what}").format(what=what), order_ids,
                lambda: _assignment().assign_orders(self.ctx, order_ids, name))
        except UserError as exc:
            self.show_error(translate("MainWindow", "Cannot assign"), exc)
            return
        self.pane.view = None  # shown again with its new assignee
        self.reload()
        who = done[0].assignee if done else None
        self.statusBar().showMessage(
            (translate("MainWindow", "Assigned {what} to {who}") if who
             else translate("MainWindow", "Assigned {what} to nobody")).format(what=what, who=who),
            5000)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        policy = self.ctx.policy
        QMessageBox.about(
            self, translate("MainWindow", "About {app}").format(app=APP_NAME),
            translate("MainWindow", "<b>{app} {version}</b><br>Buyer Protection deadlines, dispute "
                                    "pre-checks and evidence for {platform} orders.<br><br>"
                                    "Policy {policy} {policy_version} ({policy_file})<br>"
                                    "Database: {database}<br><br>"
                                    "Works offline: your orders, photos and disputes never leave "
                                    "this computer.")
            .format(app=APP_NAME, version=__version__, platform=policy.platform, policy=policy.id,
                    policy_version=policy.version, policy_file=policy.path.name,
                    database=self.ctx.store.path or self.ctx.store.url))

    def tidy_up(self) -> None:
        """As the window closes or the app quits (the tray's Quit): evidence files kept for
        undo that nothing refers to go, and the sample database closes (the app closes the
        buyer's own)."""
        if self.live is not None:
            self.live.stop()
        if not self.attached:
            return
        with contextlib.suppress(UserError):  # the database went away (wiped): nothing to tidy
            self.history.release_files()
        self.back_to_own_data()

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
        self.tidy_up()
        super().closeEvent(event)

