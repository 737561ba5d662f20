"""An order's evidence in a window of its own: pick a dispute (or a reason you are thinking of)
and work through its checklist. The main window opens it until the order pane embeds the panel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from aliassist.gui.accessibility import make_accessible
from aliassist.gui.evidence.checklist_panel import ChecklistPanel
from aliassist.gui.undo import history_of
from aliassist.i18n import translate
from aliassist.i18n_policy import policy_text
from aliassist.services.context import AppContext
from aliassist.services.orders import get_order


class EvidenceDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        policy = ctx.policy
        order = get_order(ctx, order_id)
        self.setWindowTitle(translate("EvidenceDialog", "Evidence for order {number}")
                            .format(number=order.number))
        self.resize(980, 760)

        self.choice = QComboBox()
        for i, d in enumerate(order.disputes):
            self.choice.addItem(translate("EvidenceDialog", "Dispute {index}: {reason}")
                                .format(index=i + 1,
                                        reason=policy_text(policy.reasons[d.reason].label)),
                                (d.reason, i))
        for reason in policy.reasons.values():
            self.choice.addItem(translate("EvidenceDialog", "Reason: {label}")
                                .format(label=policy_text(reason.label)), (reason.id, None))
        open_dispute = next((i for i, d in enumerate(order.disputes) if d.is_open), None)
        start = open_dispute if open_dispute is not None else (
            len(order.disputes) + list(policy.reasons).index(
                next(r.id for r in policy.reasons.values() if r.received)))
        self.choice.setCurrentIndex(start)
        reason, dispute = self.choice.currentData()
        self.panel = ChecklistPanel(ctx, order_id, reason, dispute, parent=self)
        self.choice.currentIndexChanged.connect(
            lambda _i: self.panel.set_reason(*self.choice.currentData()))

        top = QHBoxLayout()
        label = QLabel(translate("EvidenceDialog", "Checklist &for:"))
        label.setBuddy(self.choice)
        top.addWidget(label)
        top.addWidget(self.choice, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        history = history_of(parent)
        if history is not None:
            history.offer_in(self, self.panel.refresh)
        make_accessible(self)
