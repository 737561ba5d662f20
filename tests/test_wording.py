"""Counts in messages take the number's form: no "1 days" or "1 problems"."""

from __future__ import annotations

import pytest

from aliassist.domain.wording import count


@pytest.mark.parametrize(("n", "words", "text"), [
    (1, ("day",), "1 day"),
    (0, ("day",), "0 days"),
    (2, ("new order",), "2 new orders"),
    (1, ("evidence file",), "1 evidence file"),
    (1234, ("row",), "1,234 rows"),
    (1, ("entry", "entries"), "1 entry"),
    (3, ("entry", "entries"), "3 entries"),
])
def test_count_takes_the_form_of_the_number(n: int, words: tuple[str, ...], text: str) -> None:
    assert count(n, *words) == text
