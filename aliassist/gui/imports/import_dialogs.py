"""The import steps a person sees: map the columns of an unknown file, preview the rows before
anything is written, and read the report (with every skipped row and why) afterwards."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain.money import display_amount
from aliassist.domain.wording import count
from aliassist.errors import UserError
from aliassist.gui.accessibility import make_accessible
from aliassist.gui.theme import tint, tone
from aliassist.services.imports import FIELDS, REQUIRED, ColumnMapping, ImportPreview, ImportReport

#: Currencies offered for amounts written without one.
CURRENCIES = ("USD", "EUR", "GBP", "RUB", "PLN", "UAH", "BRL", "CAD", "AUD", "KRW", "JPY",
              "CNY", "TRY", "ILS", "CZK", "CHF", "SEK", "NOK", "DKK", "MXN", "INR")
DATE_ORDERS = (("mdy", "month/day/year (3/25/2026)"), ("dmy", "day/month/year (25/3/2026)"),
               ("ymd", "year-month-day (2026-03-25)"))


def readonly_table(headers: list[str], *, stretch_last: bool = False) -> QTableWidget:
    """A table of rows to read (not edit), selected whole; columns the person can resize."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table


def _cell(text: object, bad: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text).replace("\n", " ⏎ "))
    if text is not None and len(str(text)) > 40:
        item.setToolTip(str(text))
    if bad:
        colours = tint("bad_row")
        item.setBackground(QBrush(QColor(colours.back)))
        item.setForeground(QBrush(QColor(colours.ink)))
    return item


class ColumnMappingDialog(QDialog):
    """Which column holds what, for a file of a layout the app does not know."""

    def __init__(self, header: list[str], sample: list[list[Any]], guess: dict[str, int],
                 date_order: str | None, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Which column holds what?")
        # wide enough for its title in a window manager's (larger, bolder) title font, and for
        # the column names with an example beside them
        metrics = self.fontMetrics()
        self.setMinimumWidth(max(metrics.averageCharWidth() * 72,
                                 2 * metrics.horizontalAdvance(self.windowTitle()) + 160))
        self.header = header
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"<b>{label}</b> is not the export of a known exporter. Say once which column holds "
            "what; AliAssist remembers it for files with the same columns. The order number "
            "and the order date are needed; everything else is optional.")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        def example(index: int) -> str:
            for row in sample:
                if index < len(row) and str(row[index]).strip():
                    return str(row[index]).strip().replace("\n", " ")[:40]
            return ""

        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for target, name in FIELDS.items():
            box = QComboBox()
            box.addItem("— not in the file —", None)
            for index, column in enumerate(header):
                shown = column or f"Column {index + 1}"
                sample_text = example(index)
                box.addItem(f"{shown}   ({sample_text})" if sample_text else shown, index)
            if target in guess:
                box.setCurrentIndex(guess[target] + 1)
            self.choices[target] = box
            form.addRow(f"{name}{' *' if target in REQUIRED else ''}:", box)
        self.dates = QComboBox()
        for value, text in DATE_ORDERS:
            self.dates.addItem(text, value)
        values = [v for v, _ in DATE_ORDERS]
        self.dates.setCurrentIndex(values.index(date_order) if date_order in values else 0)
        form.addRow("Dates are written:", self.dates)
        layout.addLayout(form)
        self.remember = QCheckBox("Remember for files with these columns")
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {tone('error')}")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Preview")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        make_accessible(self)

    def choose(self, target: str, column: int | None) -> None:
        self.choices[target].setCurrentIndex(0 if column is None else column + 1)

    def mapping(self) -> ColumnMapping:
        columns = {t: box.currentData() for t, box in self.choices.items()
                   if box.currentData() is not None}
        return ColumnMapping(columns, self.dates.currentData())

    def accept(self) -> None:
        mapping = self.mapping()
        if mapping.missing():
            self.problem.setText("Choose the column of: " + ", ".join(
                FIELDS[f] for f in mapping.missing()))
            return
        used = [i for i in mapping.columns.values()]
        if len(used) != len(set(used)):
            self.problem.setText("One column is chosen for two things.")
            return
        super().accept()


#: the fields shown in the columns between Line and the problem, for a skipped row's raw cells
RAW_FIELDS = ("number", "placed_at", "store", "title", "price", "status", "tracking_number")


class ImportPreviewDialog(QDialog):
    """The first rows as they will be imported, before anything is written."""

    COLUMNS = ("Line", "Order", "Order date", "Store", "Item", "Price", "Status", "Tracking",
               "Problem")

    def __init__(self, preview: ImportPreview, accounts: list[str],
                 repreview: Callable[..., ImportPreview], parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.repreview = repreview
        self.setWindowTitle("Import orders")
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        options = QHBoxLayout()
        options.addWidget(QLabel("Buyer account:"))
        self.account = QComboBox()
        self.account.setEditable(True)
        self.account.addItem("")
        self.account.addItems(accounts)
        line = self.account.lineEdit()
        if line is not None:  # editable: it has one
            line.setPlaceholderText("none (optional)")
        self.account.setMinimumWidth(220)
        options.addWidget(self.account)
        options.addSpacing(16)
        options.addWidget(QLabel("Amounts written without a currency are in:"))
        self.currency = QComboBox()
        self.currency.addItem("— choose —", None)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        options.addWidget(self.currency)
        options.addSpacing(16)
        options.addWidget(QLabel("Dates are written:"))
        self.dates = QComboBox()
        self.dates.addItem("as the file shows", None)
        for value, text in DATE_ORDERS:
            self.dates.addItem(text, value)
        options.addWidget(self.dates)
        options.addStretch(1)
        self.columns_button = QPushButton("Change columns…")
        options.addWidget(self.columns_button)
        for index in range(options.count()):  # long translations wrap instead of widening
            item = options.itemAt(index)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setWordWrap(True)
        layout.addLayout(options)

        self.table = readonly_table(list(self.COLUMNS))
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.currency.currentIndexChanged.connect(self._options_changed)
        self.dates.currentIndexChanged.connect(self._options_changed)
        self.account.currentTextChanged.connect(self._options_changed)
        self.columns_button.clicked.connect(self._options_changed)
        self.columns_button.setVisible(False)
        self._fill()
        # Named for screen readers (their labels stand beside them, not in a form).
        self.account.setAccessibleName("Buyer account")
        self.currency.setAccessibleName("Amounts written without a currency are in")
        self.table.setAccessibleName("Orders to import")
        make_accessible(self)

    @property
    def chosen_currency(self) -> str | None:
        return self.currency.currentData()

    @property
    def chosen_dates(self) -> str | None:
        """How the person said the file writes dates (None: as the file itself shows)."""
        return self.dates.currentData()

    @property
    def chosen_account(self) -> str | None:
        return self.account.currentText().strip() or None

    def allow_column_change(self, handler: Callable[[], ColumnMapping | None]) -> None:
        """Offer "Change columns…": `handler` asks for a new mapping (None: keep)."""
        self.columns_button.clicked.disconnect(self._options_changed)
        self.columns_button.setVisible(True)

        def change() -> None:
            mapping = handler()
            if mapping is not None:
                self._reload(mapping)

        self.columns_button.clicked.connect(change)

    def _options_changed(self) -> None:
        self._reload(self.preview.mapping)

    def _reload(self, mapping: ColumnMapping) -> None:
        try:
            self.preview = self.repreview(mapping=mapping, currency=self.chosen_currency,
                                          account=self.chosen_account,
                                          dates=self.chosen_dates)
        except UserError as exc:
            self.note.setText(str(exc))
            return
        self._fill()

    def _fill(self) -> None:
        preview = self.preview
        rows = preview.rows
        bad = sum(1 for r in rows if r.reason)
        where = preview.source.label
        encoding = f", {preview.encoding}" if preview.encoding else ""
        shown = f"the first {len(rows)} rows" if preview.more else f"all {len(rows)} rows"
        self.summary.setText(
            f"<b>{preview.layout_name}</b> ({preview.kind.upper()}{encoding}) — {where}<br>"
            f"Showing {shown}: {len(rows) - bad} can be imported"
            + (f", <span style='color:{tone('error')}'><b>{bad} will be skipped</b></span>"
               if bad else "") + ". Nothing is written until you choose Import.")
        self.table.setRowCount(len(rows))
        for n, preview_row in enumerate(rows):
            row, reason = preview_row.row, preview_row.reason
            if row is None:
                # The cells as the file wrote them, so the buyer sees which row it is.
                cells = {f: preview_row.raw(preview.mapping, f) for f in RAW_FIELDS}
                cells["price"] = cells["price"] or preview_row.raw(preview.mapping, "total")
                values: list[object] = [preview_row.line, *cells.values(), reason]
            else:
                placed = preview_row.placed_text(preview.platform_tz)
                price = display_amount(row.price if row.price is not None else row.total,
                                       row.currency)
                values = [row.line, row.number, placed, row.store or "", row.title or "",
                          price, row.status_text or "", row.tracking_number or "", ""]
            for column, value in enumerate(values):
                self.table.setItem(n, column, _cell(value, bad=row is None))
        self.table.resizeColumnsToContents()
        for column, cap in ((3, 200), (4, 280)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        # The problem column takes the rest of the width and wraps, so each reason reads whole.
        used = sum(self.table.columnWidth(c) for c in range(len(self.COLUMNS) - 1))
        self.table.setColumnWidth(len(self.COLUMNS) - 1, max(320, self.width() - used - 60))
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        questions = []
        if preview.dates_unknown:
            questions.append("how the file writes dates (its dates read as month/day and as "
                             "day/month, and none of them tells which)")
        if preview.currency_unknown:
            questions.append("the currency of its amounts (they are written without one)")
        self.import_button.setEnabled(not questions)
        if questions:
            self.note.setText("Choose " + " and ".join(questions) + " above, then Import.")
        else:
            self.note.setText("" if not preview.more else
                              "The rest of the file is read when you import; rows with "
                              "problems are listed in the report afterwards.")


class ImportReportDialog(QDialog):
    """What an import did, with every skipped row and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle("Import finished" if not report.skipped
                            else "Import finished — some rows were skipped")
        self.resize(820, 480 if report.skipped else 200)
        layout = QVBoxLayout(self)
        headline = QLabel(
            f"<b>{report.layout_name}</b> — {report.source}<br><br>"
            f"<span style='font-size:large'>{count(len(report.imported), 'new order')}, "
            f"{len(report.updated)} updated, {len(report.unchanged)} unchanged</span>")
        headline.setTextFormat(Qt.TextFormat.RichText)
        headline.setWordWrap(True)
        layout.addWidget(headline)
        self.table = readonly_table(["Line", "Why it was skipped"])
        if report.skipped:
            were = "was" if len(report.skipped) == 1 else "were"
            skipped = QLabel(f"<b>{count(len(report.skipped), 'row')} {were} skipped</b> "
                             "(lines of the file, the header is line 1). Everything else was "
                             "imported; fix these rows and import the file again: what is "
                             "already in changes nothing.")
            skipped.setWordWrap(True)
            skipped.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(skipped)
            self.table.setRowCount(len(report.skipped))
            for n, row in enumerate(report.skipped):
                self.table.setItem(n, 0, _cell(row.line))
                self.table.setItem(n, 1, _cell(row.reason))
            self.table.horizontalHeader().setSectionResizeMode(
                1, QHeaderView.ResizeMode.Stretch)
            self.table.resizeColumnToContents(0)
            self.table.setWordWrap(True)
            self.table.resizeRowsToContents()
            layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy report", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        copy.setAutoDefault(False)  # Enter closes, never copies by surprise
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.table.setAccessibleName("Skipped rows")
        make_accessible(self)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(json.dumps(self.report.to_json(), indent=2,
                                                       ensure_ascii=False))
