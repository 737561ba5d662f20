"""File > Import e-mails: choose mail files or folders, read them off the UI thread (progress and
Cancel), preview per order what would change (old -> new, and from which message) before
anything is written, then write it off the UI thread too."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aliassist.gui.imports.import_dialogs import readonly_table
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.progress import Progress
from aliassist.services.context import AppContext
from aliassist.services.mail_import import (
    MailImportReport,
    apply_mail_import,
    field_label,
    plan_mail_import,
    read_mail,
)

# The texts below are translated where they are shown (context "mail_import").
MAIL_FILES = QT_TRANSLATE_NOOP("mail_import", "Mail files (*.eml *.mbox *.mbx);;All files (*)")
EVENT_LABELS = {"placed": QT_TRANSLATE_NOOP("mail_import", "order placed"),
                "paid": QT_TRANSLATE_NOOP("mail_import", "paid"),
                "shipped": QT_TRANSLATE_NOOP("mail_import", "shipped"),
                "delivered": QT_TRANSLATE_NOOP("mail_import", "delivered"),
                "confirmed": QT_TRANSLATE_NOOP("mail_import", "receipt confirmed"),
                "auto_confirm_reminder": QT_TRANSLATE_NOOP("mail_import", "auto-confirm reminder"),
                "dispute_opened": QT_TRANSLATE_NOOP("mail_import", "dispute opened"),
                "dispute_closed": QT_TRANSLATE_NOOP("mail_import", "dispute closed"),
                "refund": QT_TRANSLATE_NOOP("mail_import", "refund")}
WHERE_MAIL_IS = QT_TRANSLATE_NOOP(
    "mail_import",
    "Choose the mail files or folders on this computer that hold the platform's e-mails: "
    "<b>Thunderbird</b> keeps each local folder as a file (Inbox) in its profile's Mail or "
    "ImapMail folder; <b>Google Takeout</b> gives a .mbox; <b>Apple Mail</b> exports a mailbox "
    "as .mbox; <b>Outlook</b>, Evolution and most programs save messages as .eml files "
    "(drag them into a folder); <b>Maildir</b> folders are read as they are. The files are only "
    "read, here: nothing leaves this computer.")


class MailSourcesDialog(QDialog):
    """Which files and folders to read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("MailSourcesDialog", "Import e-mails"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        hint = QLabel(translate("mail_import", WHERE_MAIL_IS))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(hint)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_files = QPushButton(translate("MailSourcesDialog", "Add files…"))
        self.add_folder = QPushButton(translate("MailSourcesDialog", "Add a folder…"))
        self.remove = QPushButton(translate("MailSourcesDialog", "Remove"))
        for button in (self.add_files, self.add_folder, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_button = self.buttons.addButton(translate("MailSourcesDialog", "Read the mail"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_files.clicked.connect(self._choose_files)
        self.add_folder.clicked.connect(self._choose_folder)
        self.remove.clicked.connect(self.remove_selected)

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        known = set(self.paths())
        for path in map(Path, paths):
            if path not in known:
                known.add(path)
                self.list.addItem(str(path))
        self._changed()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._changed()

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

    def _changed(self) -> None:
        self.read_button.setEnabled(self.list.count() > 0)

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, translate("MailSourcesDialog", "Mail files"),
                                                "", translate("mail_import", MAIL_FILES))
        self.add_paths(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("MailSourcesDialog", "A folder "
                                                                                       "of mail"))
        if folder:
            self.add_paths([folder])


def _item(text: object, *, tip: str | None = None, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if tip:
        item.setToolTip(tip)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        from aliassist.domain.formatting import local_minute

        return local_minute(value)
    return str(value)


class MailPreviewDialog(QDialog):
    """Per order what the mail would change, before anything is written."""

    def __init__(self, report: MailImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("MailPreviewDialog", "Import e-mails — preview"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        scan = report.scan
        changes = sum(len(o.changes) for o in report.orders)
        read = translate("MailPreviewDialog", "<b>%n message(s) read</b>, {platform} from the "
                                              "platform.", None, scan.messages).format(
            platform=f"{scan.platform_messages:,}")
        plan = translate("MailPreviewDialog", "%n order(s) to update, {added} to add from mail, "
                                              "{events} new events", None,
                         len(report.updated)).format(added=len(report.created),
                                                     events=len(report.events))
        before = (translate("MailPreviewDialog", "<br>Imported before, so they change nothing: "
                                                 "%n message(s).", None, report.already_read)
                  if report.already_read else "")
        headline = QLabel(
            f"{read} <span style='font-size:large'>{plan}</span>{before}<br>"
            + translate("MailPreviewDialog", "Only dates the app left empty are filled; a date you "
                                             "entered is kept."))
        headline.setTextFormat(Qt.TextFormat.RichText)
        headline.setWordWrap(True)
        layout.addWidget(headline)
        self.tabs = QTabWidget()
        self.changes = readonly_table([translate("MailPreviewDialog", "Order"),
                                       translate("MailPreviewDialog", "What"),
                                       translate("MailPreviewDialog", "Now"),
                                       translate("MailPreviewDialog", "From the mail"),
                                       translate("MailPreviewDialog", "Message")],
                                      stretch_last=True)
        self._fill_changes()
        self.tabs.addTab(self.changes, translate("MailPreviewDialog", "Changes ({changes})")
                                       .format(changes=changes))
        self.skipped = readonly_table([translate("MailPreviewDialog", "Message or file"),
                                       translate("MailPreviewDialog", "Why it was skipped")],
                                      stretch_last=True)
        self._fill_skipped()
        self.tabs.addTab(self.skipped, translate("MailPreviewDialog", "Skipped ({count})")
                                       .format(count=len(report.skipped)))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(translate("MailPreviewDialog", "Apply changes"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(report.orders))
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_changes(self) -> None:
        rows: list[tuple[Any, ...]] = []
        for plan in self.report.orders:
            number = plan.number + (translate("MailPreviewDialog", "  (new, from mail)")
                                    if plan.created else "")
            for change in plan.changes:
                rows.append((number, field_label(change.field), _shown(change.old),
                             _shown(change.new), change.subject, change.message_id))
                number = ""
            if not plan.changes:
                events = ", ".join(translate("mail_import", EVENT_LABELS[e.event])
                                   if e.event in EVENT_LABELS else e.event for e in plan.events)
                first = plan.events[0]
                rows.append((number, translate("MailPreviewDialog", "Event noted"), "", events,
                             first.subject,
                             first.message_id))
        self.changes.setRowCount(len(rows))
        for n, (number, what, old, new, subject, message_id) in enumerate(rows):
            self.changes.setItem(n, 0, _item(number, bold=bool(number)))
            self.changes.setItem(n, 1, _item(what))
            self.changes.setItem(n, 2, _item(old))
            self.changes.setItem(n, 3, _item(new, bold=True))
            self.changes.setItem(n, 4, _item(subject, tip=f"Message-ID: {message_id}"))
        header = self.changes.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_skipped(self) -> None:
        skipped = self.report.skipped
        self.skipped.setRowCount(len(skipped))
        for n, skip in enumerate(skipped):
            self.skipped.setItem(n, 0, _item(skip.message_id or skip.file))
            self.skipped.setItem(n, 1, _item(skip.reason, tip=skip.reason))
        self.skipped.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)


class MailImport:
    """The whole flow from the window; keep a reference until it ends."""

    def __init__(self, window: Any, ctx: AppContext,
                 run_operation: Callable[..., Any], on_written: Callable[[MailImportReport], None]):
        self.window = window
        self.ctx = ctx
        self.run_operation = run_operation
        self.on_written = on_written
        self.operation: Any = None
        self.dialog: QDialog | None = None

    def start(self, paths: Sequence[str | Path] | None = None) -> None:
        if not paths:
            chooser = MailSourcesDialog(self.window)
            self.dialog = chooser
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return
            paths = chooser.paths()
        chosen = [Path(p) for p in paths]

        def read(progress: Progress) -> MailImportReport:
            return plan_mail_import(self.ctx, read_mail(self.ctx, chosen, progress))

        self.operation = self.run_operation(
            self.window, translate("MailImport", "Reading mail…"), read, on_done=self.preview,
            on_error=lambda exc: self.window.show_error(
                translate("MailImport", "Cannot read the mail"), exc),
            on_cancel=lambda: self.window.statusBar().showMessage(
                translate("MailImport", "Reading mail cancelled: nothing was written."), 10000))

    def preview(self, report: MailImportReport) -> None:
        dialog = MailPreviewDialog(report, self.window)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(
                translate("MailImport", "E-mail import cancelled: nothing was written."),
                                                10000)
            return
        scan = report.scan
        self.operation = self.run_operation(
            self.window, translate("MailImport", "Saving what the mail says…"),
            lambda progress: apply_mail_import(self.ctx, scan, progress),
            on_done=self.on_written,
            on_error=lambda exc: self.window.show_error(
                translate("MailImport", "Nothing was written"), exc),
            on_cancel=lambda: self.window.statusBar().showMessage(
                translate("MailImport", "E-mail import cancelled: nothing was written."), 10000))
