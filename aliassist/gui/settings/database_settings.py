"""Settings > Database: which database is in use, the team database (PostgreSQL) to open from the
next start, and "Test connection" (run off the UI thread).

The choice is kept without any password (a URL holding one is refused: libpq reads it from
~/.pgpass, PGPASSFILE or a service file) and in a small file of its own, not in the database's
settings: the database cannot say where the database is."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aliassist.errors import UserError
from aliassist.gui.operations import Operation, run_operation
from aliassist.gui.theme import tone
from aliassist.i18n import translate
from aliassist.progress import Progress
from aliassist.services.context import AppContext
from aliassist.services.team import (
    ConnectionCheck,
    check_connection,
    check_team_url,
    choice_file,
    choose_team_url,
    chosen_team_url,
    database_in_use,
)

PLACEHOLDER = "postgresql+psycopg://name@server/database?sslmode=verify-full"


class DatabaseGroup(QGroupBox):
    """The Database group of Settings. `save()` (the dialog's OK) keeps a changed choice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(translate("DatabaseGroup", "Database"), parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        #: the result of the last "Test connection" (None: not tested yet)
        self.last_check: ConnectionCheck | None = None
        self.saved_url = _chosen_or_none()

        in_use = database_in_use(ctx)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.in_use.setText(
            (translate("DatabaseGroup", "In use now: a team database<br><b>{database}</b>")
             if in_use.team else
             translate("DatabaseGroup", "In use now: the file on this computer<br><b>{database}"
                                        "</b>")).format(database=html.escape(in_use.shown)))

        intro = QLabel(
            translate("DatabaseGroup", "Several people or computers can share one set of orders "
                                       "on a PostgreSQL server. Give its address to open it from "
                                       "the next start; leave the field empty to use the file on "
                                       "this computer."))
        intro.setWordWrap(True)
        self.url = QLineEdit(self.saved_url or "")
        self.url.setPlaceholderText(PLACEHOLDER)
        self.url.setAccessibleName(translate("DatabaseGroup", "Team database URL"))
        self.url.setClearButtonEnabled(True)
        self.url.textChanged.connect(self._url_changed)
        secrets = QLabel(
            translate("DatabaseGroup", "Leave the password out of the address: AliAssist never "
                                       "stores one. It is read from <b>~/.pgpass</b> (or the "
                                       "file <b>PGPASSFILE</b> names) or a service file "
                                       "(<b>~/.pg_service.conf</b>, then "
                                       "<tt>postgresql+psycopg:///?service=NAME</tt>), as every "
                                       "PostgreSQL program does."))
        secrets.setWordWrap(True)
        secrets.setTextFormat(Qt.TextFormat.RichText)
        self.test_button = QPushButton(translate("DatabaseGroup", "Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setVisible(False)
        self.next_start = QLabel()
        self.next_start.setWordWrap(True)
        font = self.next_start.font()
        font.setBold(True)
        self.next_start.setFont(font)
        self.precedence = QLabel(
            translate("DatabaseGroup", "<nobr>--database-url</nobr> or <nobr>--db</nobr> on the "
                                       "command line, or ALIASSIST_DATABASE_URL or ALIASSIST_DB "
                                       "in the environment, take precedence over this choice. It "
                                       "is kept in {file}.")
            .format(file=html.escape(str(choice_file()))))
        self.precedence.setWordWrap(True)
        self.precedence.setTextFormat(Qt.TextFormat.RichText)
        self.precedence.setStyleSheet(f"color: {tone('muted')};")
        box = QVBoxLayout(self)
        box.addWidget(self.in_use)
        box.addWidget(intro)
        box.addWidget(self.url)
        box.addWidget(secrets)
        box.addLayout(row)
        box.addWidget(self.result)
        box.addWidget(self.next_start)
        box.addWidget(self.precedence)
        self._url_changed()

    # -- what the field holds ------------------------------------------------------------------

    def entered_url(self) -> str | None:
        return self.url.text().strip() or None

    def _url_changed(self) -> None:
        self.test_button.setEnabled(self.entered_url() is not None
                                    and (self.operation is None or not self.operation.running))
        self.result.setVisible(False)
        self.last_check = None
        entered = self.entered_url()
        if entered == self.saved_url:
            if entered is None:
                text = translate("DatabaseGroup", "From the next start: the file on this "
                                                  "computer.")
            else:
                text = translate("DatabaseGroup", "From the next start: this team database "
                                                  "(chosen in Settings).")
        elif entered is None:
            text = translate("DatabaseGroup", "On OK: back to the file on this computer, from the "
                                              "next start.")
        else:
            text = translate("DatabaseGroup", "On OK: this team database is opened from the next "
                                              "start of AliAssist.")
        self.next_start.setText(text)

    # -- Test connection -------------------------------------------------------------------------

    def test_connection(self) -> None:
        url = self.entered_url()
        if url is None or (self.operation is not None and self.operation.running):
            return
        self.test_button.setEnabled(False)
        self.last_check = None
        self._say(translate("DatabaseGroup", "Testing the connection…"), "muted")

        def work(_progress: Progress) -> ConnectionCheck:
            return check_connection(url)

        self.operation = run_operation(self, translate("DatabaseGroup", "Testing the connection"),
                                       work,
                                       on_done=self._tested, on_error=self._test_failed,
                                       cancellable=False)

    def _tested(self, check: ConnectionCheck) -> None:
        self.last_check = check
        self.test_button.setEnabled(self.entered_url() is not None)
        if check.ok:
            self._say(translate("DatabaseGroup", "Reachable. {message}").format(
                message=check.message), "ok")
        else:
            self._say(translate("DatabaseGroup", "Cannot use it: {message}").format(
                message=check.message), "error")

    def _test_failed(self, exc: BaseException) -> None:
        self._tested(ConnectionCheck(False, str(exc) if isinstance(exc, UserError)
                                     else translate("DatabaseGroup", "unexpected error: {error}")
                                     .format(error=repr(exc))))

    def _say(self, text: str, kind: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {tone(kind)};")
        self.result.setVisible(True)

    # -- keeping the choice ----------------------------------------------------------------------

    def changed(self) -> bool:
        return self.entered_url() != self.saved_url

    def check(self) -> None:
        """UserError when the entered URL cannot be kept (not PostgreSQL, holds a password)."""
        url = self.entered_url()
        if url is not None and self.changed():
            check_team_url(url)

    def save(self) -> str | None:
        """Keep a changed choice; return what to tell the person (None: nothing changed)."""
        if not self.changed():
            return None
        url = self.entered_url()
        where = choose_team_url(url)
        self.saved_url = _chosen_or_none()
        self._url_changed()
        if url is None:
            return translate("DatabaseGroup", "From the next start, AliAssist opens the database "
                                              "file on this computer again. Restart AliAssist to "
                                              "switch now.")
        return translate("DatabaseGroup", "From the next start, AliAssist opens the team database "
                                          "{database}. Restart AliAssist to switch now. (The "
                                          "choice is kept in {file}.)").format(
            database=self.saved_url, file=where)


def _chosen_or_none() -> str | None:
    try:
        return chosen_team_url()
    except UserError:  # an unreadable choice: shown empty, replaced on OK
        return None
