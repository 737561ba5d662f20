"""How states look: a label, a line of help, and an urgency colour (tint + readable text)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class StateLook:
    label: str
    help: str
    tint: str
    text: str = "#1d1d1f"
    #: lower is more urgent (the tray and the default sort use it)
    urgency: int = 5


STATE_LOOKS = {
    "grace": StateLook(
        "Last days to dispute",
        "The order has completed; a dispute can still be opened until the dispute deadline.",
        "#ffd9d2", "#8a1a05", 0),
    "ends_soon": StateLook(
        "Protection ends soon",
        "Buyer Protection ends within the first warning threshold. Ask the seller to extend "
        "it, or open a dispute if something is wrong.", "#ffe9bf", "#7a4a00", 1),
    "in_dispute": StateLook("In dispute", "A dispute is open: watch its clocks.", "#dbe8ff",
                            "#123d8a", 2),
    "awaiting_shipment": StateLook(
        "Awaiting shipment", "Not shipped yet; protection runs from the order date.",
        "#eef0f4", "#33384a", 3),
    "protected": StateLook("Protected", "Buyer Protection is running.", "#e1f5e4", "#14532d",
                           4),
    "expired": StateLook("Expired", "The dispute window has closed.", "#ececec", "#6b6b6b", 6),
    "closed": StateLook("Closed", "Settled: a dispute was decided or the order was refunded.",
                        "#f4f4f4", "#6b6b6b", 7),
}

URGENT_DAYS = 3
URGENT_TINT = "#ffc9bf"
URGENT_TEXT = "#7f1200"


def color(hex_code: str) -> QColor:
    return QColor(hex_code)
