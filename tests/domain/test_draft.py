"""The drafted description: built from the order's facts and the buyer's words, within the
form's limit, and clean under the pre-check's own text rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.draft import Draft, draft_description
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


SHIPPED_ORDER = "Order 8187000000000001, placed on 2026-10-12. Shipped on 2026-10-14. "
ALL_FILES = ("Attached: 2 photos of the item, 1 video of the item, 1 capture of the listing, 1 "
             "capture of the tracking, 1 capture of the chat with the seller and 1 document.")


@pytest.mark.parametrize(("item", "remedy", "middle", "end"), [
    (None, "return_and_refund", "All 2 items of the order.",
     " I ask for a refund, and I am ready to return the item."),
    (0, "partial_refund", "Item: Summer dress, red (Size M).", " I ask for a partial refund."),
    (1, None, "Item: item 2, quantity 2.", ""),
    (7, "full_refund", "All 2 items of the order.", " I ask for a full refund."),
])
def test_the_whole_draft_word_for_word(policy: Policy, item: int | None, remedy: str | None,
                                       middle: str, end: str) -> None:
    many = replace(CLEAN, items=(*CLEAN.items, Item("", None, None, 2, 300)), amount=2600,
                   evidence=(*(Evidence(kind, "a" * 64, "f", 1) for kind in policy.evidence_kinds),
                             Evidence("own_photo", "b" * 64, "g", 1),
                             Evidence("own_photo", "c" * 64, "h", 1, dispute=0)))
    plan = PlannedDispute("damaged", item, remedy, None, "Broken zip")
    assert draft_description(policy, many, plan, BERLIN).text == (
        f"{SHIPPED_ORDER}{middle} Problem: damaged. Tracking number LP00123456789 (Cainiao). "
        f"Broken zip. {ALL_FILES}{end}")


@pytest.mark.parametrize(("fields", "tracking"), [
    ({"carrier": None, "delivery_status": "delivered", "delivered_at": None},
     "Tracking number LP00123456789: tracking says delivered, but the parcel was not handed "
     "to me."),
    ({"carrier": None, "tracking_status": None}, "Tracking number LP00123456789."),
    ({"tracking_status": "Held", "tracking_updated_at": None},
     "Tracking number LP00123456789 (Cainiao): the last tracking event is “Held”."),
])
def test_what_tracking_shows_word_for_word(policy: Policy, fields: dict, tracking: str) -> None:
    plan = PlannedDispute("not_received", None, "full_refund", None, None)
    assert draft_description(policy, replace(CLEAN, **fields), plan, BERLIN).text == (
        f"{SHIPPED_ORDER}Item: Summer dress, red (Size M). Problem: item not received. "
        f"{tracking} Attached: 1 photo of the item and 1 capture of the listing. "
        "I ask for a full refund.")


def test_a_bare_draft_keeps_the_buyers_own_ending(policy: Policy) -> None:
    bare = replace(CLEAN, items=(), tracking_number=None, shipped_at=None, evidence=())
    plan = PlannedDispute(None, None, None, None, "  two   words! ")
    assert draft_description(policy, bare, plan, BERLIN).text == (
        "Order 8187000000000001, placed on 2026-10-12. two words!")


def test_a_draft_of_exactly_the_limit_keeps_every_fact(policy: Policy) -> None:
    full = draft_description(policy, CLEAN, PLAN, BERLIN).text

    def at_limit(limit: int) -> Draft:
        edited = replace(policy, limits=replace(policy.limits, description_max_chars=limit))
        return draft_description(edited, CLEAN, PLAN, BERLIN)

    assert at_limit(len(full)) == Draft(full, False, 0)
    one_less = at_limit(len(full) - 1)
    assert one_less.left_out == 1 and not one_less.clipped
    assert one_less.text == full.replace(
        " Attached: 1 photo of the item and 1 capture of the listing.", "")
    # with only what must stay left, the buyer's words are cut to fit, ending in "…"
    must = (f"Order {CLEAN.number}, placed on 2026-10-12. Problem: not as described. ")
    tight = at_limit(len(must) + 21)
    assert tight == Draft(must + PLAN.description[:20] + "…", True, 5)
    assert len(tight.text) == len(must) + 21
    # room for no word of the buyer's: the ellipsis alone says they were cut
    assert at_limit(len(must) + 1) == Draft(must + "…", True, 5)


KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14: the order date is a day later there


@pytest.mark.parametrize(("order", "plan", "part"), [
    (CLEAN, PLAN, "placed on 2026-10-12. Shipped on 2026-10-14."),
    (replace(CLEAN, items=(*CLEAN.items, Item("Belt", None, None, 1, 300))),
     replace(PLAN, item=2), "All 2 items of the order."),  # no item 3: the whole order
    (CLEAN, replace(PLAN, description="The label says 3X"), "The label says 3X. Attached:"),
    (replace(CLEAN, evidence=CLEAN.evidence[:1]), PLAN, "Attached: 1 photo of the item. I ask"),
    (replace(CLEAN, currency="EUR"), replace(PLAN, remedy="partial_refund", refund_amount=1250),
     "I ask for a partial refund of 12.50 EUR."),
    (replace(CLEAN, delivery_status="delivered", delivered_at=NOW - timedelta(days=3),
             delivered_estimate="tracking_update"),
     PlannedDispute("not_received", None, "full_refund", None, None),
     "tracking says delivered around 2026-11-18, but the parcel was not handed to me."),
])
def test_a_draft_part_word_for_word(policy: Policy, order: object, plan: PlannedDispute,
                                    part: str) -> None:
    assert part in draft_description(policy, order, plan, BERLIN).text  # type: ignore[arg-type]


def test_the_draft_gives_dates_with_a_time_in_the_buyers_zone(policy: Policy) -> None:
    text = draft_description(policy, CLEAN, PLAN, KIRITIMATI).text
    assert text.startswith(f"Order {CLEAN.number}, placed on 2026-10-13. Shipped on 2026-10-15.")


@pytest.mark.parametrize("pad", range(6))
def test_clipped_words_end_in_an_ellipsis_right_after_a_word(policy: Policy, pad: int) -> None:
    limit = policy.limits.description_max_chars
    words = "x" * pad + " ab" * limit  # wherever the cut falls, a space or a letter
    draft = draft_description(policy, CLEAN, replace(PLAN, description=words), BERLIN)
    assert draft.clipped
    assert draft.text[-2:] in ("a…", "b…")
    assert limit - 1 <= len(draft.text) <= limit


def test_facts_alone_longer_than_the_form_are_cut_to_its_limit(policy: Policy) -> None:
    limit = policy.limits.description_max_chars
    order = replace(CLEAN, number="8" * limit)
    draft = draft_description(policy, order, replace(PLAN, description=None), BERLIN)
    assert draft.text == f"Order {'8' * (limit - 7)}…"
    assert len(draft.text) == limit
    # cut right after the number's comma: no space before the "…"
    order = replace(CLEAN, number="8" * (limit - 9))
    draft = draft_description(policy, order, replace(PLAN, description=None), BERLIN)
    assert draft.text == f"Order {'8' * (limit - 9)},…"
