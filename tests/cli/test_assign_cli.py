"""`aliassist assign` and `orders --mine`, run as processes on the SQLite file and on a team
database: assign to a name, to "me" (ALIASSIST_NAME, else the database role), to nobody; the
ASSIGNEE column and "assignee" key of `orders`; the assignee in the data file, round-tripped
by export-data and import-data; deadline notices of `notify --once` only for the orders that
are the user's or nobody's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.pg import db_args

AT = "2026-11-21T12:00:00Z"
NUMBERS = ("8187000000000601", "8187000000000602", "8187000000000603")


def aliassist(db: list[str], *argv: str, name: str | None = None) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k != "ALIASSIST_NAME"}
    if name is not None:
        env["ALIASSIST_NAME"] = name
    result = subprocess.run([sys.executable, "-m", "aliassist", *db, "--now", AT, *argv],
                            capture_output=True, text=True, env=env, timeout=120)
    return result.returncode, result.stdout, result.stderr


def _data_file(path: Path) -> Path:
    orders = [{"number": n, "placed_at": "2026-09-20T10:00:00Z",
               "shipped_at": "2026-09-25T10:00:00Z", "protection_ends_at": "2026-11-24T10:00:00Z",
               "store": "Lamp World"} for n in NUMBERS]
    orders[1]["assignee"] = "Ben"
    path.write_text(json.dumps({"format": "aliassist-data", "version": 1, "orders": orders}),
                    encoding="utf-8")
    return path


def test_assign_mine_and_the_data_file(database_url: str | None, db_path: Path,
                                       tmp_path: Path) -> None:
    db = db_args(database_url or db_path)
    code, out, err = aliassist(db, "import-data", str(_data_file(tmp_path / "in.json")))
    assert code == 0, err
    code, out, err = aliassist(db, "assign", NUMBERS[0], "me", name="Anna")
    assert (code, out) == (0, f"order {NUMBERS[0]} assigned to Anna\n"), err
    code, out, err = aliassist(db, "assign", NUMBERS[0], "Anna", "--json", name="Anna")
    assert code == 0, err
    assert json.loads(out) == {"number": NUMBERS[0], "assignee": "Anna", "before": "Anna",
                               "changed": False}

    code, out, err = aliassist(db, "orders")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[-1] == "ASSIGNEE"
    assert [line.split()[-1] for line in lines[1:3]] == ["Anna", "Ben"]
    assert lines[3].split()[-1] == "ends_soon"  # assigned to nobody: an empty cell
    code, out, err = aliassist(db, "orders", "--mine", "--json", name="Ben")
    assert code == 0, err
    assert [(o["number"], o["assignee"]) for o in json.loads(out)] == [(NUMBERS[1], "Ben")]
    code, out, err = aliassist(db, "orders", "--mine", name="Carla")
    assert code == 0 and out == "" and "no order is assigned to you" in err

    # deadline notices: Anna hears of hers and of the unassigned one, not of Ben's
    code, out, err = aliassist(db, "notify", "--once", "--dry-run", "--json", name="Anna")
    assert code == 0, err
    warned = json.dumps(json.loads(out))
    assert NUMBERS[0] in warned and NUMBERS[2] in warned and NUMBERS[1] not in warned

    # the data file carries the assignee; a file that leaves it out keeps it; "" is nobody
    code, _, err = aliassist(db, "export-data", str(tmp_path / "out.json"))
    assert code == 0, err
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["orders"]
    assert {o["number"]: o["assignee"] for o in exported} == {
        NUMBERS[0]: "Anna", NUMBERS[1]: "Ben", NUMBERS[2]: None}
    code, out, _ = aliassist(db, "import-data", str(tmp_path / "out.json"))
    assert out.strip() == "0 created, 0 updated, 3 unchanged"
    (tmp_path / "edit.json").write_text(json.dumps({
        "format": "aliassist-data", "version": 1,
        "orders": [{"number": NUMBERS[0], "placed_at": "2026-09-20T10:00:00Z", "note": "x"},
                   {"number": NUMBERS[1], "placed_at": "2026-09-20T10:00:00Z",
                    "assignee": ""}]}), encoding="utf-8")
    code, out, err = aliassist(db, "import-data", str(tmp_path / "edit.json"))
    assert code == 0, err
    code, out, err = aliassist(db, "orders", "--json")
    assert {o["number"]: o["assignee"] for o in json.loads(out)} == {
        NUMBERS[0]: "Anna", NUMBERS[1]: None, NUMBERS[2]: None}

    # no name: nobody
    code, out, err = aliassist(db, "assign", NUMBERS[0])
    assert (code, out) == (0, f"order {NUMBERS[0]} assigned to nobody (was Anna)\n"), err


def test_assign_refuses_what_it_cannot_do(db_path: Path, tmp_path: Path) -> None:
    db = db_args(db_path)
    code, _, err = aliassist(db, "import-data", str(_data_file(tmp_path / "in.json")))
    assert code == 0, err
    code, out, err = aliassist(db, "assign", NUMBERS[0], "me")
    assert code == 2 and out == ""
    assert "who you are is not known" in err and "ALIASSIST_NAME" in err
    code, _, err = aliassist(db, "orders", "--mine")
    assert code == 2 and "who you are is not known" in err
    code, _, err = aliassist(db, "assign", "8187000000009999", "Ben")
    assert code == 2 and "no order '8187000000009999'" in err
    code, _, err = aliassist(db, "assign", NUMBERS[0], "x" * 101)
    assert code == 2 and "at most 100 characters" in err
    assert "Traceback" not in err
