"""How dates and deadlines read for people (DOMAIN.md section 6).

A value given as a date (an exporter's order date, a date typed without a time, `2026-11-06` in a
data file) is shown as that date in every time zone: it is stored as 00:00 of the date in the
platform's zone, so the date is read back in that zone, never in the buyer's. Its instant only
feeds the clocks. A deadline is an instant: it is shown in the buyer's local time and says so
("13 Jan 2027, 17:00 your time"). The words and digits come from the style in use
(domain/formatting.py): English month abbreviations unless the app's language installed its own,
whatever the process locale.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from aliassist.domain.formatting import style

if TYPE_CHECKING:  # the window's first rows read dates before the records' module is loaded
    from aliassist.domain.records import Order

YOUR_TIME = "your time"


def given_day(at: datetime, platform_tz: tzinfo) -> date:
    """The date a date-only value was given as (its instant is 00:00 of it in `platform_tz`)."""
    return at.astimezone(platform_tz).date()


def day_text(day: date) -> str:
    """`2026-08-24`: how a date reads everywhere (as it was typed or exported; in the app's
    language, its short date)."""
    return style().day(day)


def instant_text(at: datetime, local_tz: tzinfo | None = None) -> str:
    """`13 Jan 2027, 17:00` in the buyer's local time (`local_tz`, else the system's zone)."""
    return style().instant(at.astimezone(local_tz))


def deadline_text(at: datetime, local_tz: tzinfo | None = None) -> str:
    """`13 Jan 2027, 17:00 your time`: a deadline, in the buyer's local time."""
    return style().deadline(instant_text(at, local_tz))


def until_text(at: datetime, local_tz: tzinfo | None = None) -> str:
    """`until 13 Jan 2027, 17:00 your time`."""
    return style().until(deadline_text(at, local_tz))


def value_text(at: datetime, *, date_only: bool, platform_tz: tzinfo,
               local_tz: tzinfo | None = None) -> str:
    """A recorded value: the given date when it came as a date, else the local date and time."""
    if date_only:
        return day_text(given_day(at, platform_tz))
    return style().minute(at.astimezone(local_tz))


def order_date_text(order: Order, name: str, platform_tz: tzinfo,
                    local_tz: tzinfo | None = None) -> str | None:
    """The order's date field `name` (one of records.ORDER_DATES) as it reads, or None."""
    at = getattr(order, name)
    if at is None:
        return None
    return value_text(at, date_only=name in order.date_only, platform_tz=platform_tz,
                      local_tz=local_tz)


def order_day(order: Order, name: str, platform_tz: tzinfo,
              local_tz: tzinfo | None = None) -> date | None:
    """The calendar date of the order's field `name`: the given date for a date-only value,
    else the local date of the instant."""
    at = getattr(order, name)
    if at is None:
        return None
    if name in order.date_only:
        return given_day(at, platform_tz)
    return at.astimezone(local_tz).date()
