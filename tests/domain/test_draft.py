"""The drafted description: built from the order's facts and the buyer's words, within the
form's limit, and clean under the pre-check's own text rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.draft import draft_description
from aliassist.domain.policy import Policy
from aliassist.domain.precheck import PlannedDispute, precheck, text_hits
from aliassist.domain.records import Evidence, Item
from tests.domain.test_precheck import CLEAN, NOW, PLAN

BERLIN = ZoneInfo("Europe/Berlin")


def test_the_draft_states_the_order_facts_and_the_buyers_words(policy: Policy) -> None:
    plan = replace(PLAN, remedy="partial_refund", refund_amount=750)
    draft = draft_description(policy, CLEAN, plan, BERLIN)
    text = draft.text
    assert text.startswith(f"Order {CLEAN.number}, placed on 2026-10-12.")
    assert "Shipped on 2026-10-14." in text
    assert "Item: Summer dress, red (Size M)." in text
    assert "Problem: not as described." in text
    assert PLAN.description in text
    assert "Tracking number LP00123456789 (Cainiao)." in text
    assert "Attached: 1 photo of the item and 1 capture of the listing." in text
    assert text.endswith("I ask for a partial refund of 7.50 USD.")
    assert not draft.clipped and draft.left_out == 0


def test_a_not_received_draft_tells_what_tracking_shows(policy: Policy) -> None:
    order = replace(CLEAN, tracking_status="Departed from sorting center",
                    tracking_updated_at=NOW - 30 * timedelta(days=1), evidence=())
    plan = PlannedDispute("not_received", None, "full_refund", None, None)
    text = draft_description(policy, order, plan, BERLIN).text
    assert "the last tracking event on 2026-10-22 is “Departed from sorting center”." in text
    delivered = replace(order, delivery_status="delivered", delivered_at=NOW - timedelta(days=3))
    text = draft_description(policy, delivered, plan, BERLIN).text
    assert "tracking says delivered on 2026-11-18, but the parcel was not handed to me." in text


def test_the_draft_fits_the_limit_dropping_minor_facts_first(policy: Policy) -> None:
    limit = policy.limits.description_max_chars
    words = "The seams are open on both sides and the zip is broken. " * 6
    plan = replace(PLAN, description=words.strip())
    draft = draft_description(policy, CLEAN, plan, BERLIN)
    assert len(draft.text) <= limit
    assert words.strip() in draft.text
    assert draft.left_out > 0 and not draft.clipped
    assert "Attached:" not in draft.text  # the least needed fact went first
    assert draft.text.startswith(f"Order {CLEAN.number}")


def test_words_longer_than_the_form_are_clipped_and_said_so(policy: Policy) -> None:
    limit = policy.limits.description_max_chars
    plan = replace(PLAN, description="x" * (limit * 2))
    draft = draft_description(policy, CLEAN, plan, BERLIN)
    assert len(draft.text) <= limit and draft.clipped
    assert "…" in draft.text


@pytest.mark.parametrize("remedy", [None, "full_refund", "partial_refund", "return_and_refund"])
def test_the_template_raises_no_text_finding_for_any_reason(policy: Policy,
                                                            remedy: str | None) -> None:
    many = replace(CLEAN, items=(*CLEAN.items, Item("Belt", None, "Black", 2, 300)),
                   amount=2600, tracking_status="Arrived at customs",
                   evidence=tuple(Evidence(kind, "a" * 64, "f", 1)
                                  for kind in policy.evidence_kinds))
    for reason in policy.reasons:
        for item in (None, 0, 1):
            plan = PlannedDispute(reason, item, remedy, 500 if remedy == "partial_refund"
                                  else None, None)
            text = draft_description(policy, many, plan, BERLIN).text
            assert text_hits(policy, text, "dispute") == [], text
            assert len(text) <= policy.limits.description_max_chars


def test_the_draft_itself_passes_the_precheck(policy: Policy) -> None:
    text = draft_description(policy, CLEAN, PLAN, BERLIN).text
    assert precheck(policy, CLEAN, replace(PLAN, description=text), NOW) == []
