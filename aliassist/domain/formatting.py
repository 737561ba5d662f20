"""How sizes and instants are written for people, the same in the window, the command line and
the dispute packet."""

from __future__ import annotations

from datetime import datetime

_UNITS = (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10))


def format_size(size: int) -> str:
    """`512 bytes`, `3.4 MB`, `1,024.0 GB`: binary units (a KB is 1,024 bytes, as the vault's
    limits are), one decimal, thousands separated."""
    for unit, scale in _UNITS:
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return f"{size:,} bytes"


def local_minute(at: datetime | None, *, zone_name: bool = False, missing: str = "") -> str:
    """An instant in the computer's local zone, to the minute: `2026-11-21 14:03` (with
    `zone_name`, `2026-11-21 14:03 CET`); `missing` when there is none."""
    if at is None:
        return missing
    local = at.astimezone()
    text = local.strftime("%Y-%m-%d %H:%M")
    return f"{text} {local.strftime('%Z')}".strip() if zone_name else text
