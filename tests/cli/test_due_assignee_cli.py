"""`aliassist due` and `aliassist calendar` as processes: the clocks of the orders assigned to
the user or to nobody; `--everyone` adds the orders assigned to other people."""

from __future__ import annotations

import json
from pathlib import Path

from icalendar import Calendar

from tests.cli.test_assign_cli import NUMBERS, _data_file, aliassist
from tests.pg import db_args


def test_due_and_the_calendar_go_to_the_assignee(database_url: str | None, db_path: Path,
                                                tmp_path: Path) -> None:
    db = db_args(database_url or db_path)
    code, _, err = aliassist(db, "import-data", str(_data_file(tmp_path / "in.json")))
    assert code == 0, err  # NUMBERS[1] is Ben's
    code, _, err = aliassist(db, "assign", NUMBERS[0], "Anna", name="Anna")
    assert code == 0, err

    def due(name: str, *extra: str) -> list[str]:
        code, out, err = aliassist(db, "due", "--json", *extra, name=name)
        assert code == 0, err
        return sorted({d["number"] for d in json.loads(out)})

    assert due("Anna") == [NUMBERS[0], NUMBERS[2]]
    assert due("Ben") == [NUMBERS[1], NUMBERS[2]]
    assert due("Anna", "--everyone") == sorted(NUMBERS)

    def calendar(name: str, *extra: str) -> list[str]:
        out = tmp_path / f"{name}{len(extra)}.ics"
        code, _, err = aliassist(db, "calendar", "--out", str(out), *extra, name=name)
        assert code == 0, err
        text = " ".join(str(e.get("SUMMARY")) + str(e.get("DESCRIPTION"))
                        for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
        return [n for n in NUMBERS if n in text]

    assert calendar("Ben") == [NUMBERS[1], NUMBERS[2]]
    assert calendar("Ben", "--everyone") == list(NUMBERS)
