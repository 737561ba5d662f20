"""File sizes for people: one formatter for every screen, command and packet, so a file is never
"16.8 MB" in one place and "17.6 MB" in another. Decimal units (1 MB = 1,000,000 bytes), as
file managers and the platform's upload limits count them."""

from __future__ import annotations


def format_size(n: int) -> str:
    """`512 bytes`, `3.4 MB`, `1.0 GB`, `5,000.0 GB`."""
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{n:,} bytes" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")
