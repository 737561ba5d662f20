"""Settings: which policy file the app applies (the platform changes its terms), notifications,
backups and your data, and which database (a team database from the next start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain.policy import Policy, PolicyError
from aliassist.gui.accessibility import make_accessible, scrolling
from aliassist.i18n import translate
from aliassist.services.context import AppContext
from aliassist.services.policy import load_policy
from aliassist.services.settings import chosen_policy_path, save_settings


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(560)
        self.policy_path: str | None = chosen_policy_path(ctx)
        self.policy: Policy = ctx.policy

        group = QGroupBox(translate("SettingsDialog", "Platform rules"))
        self.policy_label = QLabel()
        self.policy_label.setWordWrap(True)
        choose = QPushButton(translate("SettingsDialog", "Use another policy file…"))
        builtin = QPushButton(translate("SettingsDialog", "Use the built-in rules"))
        choose.clicked.connect(self.choose_policy)
        builtin.clicked.connect(self.use_builtin)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(builtin)
        row.addStretch(1)
        box = QVBoxLayout(group)
        intro = QLabel(translate("SettingsDialog", "AliAssist applies the platform's rules from "
                                                   "a policy file. When the platform changes its "
                                                   "terms, load an edited copy."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addWidget(self.policy_label)
        box.addLayout(row)
        self.pages = QVBoxLayout()
        self.pages.addWidget(group)
        # The language, from the next start (gui/settings/language_settings.py)
        from aliassist.gui.settings.language_settings import LanguageGroup

        self.language_group = LanguageGroup(self)
        self.pages.addWidget(self.language_group)
        from aliassist.gui.settings.notify_settings import NotificationSettings

        self.notifications = NotificationSettings(ctx, self)
        self.pages.addWidget(self.notifications)

        # Your name for your changes and orders (gui/settings/you_settings.py)
        from aliassist.gui.settings.you_settings import YouGroup

        self.you_group = YouGroup(ctx)
        self.pages.addWidget(self.you_group)

        # Which database; a team database from the next start (gui/settings/database_settings.py)
        from aliassist.gui.settings.database_settings import DatabaseGroup

        self.database_group = DatabaseGroup(ctx)
        self.pages.addWidget(self.database_group)

        # Backups and "Delete all my data" (aliassist/gui/settings/safety_settings.py)
        from aliassist.gui.settings.safety_settings import BackupsGroup, DataGroup

        self.backups_group = BackupsGroup(ctx)
        self.backups_group.restored.connect(self._data_restored)
        self.data_group = DataGroup(ctx)
        self.data_group.wiped.connect(self._data_wiped)
        self.pages.addWidget(self.backups_group)
        self.pages.addWidget(self.data_group)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        content = QWidget()
        content.setLayout(self.pages)
        self.pages.addStretch(1)
        layout.addWidget(scrolling(content), 1)  # large fonts: the groups scroll
        layout.addWidget(buttons)
        self._show_policy()
        make_accessible(self)

    def _show_policy(self) -> None:
        where = self.policy_path or translate("SettingsDialog", "built-in")
        self.policy_label.setText(translate("SettingsDialog", "In use: <b>{platform} rules "
                                                              "{version}</b> ({where})")
                                  .format(platform=self.policy.platform,
                                          version=self.policy.version, where=where))

    def choose_policy(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("SettingsDialog", "Choose a policy file"), "",
            translate("SettingsDialog", "Policy files (*.toml)"))
        if path:
            self.set_policy_path(path)

    def set_policy_path(self, path: str | None) -> bool:
        """Load and check the policy file; keep it (until OK) only if it is valid."""
        try:
            policy = load_policy(Path(path) if path else None)
        except PolicyError as exc:
            QMessageBox.warning(self, translate("SettingsDialog", "This policy file cannot be "
                                                                  "used"), str(exc))
            return False
        self.policy_path = str(Path(path).resolve()) if path else None
        self.policy = policy
        self._show_policy()
        return True

    def use_builtin(self) -> None:
        self.set_policy_path(None)

    def _data_restored(self) -> None:
        """A backup replaced the data: take its policy choice and let the window reload."""
        if not self.set_policy_path(chosen_policy_path(self.ctx)):
            self.set_policy_path(None)
        self.accept()

    def _data_wiped(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
        parent = self.parentWidget()
        if parent is not None:
            parent.window().close()

    def accept(self) -> None:
        from aliassist.errors import UserError

        try:
            self.you_group.check()
        except UserError as exc:
            QMessageBox.warning(self, translate("SettingsDialog", "This name cannot be kept"),
                                str(exc))
            self.you_group.name.setFocus()
            return
        try:
            self.database_group.check()
        except UserError as exc:
            QMessageBox.warning(self, translate("SettingsDialog", "This team database cannot be "
                                                                  "kept"), str(exc))
            self.database_group.url.setFocus()
            return
        try:
            notify = self.notifications.choices()
            self.notifications.apply_autostart()
            save_settings(self.ctx, self.policy_path, notify)
            database_news = self.database_group.save()
            self.you_group.save()
            language_news = self.language_group.save()
        except UserError as exc:
            QMessageBox.warning(self, translate("SettingsDialog", "These settings cannot be used"),
                                str(exc))
            return
        self.ctx.policy = self.policy
        self.ctx.policy_warning = None
        super().accept()
        if language_news:
            from aliassist.gui.settings.language_settings import restart_notice

            QMessageBox.information(self.parentWidget(), *restart_notice())
        if database_news is not None:
            QMessageBox.information(self.parentWidget(),
                                    translate("SettingsDialog", "Database from the next start"),
                                    database_news)
