"""How states look: the urgency colours (tint + readable text) over the domain's meaning of each
state (its label, help and urgency: aliassist.domain.states)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from aliassist.domain.states import STATE_MEANINGS


@dataclass(frozen=True)
class StateLook:
    label: str
    help: str
    tint: str
    text: str = "#1d1d1f"
    #: lower is more urgent (the tray and the default sort use it)
    urgency: int = 5


#: state -> (tint, text colour)
STATE_COLOURS = {
    "grace": ("#ffd9d2", "#8a1a05"),
    "ends_soon": ("#ffe9bf", "#7a4a00"),
    "in_dispute": ("#dbe8ff", "#123d8a"),
    "awaiting_shipment": ("#eef0f4", "#33384a"),
    "protected": ("#e1f5e4", "#14532d"),
    "expired": ("#ececec", "#6b6b6b"),
    "closed": ("#f4f4f4", "#6b6b6b"),
}

STATE_LOOKS = {state: StateLook(meaning.label, meaning.help, *STATE_COLOURS[state],
                                urgency=meaning.urgency)
               for state, meaning in STATE_MEANINGS.items()}

URGENT_TINT = "#ffc9bf"
URGENT_TEXT = "#7f1200"


def color(hex_code: str) -> QColor:
    return QColor(hex_code)
