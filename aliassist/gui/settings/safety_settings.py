"""The Settings groups that keep the data safe: the backups (list, back up now, restore) and
"Your data" (where it lives, and deleting all of it after a typed confirmation)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain.formatting import format_size, local_minute
from aliassist.errors import UserError
from aliassist.gui.theme import tint, tone
from aliassist.i18n import translate
from aliassist.services.context import AppContext
from aliassist.services.privacy import DataInventory, inventory, wipe
from aliassist.services.safety import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    Backup,
    list_backups,
    make_backup,
    reason_text,
    restore_open,
)

CONFIRM_WORD = "DELETE"


class BackupsGroup(QGroupBox):
    """The backups of the open database, newest first, with "Back up now" and "Restore…"."""

    #: the data was replaced by a backup: whatever shows it must reload
    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(translate("BackupsGroup", "Backups"), parent)
        self.ctx = ctx
        self.backups: list[Backup] = []
        about = QLabel(
            translate("BackupsGroup", "AliAssist copies the database once a day when it starts "
                                      "and before every upgrade. It keeps the newest backup of "
                                      "each of the last {days} days and of the {weeks} weeks "
                                      "before them.")
            .format(days=KEEP_DAILY, weeks=KEEP_WEEKLY))
        about.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([translate("BackupsGroup", "Made"),
                                    translate("BackupsGroup", "Why"),
                                    translate("BackupsGroup", "Orders"),
                                    translate("BackupsGroup", "Size")])
        for column in (2, 3):
            self.table.headerItem().setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(150)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.backup_button = QPushButton(translate("BackupsGroup", "Back up now"))
        self.restore_button = QPushButton(translate("BackupsGroup", "Restore…"))
        self.folder_button = QPushButton(translate("BackupsGroup", "Show folder"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.folder_button)
        box = QVBoxLayout(self)
        box.addWidget(about)
        box.addWidget(self.table)
        box.addWidget(self.empty)
        box.addLayout(row)
        if ctx.store.path is None:
            self.empty.setText(
                translate("BackupsGroup", "Backups are made of the SQLite database file only; "
                                          "this is a server database. Use the server's own "
                                          "backup tools."))
            for w in (self.table, self.backup_button, self.restore_button, self.folder_button):
                w.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        path = self.ctx.store.path
        self.backups = list_backups(path) if path is not None else []
        for backup in self.backups:
            orders = backup.orders()
            item = QTreeWidgetItem([
                local_minute(backup.taken_at), reason_text(backup.reason),
                translate("BackupsGroup", "unreadable") if orders is None else f"{orders:,}",
                format_size(backup.size)])
            item.setToolTip(0, str(backup.path))
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if self.backups and first is not None:
            self.table.setCurrentItem(first)
        if path is not None:
            self.empty.setText(
                translate("BackupsGroup", "No backups yet: the first is made the next time "
                                          "AliAssist starts with orders stored, or now with "
                                          "“Back up now”.")
                               if not self.backups else "")
            self.empty.setVisible(not self.backups)
        self._selection_changed()

    def selected(self) -> Backup | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return self.backups[self.table.indexOfTopLevelItem(item)]

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def back_up_now(self) -> None:
        try:
            backup = make_backup(self.ctx.store)
        except UserError as exc:
            QMessageBox.warning(self, translate("BackupsGroup", "No backup was made"), str(exc))
            return
        self.refresh()
        QMessageBox.information(self, translate("BackupsGroup", "Backup made"),
                                translate("BackupsGroup", "Backed up: {backup}.")
                                .format(backup=backup.describe()))

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, translate("BackupsGroup", "Restore this backup?"),
            translate("BackupsGroup", "Replace all your current data with the backup of "
                                      "{backup}?\n\nYour current data is saved as a backup "
                                      "first, so you can go back to it.")
            .format(backup=backup.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = restore_open(self.ctx.store, backup.path)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, translate("BackupsGroup", "Nothing was restored"), str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        lines = [line[0].upper() + line[1:] + "." for line in report.lines()]
        show = QMessageBox.warning if report.missing_evidence else QMessageBox.information
        show(self, translate("BackupsGroup", "Backup restored"), "\n\n".join(lines))
        self.restored.emit()

    def show_folder(self) -> None:
        folder = self.ctx.store.backups_dir
        if folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class DataGroup(QGroupBox):
    """Where the data lives, and "Delete all my data"."""

    #: everything was deleted: the app must close
    wiped = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(translate("DataGroup", "Your data"), parent)
        self.ctx = ctx
        where = ctx.store.path.parent if ctx.store.path is not None else ctx.store.url
        text = QLabel(
            translate("DataGroup", "Everything AliAssist keeps stays on this computer and is "
                                   "never sent anywhere: <br><code>{where}</code><br>File ▸ "
                                   "Export data file… writes a portable copy (a JSON file and the "
                                   "evidence files).").format(where=where))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delete_button = QPushButton(translate("DataGroup", "Delete all my data…"))
        self.delete_button.setStyleSheet(f"QPushButton {{ color: {tone('error')}; }}")
        self.delete_button.clicked.connect(self.delete_all)
        self.delete_button.setEnabled(ctx.store.path is not None)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addLayout(row)

    def delete_all(self) -> None:
        path = self.ctx.store.path
        if path is None:
            return
        dialog = DeleteAllDialog(self.ctx, inventory(path), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            wipe(path, self.ctx.store)
        except UserError as exc:
            QMessageBox.warning(self, translate("DataGroup", "Nothing was deleted"), str(exc))
            return
        QMessageBox.information(self, translate("DataGroup", "All your data was deleted"),
                                translate("DataGroup", "The database, the evidence files and the "
                                                       "backups were deleted. AliAssist closes "
                                                       "now; it starts empty next time."))
        self.wiped.emit()
        QTimer.singleShot(0, QApplication.quit)


class DeleteAllDialog(QDialog):
    """The confirmation: what will be deleted, a way to export first, and the word to type."""

    def __init__(self, ctx: AppContext, found: DataInventory, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("DeleteAllDialog", "Delete all my data"))
        self.setMinimumWidth(520)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(translate("DeleteAllDialog", "<b>This deletes everything AliAssist keeps "
                                                    "on this computer.</b> It cannot be undone."))
        title.setWordWrap(True)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in found.lines())
        what = QLabel(translate("DeleteAllDialog", "<ul style='margin-left: -20px'>{items}</ul>")
                      .format(items=items))
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        keep = QLabel(translate("DeleteAllDialog", "Files you exported (data files, dispute "
                                                   "packets) are not touched. To keep a copy you "
                                                   "can import later, export it first."))
        keep.setWordWrap(True)
        self.export_button = QPushButton(translate("DeleteAllDialog", "Export a copy first…"))
        self.export_button.clicked.connect(self.export_copy)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(CONFIRM_WORD)
        self.confirm.textChanged.connect(self._typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(translate("DeleteAllDialog", "Delete everything"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        danger = tint("danger_button")
        self.delete_button.setStyleSheet(f"QPushButton:enabled {{ color: {danger.ink}; "
                                         f"background: {danger.back}; padding: 4px 12px; }}")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

        head = QHBoxLayout()
        head.addWidget(icon)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(what)
        words.addWidget(keep)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        words.addLayout(export_row)
        head.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addSpacing(8)
        confirm_label = QLabel(translate("DeleteAllDialog", "To confirm, type "
                                                            "<b>{word}</b>:")
                               .format(word=CONFIRM_WORD))
        confirm_label.setBuddy(self.confirm)
        self.confirm.setAccessibleName(translate("DeleteAllDialog", "To confirm, type "
                                                                    "{word}")
                                       .format(word=CONFIRM_WORD))
        layout.addWidget(confirm_label)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # wrapped labels: size for the real width, not for Qt's narrow first guess
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))

    def _typed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip() == CONFIRM_WORD)

    def export_copy(self) -> None:
        from aliassist.services.datafile import export_data

        path, _ = QFileDialog.getSaveFileName(
            self, translate("DeleteAllDialog", "Export all data"), "aliassist-data.json",
            translate("DeleteAllDialog", "AliAssist data (*.json)"))
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_data(self.ctx, Path(path))
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, translate("DeleteAllDialog", "Export failed"), str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(self, translate("DeleteAllDialog", "Exported"),
                                translate("DeleteAllDialog", "Wrote %n order(s) to {path}.", None,
                                          written).format(path=path))

