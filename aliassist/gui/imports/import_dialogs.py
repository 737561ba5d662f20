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
from aliassist.errors import UserError
from aliassist.gui.accessibility import make_accessible
from aliassist.gui.theme import tint, tone
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.services.imports import FIELDS, REQUIRED, ColumnMapping, ImportPreview, ImportReport

#: Currencies offered for amounts written without one.
CURRENCIES = ("USD", "EUR", "GBP", "RUB", "PLN", "UAH", "BRL", "CAD", "AUD", "KRW", "JPY",
              "CNY", "TRY", "ILS", "CZK", "CHF", "SEK", "NOK", "DKK", "MXN", "INR")
#: how a file writes dates: (value, label; translated where shown, context "import_dialogs")
DATE_ORDERS = (("mdy", QT_TRANSLATE_NOOP("import_dialogs", "month/day/year (3/25/2026)")),
               ("dmy", QT_TRANSLATE_NOOP("import_dialogs", "day/month/year (25/3/2026)")),
               ("ymd", QT_TRANSLATE_NOOP("import_dialogs", "year-month-day (2026-03-25)")))


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
        self.setWindowTitle(translate("ColumnMappingDialog", "Which column holds what?"))
        # wide enough for its title in a window manager's (larger, bolder) title font, and for
        # the column names with an example beside them
        metrics = self.fontMetrics()
        self.setMinimumWidth(max(metrics.averageCharWidth() * 72,
                                 2 * metrics.horizontalAdvance(self.windowTitle()) + 160))
        self.header = header
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate("ColumnMappingDialog", "<b>{label}</b> is not the export of a known "
                                             "exporter. Say once which column holds what; "
                                             "AliAssist remembers it for files with the same "
                                             "columns. The order number and the order date are "
                                             "needed; everything else is optional.")
            .format(label=label))
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
            box.addItem(translate("ColumnMappingDialog", "— not in the file —"), None)
            for index, column in enumerate(header):
                shown = column or translate("ColumnMappingDialog", "Column {index}").format(
                    index=index + 1)
                sample_text = example(index)
                box.addItem(f"{shown}   ({sample_text})" if sample_text else shown, index)
            if target in guess:
                box.setCurrentIndex(guess[target] + 1)
            self.choices[target] = box
            form.addRow(f"{name}{' *' if target in REQUIRED else ''}:", box)
        self.dates = QComboBox()
        for value, text in DATE_ORDERS:
            self.dates.addItem(translate("import_dialogs", text), value)
        values = [v for v, _ in DATE_ORDERS]
        self.dates.setCurrentIndex(values.index(date_order) if date_order in values else 0)
        form.addRow(translate("ColumnMappingDialog", "Dates are written:"), self.dates)
        layout.addLayout(form)
        self.remember = QCheckBox(translate("ColumnMappingDialog", "Remember for files with "
                                                                   "these columns"))
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {tone('error')}")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ColumnMappingDialog", "Preview"))
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
            self.problem.setText(translate("ColumnMappingDialog", "Choose the column of: {fields}")
                                 .format(fields=", ".join(FIELDS[f] for f in mapping.missing())))
            return
        used = [i for i in mapping.columns.values()]
        if len(used) != len(set(used)):
            self.problem.setText(translate("ColumnMappingDialog", "One column is chosen for two "
                                                                  "things."))
            return
        super().accept()


#: the fields shown in the columns between Line and the problem, for a skipped row's raw cells
RAW_FIELDS = ("number", "placed_at", "store", "title", "price", "status", "tracking_number")


class ImportPreviewDialog(QDialog):
    """The first rows as they will be imported, before anything is written."""

    COLUMNS = (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Line"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Order"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Order date"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Store"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Item"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Price"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Status"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Tracking"),
               QT_TRANSLATE_NOOP("ImportPreviewDialog", "Problem"))

    def __init__(self, preview: ImportPreview, accounts: list[str],
                 repreview: Callable[..., ImportPreview], parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.repreview = repreview
        self.setWindowTitle(translate("ImportPreviewDialog", "Import orders"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        options = QHBoxLayout()
        options.addWidget(QLabel(translate("ImportPreviewDialog", "Buyer account:")))
        self.account = QComboBox()
        self.account.setEditable(True)
        self.account.addItem("")
        self.account.addItems(accounts)
        line = self.account.lineEdit()
        if line is not None:  # editable: it has one
            line.setPlaceholderText(translate("ImportPreviewDialog", "none (optional)"))
        self.account.setMinimumWidth(220)
        options.addWidget(self.account)
        options.addSpacing(16)
        options.addWidget(QLabel(translate("ImportPreviewDialog", "Amounts written without a "
                                                                  "currency are in:")))
        self.currency = QComboBox()
        self.currency.addItem(translate("ImportPreviewDialog", "— choose —"), None)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        options.addWidget(self.currency)
        options.addSpacing(16)
        options.addWidget(QLabel(translate("ImportPreviewDialog", "Dates are written:")))
        self.dates = QComboBox()
        self.dates.addItem(translate("ImportPreviewDialog", "as the file shows"), None)
        for value, text in DATE_ORDERS:
            self.dates.addItem(text, value)
        options.addWidget(self.dates)
        options.addStretch(1)
        self.columns_button = QPushButton(translate("ImportPreviewDialog", "Change columns…"))
        options.addWidget(self.columns_button)
        for index in range(options.count()):  # long translations wrap instead of widening
            item = options.itemAt(index)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setWordWrap(True)
        layout.addLayout(options)

        self.table = readonly_table([translate("ImportPreviewDialog", c) for c in self.COLUMNS])
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("ImportPreviewDialog", "Import"))
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
        self.account.setAccessibleName(translate("ImportPreviewDialog", "Buyer account"))
        self.currency.setAccessibleName(
            translate("ImportPreviewDialog", "Amounts written without a currency are in"))
        self.table.setAccessibleName(translate("ImportPreviewDialog", "Orders to import"))
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
        shown = (translate("ImportPreviewDialog", "Showing the first %n row(s): {good} can be "
                                                  "imported", None, len(rows)) if preview.more
                 else translate("ImportPreviewDialog", "Showing all %n row(s): {good} can be "
                                                       "imported", None, len(rows)))
        skipped = (translate("ImportPreviewDialog", ", <span style='color:{color}'><b>{bad} will "
                                                    "be skipped</b></span>").format(
            color=tone("error"), bad=bad) if bad else "")
        self.summary.setText(
            f"<b>{preview.layout_name}</b> ({preview.kind.upper()}{encoding}) — {where}<br>"
            + translate("ImportPreviewDialog", "{shown}{skipped}. Nothing is written until you "
                                               "choose Import.").format(
                shown=shown.format(good=len(rows) - bad), skipped=skipped))
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
        dates = translate("ImportPreviewDialog", "how the file writes dates (its dates read as "
                                                 "month/day and as day/month, and none of them "
                                                 "tells which)")
        currency = translate("ImportPreviewDialog", "the currency of its amounts (they are written "
                                                    "without one)")
        question = (translate("ImportPreviewDialog", "Choose {first} and {second} above, then "
                                                     "Import.").format(first=dates, second=currency)
                    if preview.dates_unknown and preview.currency_unknown
                    else translate("ImportPreviewDialog", "Choose {first} above, then Import.")
                    .format(first=dates if preview.dates_unknown else currency)
                    if preview.dates_unknown or preview.currency_unknown else None)
        self.import_button.setEnabled(question is None)
        if question is not None:
            self.note.setText(question)
        else:
            self.note.setText("" if not preview.more else
                              translate("ImportPreviewDialog", "The rest of the file is read "
                                                               "when you import; rows with "
                                                               "problems are listed in the "
                                                               "report afterwards."))


class ImportReportDialog(QDialog):
    """What an import did, with every skipped row and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("ImportReportDialog", "Import finished")
                            if not report.skipped
                            else translate("ImportReportDialog", "Import finished — some rows "
                                                                 "were skipped"))
        self.resize(820, 480 if report.skipped else 200)
        layout = QVBoxLayout(self)
        counts = translate("ImportReportDialog", "%n new order(s), {updated} updated, {unchanged} "
                                                 "unchanged", None, len(report.imported)).format(
            updated=len(report.updated), unchanged=len(report.unchanged))
        headline = QLabel(
            f"<b>{report.layout_name}</b> — {report.source}<br><br>"
            f"<span style='font-size:large'>{counts}</span>")
        headline.setTextFormat(Qt.TextFormat.RichText)
        headline.setWordWrap(True)
        layout.addWidget(headline)
        self.table = readonly_table([translate("ImportReportDialog", "Line"),
                                     translate("ImportReportDialog", "Why it was skipped")])
        if report.skipped:
            skipped = QLabel(
                translate("ImportReportDialog", "<b>%n row(s) skipped</b> (lines of the file, "
                                                "the header is line 1). Everything else was "
                                                "imported; fix these rows and import the file "
                                                "again: what is already in changes nothing.", None,
                                       len(report.skipped)))
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
        copy = buttons.addButton(translate("ImportReportDialog", "Copy report"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        copy.setAutoDefault(False)  # Enter closes, never copies by surprise
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.table.setAccessibleName(translate("ImportReportDialog", "Skipped rows"))
        make_accessible(self)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(json.dumps(self.report.to_json(), indent=2,
                                                       ensure_ascii=False))
