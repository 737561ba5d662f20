"""How sizes, numbers, dates and instants are written for people, the same in the window, the
command line and the dispute packet.

The domain writes them in one plain style (ISO dates, English month abbreviations, `1,234.5`)
and knows no languages: `aliassist.i18n` replaces the style with the chosen language's (Qt's
QLocale) when the window or a command starts, through `use_style`. Files, JSON and the packet's
manifest never go through here: they keep ISO 8601 and `1234.50` in every language.
"""

from __future__ import annotations

from datetime import date, datetime

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Style:
    """The plain style (the one the tests read, and English's); a language's style overrides
    each method. Every method gets values already in the zone they are shown in: a style never
    moves a date or an instant."""

    def day(self, day: date) -> str:
        """`2026-08-24`: a calendar date (a date-only value keeps its date in every zone)."""
        return day.isoformat()

    def minute(self, local: datetime) -> str:
        """`2026-11-21 14:03`: a local date and time, to the minute, compact (tables)."""
        return local.strftime("%Y-%m-%d %H:%M")

    def instant(self, local: datetime) -> str:
        """`13 Jan 2027, 17:00`: a local date and time in words (deadlines)."""
        return f"{local.day} {_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"

    def deadline(self, instant: str) -> str:
        """`13 Jan 2027, 17:00 your time`: an instant's text (`instant`) as a deadline."""
        return f"{instant} your time"

    def until(self, deadline: str) -> str:
        """`until 13 Jan 2027, 17:00 your time`."""
        return f"until {deadline}"

    def number(self, value: int | float, decimals: int = 0) -> str:
        """`5,000` or `3.4` (`decimals` places): a number with the digit grouping."""
        return f"{value:,.{decimals}f}" if decimals else f"{int(value):,}"

    def decimal(self, text: str) -> str:
        """A decimal written as files write it (`1234.50`, `-5`) with the style's grouping and
        decimal point (`1,234.50`); exact (no float on the way)."""
        sign = "-" if text.startswith("-") else ""
        whole, dot, fraction = text.lstrip("-").partition(".")
        return f"{sign}{int(whole):,}{dot}{fraction}"


_style: Style = Style()


def style() -> Style:
    """The style in use."""
    return _style


def use_style(new: Style | None) -> Style:
    """Write everything in `new` from now on (None: the plain style); returns the one before."""
    global _style
    old = _style
    _style = new if new is not None else Style()
    return old


def format_size(n: int) -> str:
    """`512 bytes`, `3.4 MB`, `1.0 GB`, `5,000.0 GB`: one formatter for every screen, command
    and packet, so a file is never "16.8 MB" in one place and "17.6 MB" in another. Decimal
    units (1 MB = 1,000,000 bytes), as file managers and the platform's upload limits count."""
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return (f"{_style.number(n)} bytes" if unit == "bytes"
                    else f"{_style.number(size, 1)} {unit}")
        size /= 1000
    raise AssertionError("unreachable")


def local_minute(at: datetime | None, *, zone_name: bool = False, missing: str = "") -> str:
    """An instant in the computer's local zone, to the minute: `2026-11-21 14:03` (with
    `zone_name`, `2026-11-21 14:03 CET`); `missing` when there is none."""
    if at is None:
        return missing
    local = at.astimezone()
    text = _style.minute(local)
    return f"{text} {local.strftime('%Z')}".strip() if zone_name else text
