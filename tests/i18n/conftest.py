"""Each case puts its language in force and leaves none behind for the next."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aliassist import i18n
from tests.gui.conftest import messages  # noqa: F401 (the message boxes shown)


@pytest.fixture(autouse=True)
def _no_language_left_behind() -> Iterator[None]:
    yield
    i18n.forget_language()
