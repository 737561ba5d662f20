"""Orders written as the platform's pages and files give their dates, for boundary tables."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from aliassist.domain.instants import parse_instant
from aliassist.domain.records import Order

SECOND = timedelta(seconds=1)
DAY = timedelta(days=1)
#: one second before an instant, the instant itself, one second after
AROUND = (-SECOND, timedelta(0), SECOND)
AROUND_IDS = ("1s before", "at", "1s after")


def utc(text: str) -> datetime:
    """An instant written in UTC: '2026-04-06T16:00:00Z'."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def given(zone: str, placed: str = "2026-01-05", *, base: Order | None = None,
          **fields: object) -> Order:
    """An order whose dates (the `*_at` fields) are written as a date alone or a date and time,
    read in `zone` unless they carry their own offset; other fields as they are. `base` gives
    the rest."""
    tz = ZoneInfo(zone)
    values = {name: parse_instant(value, tz) if name.endswith("_at") and isinstance(value, str)
              else value
              for name, value in fields.items()}
    order = base or Order("8187000000000001", parse_instant(placed, tz))
    return replace(order, placed_at=parse_instant(placed, tz), **values)
