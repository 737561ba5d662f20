"""Small input widgets the dialogs share: optional instants with a calendar, money, choices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo
from typing import cast

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from aliassist.domain.instants import is_date_only, start_of_day
from aliassist.gui.theme import tone
from aliassist.i18n import date_pattern, translate

#: the app's clock (its `--now`), which new date fields start on; None: the computer's
_clock: Callable[[], datetime] | None = None


def use_clock(now: Callable[[], datetime]) -> None:
    """New date fields start on `now()`'s local day (the window passes its context's clock, so
    with `--now` the pickers open on that day, not the real today)."""
    global _clock
    _clock = now


def today() -> QDate:
    """Today as the app sees it, in the buyer's local time."""
    if _clock is None:
        return QDate.currentDate()
    return QDate(_clock().astimezone().date())


class InstantEdit(QWidget):
    """A date with a calendar picker and an optional time of day.

    A date alone means 00:00 of that date in the platform's time zone (the DOMAIN.md rule: the
    earliest instant it can mean). With "time", the date and time are the user's local time.
    With `optional`, a check box says whether there is a value at all.
    """

    changed = Signal()

    def __init__(self, platform_tz: tzinfo, *, optional: bool = True, with_time: bool = True,
                 label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.platform_tz = platform_tz
        self.optional = optional
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox(label)
        self.enabled_box.setVisible(optional)
        self.enabled_box.setChecked(not optional)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)

        self.date.setDisplayFormat(date_pattern())
        self.date.setDate(today())
        self.time_box = QCheckBox(translate("InstantEdit", "time"))
        self.time_box.setToolTip(
            translate("InstantEdit", "Without a time, the date means 00:00 of that day in the "
                                     "platform's time zone, the earliest moment it can mean."))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        # the form's label goes before it (accessibility.py)
        self.date.setAccessibleName(translate("InstantEdit", "date"))
        self.time.setAccessibleName(translate("InstantEdit", "time of day"))
        if not label:
            self.enabled_box.setAccessibleName(translate("InstantEdit", "has a date"))
        self.time_box.setVisible(with_time)
        self.time.setVisible(with_time)
        #: what is wrong with the value, said beside it (`set_problem`)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(f"color: {tone('error')};")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        for w in (self.enabled_box, self.date, self.time_box, self.time):
            layout.addWidget(w)
        layout.addWidget(self.problem, 1)
        layout.addStretch(1)
        self.enabled_box.toggled.connect(self._sync)
        self.time_box.toggled.connect(self._sync)
        self.date.dateChanged.connect(self.changed)
        self.time.timeChanged.connect(self.changed)
        self.enabled_box.toggled.connect(self.changed)
        self.time_box.toggled.connect(self.changed)
        self._sync()

    def _sync(self) -> None:
        on = self.enabled_box.isChecked()
        self.date.setEnabled(on)
        self.time_box.setEnabled(on)
        self.time.setEnabled(on and self.time_box.isChecked())

    def value(self) -> datetime | None:
        if not self.enabled_box.isChecked():
            return None
        day = cast(date, self.date.date().toPython())
        if not self.time_box.isChecked():
            return start_of_day(day, self.platform_tz)
        local = datetime.combine(day, cast(time, self.time.time().toPython())).astimezone()
        return local.astimezone(UTC)

    def is_date_only(self) -> bool:
        """The value is a date without a time of day."""
        return not self.time_box.isChecked()

    def set_problem(self, text: str | None) -> None:
        """Say what is wrong with the value beside it (None: nothing)."""
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        self.date.setToolTip(text or "")

    def set_value(self, value: datetime | None, *, date_only: bool | None = None) -> None:
        """Show `value`; `date_only` says whether it was given as a date (None: a value at
        00:00 in the platform's zone is taken as one)."""
        self.enabled_box.setChecked(value is not None or not self.optional)
        if date_only is None and value is not None:
            date_only = is_date_only(value, self.platform_tz)
        if value is None:
            self.time_box.setChecked(False)
        elif date_only:
            self.date.setDate(_qdate(value.astimezone(self.platform_tz).date()))
            self.time_box.setChecked(False)
        else:
            local = value.astimezone()
            self.date.setDate(_qdate(local.date()))
            self.time.setTime(QTime(local.hour, local.minute, local.second))
            self.time_box.setChecked(True)
        self._sync()

    def set_date_only(self, day: date) -> None:
        self.enabled_box.setChecked(True)
        self.date.setDate(_qdate(day))
        self.time.setTime(QTime(0, 0))
        self.time_box.setChecked(False)


class ChoiceBox(QComboBox):
    """A combo box of (id, label) choices that reads and writes ids; '' means none."""

    def __init__(self, choices: list[tuple[str | None, str]], parent: QWidget | None = None):
        super().__init__(parent)
        for value, label in choices:
            self.addItem(label, value)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class TextLine(QLineEdit):
    """A line edit that reads empty as None."""

    def value(self) -> str | None:
        text = self.text().strip()
        return text or None

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
