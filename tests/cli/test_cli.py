"""The command line as buyers script it: results on stdout, messages on stderr, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from aliassist.cli import run
from aliassist.services.context import open_context
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from tests.conftest import NOW


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    ctx = open_context(db_path, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 21):
            save_order(session, order, now=NOW)
    ctx.close()
    return db_path


def test_orders_json_has_every_field_and_the_clocks(filled_db: Path) -> None:
    code, out, err = cli("--db", str(filled_db), "--now", "2026-11-21T12:00:00Z", "orders",
                         "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 21
    keys = {"number", "platform", "account", "store", "placed_at", "shipped_at",
            "protection_days", "protection_ends_at", "extensions", "confirmed_at",
            "delivered_at", "delivery_status", "tracking_number", "carrier", "amount",
            "currency", "items", "disputes", "payments", "evidence", "state", "protection_end",
            "completion", "dispute_deadline", "days_left"}
    assert keys <= set(rows[0])
    states = {r["state"] for r in rows}
    assert states == {"awaiting_shipment", "protected", "ends_soon", "grace", "expired",
                      "in_dispute", "closed"}
    for r in rows:
        assert r["placed_at"].endswith("Z") and r["dispute_deadline"].endswith("Z")
        assert isinstance(r["number"], str)
        assert r["amount"] is None or "." in r["amount"]
        if r["state"] == "closed":
            assert r["days_left"] is None
        else:
            assert isinstance(r["days_left"], int)


def test_orders_table_is_readable(filled_db: Path) -> None:
    code, out, err = cli("--db", str(filled_db), "--now", "2026-11-21", "orders")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["ORDER", "STORE"]
    assert len(lines) == 22
    # the sample orders give no protection length: the usual 90 days is an estimate, said once
    # (on stderr, with the other messages: stdout is the table alone)
    assert err.count("~: the deadline rests on an estimate") == 1


def test_now_pins_the_clock(filled_db: Path) -> None:
    _, today, _ = cli("--db", str(filled_db), "--now", "2026-11-21T12:00:00Z", "orders", "--json")
    _, later, _ = cli("--db", str(filled_db), "--now", "2027-06-01T00:00:00Z", "orders", "--json")
    assert {r["state"] for r in json.loads(later)} <= {"expired", "closed", "in_dispute"}
    assert json.loads(today) != json.loads(later)
    # the global options also work after the command
    code, after, _ = cli("orders", "--json", "--db", str(filled_db), "--now",
                         "2026-11-21T12:00:00Z")
    assert code == 0 and json.loads(after) == json.loads(today)


def test_due_lists_coming_clocks_in_order(filled_db: Path) -> None:
    code, out, _ = cli("--db", str(filled_db), "--now", "2026-11-21T12:00:00Z", "due",
                       "--within", "30", "--json")
    assert code == 0
    due = json.loads(out)
    assert due, "the sample has clocks within 30 days"
    assert [d["at"] for d in due] == sorted(d["at"] for d in due)
    assert {d["clock"] for d in due} <= {"protection_end", "dispute_deadline",
                                         "seller_response", "platform_intervention",
                                         "return_shipment"}
    assert "seller_response" in {d["clock"] for d in due}
    now = datetime.fromisoformat("2026-11-21T12:00:00+00:00")
    for d in due:
        at = datetime.fromisoformat(d["at"].replace("Z", "+00:00"))
        assert now < at <= now + timedelta(days=30)
        assert d["days_left"] == (at - now) // timedelta(days=1)
        assert set(d) == {"number", "clock", "at", "days_left"}
    _, default, _ = cli("--db", str(filled_db), "--now", "2026-11-21T12:00:00Z", "due", "--json")
    assert all(d["days_left"] < 14 for d in json.loads(default))
    assert len(json.loads(default)) < len(due)


def test_an_empty_database_says_how_to_start(db_path: Path) -> None:
    code, out, err = cli("--db", str(db_path), "orders")
    assert code == 0 and out == "" and "no orders yet" in err
    code, out, _ = cli("--db", str(db_path), "orders", "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize(("argv", "message"), [
    (("--now", "next tuesday", "orders"), "--now"),
    (("import-data", "/no/such/file.json"), "not found"),
    (("due", "--within", "-3"), "--within"),
    (("--policy", "/no/such/policy.toml", "orders"), "policy file not found"),
])
def test_bad_input_exits_2_with_a_message_and_no_traceback(db_path: Path, argv: tuple,
                                                            message: str) -> None:
    code, out, err = cli("--db", str(db_path), *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""


@pytest.mark.parametrize("argv", [
    ("due", "--within", "100000000000"),
    ("due", "--within", "inf"),
    ("due", "--within", "nan"),
    ("--now", "9999-12-31", "due"),
    ("--now", "9999-12-31", "orders"),
])
def test_out_of_range_days_and_dates_exit_2_with_a_message(filled_db: Path,
                                                           argv: tuple[str, ...]) -> None:
    code, out, err = cli("--db", str(filled_db), *argv)
    assert code == 2, err
    assert err.startswith("aliassist: --within: must be a number of days from 0 to") or \
        err.startswith("aliassist: --now: '9999-12-31' is outside the years")
    assert "Traceback" not in err and out == ""


def test_usage_errors_exit_2(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--db", str(db_path), "frobnicate")[0] == 2
    assert cli("--db", str(db_path), "due", "--within", "soon")[0] == 2


def test_not_a_database_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "orders.db"
    bad.write_text("hello", encoding="utf-8")
    code, _, err = cli("--db", str(bad), "orders")
    assert code == 2 and "not an AliAssist database" in err


def test_import_and_export_data_from_the_command_line(filled_db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "export" / "all.json"
    code, _, err = cli("--db", str(filled_db), "export-data", str(out_file))
    assert code == 0 and "wrote 21 orders" in err
    other = tmp_path / "other.db"
    code, out, _ = cli("--db", str(other), "import-data", str(out_file), "--json")
    assert code == 0 and json.loads(out)["created"] == 21
    code, out, _ = cli("--db", str(other), "import-data", str(out_file))
    assert code == 0 and out.strip() == "0 created, 0 updated, 21 unchanged"


def test_the_environment_variable_picks_the_database(filled_db: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIASSIST_DB", str(filled_db))
    code, out, _ = cli("orders", "--json")
    assert code == 0 and len(json.loads(out)) == 21


def test_version_answers_without_qt() -> None:
    probe = ("import sys\nfrom aliassist.app import main\ncode = main(['--version'])\n"
             "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', code)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["AliAssist", "0.1.0", "NOQT", "0"]
    module = subprocess.run([sys.executable, "-m", "aliassist", "--version"],
                            capture_output=True, text=True, check=True)
    assert module.stdout.strip() == "AliAssist 0.1.0"


def test_the_process_ends_as_an_exit_does_without_the_teardown(filled_db: Path) -> None:
    """`aliassist COMMAND` ends without freeing every module's objects one by one, yet as an
    exit ends it: the exit code, every byte printed (here through a pipe, so buffered), the
    functions registered to run at exit."""
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: print('at exit', flush=True))\n"
             "class Torn:\n"
             "    def __del__(self): print('torn down', flush=True)\n"
             "sys.modules['torn'] = Torn()  # freed by the interpreter's teardown only\n"
             "from aliassist.app import console_main\n"
             "console_main()\n")
    result = subprocess.run([sys.executable, "-c", probe, "--db", str(filled_db), "--now",
                             "2026-11-21T12:00:00Z", "orders", "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    listed, _, rest = result.stdout.rpartition("]")
    assert len(json.loads(listed + "]")) == 21
    assert rest.split("\n") == ["", "at exit", ""]  # no "torn down"
    refused = subprocess.run([sys.executable, "-c", probe, "--db", str(filled_db), "packet",
                              "999", "--dispute", "1", "--out", "p.zip"],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and refused.stdout == "at exit\n"
    assert "999" in refused.stderr


def test_a_thread_still_running_at_the_end_is_waited_for() -> None:
    """The ordinary exit, which waits for the threads that are not daemons, when one still
    runs."""
    probe = ("import sys, threading, time\n"
             "threading.Thread(target=lambda: (time.sleep(0.3), print('thread done'))).start()\n"
             "from aliassist.app import console_main\n"
             "sys.argv[1:] = ['--version']\n"
             "console_main()\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert result.stdout.split("\n") == ["AliAssist 0.1.0", "thread done", ""]


def test_a_closed_pipe_stops_quietly(db_path: Path) -> None:
    """`aliassist orders | head -1`: no traceback when the reader stops early."""
    ctx = open_context(db_path, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 400):  # far more output than a pipe holds
            save_order(session, order, now=NOW)
    ctx.close()
    shell = (f"{sys.executable} -m aliassist --db {db_path} --now 2026-11-21 orders --json "
             "| head -c 100 > /dev/null")
    result = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_orders_marks_deadlines_that_rest_on_an_estimate(tmp_path: Path) -> None:
    """A "Completed" exporter row gives a receipt date at the earliest, and no protection length
    was given: both deadlines are estimates, marked in the table and said in the JSON."""
    db = str(tmp_path / "a.db")
    sheet = tmp_path / "orders.csv"
    sheet.write_text("Order ID,Order Date,Status,Product Title,Currency,Price,Store Name\n"
                     '8187000000000011,"Nov 06, 2026",Completed,Lamp,US,12.50,Shop A\n',
                     encoding="utf-8")
    base = ("--db", db, "--now", "2026-11-21T12:00:00Z")
    assert cli(*base, "import", str(sheet))[0] == 0
    _, out, _ = cli(*base, "orders", "--json")
    [row] = json.loads(out)
    assert row["deadline_estimated"] is True and row["protection_end_estimated"] is True
    code, out, err = cli(*base, "orders")
    assert code == 0
    [line] = [x for x in out.splitlines() if x.startswith("8187000000000011")]
    assert line.count("~") == 2
    assert "rests on an estimate" in err and "import-mail" in err


def test_orders_with_real_dates_carry_no_mark(db_path: Path) -> None:
    ctx = open_context(db_path, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 5):
            save_order(session, replace(order, protection_days=60), now=NOW)
    ctx.close()
    code, out, _ = cli("--db", str(db_path), "--now", "2026-11-21T12:00:00Z", "orders", "--json")
    rows = json.loads(out)
    assert not any(r["protection_end_estimated"] for r in rows)
    assert [r["deadline_estimated"] for r in rows] == [bool(r["confirmed_estimate"])
                                                         for r in rows]
    code, _, err = cli("--db", str(db_path), "--now", "2026-11-21T12:00:00Z", "orders")
    assert code == 0
    assert ("rests on an estimate" in err) == any(r["deadline_estimated"] for r in rows)


def test_orders_json_is_read_in_batches_and_written_as_it_comes(filled_db: Path) -> None:
    """The list is the same whatever the batch size (order, fields, clocks), and the printed
    JSON has one order per line."""
    from aliassist.services.order_listing import iter_orders_json

    ctx = open_context(filled_db, now=NOW)
    try:
        whole = list(iter_orders_json(ctx, batch=1000))
        assert [list(iter_orders_json(ctx, batch=n)) for n in (1, 4, 21)] == [whole] * 3
    finally:
        ctx.close()
    code, out, _ = cli("--db", str(filled_db), "--now", NOW.isoformat(), "orders", "--json")
    assert code == 0 and json.loads(out) == whole
    lines = out.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 21 + 2
