"""`aliassist notify --once` and `aliassist calendar --out FILE.ics`, as a buyer scripts them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path

from icalendar import Calendar

from aliassist.domain import records as rec
from aliassist.services.context import open_context
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from tests.cli.test_cli import cli
from tests.conftest import NOW

DAY = timedelta(days=1)
AT = "2026-11-21T12:00:00Z"


def store(db: Path, orders: list[rec.Order]) -> None:
    ctx = open_context(db, now=NOW)
    with ctx.session() as session, session.begin():
        for order in orders:
            save_order(session, order, now=NOW)
    ctx.close()


def one_order(**fields: object) -> rec.Order:
    return rec.Order(number="8187000000000042", placed_at=NOW - 88 * DAY, store="Lamp World",
                     **fields)


def test_notify_once_prints_what_is_due_and_then_nothing(db_path: Path) -> None:
    store(db_path, [one_order(shipped_at=NOW - 86 * DAY)])
    code, out, err = cli("--db", str(db_path), "--now", AT, "notify", "--once")
    assert code == 0, err
    title, body = out.splitlines()[:2]
    assert title == "Buyer Protection ends in 4 days and the parcel has not arrived"
    assert body.startswith("Order 8187000000000042 · Lamp World.")
    assert "Ask the seller to extend protection, or open a dispute now." in body
    code, out, err = cli("--db", str(db_path), "--now", AT, "notify", "--once")
    assert (code, out) == (0, "")
    assert "nothing due" in err


def test_notify_once_json_and_dry_run(db_path: Path) -> None:
    store(db_path, sample_orders(NOW, 21))
    args = ("--db", str(db_path), "--now", AT, "notify", "--once", "--json", "--dry-run")
    code, out, err = cli(*args)
    assert code == 0, err
    (summary,) = json.loads(out)
    assert summary["summary"] is True
    notices = summary["notices"]
    assert len(notices) > 3
    assert [n["act_by"] for n in notices] == sorted(n["act_by"] for n in notices)
    assert {"key", "kind", "number", "clock", "threshold_days", "at"} <= set(notices[0])
    assert json.loads(cli(*args)[1]) == [summary]  # --dry-run logged nothing


def test_notify_without_once_is_a_usage_error(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, _err = cli("--db", str(db_path), "notify")
    assert code == 2
    assert "--once" in capsys.readouterr().err


def events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_calendar_has_one_event_per_clock_in_utc_with_alarms(db_path: Path, tmp_path: Path
                                                             ) -> None:
    dispute = rec.Dispute("not_as_described", "open", opened_at=NOW - DAY)
    store(db_path, [one_order(shipped_at=NOW - 80 * DAY, disputes=()),
                    replace(one_order(shipped_at=NOW - 20 * DAY, disputes=(dispute,)),
                            number="8187000000000043")])
    out = tmp_path / "deadlines.ics"
    code, _, err = cli("--db", str(db_path), "--now", AT, "calendar", "--out", str(out))
    assert code == 0, err
    assert "wrote 3 events" in err
    found = events(out)
    assert set(found) == {
        "aliexpress.8187000000000042.protection_end@aliassist.local",
        "aliexpress.8187000000000042.dispute_deadline@aliassist.local",
        "aliexpress.8187000000000043.seller_response.dispute0@aliassist.local",
    }
    end = found["aliexpress.8187000000000042.protection_end@aliassist.local"]
    start = end["DTSTART"].dt
    assert start.tzinfo is not None and start.utcoffset() == timedelta(0)
    assert start == NOW + 10 * DAY
    assert "DTSTART:20261201T120000Z" in out.read_text()
    assert str(end["SUMMARY"]) == "Buyer Protection ends: order 8187000000000042 (Lamp World)"
    triggers = sorted(-a["TRIGGER"].dt.days for a in end.walk("VALARM"))
    assert triggers == [1, 3, 7, 14]
    seller = found["aliexpress.8187000000000043.seller_response.dispute0@aliassist.local"]
    assert sorted(-a["TRIGGER"].dt.days for a in seller.walk("VALARM")) == [1, 3]


def test_calendar_uids_stay_the_same_when_a_deadline_moves(db_path: Path, tmp_path: Path
                                                          ) -> None:
    order = one_order(shipped_at=NOW - 80 * DAY)
    store(db_path, [order])
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    cli("--db", str(db_path), "--now", AT, "calendar", "--out", str(first))
    ctx = open_context(db_path, now=NOW + DAY)
    with ctx.session() as session, session.begin():
        save_order(session, replace(order, extensions=(rec.Extension(15, NOW),)), now=NOW + DAY)
    ctx.close()
    cli("--db", str(db_path), "--now", AT, "calendar", "--out", str(second))
    a, b = events(first), events(second)
    assert set(a) == set(b)
    uid = "aliexpress.8187000000000042.protection_end@aliassist.local"
    assert b[uid]["DTSTART"].dt - a[uid]["DTSTART"].dt == 15 * DAY
    assert int(b[uid]["SEQUENCE"]) > int(a[uid]["SEQUENCE"])
    assert a[uid]["DTSTART"].dt.astimezone(UTC) == NOW + 10 * DAY


def test_calendar_into_a_folder_is_refused(db_path: Path, tmp_path: Path) -> None:
    store(db_path, [one_order()])
    code, out, err = cli("--db", str(db_path), "calendar", "--out", str(tmp_path))
    assert code == 2 and out == ""
    assert "is a folder" in err
