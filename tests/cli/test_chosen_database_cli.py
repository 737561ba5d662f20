"""The team database chosen in Settings > Database is what a start without --database-url / --db
(and without ALIASSIST_DATABASE_URL / ALIASSIST_DB) opens: checked in a separate process, as a
start is. The options and the environment take precedence; a chosen database that cannot be
reached says where the choice is kept and how to start without it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.services.context import open_context
from aliassist.services.orders import save_order_record
from aliassist.services.team import choose_team_url
from tests.conftest import NOW

NUMBER = "8187000000000042"


def start(config: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`aliassist ARGV` in a new process, with the config folder `config`."""
    environ = {k: v for k, v in os.environ.items()
               if k not in ("ALIASSIST_DATABASE_URL", "ALIASSIST_DB")}
    environ.update(ALIASSIST_CONFIG_DIR=str(config), **env)
    return subprocess.run([sys.executable, "-m", "aliassist", "--now", "2026-11-21", *argv],
                          capture_output=True, text=True, env=environ, timeout=120, check=False)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("ALIASSIST_CONFIG_DIR", str(folder))
    return folder


def test_the_chosen_team_database_is_opened_at_start(pg_url: str, config: Path,
                                                     tmp_path: Path) -> None:
    ctx = open_context(url=pg_url, now=NOW)
    try:
        save_order_record(ctx, rec.Order(number=NUMBER, placed_at=NOW, store="Team shop"))
    finally:
        ctx.close()
    kept = choose_team_url(pg_url)
    assert kept == config / "database.json"

    done = start(config, "orders", "--json")
    assert done.returncode == 0, done.stderr
    assert [o["number"] for o in json.loads(done.stdout)] == [NUMBER]

    # --db, and ALIASSIST_DB, name a file: the choice in Settings is not used then
    done = start(config, "--db", str(tmp_path / "mine.db"), "orders", "--json")
    assert done.returncode == 0 and json.loads(done.stdout) == []
    done = start(config, "orders", "--json", ALIASSIST_DB=str(tmp_path / "env.db"))
    assert done.returncode == 0 and json.loads(done.stdout) == []
    # ALIASSIST_DATABASE_URL names another team database: it wins over the choice too
    done = start(config, "orders", "--json", ALIASSIST_DATABASE_URL="sqlite:///" + str(
        tmp_path / "url.db"))
    assert done.returncode == 0 and json.loads(done.stdout) == []

    choose_team_url(None)  # back to the file on this computer
    done = start(config, "orders", "--json")
    assert done.returncode == 0 and json.loads(done.stdout) == []


def test_a_chosen_database_that_cannot_be_reached_says_how_to_start_without_it(
        config: Path) -> None:
    choose_team_url("postgresql+psycopg://anna@127.0.0.1:1/shop")
    done = start(config, "orders")
    assert done.returncode == 2
    assert "cannot connect to the team database" in done.stderr
    assert "chosen in Settings ▸ Database" in done.stderr
    assert str(config / "database.json") in done.stderr
    assert "aliassist --db " in done.stderr


def test_an_unreadable_choice_is_named(config: Path) -> None:
    config.mkdir()
    (config / "database.json").write_text("{not json", encoding="utf-8")
    done = start(config, "orders")
    assert done.returncode == 2
    assert str(config / "database.json") in done.stderr
    assert "choice of team database cannot be read" in done.stderr
