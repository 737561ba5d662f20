"""How sizes and instants are written for people, the same in the window, the command line and
the dispute packet."""

from __future__ import annotations

from datetime import datetime


def format_size(n: int) -> str:
    """`512 bytes`, `3.4 MB`, `1.0 GB`, `5,000.0 GB`: one formatter for every screen, command
    and packet, so a file is never "16.8 MB" in one place and "17.6 MB" in another. Decimal
    units (1 MB = 1,000,000 bytes), as file managers and the platform's upload limits count."""
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{n:,} bytes" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def local_minute(at: datetime | None, *, zone_name: bool = False, missing: str = "") -> str:
    """An instant in the computer's local zone, to the minute: `2026-11-21 14:03` (with
    `zone_name`, `2026-11-21 14:03 CET`); `missing` when there is none."""
    if at is None:
        return missing
    local = at.astimezone()
    text = local.strftime("%Y-%m-%d %H:%M")
    return f"{text} {local.strftime('%Z')}".strip() if zone_name else text
