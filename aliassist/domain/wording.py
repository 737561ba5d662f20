"""English counts for people: "1 order", "2 orders", "1,234 rows". One helper, so no message
says "1 days" or "1 problems"."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun in the number it takes: count(1, "day") -> "1 day",
    count(1200, "order") -> "1,200 orders", count(2, "entry", "entries") -> "2 entries"."""
    noun = singular if n == 1 else (plural or singular + "s")
    return f"{n:,} {noun}"
