"""Every command on a team database (PostgreSQL, `--database-url` or ALIASSIST_DATABASE_URL):
the same results as on the SQLite file; the file-only commands (backup, restore, wipe) say
they do not apply and what to use instead; a server that cannot be reached is a message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from aliassist.store.database import safe_url
from tests.cli.test_cli import cli
from tests.conftest import FIXTURES
from tests.services.test_mail_import import CORPUS
from tests.store.test_two_writers import data_file

AT = "2026-11-21T12:00:00Z"


def team(url: str, *argv: str) -> tuple[int, str, str]:
    return cli("--database-url", url, "--now", AT, *argv)


def test_a_buyers_day_on_a_team_database(pg_url: str, tmp_path: Path) -> None:
    code, out, err = team(pg_url, "import-data", str(data_file(tmp_path / "in", 25, seed=7)))
    assert code == 0, err
    assert out.strip() == "25 created, 0 updated, 0 unchanged"
    code, out, err = team(pg_url, "orders", "--json")
    assert code == 0, err
    orders = json.loads(out)
    assert len(orders) == 25
    code, out, err = team(pg_url, "due", "--within", "400", "--json")
    assert code == 0, err
    assert json.loads(out)
    code, _, err = team(pg_url, "export-data", str(tmp_path / "out.json"))
    assert code == 0, err
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(exported["orders"]) == 25
    code, out, _ = team(pg_url, "import-data", str(tmp_path / "out.json"))
    assert code == 0 and out.strip() == "0 created, 0 updated, 25 unchanged"
    code, _, err = team(pg_url, "calendar", "--out", str(tmp_path / "due.ics"))
    assert code == 0, err
    assert Calendar.from_ical((tmp_path / "due.ics").read_bytes()).walk("VEVENT")
    code, out, err = team(pg_url, "notify", "--once", "--json", "--dry-run")
    assert code == 0, err
    code, out, err = team(pg_url, "verify-data")
    assert code == 0 and "25 orders" in err and "all sound" in err, err


def test_exporter_files_and_mail_import_into_a_team_database(pg_url: str) -> None:
    code, out, err = team(pg_url, "import", str(FIXTURES / "imports" / "order-exporter.csv"),
                          "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] and not report["updated"]
    code, out, _ = team(pg_url, "import", str(FIXTURES / "imports" / "order-exporter.csv"),
                        "--json")
    assert code == 0 and json.loads(out)["imported"] == 0
    code, out, err = team(pg_url, "import-mail", str(CORPUS), "--json")
    assert code in (0, 1), err  # 1: the corpus's pretenders are skipped
    assert json.loads(out)["messages"]


def test_the_environment_names_the_team_database(pg_url: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIASSIST_DATABASE_URL", pg_url)
    code, _, err = cli("--now", AT, "import-data", str(data_file(tmp_path / "in", 3, seed=2)))
    assert code == 0, err
    code, out, _ = team(pg_url, "orders", "--json")
    assert len(json.loads(out)) == 3
    # --db names a file: the environment's team database is not used then
    code, out, _ = cli("--db", str(tmp_path / "mine.db"), "orders", "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize("argv", [("backup",), ("backups",), ("restore", "latest"),
                                  ("wipe", "--yes")], ids=lambda a: a[0])
def test_file_only_commands_say_what_to_use_on_a_team_database(pg_url: str,
                                                              argv: tuple[str, ...]) -> None:
    assert team(pg_url, "orders")[0] == 0
    code, out, err = team(pg_url, *argv)
    assert code == 2 and out == "" and "Traceback" not in err
    assert "team database" in err and "pg_dump" in err


def test_a_server_that_cannot_be_reached_is_a_message_without_the_password(
        tmp_path: Path) -> None:
    url = f"postgresql+psycopg://clerk:s3cret@/shop?host={tmp_path}"
    code, out, err = cli("--database-url", url, "orders")
    assert code == 2 and out == "" and "Traceback" not in err
    assert "cannot connect to the team database" in err
    assert "s3cret" not in err and safe_url(url) in err
    assert "~/.pgpass" in err


def test_an_exported_file_edited_after_someone_else_saved_is_refused(
        pg_url: str, tmp_path: Path) -> None:
    """Ben exports, edits his copy; Anna records a payment meanwhile; Ben's import would put
    the order back as it was: refused, naming both; Anna's payment is kept."""
    assert team(pg_url, "import-data", str(data_file(tmp_path / "in", 2, seed=9)))[0] == 0
    assert team(pg_url, "export-data", str(tmp_path / "ben.json"))[0] == 0
    ben = json.loads((tmp_path / "ben.json").read_text(encoding="utf-8"))
    order = ben["orders"][0]
    assert order["version"] == 1
    order["note"] = "called the seller"
    (tmp_path / "ben.json").write_text(json.dumps(ben), encoding="utf-8")
    code, _, err = team(pg_url, "dispute", "payment", order["number"], "chargeback")
    assert code == 0, err
    code, out, err = team(pg_url, "import-data", str(tmp_path / "ben.json"))
    assert code == 2 and out == "" and "Traceback" not in err
    assert f"order {order['number']} was saved by aliassist at " in err  # the role
    assert "(version 2) after you opened it (version 1)" in err
    assert "differ in: note, payments" in err
    code, out, _ = team(pg_url, "orders", "--json")
    stored = next(o for o in json.loads(out) if o["number"] == order["number"])
    assert [p["kind"] for p in stored["payments"]] == ["chargeback"] and not stored["note"]
