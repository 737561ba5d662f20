"""The Notifications group of Settings: warning thresholds, start minimised to the tray, start
at login, and the pause (with "Resume now")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from aliassist.i18n import translate
from aliassist.services.context import AppContext
from aliassist.services.delivery import (
    autostart_entry,
    is_autostart_enabled,
    local_text,
    set_autostart,
)
from aliassist.services.notifications import parse_thresholds
from aliassist.services.settings import NotifyChoices, notify_choices


class NotificationSettings(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(translate("NotificationSettings", "Notifications"), parent)
        self.ctx = ctx
        self.autostart = autostart_entry()
        policy_default = ", ".join(str(d) for d in ctx.policy.thresholds)
        chosen = notify_choices(ctx)
        current = chosen.thresholds or ctx.policy.thresholds
        minimised = chosen.start_minimised
        self.paused = chosen.paused_until
        self.thresholds = QLineEdit(", ".join(str(d) for d in current))
        self.thresholds.setPlaceholderText(policy_default)
        self.thresholds.setToolTip(
            translate("NotificationSettings", "Days before a deadline at which AliAssist warns "
                                              "you, separated by commas. The platform rules "
                                              "suggest {policy_default}.")
                                   .format(policy_default=policy_default))
        self.start_minimised = QCheckBox(translate("NotificationSettings", "Start minimised to "
                                                                           "the tray"))
        self.start_minimised.setChecked(minimised)
        self.start_at_login = QCheckBox(translate("NotificationSettings", "Start AliAssist when "
                                                                          "I log in"))
        self.start_at_login.setChecked(is_autostart_enabled(self.autostart))
        self.start_at_login.setToolTip(translate("NotificationSettings", "Writes {location}")
                                       .format(location=self.autostart.location))
        self.pause_label = QLabel()
        self.resume_button = QPushButton(translate("NotificationSettings", "Resume now"))
        self.resume_button.clicked.connect(self.resume)
        pause_row = QHBoxLayout()
        pause_row.addWidget(self.pause_label, 1)
        pause_row.addWidget(self.resume_button)
        form = QFormLayout(self)
        form.addRow(translate("NotificationSettings", "Warn this many days before a deadline:"),
                    self.thresholds)
        form.addRow(self.start_minimised)
        form.addRow(self.start_at_login)
        form.addRow(pause_row)
        self._show_pause()

    def _show_pause(self) -> None:
        if self.paused is None:
            self.pause_label.setText(
                translate("NotificationSettings", "Notifications are on (pause them from the "
                                                  "tray menu)."))
        else:
            self.pause_label.setText(translate("NotificationSettings", "Notifications are paused "
                                                                       "until {time}.")
                                     .format(time=local_text(self.paused, None)))
        self.resume_button.setVisible(self.paused is not None)

    def resume(self) -> None:
        self.paused = None
        self._show_pause()

    def check(self) -> tuple[int, ...]:
        """The thresholds typed in; raises UserError (naming the field) when they are wrong."""
        return parse_thresholds(self.thresholds.text())

    def choices(self) -> NotifyChoices:
        """The choices made here (the caller keeps them); raises UserError like `check`."""
        thresholds = self.check()
        return NotifyChoices(
            thresholds=None if thresholds == self.ctx.policy.thresholds else thresholds,
            start_minimised=self.start_minimised.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
            paused_until=self.paused)

    def apply_autostart(self) -> None:
        """Write or remove the login entry as the box says."""
        if self.start_at_login.isChecked() != is_autostart_enabled(self.autostart):
            set_autostart(self.start_at_login.isChecked(), self.autostart)
