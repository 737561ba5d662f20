"""How states look: the urgency colours (tint + readable text) over the domain's meaning of each
state (its label, help and urgency: aliassist.domain.states)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

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


#: Text colours drawn straight on the window (no tint of their own behind them): a light/dark
#: pair each, both at least 4.5:1 (WCAG AA) against the window colour of their palette.
TEXT_TONES = {
    "error": ("#a31400", "#ff9d8a"),
    "ok": ("#14532d", "#86e0a0"),
    "warn": ("#6b4200", "#ffcc70"),
    "muted": ("#555b66", "#b4bac4"),
    "link": ("#0b57d0", "#8ab4f8"),
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
