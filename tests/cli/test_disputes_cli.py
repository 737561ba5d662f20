"""`aliassist check`, `lint-message` and `dispute ...` as buyers script them: JSON on stdout,
messages on stderr, exit 0 ready / 1 blocked / 2 bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.services.context import open_context
from aliassist.store.repository import ensure_file, save_order
from tests.cli.test_cli import cli
from tests.conftest import NOW
from tests.domain.test_precheck import CLEAN, HONEST
from tests.pg import db_args

NUMBER = CLEAN.number
AT = "2026-11-21T12:00:00Z"
NOT_RECEIVED = "Tracking has not moved since 12 October; the parcel never came."

pytestmark = pytest.mark.both_engines


@pytest.fixture
def db(db_path: Path, database_url: str | None) -> Path | str:
    """The SQLite file, or the team database (`both_engines`), with the orders in it."""
    ctx = open_context(db_path, url=database_url, now=NOW)
    other = replace(CLEAN, number="8187000000000002", evidence=(),
                    items=(rec.Item("Wool scarf", None, None, 1, 900),), amount=900)
    with ctx.session() as session, session.begin():
        for order in (CLEAN, other):
            for ev in order.evidence:
                ensure_file(session, ev.sha256, ev.size, ev.mime, NOW)
            save_order(session, order, now=NOW)
    ctx.close()
    return database_url or db_path


def run(db: Path | str, *argv: str) -> tuple[int, str, str]:
    return cli(*db_args(db), "--now", AT, *argv)


# -- check ---------------------------------------------------------------------------------

def test_check_exits_0_and_prints_the_fixed_json_shape_when_ready(db: Path) -> None:
    code, out, err = run(db, "check", NUMBER, "--reason", "not_as_described", "--item", "0",
                         "--remedy", "partial_refund", "--amount", "5.00", "--text", HONEST,
                         "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["order", "reason", "ready", "findings", "clocks"]
    assert data["order"] == NUMBER and data["reason"] == "not_as_described"
    assert data["ready"] is True and data["findings"] == []
    assert data["clocks"]["dispute_deadline"] == "2027-01-27T12:00:00Z"


def test_check_exits_1_when_something_blocks(db: Path) -> None:
    code, out, _ = run(db, "check", "8187000000000002", "--reason", "damaged", "--text",
                       HONEST + " Send me a coupon for my next order, idiot.", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["ready"] is False
    rules = [(f["rule"], f["severity"]) for f in data["findings"]]
    assert rules == [("unsupported_claim", "block"), ("extortion", "block"),
                     ("checklist_incomplete", "warn"), ("abusive_language", "warn")]
    for f in data["findings"]:
        assert f["message"] and f["source"]
    assert data["findings"][1]["subject"] == "Send me a coupon"


def test_check_exits_0_with_warnings_only(db: Path) -> None:
    code, out, _ = run(db, "check", NUMBER, "--reason", "not_as_described", "--text",
                       HONEST + " I want revenge.", "--json")
    assert code == 0
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["retaliation"]


def test_check_prints_a_readable_report(db: Path) -> None:
    code, out, _ = run(db, "check", NUMBER, "--reason", "not_received")
    assert code == 1
    assert out.startswith(f"Order {NUMBER} · Item not received · NOT READY (1 blocking, "
                          "0 warnings)")
    assert "BLOCK  no_grounds: No concrete reason" in out
    assert "The description is empty." in " ".join(out.split())  # wrapped to the terminal
    assert "Last day to open a dispute" in out


def test_check_reads_the_text_from_a_file(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "desc.txt"
    path.write_text(HONEST, encoding="utf-8-sig")
    code, _, err = run(db, "check", NUMBER, "--reason", "not_as_described", "--text-file",
                       str(path))
    assert code == 0, err


@pytest.mark.parametrize(("argv", "says"), [
    (("check", "999999999", "--reason", "damaged"), "no order '999999999' in this database"),
    (("check", NUMBER, "--reason", "lost"),
     "unknown reason 'lost'; valid reasons: not_received, returned_to_sender, "
     "held_at_customs, not_as_described"),
    (("check", NUMBER, "--reason", "damaged", "--item", "5"), "item: item 5 does not exist"),
    (("check", NUMBER, "--reason", "damaged", "--remedy", "partial_refund"),
     "amount: the remedy partial_refund needs the amount"),
    (("check", NUMBER, "--reason", "damaged", "--text-file", "/nonexistent/x.txt"),
     "/nonexistent/x.txt: file not found"),
])
def test_check_exits_2_on_bad_input_and_says_what(db: Path, argv: tuple[str, ...],
                                                  says: str) -> None:
    code, out, err = run(db, *argv)
    assert code == 2
    assert says in err
    assert out == "" and "Traceback" not in err


def test_check_refuses_a_file_that_is_not_text(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0 not text \xff")
    code, _, err = run(db, "check", NUMBER, "--reason", "damaged", "--text-file", str(path))
    assert code == 2 and "not UTF-8 text" in err


def test_usage_errors_exit_2(db: Path) -> None:
    assert run(db, "check", NUMBER)[0] == 2  # --reason is required
    assert run(db, "check", NUMBER, "--reason", "damaged", "--item", "one")[0] == 2
    assert run(db, "check", NUMBER, "--reason", "damaged", "--text", "a",
               "--text-file", "b")[0] == 2


def test_the_real_command_never_shows_a_traceback(db: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "aliassist", *db_args(db), "--now", AT, "check", NUMBER,
         "--reason", "lost"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "valid reasons" in proc.stderr and "Traceback" not in proc.stderr


# -- lint-message --------------------------------------------------------------------------

def test_lint_message_exit_codes_and_json(db: Path) -> None:
    code, out, _ = run(db, "lint-message", "--text", "Hello, the parcel arrived damaged.",
                       "--json")
    assert code == 0 and json.loads(out) == {"ready": True, "findings": []}
    code, out, _ = run(db, "lint-message", "--text", "Photos: https://imgur.com/a/x", "--json")
    assert code == 0
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["external_link"]
    code, out, _ = run(db, "lint-message", "--text",
                       "Я изменю отзыв на 5 звёзд, если вернёте деньги", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["ready"] is False and data["findings"][0]["rule"] == "fake_review"


def test_findings_in_json_carry_the_spans_of_their_words_and_a_fix(db: Path) -> None:
    text = "If you do not send me a second lamp for free I will leave a 1-star review."
    code, out, _ = run(db, "lint-message", "--text", text, "--json")
    assert code == 1
    [finding] = json.loads(out)["findings"]
    assert finding["rule"] == "review_threat"
    assert [text[a:b] for a, b in finding["spans"]] == ["If you do not", "1-star review"]
    assert finding["fix"].startswith("Take out “If you do not … 1-star review”")
    words = "The dress is orange, not red as in the listing. Refund me or 1 star, seller."
    code, out, _ = run(db, "check", NUMBER, "--reason", "not_as_described", "--text", words,
                       "--json")
    findings = json.loads(out)["findings"]
    extortion = next(f for f in findings if f["rule"] == "extortion")
    assert [words[a:b] for a, b in extortion["spans"]] == ["or", "1 star"]
    assert all(f["spans"] == [] for f in findings if f["rule"] != "extortion")


def test_lint_message_reads_standard_input(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Refund me or I will leave a bad review!"))
    code, out, _ = run(db, "lint-message", "--text-file", "-")
    assert code == 1
    assert "BLOCK  review_threat" in out


def test_lint_message_needs_a_text(db: Path) -> None:
    assert run(db, "lint-message")[0] == 2
    code, _, err = run(db, "lint-message", "--text", "   ")
    assert code == 2 and "the message is empty" in err


# -- dispute ... ---------------------------------------------------------------------------

def test_a_dispute_from_opening_to_refund_on_the_command_line(db: Path) -> None:
    code, out, err = run(db, "dispute", "opened", NUMBER, "--reason", "not_received",
                         "--text", NOT_RECEIVED, "--platform-id", "5012345",
                         "--at", "2026-11-18T09:00:00Z")
    assert code == 0, err
    assert f"Order {NUMBER}, dispute 1: open" in out
    assert "Seller must respond:" in out
    assert "Next steps: seller-responded, escalated" in out
    code, out, _ = run(db, "dispute", "escalated", NUMBER, "5012345", "--at", "2026-11-19",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert data["status"] == "escalated"
    assert data["clock"] == {"id": "platform_intervention", "at": "2026-11-25T16:00:00Z"}
    code, out, _ = run(db, "dispute", "refunded", NUMBER, "--amount", "20.00", "--json")
    assert code == 0
    assert json.loads(out)["payment"] == {"kind": "refund", "amount": "20.00"}

    code, _, err = run(db, "dispute", "escalated", NUMBER)
    assert code == 2
    assert "dispute 1 of order" in err and "is refunded, so it cannot be escalated" in err

    code, out, _ = run(db, "dispute", "list", NUMBER, "--json")
    [view] = json.loads(out)
    assert view["platform_id"] == "5012345" and view["status"] == "refunded"
    assert [e["kind"] for e in view["events"]] == ["opened", "escalated", "refunded"]
    assert view["next_steps"] == ["closed"]
    code, out, _ = run(db, "dispute", "list", NUMBER)
    assert "Dispute 1 (5012345): Item not received · refunded" in out

    code, out, _ = run(db, "check", NUMBER, "--reason", "not_received", "--text", NOT_RECEIVED,
                       "--json")
    assert code == 1
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"prior_refund",
                                                               "duplicate_dispute"}


def test_opening_a_blocked_dispute_records_nothing_unless_forced(db: Path) -> None:
    code, _, err = run(db, "dispute", "opened", NUMBER, "--reason", "damaged", "--text",
                       "Broken!!!")
    assert code == 1
    assert "the pre-check blocks this dispute (no_grounds)" in err
    assert "BLOCK  no_grounds" in err
    assert json.loads(run(db, "dispute", "list", NUMBER, "--json")[1]) == []
    code, _, _ = run(db, "dispute", "opened", NUMBER, "--reason", "damaged", "--text",
                     "Broken!!!", "--force")
    assert code == 0
    assert len(json.loads(run(db, "dispute", "list", NUMBER, "--json")[1])) == 1


def test_return_steps_take_a_tracking_number(db: Path) -> None:
    run(db, "dispute", "opened", NUMBER, "--reason", "not_as_described", "--text", HONEST,
        "--remedy", "return_and_refund", "--at", "2026-11-15")
    code, out, _ = run(db, "dispute", "return-requested", NUMBER, "1", "--tracking", "RR1CN",
                       "--at", "2026-11-16")
    assert code == 0 and "Ship the return:" in out
    code, out, _ = run(db, "dispute", "list", NUMBER, "--json")
    assert json.loads(out)[0]["return_tracking"] == "RR1CN"


def test_payment_and_draft_commands(db: Path) -> None:
    code, out, err = run(db, "dispute", "payment", NUMBER, "chargeback", "--amount", "20.00",
                         "--provider", "Visa", "--json")
    assert code == 0, err
    assert json.loads(out)["kind"] == "chargeback"
    code, out, _ = run(db, "check", NUMBER, "--reason", "not_as_described", "--text", HONEST,
                       "--json")
    assert code == 1 and json.loads(out)["findings"][0]["rule"] == "prior_chargeback"
    code, out, _ = run(db, "dispute", "draft", NUMBER, "--reason", "not_as_described",
                       "--text", HONEST, "--remedy", "full_refund", "--json")
    data = json.loads(out)
    assert code == 0 and data["length"] <= data["max_length"] == 512
    assert data["description"].startswith(f"Order {NUMBER}, placed on")
    assert HONEST in data["description"]
    assert run(db, "dispute", "payment", NUMBER, "gift")[0] == 2


def test_a_dispute_that_does_not_exist_is_named(db: Path) -> None:
    code, _, err = run(db, "dispute", "closed", NUMBER)
    assert code == 2 and f"order {NUMBER} has no disputes" in err
    run(db, "dispute", "opened", NUMBER, "--reason", "not_received", "--text", NOT_RECEIVED)
    code, _, err = run(db, "dispute", "closed", NUMBER, "D-9")
    assert code == 2 and "has no dispute 'D-9'; its disputes: 1 (not_received, open)" in err
    # disputes are numbered from 1, as the window and the packet say it
    code, _, err = run(db, "dispute", "closed", NUMBER, "0")
    assert code == 2 and "has no dispute '0'" in err
    code, out, err = run(db, "dispute", "seller-responded", NUMBER, "1", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["dispute"] == 0 and data["number"] == 1


def test_the_command_line_has_one_command_per_step() -> None:
    from aliassist.cli import build_parser
    from aliassist.domain.dispute_steps import STEPS

    parser = build_parser()
    for step in STEPS.values():
        args = parser.parse_args(["dispute", step.command, "1234567890123456"])
        assert args.step_id == step.id


def test_remove_step_takes_back_the_last_step_and_says_so(db: Path) -> None:
    run(db, "dispute", "opened", NUMBER, "--reason", "not_received", "--text", NOT_RECEIVED,
        "--at", "2026-11-19T12:00:00Z")
    run(db, "dispute", "refunded", NUMBER, "--at", "2026-11-20T12:00:00Z")
    code, out, err = run(db, "dispute", "remove-step", NUMBER, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["step"], data["status"]) == ("refunded", "open")
    code, out, _ = run(db, "dispute", "list", NUMBER, "--json")
    listed = json.loads(out)
    assert [e["kind"] for e in listed[0]["events"]] == ["opened"]
    assert listed[0]["closed_at"] is None
    code, _, err = run(db, "dispute", "remove-step", NUMBER, "1")
    assert code == 2 and "has no step to remove: only its filing is recorded" in err
