"""`aliassist import FILE [--dry-run] [--json]` as a buyer scripts it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from aliassist.cli import run
from tests.conftest import FIXTURES

SAMPLES = FIXTURES / "imports"


def cli(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", str(db), "--now", "2026-11-21T12:00:00Z", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_import_json_report_and_reimport(db_path: Path) -> None:
    code, out, err = cli(db_path, "import", str(SAMPLES / "bulk-order-exporter.txt"), "--json")
    assert code == 0, err
    assert json.loads(out) == {"layout": "bulk_order_exporter", "imported": 3, "updated": 0,
                               "unchanged": 0, "skipped": []}
    code, out, _ = cli(db_path, "import", str(SAMPLES / "bulk-order-exporter.txt"), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 3
    code, out, _ = cli(db_path, "orders", "--json")
    assert len(json.loads(out)) == 3


def test_skipped_rows_give_exit_1_with_their_lines(db_path: Path) -> None:
    code, out, _ = cli(db_path, "import", str(SAMPLES / "order-exporter-bad-rows.csv"), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["imported"] == 2
    assert [s["line"] for s in report["skipped"]] == [3, 4, 5, 6, 7, 8, 10]
    assert all(set(s) == {"line", "reason"} for s in report["skipped"])


def test_dry_run_prints_the_same_report_and_writes_nothing(db_path: Path) -> None:
    code, out, err = cli(db_path, "import", str(SAMPLES / "order-exporter.csv"), "--dry-run")
    assert code == 0
    assert "would import 3 new orders" in out and "nothing was written" in err
    code, out, _ = cli(db_path, "orders", "--json")
    assert json.loads(out) == []


def test_unreadable_files_exit_2_with_a_clear_message(db_path: Path, tmp_path: Path) -> None:
    for name, says in (("empty.csv", "the file is empty"), ("missing.csv", "file not found"),
                       ("missing-column.csv", "no 'Order Date' column"),
                       ("other-tool.csv", "--map")):
        code, out, err = cli(db_path, "import", str(SAMPLES / name))
        assert code == 2 and says in err and "Traceback" not in err, (name, err)
        assert out == ""


def test_another_layout_with_map_is_remembered(db_path: Path) -> None:
    path = str(SAMPLES / "other-tool.csv")
    code, out, err = cli(db_path, "import", path, "--map", "number=Bestellnummer",
                         "--map", "placed_at=Datum", "--map", "price=Preis", "--map",
                         "title=#4", "--dates", "dmy", "--json")
    assert code == 0, err
    assert json.loads(out)["layout"] == "generic" and json.loads(out)["imported"] == 2
    code, out, err = cli(db_path, "import", path, "--json")  # the mapping was remembered
    assert code == 0, err and json.loads(out)["unchanged"] == 2
    code, _, err = cli(db_path, "import", path, "--map", "nonsense=Datum")
    assert code == 2 and "unknown field" in err


def test_account_and_currency_options(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "bare.csv"
    path.write_text("Order ID,Order Date,Price\n8187000000000501,Mar 05 2026,3.50\n")
    code, out, err = cli(db_path, "import", str(path), "--map", "number=Order ID", "--map",
                         "placed_at=Order Date", "--map", "price=Price", "--json")
    # One question for the file, not every row skipped.
    assert code == 2 and "no currency" in err and "--currency" in err and "line 2" in err
    assert "Traceback" not in err
    code, out, err = cli(db_path, "import", str(path), "--map", "number=Order ID", "--map",
                         "placed_at=Order Date", "--map", "price=Price", "--currency", "eur",
                         "--account", "me@example.com", "--json")
    assert code == 0, err
    code, out, _ = cli(db_path, "orders", "--json")
    (order,) = json.loads(out)
    assert (order["amount"], order["currency"], order["account"]) == ("3.50", "EUR",
                                                                      "me@example.com")


def test_dates_that_read_both_ways_are_asked_once_with_exit_2(db_path: Path) -> None:
    path = str(FIXTURES / "spreadsheets" / "order-exporter.en_GB.text-numbers.csv")
    code, out, err = cli(db_path, "import", path)
    assert code == 2 and "--dates" in err and "line 2" in err and "Traceback" not in err
    code, out, err = cli(db_path, "import", path, "--dates", "dmy", "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 2 and json.loads(out)["skipped"] == []


def test_a_workbook_whose_numbers_a_spreadsheet_rounded_imports_nothing(db_path: Path) -> None:
    path = str(FIXTURES / "spreadsheets" / "order-exporter.en_US.xlsx")
    code, out, _ = cli(db_path, "import", path)
    assert code == 1
    assert out.count("format the column as text and export again") == 3
    assert "imported 0 new orders" in out


def test_an_import_in_english_loads_neither_qt_nor_numpy_nor_the_server_driver(
        db_path: Path) -> None:
    """What the command imports before its first row is time the buyer waits, every run."""
    probe = ("import sys\nfrom aliassist.app import main\ncode = main(sys.argv[1:])\n"
             "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
             "{'PySide6', 'numpy', 'psycopg'})\nprint(heavy, code)")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LC_", "LANG", "ALIASSIST_LANG"))}  # the system's: English
    result = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(db_path), "--now", "2026-11-21T12:00:00Z",
         "import", str(SAMPLES / "order-exporter.csv")],
        capture_output=True, text=True, check=True, env=env | {"LANG": "C.UTF-8"})
    assert result.stdout.splitlines()[-1] == "[] 0"
