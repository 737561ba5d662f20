"""`aliassist import-mail PATH... [--dry-run] [--json]` as a buyer scripts it."""

from __future__ import annotations

import io
import json
from pathlib import Path

from aliassist.cli import run
from tests.importers.mail_corpus import (
    CORPUS,
    EXPECTED,
    MESSAGES,
    PLATFORM_MESSAGES,
    PRETENDERS,
    write_maildir,
    write_thunderbird_mbox,
)


def cli(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", str(db), "--now", "2026-11-21T12:00:00Z", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_json_report_has_exactly_the_documented_shape(db_path: Path) -> None:
    code, out, err = cli(db_path, "import-mail", str(CORPUS), "--json")
    assert code == 1, err  # the pretenders are skipped
    report = json.loads(out)
    assert list(report) == ["messages", "platform_messages", "orders_updated", "orders_created",
                            "events", "skipped"]
    assert report["messages"] == MESSAGES and report["platform_messages"] == PLATFORM_MESSAGES
    assert report["orders_updated"] == 0 and report["orders_created"] == 10
    assert all(list(e) == ["number", "event", "at", "message_id"] for e in report["events"])
    assert {(e["message_id"], e["number"], e["event"]) for e in report["events"]} == {
        (mid, number, event) for mid, (numbers, event, _) in EXPECTED.items()
        for number in numbers}
    shipped = next(e for e in report["events"]
                   if e["message_id"] == "<shipped-0101@notice.aliexpress.com>")
    assert shipped["at"] == "2026-03-03T21:40:10-05:00"
    assert {s["message_id"] for s in report["skipped"]} == set(PRETENDERS)
    assert all(list(s) == ["message_id", "reason"] for s in report["skipped"])


def test_several_paths_of_several_formats_and_a_second_run(db_path: Path,
                                                           tmp_path: Path) -> None:
    mbox = write_thunderbird_mbox(tmp_path / "Inbox")
    maildir = write_maildir(tmp_path / "Maildir")
    code, out, _ = cli(db_path, "import-mail", str(mbox), str(maildir), "--json")
    report = json.loads(out)
    assert report["messages"] == 2 * MESSAGES and len(report["events"]) == sum(
        len(n) for n, _, _ in EXPECTED.values())
    code, out, _ = cli(db_path, "import-mail", str(CORPUS / "en_placed_plain.eml"), "--json")
    assert code == 0 and json.loads(out)["events"] == []


def test_dry_run_prints_the_changes_and_writes_nothing(db_path: Path) -> None:
    code, out, err = cli(db_path, "import-mail", str(CORPUS / "ru_shipped_base64.eml"),
                         "--dry-run")
    assert code == 0
    assert "order 8180000000000303 (new, from mail)" in out
    assert "Shipped: empty -> 2026-03-04 09:00" in out  # Europe/Berlin, the test's zone
    assert "Tracking number: empty -> RB123456789CN" in out
    assert "dry run: nothing was written" in err
    code, out, _ = cli(db_path, "orders", "--json")
    assert json.loads(out) == []


def test_a_file_with_no_mail_is_skipped_with_its_name(db_path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not mail")
    code, out, _ = cli(db_path, "import-mail", str(junk), str(CORPUS / "friend.eml"), "--json")
    assert code == 1
    assert json.loads(out)["skipped"] == [
        {"file": str(junk), "reason": json.loads(out)["skipped"][0]["reason"]}]


def test_a_missing_path_is_exit_2_with_the_path(db_path: Path, tmp_path: Path) -> None:
    code, out, err = cli(db_path, "import-mail", str(tmp_path / "nope.mbox"))
    assert code == 2 and out == ""
    assert "nope.mbox: no such file or folder" in err and "Traceback" not in err
