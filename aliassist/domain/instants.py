"""Instants: aware UTC datetimes inside, and the date-only rule of DOMAIN.md section 1.

A value given as a date without a time means 00:00 of that date in the platform's time zone:
the earliest instant it can mean, so a deadline derived from it is never later than the real one.
A date and time without a zone is read in the platform's zone too.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo

from aliassist.errors import UserError

DAY = timedelta(days=1)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DATE_ONLY = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})\s*$")
#: the form the app writes (`format_instant`): read by the standard library, many times faster
#: than the general ISO 8601 parser, which still reads (and words the error of) everything else
_WRITTEN = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")


def start_of_day(day: date, tz: tzinfo) -> datetime:
    """00:00 of `day` in `tz`, as a UTC instant."""
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def parse_instant(text: str, tz: tzinfo, *, field: str | None = None) -> datetime:
    """Parse ISO 8601 text into an aware UTC datetime.

    `2026-03-03` (date only) -> 00:00 on that date in `tz`; `2026-03-03T10:00` (no zone) -> in `tz`;
    `2026-03-03T10:00Z` or `+02:00` -> as given. Raises UserError naming `field`.
    """
    if not isinstance(text, str):
        raise UserError(f"expected an ISO 8601 date or date-time text, got {text!r}", where=field)
    if _WRITTEN.match(text):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass  # a day or hour out of range: the general parser says which
    match = _DATE_ONLY.match(text)
    try:
        if match:
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return start_of_day(day, tz)
        from dateutil import parser as dateutil_parser  # the general case: loaded when met

        value = dateutil_parser.isoparse(text.strip())
    except (ValueError, OverflowError) as exc:
        raise UserError(
            f"{text!r} is not an ISO 8601 date or date-time ({exc})",
            where=field, hint="write it as 2026-03-05 or 2026-03-05T14:30:00Z") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    try:
        return value.astimezone(UTC)
    except (ValueError, OverflowError) as exc:
        raise UserError(f"{text!r} is out of range ({exc})", where=field) from None


def is_date_text(value: object) -> bool:
    """True for text that gives a date without a time (`2026-03-03`)."""
    return isinstance(value, str) and _DATE_ONLY.match(value) is not None


def is_date_only(instant: datetime, tz: tzinfo) -> bool:
    """True when `instant` is 00:00 of some date in `tz`: how a date-only value is stored."""
    local = instant.astimezone(tz)
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def format_instant(instant: datetime | None) -> str | None:
    """ISO 8601 UTC with `Z`, seconds precision: the one text form instants take in files."""
    if instant is None:
        return None
    return instant.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_epoch(instant: datetime) -> int:
    """Whole seconds since 1970-01-01 UTC: how instants are stored."""
    return int((instant - EPOCH) // timedelta(seconds=1))


def from_epoch(seconds: int) -> datetime:
    return EPOCH + timedelta(seconds=int(seconds))


def from_epoch_or_none(seconds: int | None) -> datetime | None:
    """A stored instant that may be unknown (NULL): `from_epoch`, or None."""
    return None if seconds is None else from_epoch(seconds)


def days_left(at: datetime, now: datetime) -> int:
    """Whole 24-hour days from `now` until `at`, rounded down (negative once passed)."""
    return (at - now) // DAY


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
