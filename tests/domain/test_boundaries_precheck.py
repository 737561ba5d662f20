"""Each pre-check rule at its threshold (DOMAIN.md sections 3 and 6): the case exactly at it,
and one step (a second, a cent, a character, a day of extension) on either side.

A dispute is judged at `now`, or, once recorded, at the instant it was opened: both ways are
checked, so a boundary cannot move in one of them only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.dates import deadline_text
from aliassist.domain.policy import Policy
from aliassist.domain.precheck import (
    PlannedDispute,
    check_message,
    concrete_chars,
    precheck,
    refund_limit,
)
from aliassist.domain.records import Dispute, Extension, Item, Order, Payment
from aliassist.domain.validate import validate_order
from aliassist.errors import UserError
from tests.domain.given import AROUND, AROUND_IDS, SECOND, given, utc
from tests.domain.test_precheck import CLEAN, HONEST, PLAN

BERLIN = ZoneInfo("Europe/Berlin")


def findings(policy: Policy, order: Order, at: datetime, plan: PlannedDispute = PLAN,
             judged: str = "now") -> list[str]:
    """The rules raised about `plan` on `order` at `at`: checked at that `now`, or as a
    dispute recorded as opened at that instant (judged against what came before it)."""
    if judged == "now":
        return [f.rule for f in precheck(policy, order, plan, at.astimezone(BERLIN))]
    recorded = Dispute(plan.reason or "", "open", plan.item, opened_at=at)
    order = replace(order, disputes=(*order.disputes, recorded))
    later = at + timedelta(days=400)  # long after: only the opening instant may count
    return [f.rule for f in precheck(policy, order, plan, later,
                                     existing=len(order.disputes) - 1)]


JUDGED = ("now", "recorded")

# ---------------------------------------------------------------------------------------------
# window_closed: now >= dispute deadline

WINDOW_CLOSES = [
    # the order as given, the instant the dispute window closes (UTC)
    ("protection ended, a date", given("Asia/Shanghai", base=CLEAN, shipped_at="2026-01-07"),
     "2026-04-21T16:00:00Z"),
    ("protection ended, an instant",
     given("America/New_York", base=CLEAN, shipped_at="2026-01-07T10:00:00"),
     "2026-04-22T15:00:00Z"),
    ("receipt confirmed, a date",
     given("Asia/Shanghai", base=CLEAN, shipped_at="2026-01-07", confirmed_at="2026-02-10"),
     "2026-02-24T16:00:00Z"),
    ("receipt confirmed, an instant",
     given("America/New_York", base=CLEAN, shipped_at="2026-01-07",
           confirmed_at="2026-02-10T09:30:00"), "2026-02-25T14:30:00Z"),
    ("the order page's end plus an extension",
     given("Asia/Shanghai", base=CLEAN, protection_ends_at="2026-03-03",
           extensions=(Extension(5),)), "2026-03-22T16:00:00Z"),
]


@pytest.mark.parametrize("judged", JUDGED)
@pytest.mark.parametrize("shift", AROUND, ids=AROUND_IDS)
@pytest.mark.parametrize(("how", "order", "closes"), WINDOW_CLOSES,
                         ids=[row[0] for row in WINDOW_CLOSES])
def test_the_window_closes_at_the_dispute_deadline(policy: Policy, how: str, order: Order,
                                                   closes: str, shift: timedelta,
                                                   judged: str) -> None:
    raised = findings(policy, order, utc(closes) + shift, judged=judged)
    assert ("window_closed" in raised) is (shift >= timedelta(0))


# ---------------------------------------------------------------------------------------------
# false_not_received: receipt confirmed at or before the moment of the check

NOT_RECEIVED = PlannedDispute("not_received", None, "full_refund", None,
                              "Tracking has not moved since 12 October; parcel never came.")


@pytest.mark.parametrize("judged", JUDGED)
@pytest.mark.parametrize(("confirmed", "blocks"), [
    (-SECOND, True),
    (timedelta(0), True),  # confirmed exactly at the moment of the check counts as confirmed
    (SECOND, False),  # confirmed after it: not yet confirmed then
])
def test_receipt_confirmed_at_the_moment_of_the_check_counts(policy: Policy, judged: str,
                                                             confirmed: timedelta,
                                                             blocks: bool) -> None:
    at = utc("2026-02-10T08:00:00Z")
    order = given("Asia/Shanghai", base=CLEAN, shipped_at="2026-01-07",
                  confirmed_at=at + confirmed, delivery_status="in_transit")
    raised = findings(policy, order, at, NOT_RECEIVED, judged)
    assert ("false_not_received" in raised) is blocks


# ---------------------------------------------------------------------------------------------
# Payments: every one made up to the moment of the check, and every one with no date

PAYMENTS = [
    # kind, when it was made relative to the check (None: no date), the rule it raises
    ("refund", None, "prior_refund"),
    ("refund", -SECOND, "prior_refund"),
    ("refund", timedelta(0), "prior_refund"),
    ("refund", SECOND, None),
    ("chargeback", None, "prior_chargeback"),
    ("chargeback", timedelta(0), "prior_chargeback"),
    ("chargeback", SECOND, None),
    ("provider_claim", None, "prior_chargeback"),
    ("provider_claim", timedelta(0), "prior_chargeback"),
    ("provider_claim", SECOND, None),
    ("partial_refund", None, "partial_refund_received"),
    ("partial_refund", timedelta(0), "partial_refund_received"),
    ("partial_refund", SECOND, None),
]
PAYMENT_RULES = {"prior_refund", "prior_chargeback", "partial_refund_received"}


@pytest.mark.parametrize("judged", JUDGED)
@pytest.mark.parametrize(("kind", "made", "rule"), PAYMENTS)
def test_payments_count_up_to_the_check_and_without_a_date(policy: Policy, judged: str,
                                                           kind: str, made: timedelta | None,
                                                           rule: str | None) -> None:
    at = CLEAN.shipped_at + timedelta(days=10)
    payment = Payment(kind, 500, None if made is None else at + made, "PayPal")
    raised = findings(policy, replace(CLEAN, payments=(payment,)), at, judged=judged)
    assert [r for r in raised if r in PAYMENT_RULES] == ([rule] if rule else [])


@pytest.mark.parametrize("judged", JUDGED)
@pytest.mark.parametrize(("refunds", "full"), [
    ((1500, 500), True),  # add up to the 2000 paid: a full refund
    ((1500, 499), False),
    ((1500, 501), True),
    ((2000,), True),
    ((1999,), False),
], ids=["exactly what was paid", "a cent less", "a cent more", "one of the whole price",
        "one a cent short"])
def test_partial_refunds_that_add_up_to_what_was_paid_are_a_full_refund(
        policy: Policy, judged: str, refunds: tuple[int, ...], full: bool) -> None:
    at = CLEAN.shipped_at + timedelta(days=10)
    payments = tuple(Payment("partial_refund", amount, at - timedelta(days=n))
                     for n, amount in enumerate(refunds))
    raised = findings(policy, replace(CLEAN, payments=payments), at, judged=judged)
    assert ("prior_refund" in raised) is full
    assert "partial_refund_received" in raised
    # the last one only comes a second after the check: it does not count yet
    late = (*payments[:-1], replace(payments[-1], at=at + SECOND))
    assert "prior_refund" not in findings(policy, replace(CLEAN, payments=late), at,
                                          judged=judged)


# ---------------------------------------------------------------------------------------------
# refund_exceeds_paid: asked > paid less the refunds received

PARTIAL = replace(PLAN, remedy="partial_refund")
TWO_ITEMS = replace(CLEAN, amount=2000, items=(Item("Dress", price=1200), Item("Belt",
                                                                                price=800)))

REFUND_LIMITS = [
    # what the order says, refunds received (amount, when: None = no date), item, asked, blocks
    ("asked what was paid", CLEAN, (), None, 2000, False),
    ("a cent more than was paid", CLEAN, (), None, 2001, True),
    ("paid less a refund", CLEAN, ((500, -SECOND),), None, 1500, False),
    ("a cent more than paid less a refund", CLEAN, ((500, -SECOND),), None, 1501, True),
    ("a refund made at the check counts", CLEAN, ((500, timedelta(0)),), None, 1501, True),
    ("a refund with no date counts", CLEAN, ((500, None),), None, 1501, True),
    ("a refund after the check does not", CLEAN, ((500, SECOND),), None, 2000, False),
    ("partial refunds that add up to the price", CLEAN, ((1500, None), (500, None)), None, 1,
     True),
    ("nothing asked when nothing is left", CLEAN, ((1500, None), (500, None)), None, 0, False),
    ("one item of several: its line", TWO_ITEMS, (), 1, 800, False),
    ("a cent over the item's line", TWO_ITEMS, (), 1, 801, True),
    ("the dearer item: its line", TWO_ITEMS, (), 0, 1200, False),
    ("a cent over the dearer item's line", TWO_ITEMS, (), 0, 1201, True),
    ("no amount: the sum of priced lines", replace(TWO_ITEMS, amount=None), (), None, 2001,
     True),
    ("no amount, the sum exactly", replace(TWO_ITEMS, amount=None), (), None, 2000, False),
    ("no amount and an unpriced line: unknown", replace(
        TWO_ITEMS, amount=None, items=(Item("Dress", price=1200), Item("Belt"))), (), None,
     99999, False),
]


@pytest.mark.parametrize("judged", JUDGED)
@pytest.mark.parametrize(("how", "order", "refunds", "item", "asked", "blocks"), REFUND_LIMITS,
                         ids=[row[0] for row in REFUND_LIMITS])
def test_a_refund_may_ask_up_to_what_was_paid(policy: Policy, how: str, order: Order,
                                              refunds: tuple, item: int | None, asked: int,
                                              blocks: bool, judged: str) -> None:
    at = CLEAN.shipped_at + timedelta(days=10)
    payments = tuple(Payment("partial_refund", amount, None if when is None else at + when)
                     for amount, when in refunds)
    plan = replace(PARTIAL, item=item, refund_amount=asked)
    raised = findings(policy, replace(order, payments=payments), at, plan, judged)
    assert ("refund_exceeds_paid" in raised) is blocks


def test_the_refund_limit_says_what_it_is() -> None:
    refunded = replace(CLEAN, payments=(Payment("partial_refund", 500),))
    assert refund_limit(CLEAN, None) == (2000, "paid")
    assert refund_limit(refunded, None) == (1500, "paid less refunds")
    assert refund_limit(TWO_ITEMS, 1) == (800, "this item's price")
    # the item's line only when it is below what is left; an unknown index is the whole order
    assert refund_limit(replace(TWO_ITEMS, payments=(Payment("refund", 1500),)), 0) == (
        500, "paid less refunds")
    assert refund_limit(TWO_ITEMS, 5) == (2000, "paid")
    assert refund_limit(replace(TWO_ITEMS, amount=None, items=(Item("Belt", price=800),)),
                        0) == (800, "paid")
    assert refund_limit(replace(CLEAN, amount=None, items=()), None) == (None, "")
    # one item: what was paid (shipping included), not the item's line
    assert refund_limit(replace(CLEAN, items=(Item("Dress", price=1800),)), 0) == (2000, "paid")
    # a line equal to what is left leaves the limit as it is; a line counts its quantity
    left_800 = replace(TWO_ITEMS, payments=(Payment("partial_refund", 1200),))
    assert refund_limit(left_800, 1) == (800, "paid less refunds")
    pairs = replace(TWO_ITEMS, items=(Item("Dress", price=600, quantity=2), Item("Belt",
                                                                               price=800)))
    assert refund_limit(pairs, 0) == (1200, "this item's price")
    # a line of several units above what was paid leaves the limit at what was paid
    dear_pair = replace(TWO_ITEMS, items=(Item("Dress", price=1200, quantity=2),
                                          Item("Belt", price=800)))
    assert refund_limit(dear_pair, 0) == (2000, "paid")
    # refunds after the moment asked about do not count; without a moment every one does
    late = replace(CLEAN, payments=(Payment("partial_refund", 500, CLEAN.shipped_at),))
    assert refund_limit(late, None, CLEAN.shipped_at - SECOND) == (2000, "paid")
    assert refund_limit(late, None) == (1500, "paid less refunds")


# ---------------------------------------------------------------------------------------------
# no_grounds and description_too_long: the policy's description lengths


def test_a_description_of_exactly_the_minimum_gives_grounds(policy: Policy) -> None:
    least = policy.limits.description_min_chars
    exact = "1005001234567890 20261103 4711"  # numbers: distinct words, whatever the language
    assert concrete_chars(exact) == least
    short = "1005001234567890 20261103 471"
    assert concrete_chars(short) == least - 1
    assert "no_grounds" not in findings(policy, CLEAN, utc("2026-01-20T00:00:00Z"),
                                        replace(PLAN, description=exact))
    assert "no_grounds" in findings(policy, CLEAN, utc("2026-01-20T00:00:00Z"),
                                    replace(PLAN, description=short))


@pytest.mark.parametrize(("extra", "too_long"), [(-1, False), (0, False), (1, True)])
def test_a_description_of_exactly_the_form_limit_fits(policy: Policy, extra: int,
                                                      too_long: bool) -> None:
    limit = policy.limits.description_max_chars
    text = (HONEST + " " + "x" * limit)[: limit + extra]
    raised = findings(policy, CLEAN, utc("2026-01-20T00:00:00Z"), replace(PLAN, description=text))
    assert ("description_too_long" in raised) is too_long


# ---------------------------------------------------------------------------------------------
# Extensions and protection days: at least 1 day


@pytest.mark.parametrize(("fields", "where"), [
    ({"extensions": (Extension(0),)}, "extensions[0].days"),
    ({"extensions": (Extension(3), Extension(-1))}, "extensions[1].days"),
    ({"protection_days": 0}, "protection_days"),
])
def test_an_extension_of_0_days_or_no_protection_is_refused(policy: Policy, fields: dict,
                                                            where: str) -> None:
    with pytest.raises(UserError) as raised:
        validate_order(replace(CLEAN, **fields), policy)
    assert raised.value.where == where


def test_an_extension_of_1_day_and_1_day_of_protection_are_kept(policy: Policy) -> None:
    validate_order(replace(CLEAN, extensions=(Extension(1),), protection_days=1), policy)


# ---------------------------------------------------------------------------------------------
# duplicate_dispute or reopened_dispute: a refund paid while the cancelled dispute ran

OPENED = CLEAN.shipped_at + timedelta(days=20)
CLOSED = OPENED + timedelta(days=2)


@pytest.mark.parametrize(("paid", "rule"), [
    (OPENED - SECOND, "reopened_dispute"),
    (OPENED, "duplicate_dispute"),
    (OPENED + SECOND, "duplicate_dispute"),
    (CLOSED - SECOND, "duplicate_dispute"),
    (CLOSED, "duplicate_dispute"),
    (CLOSED + SECOND, "reopened_dispute"),
    (None, "duplicate_dispute"),  # a refund with no date: the stricter reading
], ids=["1s before opening", "at opening", "1s after opening", "1s before closing",
        "at closing", "1s after closing", "no date"])
def test_a_refund_paid_while_a_cancelled_dispute_ran_makes_a_new_one_a_duplicate(
        policy: Policy, paid: datetime | None, rule: str) -> None:
    cancelled = Dispute("not_as_described", "cancelled", 0, opened_at=OPENED, closed_at=CLOSED)
    order = replace(CLEAN, disputes=(cancelled,), payments=(Payment("partial_refund", 300,
                                                                    paid),))
    raised = findings(policy, order, CLOSED + timedelta(days=2))
    assert [r for r in raised if r.endswith("_dispute")] == [rule]


@pytest.mark.parametrize(("missing", "refunds", "rule"), [
    ("opened_at", (Payment("partial_refund", 300, CLOSED + timedelta(days=1)),),
     "duplicate_dispute"),
    ("closed_at", (Payment("refund", 300, OPENED - timedelta(days=9)),), "duplicate_dispute"),
    ("closed_at", (Payment("chargeback", 300, OPENED),), "reopened_dispute"),
])
def test_without_both_instants_any_refund_counts(policy: Policy, missing: str,
                                                 refunds: tuple, rule: str) -> None:
    cancelled = replace(Dispute("not_as_described", "cancelled", 0, opened_at=OPENED,
                                closed_at=CLOSED), **{missing: None})
    order = replace(CLEAN, disputes=(cancelled,), payments=refunds)
    raised = findings(policy, order, CLOSED + timedelta(days=2))
    assert [r for r in raised if r.endswith("_dispute")] == [rule]


def test_a_recorded_dispute_without_an_opening_instant_is_judged_now(policy: Policy) -> None:
    closes = utc("2026-04-21T16:00:00Z")
    order = given("Asia/Shanghai", base=CLEAN, shipped_at="2026-01-07",
                  disputes=(Dispute("not_as_described", "open", 0),))
    for now, closed in [(closes - SECOND, False), (closes, True)]:
        raised = [f.rule for f in precheck(policy, order, PLAN, now, existing=0)]
        assert ("window_closed" in raised) is closed


def test_a_threat_is_review_threat_in_a_message_and_extortion_in_a_dispute(
        policy: Policy) -> None:
    threat = "If you do not refund me today I will leave a 1-star review."
    assert [f.rule for f in check_message(policy, f"Hello. {threat}")] == ["review_threat"]
    assert "extortion" in findings(policy, CLEAN, utc("2026-11-01T00:00:00Z"),
                                   replace(PLAN, description=f"{HONEST} {threat}"))


def test_findings_name_the_instant_and_the_dispute(policy: Policy) -> None:
    order = given("Asia/Shanghai", base=CLEAN, shipped_at="2026-01-07")
    [closed] = [f for f in precheck(policy, order, PLAN, utc("2026-04-21T16:00:00Z"))
                if f.rule == "window_closed"]
    assert closed.message.endswith(
        f" It closed on {deadline_text(utc('2026-04-21T16:00:00Z'))}.")  # in the buyer's time
    earlier = Dispute("not_as_described", "rejected", 0, platform_id="5001234")
    [dup] = [f for f in precheck(policy, replace(CLEAN, disputes=(earlier,)), PLAN,
                                 utc("2026-11-01T00:00:00Z")) if f.rule == "duplicate_dispute"]
    assert dup.subject == "1 (5001234)" and dup.message.endswith(
        " Dispute 1 (5001234) is rejected.")
    [dup] = [f for f in precheck(policy, replace(CLEAN, disputes=(replace(
        earlier, platform_id=None),)), PLAN, utc("2026-11-01T00:00:00Z"))
        if f.rule == "duplicate_dispute"]
    assert dup.subject == "1"
