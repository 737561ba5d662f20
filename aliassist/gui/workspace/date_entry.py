"""Enter the real date of an estimated value: one field, checked like any edit, the estimate
replaced (the "Enter the real date…" button of the order pane)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from aliassist.domain.estimates import estimate_of
from aliassist.domain.records import Order
from aliassist.gui.fields import InstantEdit
from aliassist.gui.theme import tone
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_domain import estimate_qualifier, estimate_why

#: field -> (dialog title, what to read on the order page)
PROMPTS = {
    "confirmed_at": (QT_TRANSLATE_NOOP("RealDateDialog", "Receipt confirmed"),
                     QT_TRANSLATE_NOOP("RealDateDialog", "When did you confirm receipt? The order "
                                       "page shows it under the order's details.")),
    "delivered_at": (QT_TRANSLATE_NOOP("RealDateDialog", "Delivered"),
                     QT_TRANSLATE_NOOP("RealDateDialog", "When was the parcel delivered? The "
                                       "tracking page shows it.")),
    "protection_ends_at": (QT_TRANSLATE_NOOP("RealDateDialog", "Protection ends"),
                           QT_TRANSLATE_NOOP("RealDateDialog", "When does Buyer Protection end? "
                                             "The order page shows the date under the order's "
                                             "status.")),
}


class RealDateDialog(QDialog):
    """Asks for one date of `order`; `value()` is (instant, given as a date) once accepted."""

    def __init__(self, order: Order, field: str, platform_tz: tzinfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        title, prompt = (translate("RealDateDialog", text) for text in PROMPTS[field])
        self.setWindowTitle(translate("RealDateDialog", "{title} — order {number}")
                            .format(title=title, number=order.number))
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = InstantEdit(platform_tz, optional=False)
        current = getattr(order, field)
        estimate = estimate_of(order, "protection_days" if field == "protection_ends_at"
                               else field)
        if current is not None:
            self.field.set_value(current)
            if field in order.date_only:
                self.field.time_box.setChecked(False)
        if estimate is not None:
            note = QLabel(translate("RealDateDialog", "Now {qualifier}: {why}.")
                          .format(qualifier=estimate_qualifier(estimate),
                                  why=estimate_why(estimate)))
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {tone('muted')}")
            layout.addWidget(note)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> tuple[datetime, bool]:
        at = self.field.value()
        assert at is not None  # not optional
        return at, not self.field.time_box.isChecked()
