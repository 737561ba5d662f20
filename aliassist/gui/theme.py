"""How states look: a label, a line of help, and an urgency colour (tint + readable text)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


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
        "Buyer Protection ends in the next few days (as many as your earliest reminder, "
        "14 unless changed in Settings). Ask the seller to extend it, or open a dispute if "
        "something is wrong.", "#ffe9bf", "#7a4a00", 1),
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


#: Text colours drawn straight on the window (no tint of their own behind them): a light/dark
#: pair each, both at least 4.5:1 (WCAG AA) against the window colour of their palette.
TEXT_TONES = {
    "error": ("#a31400", "#ff9d8a"),
    "ok": ("#14532d", "#86e0a0"),
    "warn": ("#6b4200", "#ffcc70"),
    "muted": ("#555b66", "#b4bac4"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in force shows light text on a dark window."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str, palette: QPalette | None = None) -> str:
    """The colour (`#rrggbb`) of text of kind `name` ("error", "ok", "warn", "muted") that
    reads well on the window of `palette` (default: the application's)."""
    light, dark = TEXT_TONES[name]
    return dark if is_dark(palette) else light


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
