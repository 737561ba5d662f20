"""The order pane's Evidence section: the checklist of the order's dispute at a glance (each
item done or missing) and the way to the full checklist with its drop zones and thumbnails."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from aliassist.domain.checklist import checklist_for, is_complete
from aliassist.gui.theme import tone
from aliassist.gui.workspace.order_pane import OrderView, SectionFactory
from aliassist.i18n import translate
from aliassist.i18n_policy import policy_text


def evidence_section(open_evidence: Callable[[], None]) -> SectionFactory:
    """A pane section; `open_evidence` opens the full checklist of the pane's order."""

    def build(view: OrderView) -> QWidget:
        order, policy = view.order, view.policy
        running = [i for i, d in enumerate(order.disputes) if d.is_open]
        dispute = running[-1] if running else (len(order.disputes) - 1 if order.disputes
                                                else None)
        lines = []
        muted = tone("muted")
        if dispute is not None:
            reason = policy.reasons[order.disputes[dispute].reason]
            entries = [e for e in checklist_for(policy, reason.id, order, dispute) if e.applies]
            done = (translate("pane_evidence", "complete") if is_complete(entries)
                    else translate("pane_evidence", "required evidence missing"))
            lines.append(translate("pane_evidence", "<b>{reason}</b> (dispute {index}): {done}")
                         .format(reason=html.escape(policy_text(reason.label)), index=dispute + 1,
                                 done=done))
            for entry in entries:
                if entry.done:
                    mark = f"<span style='color:{tone('ok')}'>✔</span>"
                    note = translate("pane_evidence", "%n file(s)", None, len(entry.files))
                elif entry.item.required:
                    mark = f"<span style='color:{tone('error')}'>✘</span>"
                    note = translate("pane_evidence", "required")
                else:
                    mark = f"<span style='color:{muted}'>○</span>"
                    note = translate("pane_evidence", "recommended")
                lines.append(f"{mark} {html.escape(policy_text(entry.item.label))} "
                             f"<span style='color:{muted}'>({note})</span>")
        count = len(order.evidence)
        kept = (translate("pane_evidence", "%n file(s) kept in the evidence vault.", None, count)
                if count else translate("pane_evidence", "No evidence attached yet."))
        lines.append(f"<span style='color:{muted}'>{kept}</span>")
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel("<br>".join(lines))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        button = QPushButton(translate("pane_evidence", "Open the evidence checklist…"))
        button.clicked.connect(open_evidence)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    return build
