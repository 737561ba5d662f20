"""Settings > Database's "Test connection": what a team database holds, without changing it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from aliassist.services.context import open_context
from aliassist.services.team import check_connection
from tests.conftest import NOW


def test_an_empty_then_a_used_team_database(pg_url: str) -> None:
    check = check_connection(pg_url)
    assert check.ok
    assert check.message.startswith("Connected to PostgreSQL ")
    assert "as aliassist, database postgres: empty; AliAssist creates its tables" \
        in check.message
    open_context(url=pg_url, now=NOW).close()
    check = check_connection(pg_url)
    assert check.ok and check.message.endswith("AliAssist data, up to date.")


def test_what_cannot_be_used_is_said(pg_url: str, tmp_path: Path) -> None:
    check = check_connection(f"postgresql+psycopg://clerk:s3cret@/shop?host={tmp_path}")
    assert not check.ok and "cannot connect to the team database" in check.message
    assert "s3cret" not in check.message
    assert not check_connection("sqlite:///orders.db").ok
    assert "not a database URL" in check_connection("not a url").message
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE photos (id integer)"))
    engine.dispose()
    check = check_connection(pg_url)
    assert not check.ok and "tables that are not AliAssist's" in check.message
