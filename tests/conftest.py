"""Shared fixtures: a real SQLite file in a temporary folder, the bundled policy, a fixed now."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")  # as aliassist.app.main sets it: reproducible PDFs
os.environ.setdefault("LANG", "C.UTF-8")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aliassist.domain.policy import Policy
from aliassist.services.context import AppContext, open_context
from aliassist.services.policy import load_policy

pytest_plugins = ["tests.packet.fixtures", "tests.pg"]

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                       ) -> None:
    """Never touch the real user data folder; pin the local zone so output is stable."""
    monkeypatch.setenv("ALIASSIST_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    monkeypatch.delenv("ALIASSIST_DB", raising=False)
    monkeypatch.delenv("ALIASSIST_DATABASE_URL", raising=False)
    monkeypatch.delenv("ALIASSIST_CONFIG_DIR", raising=False)  # the data folder holds it then
    monkeypatch.setenv("ALIASSIST_LANG", "en")  # the texts the tests read, whatever the system's
    monkeypatch.setenv("TZ", "Europe/Berlin")
    import time

    time.tzset()


@pytest.fixture(scope="session", autouse=True)
def _widgets_app(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the whole run, made first: code that renders without widgets (the
    packet's PDF, the icons) would otherwise make a QGuiApplication, on which a later widget
    test in the same worker would crash."""
    return qapp


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy()


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "aliassist.db"


@pytest.fixture
def ctx(db_path: Path, database_url: str | None) -> Iterator[AppContext]:
    """The open app on the SQLite file at `db_path`, or on the team database `database_url`."""
    context = open_context(db_path, url=database_url, now=NOW)
    yield context
    context.close()
