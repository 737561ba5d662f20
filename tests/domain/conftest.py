"""Under mutation testing (`make mutate`), the corpus checks run last: they take most of the
time of the tests that reach the text rules, and a quicker test usually notices a change first
(mutmut stops at the first failure)."""

from __future__ import annotations

import os

import pytest

_SLOW = ("test_text_corpus.py", "test_honest_corpus.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if "__mutmut_" in os.environ.get("MUTANT_UNDER_TEST", ""):
        items.sort(key=lambda item: item.nodeid.split("::")[0].endswith(_SLOW))
