"""The window's imports and exports: File > Import orders (a file, pasted rows, a dropped file)
with its column mapping, preview and report; File > Import e-mails; the JSON data file in and
out. Each runs off the UI thread with the window's progress dialog (gui/operations.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStatusBar

from aliassist.errors import UserError
from aliassist.gui.desktop.show_in_folder import exported
from aliassist.gui.imports.import_dialogs import (
    ColumnMappingDialog,
    ImportPreviewDialog,
    ImportReportDialog,
)
from aliassist.gui.imports.mail_import import MailImport
from aliassist.gui.operations import Operation, run_operation
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.progress import Progress
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext
from aliassist.services.datafile import ImportReport as DataImportReport
from aliassist.services.datafile import export_data, import_data
from aliassist.services.disputes import DisputeBlockedError
from aliassist.services.imports import (
    ColumnMapping,
    ImportPreview,
    ImportReport,
    ImportSource,
    NeedsMapping,
    preview_import,
    remember_mapping,
    run_import,
)
from aliassist.services.mail_import import MailImportReport

#: Files the import recognises by their content (the name only sorts the file dialog).
ORDER_FILES = QT_TRANSLATE_NOOP("OrderImports",
                                "Order exports (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)")


class ImportHost(Protocol):
    """What the imports need of the window they run in (the main window)."""

    ctx: AppContext
    operation: Operation | None

    def statusBar(self) -> QStatusBar: ...
    def reload(self) -> None: ...
    def show_error(self, title: str, exc: BaseException) -> None: ...
    def select_orders(self, order_ids: list[int]) -> None: ...
    def confirm_override(self, blocked: DisputeBlockedError) -> bool: ...


class OrderImports:
    """The import and export actions of `window` (a main window that is an ImportHost)."""

    def __init__(self, window: QMainWindow) -> None:
        self.window: ImportHost = window  # type: ignore[assignment]
        self.widget = window
        self.last_import: ImportReport | None = None
        self.mail_import: MailImport | None = None
        #: the dialogs of the import in progress (tests and screenshots reach them here)
        self.import_dialog: ImportPreviewDialog | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.report_dialog: ImportReportDialog | None = None

    @property
    def ctx(self) -> AppContext:
        """The window's database (it changes while the window shows the sample orders)."""
        return self.window.ctx

    def import_orders(self, path: str | Path | None = None) -> None:
        """File > Import orders: choose a file, map its columns if needed, preview, import."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.widget, translate("OrderImports", "Import orders"), "",
                translate("OrderImports", ORDER_FILES))
        if path:
            self.start_import(ImportSource(path=Path(path)))

    def paste_orders(self) -> None:
        """Ctrl+V: rows copied from an exporter's file or a spreadsheet."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.statusBar().showMessage(
                translate("OrderImports", "The clipboard holds no rows to import."), 5000)
            return
        self.start_import(ImportSource(text=text))

    def start_import(self, source: ImportSource) -> None:
        preview = self._preview(source, None)
        if preview is None:
            return

        def repreview(**options: object) -> ImportPreview:
            return preview_import(self.ctx, source, **options)  # type: ignore[arg-type]

        dialog = ImportPreviewDialog(preview, order_service.account_labels(self.ctx), repreview,
                                     self.widget)
        if preview.mapping.layout == "generic":
            dialog.allow_column_change(lambda: self._ask_mapping(source, dialog.preview))
        self.import_dialog = dialog
        if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return
        mapping, currency, account, dates = (dialog.preview.mapping, dialog.chosen_currency,
                                             dialog.chosen_account, dialog.chosen_dates)
        self.window.operation = run_operation(
            self.widget, translate("OrderImports", "Importing orders…"),
            lambda progress: run_import(self.ctx, source, mapping=mapping, currency=currency,
                                        account=account, dates=dates, progress=progress),
            on_done=self._import_done,
            on_error=lambda exc: self.window.show_error(
                translate("OrderImports", "Nothing was imported"), exc),
            on_cancel=lambda: self.window.statusBar().showMessage(
                translate("OrderImports", "Import cancelled: nothing was written."), 10000))

    def _preview(self, source: ImportSource, mapping: ColumnMapping | None
                 ) -> ImportPreview | None:
        """The preview of `source`, asking for the columns when the layout is unknown."""
        while True:
            try:
                return preview_import(self.ctx, source, mapping=mapping)
            except NeedsMapping as needs:
                mapping = self._mapping_dialog(source, needs.header, needs.sample, needs.guess,
                                               needs.date_order, needs.headerless)
                if mapping is None:
                    return None
            except UserError as exc:
                self.window.show_error(translate("OrderImports", "Cannot import this file"), exc)
                return None

    def _ask_mapping(self, source: ImportSource, preview: ImportPreview
                     ) -> ColumnMapping | None:
        header = preview.header
        headerless = not any(header)
        if headerless:  # pasted rows: name the columns by position
            width = max(preview.mapping.columns.values(), default=0) + 1
            header = [translate("OrderImports", "Column {index}").format(index=i + 1)
                      for i in range(width)]
        return self._mapping_dialog(source, header, [], dict(preview.mapping.columns),
                                    preview.mapping.date_order, headerless)

    def _mapping_dialog(self, source: ImportSource, header: list[str], sample: list,
                        guess: dict[str, int], date_order: str | None,
                        headerless: bool = False
                        ) -> ColumnMapping | None:
        dialog = ColumnMappingDialog(header, sample, guess, date_order, source.label, self.widget)
        self.mapping_dialog = dialog
        if dialog.exec() != ColumnMappingDialog.DialogCode.Accepted:
            return None
        mapping = dialog.mapping()
        if dialog.remember.isChecked():
            remember_mapping(self.ctx, [] if headerless else header, mapping)
        return mapping

    def _import_done(self, report: ImportReport) -> None:
        self.last_import = report
        self.window.reload()
        if report.imported:
            first = order_service.order_id_of(self.ctx, report.imported[0])
            if first is not None:
                self.window.select_orders([first])
        self.window.statusBar().showMessage(translate("OrderImports", "Import: {summary}.")
                                            .format(summary=report.summary()), 15000)
        dialog = ImportReportDialog(report, self.widget)
        self.report_dialog = dialog
        dialog.exec()

    def import_mail(self, paths: list[Path] | None = None) -> None:
        """File > Import e-mails: choose mail files, read them, preview, write."""

        def written(report: MailImportReport) -> None:
            self.window.reload()
            self.window.statusBar().showMessage(translate("OrderImports", "E-mail import: "
                                                                          "{summary}.")
                                                .format(summary=report.summary()), 15000)

        self.mail_import = MailImport(self.widget, self.ctx, run_operation, written)
        self.mail_import.start(paths)

    def open_dropped(self, path: Path) -> None:
        if path.suffix.lower() == ".json":
            self.import_data_file(str(path))
        else:
            self.import_orders(path)

    # -- files -----------------------------------------------------------------------------

    def import_data_file(self, path: str | None = None, *, force: bool = False) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.widget, translate("OrderImports", "Import a data file"), "",
                translate("OrderImports", "AliAssist data (*.json);;All files (*)"))
        if not path:
            return
        chosen = path

        def work(progress: Progress) -> object:
            return import_data(self.ctx, Path(chosen), check_disputes=True, force=force)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DisputeBlockedError):
                if self.window.confirm_override(exc):
                    self.import_data_file(chosen, force=True)
                return
            self.window.show_error(translate("OrderImports", "Nothing was imported"), exc)

        def done(report: DataImportReport) -> None:
            self.window.reload()
            QMessageBox.information(
                self.widget, translate("OrderImports", "Import finished"),
                translate("OrderImports", "%n order(s) added, {updated} updated, {unchanged} "
                                          "unchanged.", None, len(report.created))
                .format(updated=len(report.updated), unchanged=len(report.unchanged)))

        self.window.operation = run_operation(
            self.widget, translate("OrderImports", "Importing…"), work, on_done=done,
            on_error=failed, cancellable=False)

    def export_data_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.widget, translate("OrderImports", "Export all data"), "aliassist-data.json",
            translate("OrderImports", "AliAssist data (*.json)"))
        if not path:
            return
        self.window.operation = run_operation(
            self.widget, translate("OrderImports", "Exporting…"),
            lambda progress: export_data(self.ctx, Path(path)),
            on_done=lambda written: exported(
                self.widget, Path(path),
                translate("OrderImports", "Wrote %n order(s) to {path}", None, written)
                .format(path=path)),
            on_error=lambda exc: self.window.show_error(translate("OrderImports", "Export failed"),
                                                        exc),
            cancellable=False)

