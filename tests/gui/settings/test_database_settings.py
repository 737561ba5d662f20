"""Settings > Database, driven as a person would: the database in use (a password hidden), the
team database kept for the next start without any password (one in the URL is refused with
libpq's ways instead), and "Test connection" off the UI thread against the tests' real
PostgreSQL server and against one that cannot be reached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aliassist.gui.settings.database_settings import DatabaseGroup
from aliassist.gui.settings.settings_dialog import SettingsDialog
from aliassist.services.context import AppContext, open_context
from aliassist.services.team import choice_file, chosen_team_url
from tests.conftest import NOW

TEAM = "postgresql+psycopg://anna@db.example.com/shop?sslmode=verify-full"


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("ALIASSIST_CONFIG_DIR", str(folder))
    return folder


def settings(qtbot, ctx: AppContext) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_in_use_is_shown(qtbot, ctx: AppContext, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = settings(qtbot, ctx)  # kept: the group is its child
    group = dialog.database_group
    assert "the file on this computer" in group.in_use.text()
    assert str(db_path) in group.in_use.text()
    assert group.url.text() == ""
    assert not group.test_button.isEnabled()  # nothing to test yet
    assert "From the next start: the file on this computer." in group.next_start.text()


def test_a_team_database_in_use_is_shown_without_its_password(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    with_password = pg_url.replace("aliassist@", "aliassist:s3cret@", 1)
    ctx = open_context(url=with_password, now=NOW)  # the test server trusts any password
    try:
        group = DatabaseGroup(ctx)
        qtbot.addWidget(group)
        shown = group.in_use.text()
        assert "a team database" in shown and "aliassist:***@" in shown
        assert "s3cret" not in shown
    finally:
        ctx.close()


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://anna:s3cret@db.example.com/shop",
    "postgresql+psycopg://anna@db.example.com/shop?password=s3cret",
], ids=["in the address", "as a parameter"])
def test_a_password_is_refused_and_nothing_kept(qtbot, ctx: AppContext, url: str,  # type: ignore[no-untyped-def]
                                                messages: list) -> None:
    dialog = settings(qtbot, ctx)
    dialog.database_group.url.setText(url)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # stays open to fix it
    title, text = messages[-1]
    assert title == "This team database cannot be kept"
    assert "does not keep passwords" in text
    assert "~/.pgpass" in text and "PGPASSFILE" in text and "service file" in text
    assert "s3cret" not in text
    assert not choice_file().exists()


def test_saving_the_choice_keeps_it_for_the_next_start(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                       messages: list,
                                                       config_dir: Path) -> None:
    dialog = settings(qtbot, ctx)
    group = dialog.database_group
    group.url.setText("postgresql://anna@db.example.com/shop?sslmode=verify-full")
    assert "On OK: this team database is opened from the next start" in group.next_start.text()
    dialog.accept()
    assert dialog.result() == 1
    assert choice_file() == config_dir / "database.json"
    assert json.loads(choice_file().read_text(encoding="utf-8")) == {"database_url": TEAM}
    assert chosen_team_url() == TEAM  # the app's driver, psycopg 3, named
    title, text = messages[-1]
    assert title == "Database from the next start"
    assert f"From the next start, AliAssist opens the team database {TEAM}" in text
    assert "Restart AliAssist" in text
    assert ctx.store.path is not None  # this window goes on with the file it opened

    dialog = settings(qtbot, ctx)  # shown again; cleared, the file on this computer again
    group = dialog.database_group
    assert group.url.text() == TEAM
    assert "this team database (chosen in Settings)" in group.next_start.text()
    group.url.clear()
    dialog.accept()
    assert not choice_file().exists()
    assert chosen_team_url() is None
    assert "opens the database file on this computer again" in messages[-1][1]


def test_not_postgresql_is_refused(qtbot, ctx: AppContext, messages: list) -> None:  # type: ignore[no-untyped-def]
    dialog = settings(qtbot, ctx)
    dialog.database_group.url.setText("sqlite:///elsewhere.db")
    dialog.accept()
    assert "is not a PostgreSQL URL" in messages[-1][1]
    assert not choice_file().exists()


def test_test_connection_reaches_the_server(qtbot, ctx: AppContext, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = settings(qtbot, ctx)  # kept: the group is its child
    group = dialog.database_group
    # as libpq's programs write it: the app's driver (psycopg 3) is used
    group.url.setText(pg_url.replace("postgresql+psycopg://", "postgresql://"))
    group.test_button.click()
    assert not group.test_button.isEnabled()  # while it runs
    qtbot.waitUntil(lambda: group.last_check is not None, timeout=20000)
    text = group.result.text()
    assert group.result.isVisible()
    assert text.startswith("Reachable. Connected to PostgreSQL ")
    assert "as aliassist, database postgres: empty; AliAssist creates its tables" in text
    assert group.test_button.isEnabled()

    open_context(url=pg_url, now=NOW).close()  # now it holds AliAssist's tables
    group.test_button.click()
    qtbot.waitUntil(lambda: group.last_check is not None, timeout=20000)
    assert group.result.text().endswith("AliAssist data, up to date.")


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://anna:s3cret@127.0.0.1:1/shop",  # nothing listens on port 1
    "postgresql+psycopg://anna@/shop?host={tmp}",  # a socket folder without a server
], ids=["tcp", "socket"])
def test_test_connection_says_why_it_cannot_connect(qtbot, ctx: AppContext, url: str,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    dialog = settings(qtbot, ctx)  # kept: the group is its child
    group = dialog.database_group
    group.url.setText(url.format(tmp=tmp_path))
    group.test_button.click()
    qtbot.waitUntil(lambda: group.last_check is not None, timeout=20000)
    text = group.result.text()
    assert text.startswith("Cannot use it: ")
    assert "cannot connect to the team database" in text
    assert "~/.pgpass" in text  # what to check
    assert "s3cret" not in text
    assert group.last_check is not None and not group.last_check.ok


def test_the_window_starts_on_the_chosen_team_database(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    from aliassist.cli import build_parser
    from aliassist.gui.launch import open_or_recover
    from aliassist.services.team import choose_team_url

    choose_team_url(pg_url)
    ctx = open_or_recover(build_parser().parse_args([]))  # `aliassist`, no options
    assert ctx is not None
    try:
        assert ctx.store.path is None and ctx.store.url == pg_url
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        assert "a team database" in dialog.database_group.in_use.text()
        assert dialog.database_group.url.text() == pg_url
    finally:
        ctx.close()
