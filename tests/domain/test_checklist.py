"""Checklists fill from tagged files first, then from untagged files by kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from aliassist.domain.checklist import (
    checklist_for,
    checklist_item,
    content_problem,
    guess_kind,
    is_complete,
)
from aliassist.domain.findings import any_blocks, make_finding, sort_findings
from aliassist.domain.policy import Policy
from aliassist.domain.records import Evidence, Order
from aliassist.errors import UserError

ORDER = Order("8187000000000001", datetime(2026, 1, 5, tzinfo=UTC))


def ev(kind: str, checklist: str | None = None, dispute: int | None = None,
       name: str = "f.jpg") -> Evidence:
    return Evidence(kind=kind, sha256="a" * 64, name=name, size=1, checklist=checklist,
                    dispute=dispute)


def test_a_received_reason_is_incomplete_without_own_photos(policy: Policy) -> None:
    entries = checklist_for(policy, "not_as_described", ORDER)
    assert [e.item.id for e in entries][:2] == ["item_photos", "listing_capture"]
    assert not is_complete(entries)
    full = replace(ORDER, evidence=(ev("own_photo"), ev("listing_capture")))
    assert is_complete(checklist_for(policy, "not_as_described", full))


def test_tagged_files_fill_their_item_and_untagged_the_first_that_accepts(policy: Policy
                                                                          ) -> None:
    order = replace(ORDER, evidence=(ev("own_photo", "measurement", name="ruler.jpg"),
                                     ev("own_photo", name="front.jpg")))
    entries = {e.item.id: e for e in checklist_for(policy, "not_as_described", order)}
    assert [f.name for _, f in entries["measurement"].files] == ["ruler.jpg"]
    assert [f.name for _, f in entries["item_photos"].files] == ["front.jpg"]


def test_files_of_another_dispute_do_not_count(policy: Policy) -> None:
    order = replace(ORDER, evidence=(ev("own_photo", dispute=1), ev("listing_capture")))
    assert not is_complete(checklist_for(policy, "not_as_described", order, dispute=0))
    assert is_complete(checklist_for(policy, "not_as_described", order, dispute=1))


def test_not_received_asks_for_a_carrier_statement_only_when_tracking_says_delivered(
        policy: Policy) -> None:
    entries = checklist_for(policy, "not_received", ORDER)
    assert is_complete(entries)
    statement = next(e for e in entries if e.item.id == "carrier_statement")
    assert not statement.applies
    delivered = replace(ORDER, delivery_status="delivered")
    entries = checklist_for(policy, "not_received", delivered)
    assert not is_complete(entries)
    assert next(e for e in entries if e.item.id == "carrier_statement").missing_required


@pytest.mark.parametrize("reason", ["not_as_described", "poor_quality", "not_working",
                                    "damaged", "wrong_item", "missing_parts", "short_quantity",
                                    "empty_parcel", "counterfeit"])
def test_every_received_reason_can_be_completed(policy: Policy, reason: str) -> None:
    assert not is_complete(checklist_for(policy, reason, ORDER))
    files = tuple(ev(item.accepts[0], item.id) for item in policy.checklist(reason))
    assert is_complete(checklist_for(policy, reason, replace(ORDER, evidence=files)))


def test_findings_carry_the_policy_text_and_sort_blocking_first(policy: Policy) -> None:
    warn = make_finding(policy, "retaliation", subject="revenge")
    block = make_finding(policy, "duplicate_dispute", detail="See dispute D-1.")
    assert block.message.endswith("See dispute D-1.")
    assert block.source.startswith("AliExpress Rules and Terms of Use")
    assert sort_findings([warn, block]) == [block, warn]
    assert any_blocks([warn, block]) and not any_blocks([warn])
    assert warn.to_json() == {"rule": "retaliation", "severity": "warn",
                              "message": warn.message, "source": warn.source,
                              "subject": "revenge", "fix": warn.fix, "spans": []}
    assert warn.fix is not None and "“revenge”" in warn.fix


@pytest.mark.parametrize("reason", ["not_received", "returned_to_sender", "held_at_customs"])
def test_not_received_reasons_need_no_files_but_take_them(policy: Policy, reason: str) -> None:
    assert is_complete(checklist_for(policy, reason, ORDER))
    files = tuple(ev(item.accepts[0], item.id) for item in policy.checklist(reason))
    entries = checklist_for(policy, reason, replace(ORDER, evidence=files))
    assert all(e.done for e in entries if e.applies)


def test_a_reasons_checklist_covers_every_reason(policy: Policy) -> None:
    assert set(policy.checklists) == set(policy.reasons)
    for reason in policy.reasons.values():
        required = [i for i in policy.checklist(reason.id) if i.required and i.when is None]
        own = any(set(i.accepts) & {"own_photo", "own_video"} for i in required)
        assert own == reason.received, reason.id


def test_own_kinds_need_matching_content_and_captures_may_be_pdfs(policy: Policy) -> None:
    from aliassist.domain.checklist import content_problem, guess_kind

    assert content_problem(policy, "own_photo", "image/jpeg") is None
    assert "a PDF document" in content_problem(policy, "own_photo", "application/pdf")
    assert content_problem(policy, "own_video", "image/png") is not None
    assert content_problem(policy, "listing_capture", "application/pdf") is None
    assert content_problem(policy, "document", None) is None
    assert guess_kind(policy, "video/mp4") == "own_video"
    assert guess_kind(policy, "application/pdf") == "document"
    assert guess_kind(policy, "image/png", ("listing_capture",)) == "listing_capture"
    assert guess_kind(policy, "application/pdf", ("own_photo", "own_video")) is None


def test_checklist_items_are_found_by_id_within_a_reason(policy: Policy) -> None:
    from aliassist.domain.checklist import checklist_item
    from aliassist.errors import UserError

    assert checklist_item(policy, "fault_video").accepts == ("own_video",)
    assert checklist_item(policy, "damage_photos", "damaged").required
    with pytest.raises(UserError, match="not an item of the damaged checklist"):
        checklist_item(policy, "fault_video", "damaged")


@pytest.mark.parametrize(("kind", "mime", "problem"), [
    ("own_photo", "image/heic", None),
    ("own_photo", "video/mp4", "the content is an MP4 video, which cannot be “my photo of what i "
                               "received” (own_photo)"),
    ("own_photo", None, "the content is not a kind of file the app recognises (no image, video "
                        "or PDF), which cannot be “my photo of what i received” (own_photo)"),
    ("own_video", "video/webm", None),
    ("own_video", "image/jpeg", "the content is a JPEG image, which cannot be “my video” "
                                "(own_video)"),
    ("listing_capture", "image/png", None),
    ("listing_capture", "video/mp4", None),  # a screen recording of the listing
    ("listing_capture", "application/pdf", None),
    ("chat_capture", "text/plain", "the content is plain text, which cannot be “capture of the "
                                   "chat with the seller” (chat_capture)"),
    ("document", "text/plain", None),
    ("document", None, None),
])
def test_what_content_each_kind_takes(policy: Policy, kind: str, mime: str | None,
                                      problem: str | None) -> None:
    assert content_problem(policy, kind, mime) == problem


def test_a_recording_kind_of_an_edited_policy_takes_only_videos(policy: Policy) -> None:
    kinds = dict(policy.evidence_kinds)
    kinds["screen_recording"] = replace(kinds["own_video"], id="screen_recording",
                                        label="Screen recording")
    edited = replace(policy, evidence_kinds=kinds)
    assert content_problem(edited, "screen_recording", "video/mp4") is None
    assert content_problem(edited, "screen_recording", "image/png") == (
        "the content is a PNG image, which cannot be “screen recording” (screen_recording)")


@pytest.mark.parametrize(("mime", "accepts", "kind"), [
    ("image/png", (), "own_photo"),
    ("video/mp4", (), "own_video"),
    ("application/pdf", (), "document"),
    (None, (), "document"),
    ("image/png", ("listing_capture", "own_photo"), "listing_capture"),
    ("application/pdf", ("own_photo", "own_video"), None),
    ("image/png", ("no_such_kind", "own_photo"), "own_photo"),
])
def test_the_kind_a_file_most_likely_is(policy: Policy, mime: str | None,
                                        accepts: tuple[str, ...], kind: str | None) -> None:
    assert guess_kind(policy, mime, accepts) == kind


def test_an_unknown_checklist_item_lists_the_known_ones(policy: Policy) -> None:
    with pytest.raises(UserError) as raised:
        checklist_item(policy, "nope", "damaged")
    assert raised.value.message == ("'nope' is not an item of the damaged checklist; items: "
                                    "damage_photos, parcel_photos, post_office_report")
    with pytest.raises(UserError) as raised:
        checklist_item(policy, "nope")
    assert raised.value.message.startswith("'nope' is not an item of any checklist; items: "
                                           "authenticity, carrier_statement, contents_photo, ")


def test_a_finding_without_detail_is_the_rules_own_message(policy: Policy) -> None:
    rule = policy.rule("prior_refund")
    plain = make_finding(policy, "prior_refund")
    assert (plain.message, plain.title, plain.subject) == (rule.message, rule.title, None)
    assert make_finding(policy, "prior_refund", detail="").message == rule.message
    assert make_finding(policy, "prior_refund", detail="Paid back.").message == (
        f"{rule.message} Paid back.")


def test_a_file_tagged_for_an_item_of_another_checklist_fills_this_one_by_kind(
        policy: Policy) -> None:
    # tagged for a not-received item: under not_as_described it counts as an own photo
    order = replace(ORDER, evidence=(ev("own_photo", "carrier_statement", name="front.jpg"),
                                     ev("listing_capture")))
    entries = {e.item.id: e for e in checklist_for(policy, "not_as_described", order)}
    assert [f.name for _, f in entries["item_photos"].files] == ["front.jpg"]
    assert is_complete(list(entries.values()))


def test_a_findings_fix_names_what_was_found_or_it(policy: Policy) -> None:
    found = make_finding(policy, "review_threat", subject="1 star")
    assert found.fix == policy.rule("review_threat").fix.replace("{found}", "1 star")
    unnamed = make_finding(policy, "review_threat")
    assert unnamed.fix is not None and unnamed.fix.startswith("Take out “it”:")
    assert make_finding(policy, "prior_refund").fix is None  # the rule has no fix to offer


def test_a_finding_links_to_where_its_rule_can_be_read(policy: Policy) -> None:
    rule = policy.rule("review_threat")
    assert make_finding(policy, "review_threat").source_url == policy.sources[rule.source].url
    assert make_finding(policy, "review_threat").source_url is not None
