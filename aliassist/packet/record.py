"""The summary's account of a recorded dispute: the platform's dispute id, when it was opened,
its status now and every step recorded, so the packet shows the dispute as it stands."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from aliassist.domain.dispute_steps import STEPS
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_domain import status_text, step_what
from aliassist.packet.content import PacketContent, RecordedStep

#: steps recorded outside the step table
#: texts translated inside f-strings below, marked here for pyside6-lupdate (which does not
#: read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("Packet", "No steps recorded yet."),
                 QT_TRANSLATE_NOOP("Packet", "Steps recorded"))
OTHER_STEPS = {"opened": QT_TRANSLATE_NOOP("Packet", "the dispute was opened"),
               "precheck_override": QT_TRANSLATE_NOOP("Packet",
                                                      "filed although the pre-check blocked it")}


def step_text(step: RecordedStep) -> str:
    """What a recorded step says happened, with its note ("the seller answered the dispute")."""
    known = STEPS.get(step.kind)
    if known is not None:
        text = step_what(known.id)
    elif step.kind in OTHER_STEPS:
        text = translate("Packet", OTHER_STEPS[step.kind])
    else:
        text = step.kind.replace("_", " ")
    return f"{text}: {step.detail}" if step.detail else text


def record_rows(content: PacketContent, when: Callable[[datetime], str]) -> str:
    """Rows for the Dispute facts table (`when` formats an instant); empty for a planned one."""
    d = content.recorded
    if d is None:
        return ""
    rows = [(translate("Packet", "Platform dispute id"),
             d.platform_id or translate("Packet", "— (not recorded)")),
            (translate("Packet", "Opened"), when(d.opened_at) if d.opened_at else "—"),
            (translate("Packet", "Status"), status_text(d.status))]
    return "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>"
                   for k, v in rows)


def history_table(content: PacketContent, when: Callable[[datetime], str]) -> str:
    """The steps recorded so far, oldest first; empty for a planned dispute."""
    if content.recorded is None:
        return ""
    if not content.history:
        return f"<p class='muted'>{html.escape(translate('Packet', 'No steps recorded yet.'))}</p>"
    rows = "".join(f"<tr><td>{html.escape(str(when(s.at)))}</td>"
                   f"<td>{html.escape(step_text(s))}</td></tr>" for s in content.history)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in (
        translate("Packet", "When"), translate("Packet", "What happened")))
    return (f"<h3>{html.escape(translate('Packet', 'Steps recorded'))}</h3>"
            f"<table class='grid' width='100%'><tr>{head}</tr>{rows}</table>")
