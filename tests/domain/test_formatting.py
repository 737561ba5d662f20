"""Sizes and local times read the same in the window, the command line and the packet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from aliassist.domain.formatting import format_size, local_minute
from aliassist.domain.wording import count


def test_sizes_in_decimal_units_with_one_decimal_as_the_upload_limits_count() -> None:
    assert format_size(0) == "0 bytes"
    assert format_size(512) == "512 bytes"
    assert format_size(999) == "999 bytes"
    assert format_size(1000) == "1.0 KB"
    assert format_size(1536) == "1.5 KB"
    assert format_size(1_234_567) == "1.2 MB"
    assert format_size(5_000_000) == "5.0 MB"  # the platform's photo limit reads as itself
    assert format_size(4 * 10**9) == "4.0 GB"
    assert format_size(5 * 10**12) == "5,000.0 GB"


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin")
def test_local_times_to_the_minute_in_the_local_zone() -> None:
    at = datetime(2026, 11, 21, 13, 3, 59, tzinfo=UTC)
    assert local_minute(at) == "2026-11-21 14:03"
    assert local_minute(at, zone_name=True) == "2026-11-21 14:03 CET"
    assert local_minute(None) == ""
    assert local_minute(None, missing="—") == "—"


@pytest.mark.parametrize(("n", "nouns", "text"), [
    (0, ("day",), "0 days"),
    (1, ("day",), "1 day"),
    (2, ("day",), "2 days"),
    (-1, ("day",), "-1 days"),
    (1200, ("order",), "1,200 orders"),
    (1, ("entry", "entries"), "1 entry"),
    (2, ("entry", "entries"), "2 entries"),
])
def test_a_count_takes_the_noun_in_its_number(n: int, nouns: tuple[str, ...], text: str) -> None:
    assert count(n, *nouns) == text
