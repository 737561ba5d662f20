"""How states look: the urgency colours (tint + readable text) over the domain's meaning of each
state (its label, help and urgency: aliassist.domain.states)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from aliassist.domain.states import STATE_MEANINGS
from aliassist.i18n import QT_TRANSLATE_NOOP, translate

#: the domain's state words (domain/states.py, which knows no language), marked for lupdate here
#: and translated where shown (StateLook.label / StateLook.help)
_STATE_TEXTS = (
    QT_TRANSLATE_NOOP("States", "Last days to dispute"),
    QT_TRANSLATE_NOOP("States", "The order has completed; a dispute can still be opened until "
                                "the dispute deadline."),
    QT_TRANSLATE_NOOP("States", "Protection ends soon"),
    QT_TRANSLATE_NOOP("States", "Buyer Protection ends in the next few days (as many as your "
                                "earliest reminder, 14 unless changed in Settings). Ask the "
                                "seller to extend it, or open a dispute if something is wrong."),
    QT_TRANSLATE_NOOP("States", "In dispute"),
    QT_TRANSLATE_NOOP("States", "A dispute is open: watch its clocks."),
    QT_TRANSLATE_NOOP("States", "Awaiting shipment"),
    QT_TRANSLATE_NOOP("States", "Not shipped yet; protection runs from the order date."),
    QT_TRANSLATE_NOOP("States", "Protected"),
    QT_TRANSLATE_NOOP("States", "Buyer Protection is running."),
    QT_TRANSLATE_NOOP("States", "Expired"),
    QT_TRANSLATE_NOOP("States", "The dispute window has closed."),
    QT_TRANSLATE_NOOP("States", "Closed"),
    QT_TRANSLATE_NOOP("States", "Settled: a dispute was decided or the order was refunded."),
)


class StateLook(NamedTuple):
    #: the domain's words, in English (label and help translate them where shown)
    english_label: str
    english_help: str
    #: lower is more urgent (the tray and the default sort use it)
    urgency: int = 5

    @property
    def label(self) -> str:
        return translate("States", self.english_label)

    @property
    def help(self) -> str:
        return translate("States", self.english_help)


STATE_LOOKS = {state: StateLook(meaning.label, meaning.help, urgency=meaning.urgency)
               for state, meaning in STATE_MEANINGS.items()}


class Tint(NamedTuple):
    """A background and the text drawn on it (at least 4.5:1, WCAG AA)."""

    back: str
    ink: str


def _pair(light: tuple[str, str], dark: tuple[str, str]) -> tuple[Tint, Tint]:
    return Tint(*light), Tint(*dark)


_RED = _pair(("#ffd9d2", "#8a1a05"), ("#5a1d14", "#ffd0c7"))
_AMBER = _pair(("#fff1cc", "#7a4a00"), ("#4f3a0c", "#ffe1a3"))
_BLUE = _pair(("#dbe8ff", "#123d8a"), ("#1c3358", "#cfe0ff"))
_GREY = _pair(("#eef0f4", "#33384a"), ("#34373f", "#dde1ea"))
_GREEN = _pair(("#e1f5e4", "#14532d"), ("#1d4027", "#c9f0d2"))

#: Every tinted area of the app: name -> (light palette, dark palette). In the dark palette the
#: tints are deep and the text light, so a tinted row does not glare.
TINTS: dict[str, tuple[Tint, Tint]] = {
    "state.grace": _RED,
    "state.ends_soon": _pair(("#ffe9bf", "#7a4a00"), ("#4f3a0c", "#ffe1a3")),
    "state.in_dispute": _BLUE,
    "state.awaiting_shipment": _GREY,
    "state.protected": _GREEN,
    "state.expired": _pair(("#ececec", "#5f5f5f"), ("#333335", "#b8b8b8")),
    "state.closed": _pair(("#f4f4f4", "#5f5f5f"), ("#2f2f31", "#b0b0b0")),
    "urgent": _pair(("#ffc9bf", "#7f1200"), ("#6e1a0d", "#ffd6cc")),
    "severity.block": _pair(("#ffe3dd", "#7f1200"), ("#5a1d14", "#ffd0c7")),
    "severity.warn": _pair(("#fff1d0", "#6b4200"), ("#4f3a0c", "#ffe1a3")),
    "severity.info": _GREY,
    "ok": _GREEN,
    "missing": _AMBER,
    "recommended": _pair(("#eef0f4", "#4a5060"), ("#34373f", "#dde1ea")),
    "not_needed": _pair(("#f1f2f4", "#5b6270"), ("#2f3136", "#b4bac4")),
    "info": _pair(("#eef4ff", "#123d8a"), ("#1c3358", "#cfe0ff")),
    "banner": _pair(("#fff4d6", "#5c3b00"), ("#4f3a0c", "#ffe1a3")),
    "alert": _pair(("#fff1ec", "#5a1505"), ("#5a1d14", "#ffd0c7")),
    "bad_row": _RED,
    "danger_button": _pair(("#b3261e", "#ffffff"), ("#b3261e", "#ffffff")),
    "tile.video": _pair(("#2f3542", "#ffffff"), ("#2f3542", "#ffffff")),
    "tile.file": _pair(("#eef0f4", "#4a5060"), ("#3a3d45", "#dde1ea")),
}

#: Marks drawn on the window or a list's base (bars, lines, flags, borders): at least 3:1
#: against both, in each palette (WCAG 1.4.11).
GRAPHICS: dict[str, tuple[str, str]] = {
    "ok": ("#2e7d32", "#5cc56a"),
    "warn": ("#a86800", "#e8a100"),
    "block": ("#c62828", "#ff7a6b"),
    "accent": ("#2f6fde", "#7aa7ff"),
    "line": ("#7d8491", "#8c93a0"),
    "flag": ("#123d8a", "#9cc0ff"),
    "flag_count": ("#8a1a05", "#ffb4a6"),
    "state.grace": ("#c62828", "#ff7a6b"),
    "state.ends_soon": ("#a86800", "#e8a100"),
    "state.in_dispute": ("#2f6fde", "#7aa7ff"),
    "state.awaiting_shipment": ("#5f6b85", "#a3b1cc"),
    "state.protected": ("#2e7d32", "#5cc56a"),
    "state.expired": ("#7d8491", "#8c93a0"),
    "state.closed": ("#7d8491", "#8c93a0"),
}

#: The tray icon's badge, drawn inside a white ring on whatever panel the desktop has: each at
#: least 3:1 against the ring.
TRAY_BADGES = {"urgent": "#d3300f", "grace": "#d3300f", "ends_soon": "#b86a00",
               "in_dispute": "#2f6fdb", "awaiting_shipment": "#2b7f45", "protected": "#2b7f45"}
TRAY_RING = "#ffffff"
#: The app's colour, for an icon drawn when the SVG cannot be read.
BRAND = "#e62e04"

#: The evidence viewer is dark in either palette (photos read best on dark): its background,
#: its text and its text tones, each at least 4.5:1 on that background.
VIEWER = Tint("#1f232b", "#d0d4db")
VIEWER_TONES = {"block": "#ff8a80", "warn": "#ffc35a", "muted": "#a3aab6", "ok": "#7bd88f"}
#: The warning badge on a thumbnail: white marks on these fills.
THUMB_BADGES = {"block": "#c62828", "warn": "#a15c00"}
THUMB_MARK = "#ffffff"

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


def tint(name: str, palette: QPalette | None = None) -> Tint:
    """The tint `name` for the palette in force (default: the application's)."""
    light, dark = TINTS[name]
    return dark if is_dark(palette) else light


def state_tint(state: str, palette: QPalette | None = None) -> Tint:
    return tint(f"state.{state}", palette)


def graphic(name: str, palette: QPalette | None = None) -> QColor:
    """The colour of the mark `name` (a bar, a line, a flag) for the palette in force."""
    light, dark = GRAPHICS[name]
    return QColor(dark if is_dark(palette) else light)


def tinted_style(name: str, palette: QPalette | None = None) -> str:
    """A style sheet fragment: the tint's background and its text colour."""
    t = tint(name, palette)
    return f"background: {t.back}; color: {t.ink};"


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
