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
            done = "complete" if is_complete(entries) else "required evidence missing"
            lines.append(f"<b>{html.escape(policy_text(reason.label))}</b> "
                         f"(dispute {dispute + 1}): {done}")
            for entry in entries:
                if entry.done:
                    mark = f"<span style='color:{tone('ok')}'>✔</span>"
                    note = f"{len(entry.files)} file{'s' if len(entry.files) != 1 else ''}"
                elif entry.item.required:
                    mark, note = f"<span style='color:{tone('error')}'>✘</span>", "required"
                else:
                    mark, note = f"<span style='color:{muted}'>○</span>", "recommended"
                lines.append(f"{mark} {html.escape(policy_text(entry.item.label))} "
                             f"<span style='color:{muted}'>({note})</span>")
        count = len(order.evidence)
        lines.append(f"<span style='color:{muted}'>{count} file{'s' if count != 1 else ''} kept "
                     "in the evidence vault.</span>" if count else
                     f"<span style='color:{muted}'>No evidence attached yet.</span>")
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel("<br>".join(lines))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        button = QPushButton("Open the evidence checklist…")
        button.clicked.connect(open_evidence)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    return build
