"""Fuzzing date parsing: any text gives an aware UTC instant or a clear error naming the field;
what the app writes it reads back unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from aliassist.domain.instants import format_instant, is_date_only, parse_instant
from aliassist.errors import UserError
from tests.fuzz import fuzz

TZ = ZoneInfo("Asia/Shanghai")
digits = st.text("0123456789", min_size=1, max_size=5)
iso_like = st.builds(
    lambda y, m, d, sep, h, mi, s, frac, zone, junk: f"{y}-{m}-{d}{sep}{h}:{mi}:{s}{frac}{zone}"
                                                      f"{junk}",
    digits, digits, digits, st.sampled_from(["T", " ", "t", "", "TT"]), digits, digits, digits,
    st.sampled_from(["", ".5", ".123456789", ",5"]),
    st.sampled_from(["", "Z", "z", "+02:00", "-14:00", "+25:00", "+0530", "+05", "UTC", "+99"]),
    st.sampled_from(["", " ", "x", "\x00", "\n"]))


def check(text: str) -> None:
    try:
        value = parse_instant(text, TZ, field="orders[0].placed_at")
    except UserError as exc:
        assert exc.where == "orders[0].placed_at"
        assert str(exc)
        return
    assert value.tzinfo is not None and value.utcoffset() == timedelta(0)


@fuzz
@given(st.text())
def test_any_text_parses_or_is_refused_clearly(text: str) -> None:
    check(text)


@fuzz
@given(iso_like)
def test_iso_lookalikes_parse_or_are_refused_clearly(text: str) -> None:
    check(text)


@fuzz
@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(9998, 12, 30),
                    timezones=st.just(UTC)))
def test_what_the_app_writes_it_reads_back(value: datetime) -> None:
    value = value.replace(microsecond=0)
    text = format_instant(value)
    assert parse_instant(text, TZ) == value


@fuzz
@given(st.dates(min_value=datetime(1900, 1, 2).date(), max_value=datetime(9998, 12, 30).date()))
def test_a_date_alone_is_the_start_of_that_day_in_the_platform_zone(day) -> None:  # type: ignore[no-untyped-def]
    value = parse_instant(day.isoformat(), TZ)
    assert is_date_only(value, TZ) and value.astimezone(TZ).date() == day
