"""What a record must be before it is stored: each wrong field named, with what is wrong, and
the order numbers a spreadsheet has mangled told apart from real ones, at each threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from aliassist.domain.policy import Policy
from aliassist.domain.records import Dispute, Evidence, Extension, Item, Order, Payment
from aliassist.domain.validate import (
    check_order_number,
    keeps_long_digits,
    validate_order,
    zeroed_tail,
)
from aliassist.errors import UserError

GOOD = Order("8187000000000001", placed_at=datetime(2026, 1, 5, tzinfo=UTC), amount=2000,
             currency="USD", items=(Item("Dress", price=2000),))
PHOTO = Evidence("own_photo", "a" * 64, "photo.jpg", 1)


def refused(order: Order, policy: Policy, where: str = "") -> UserError:
    with pytest.raises(UserError) as raised:
        validate_order(order, policy, where)
    return raised.value


BAD_FIELDS = [
    # what is wrong, the order, where, the message
    ("delivery status", {"delivery_status": "arrived"}, "delivery_status",
     "unknown delivery status 'arrived'; expected one of not_shipped, in_transit, delivered, "
     "returned, lost"),
    ("no protection", {"protection_days": 0}, "protection_days",
     "protection must last at least 1 day"),
    ("an amount without currency", {"currency": None}, "currency",
     "an amount needs its currency (USD, EUR, ...)"),
    ("an extension of 0 days", {"extensions": (Extension(2), Extension(0))},
     "extensions[1].days", "an extension adds at least 1 day"),
    ("no quantity", {"items": (Item("Dress", quantity=0),)}, "items[0].quantity",
     "quantity must be at least 1"),
    ("a dispute's reason", {"disputes": (Dispute("revenge"),)}, "disputes[0].reason", None),
    ("a dispute's status", {"disputes": (Dispute("damaged", "won"),)}, "disputes[0].status",
     "unknown status 'won'; expected one of open, seller_responded, escalated, "
     "return_requested, return_shipped, refunded, rejected, cancelled, closed"),
    ("a dispute's remedy", {"disputes": (Dispute("damaged", remedy="gift"),)},
     "disputes[0].remedy", None),
    ("a dispute's item past the last", {"disputes": (Dispute("damaged", item=1),)},
     "disputes[0].item", "item 1 does not exist (the order has 1 items, counted from 0)"),
    ("a dispute's item below 0", {"disputes": (Dispute("damaged", item=-1),)},
     "disputes[0].item", "item -1 does not exist (the order has 1 items, counted from 0)"),
    ("a refund amount without currency", {"amount": None, "currency": None, "disputes": (
        Dispute("damaged", refund_amount=500),)}, "currency",
     "a refund amount needs the order's currency"),
    ("a payment's kind", {"payments": (Payment("gift"),)}, "payments[0].kind",
     "unknown payment kind 'gift'; expected one of refund, partial_refund, chargeback, "
     "provider_claim"),
    ("a payment amount without currency", {"amount": None, "currency": None, "payments": (
        Payment("refund", 500),)}, "currency", "a payment amount needs the order's currency"),
    ("an evidence kind", {"evidence": (replace(PHOTO, kind="selfie"),)}, "evidence[0].kind",
     None),
    ("evidence of a dispute past the last", {"evidence": (replace(PHOTO, dispute=0),)},
     "evidence[0].dispute", "dispute 0 does not exist (the order has 0 disputes, counted from 0)"),
    ("evidence of a dispute below 0", {"disputes": (Dispute("damaged"),), "evidence": (
        replace(PHOTO, dispute=-1),)}, "evidence[0].dispute",
     "dispute -1 does not exist (the order has 1 disputes, counted from 0)"),
    ("a checklist item", {"evidence": (replace(PHOTO, checklist="selfie"),)},
     "evidence[0].checklist", "unknown checklist item 'selfie'"),
]


@pytest.mark.parametrize(("what", "fields", "where", "message"), BAD_FIELDS,
                         ids=[row[0] for row in BAD_FIELDS])
def test_each_wrong_field_is_named_with_what_is_wrong(policy: Policy, what: str, fields: dict,
                                                      where: str, message: str | None) -> None:
    error = refused(replace(GOOD, **fields), policy)
    assert error.where == where
    if message is not None:
        assert error.message == message
    assert refused(replace(GOOD, **fields), policy, "orders[3].").where == f"orders[3].{where}"


@pytest.mark.parametrize(("field", "value", "listed"), [
    ("reason", Dispute("revenge"), "policy.reasons"),
    ("remedy", Dispute("damaged", remedy="gift"), "policy.remedies"),
])
def test_unknown_policy_ids_list_the_valid_ones(policy: Policy, field: str, value: Dispute,
                                                listed: str) -> None:
    error = refused(replace(GOOD, disputes=(value,)), policy)
    known = policy.reasons if field == "reason" else policy.remedies
    assert error.message.endswith(", ".join(known))
    assert repr(getattr(value, field)) in error.message


def test_an_unknown_evidence_kind_lists_the_valid_ones(policy: Policy) -> None:
    error = refused(replace(GOOD, evidence=(replace(PHOTO, kind="selfie"),)), policy)
    assert error.message == (f"unknown evidence kind 'selfie'; expected one of "
                             f"{', '.join(policy.evidence_kinds)}")


def test_a_good_order_with_every_part_passes(policy: Policy) -> None:
    item = next(iter(policy.checklists.values()))[0].id
    validate_order(replace(
        GOOD, delivery_status="delivered", protection_days=1, extensions=(Extension(1),),
        items=(Item("Dress", quantity=1, price=2000), Item("Belt", quantity=1_000)),
        disputes=(Dispute("damaged", "open", 1, remedy="full_refund", refund_amount=500),),
        payments=(Payment("partial_refund", 100),),
        evidence=(replace(PHOTO, dispute=0, checklist=item),)), policy)
    validate_order(replace(GOOD, amount=None, currency=None), policy)


# ---------------------------------------------------------------------------------------------
# Order numbers

NUMBERS = [
    # the number as given, accepted as
    ("818700", "818700"),  # 6 digits: the shortest
    ("  8187000000000001 ", "8187000000000001"),
    ("8" * 30, "8" * 30),  # 30 digits: the longest
    ("818700000000000", "818700000000000"),  # 15 digits, zeros and all: nothing was cut
    ("8187000000000010", "8187000000000010"),  # 16 digits ending in 1 zero: kept
    ("81870000000001000", "81870000000001000"),  # 3 zeros at the end: kept
]


@pytest.mark.parametrize(("number", "kept"), NUMBERS)
def test_order_numbers_that_are_kept(number: str, kept: str) -> None:
    assert check_order_number(number) == kept


REFUSED_NUMBERS = [
    # the number as given, why
    ("81870", "is not an AliExpress order number (digits only)"),  # 5 digits
    ("8" * 31, "is not an AliExpress order number (digits only)"),
    ("8187-0001", "is not an AliExpress order number (digits only)"),
    ("8.187E+15", "was turned into scientific notation by a spreadsheet"),
    ("8,187e15", "was turned into scientific notation by a spreadsheet"),
    ("81870000000010000", "ends in 4 zeros: a spreadsheet kept only its first digits"),
    ("8187000000000000000", "ends in 15 zeros: a spreadsheet kept only its first digits"),
    ("", "the order number is missing"),
    ("   ", "the order number is missing"),
]


@pytest.mark.parametrize(("number", "why"), REFUSED_NUMBERS)
def test_order_numbers_that_are_refused(number: str, why: str) -> None:
    with pytest.raises(UserError, match=why.replace("(", r"\(").replace(")", r"\)")) as raised:
        check_order_number(number, where="orders[0].number")
    assert raised.value.where == "orders[0].number"


def test_numbers_as_numbers_are_refused_with_a_hint() -> None:
    for value in (8187000000000001, 8.187e15):
        with pytest.raises(UserError, match="is a number, not text") as raised:
            check_order_number(value)
        assert raised.value.hint == 'write it in quotes, as "8187000000000001"'
    with pytest.raises(UserError, match="missing"):
        check_order_number(None)


def test_a_file_known_to_have_been_in_a_spreadsheet_refuses_any_zeroed_tail() -> None:
    three_zeros = "81870000000001000"
    assert check_order_number(three_zeros, cut_to_15_digits=False) == three_zeros
    with pytest.raises(UserError, match="ends in zeros past its 15th digit") as raised:
        check_order_number(three_zeros, cut_to_15_digits=True)
    assert raised.value.hint.startswith("export again with the column formatted as text")
    # a number whose 16th digit and on are not all zero was not cut
    assert check_order_number("81870000000001001", cut_to_15_digits=True) == "81870000000001001"
    assert check_order_number("818700000000000", cut_to_15_digits=True) == "818700000000000"


@pytest.mark.parametrize(("number", "zeroed", "kept"), [
    ("818700000000000", False, False),  # 15 digits: nothing past the 15th
    ("8187000000000000", True, False),  # 16 digits, the 16th is 0
    ("8187000000000001", False, True),
    ("81870000000000010", False, True),
    ("818700000000000A", False, False),  # not digits
])
def test_what_a_spreadsheet_does_to_the_16th_digit(number: str, zeroed: bool,
                                                   kept: bool) -> None:
    assert zeroed_tail(number) is zeroed
    assert keeps_long_digits(number) is kept


def test_other_platforms_take_any_number_without_spaces_up_to_64_characters() -> None:
    assert check_order_number("TM-2026-001", "temu") == "TM-2026-001"
    assert check_order_number("A" * 64, "temu") == "A" * 64
    for bad in ("A" * 65, "TM 2026"):
        with pytest.raises(UserError, match="is not an order number"):
            check_order_number(bad, "temu")


ORDER_NUMBER_MESSAGES = [
    # the cell, the platform, what the buyer is told, the hint
    (8187000000000001, "aliexpress",
     "the order number 8187000000000001 is a number, not text; long order numbers lose digits "
     "as numbers", 'write it in quotes, as "8187000000000001"'),
    (True, "aliexpress", "the order number is missing", None),
    ("8.187E+15", "temu",
     "the order number '8.187E+15' was turned into scientific notation by a spreadsheet and "
     "has lost its last digits", "export again with the column formatted as text"),
    ("TM..1", "aliexpress", "'TM..1' is not an AliExpress order number (digits only)", None),
    ("81870000000010000", "temu",
     "the order number 81870000000010000 ends in 4 zeros: a spreadsheet kept only its first "
     "digits and zeroed the rest, so it is no longer the real number",
     "export again with the column formatted as text; if the number really is right, add the "
     "order by hand"),
    ("TM..1", "temu",
     "'TM..1' is not an order number (letters, digits and - _ . # + only, at most 64)", None),
    ("A" * 65, "temu",
     f"{'A' * 64!r} is not an order number (letters, digits and - _ . # + only, at most 64)",
     None),
]


@pytest.mark.parametrize(("cell", "platform", "message", "hint"), ORDER_NUMBER_MESSAGES,
                         ids=[str(row[0])[:20] + " " + row[1] for row in ORDER_NUMBER_MESSAGES])
def test_an_order_number_that_is_refused_says_why(cell: object, platform: str, message: str,
                                                  hint: str | None) -> None:
    with pytest.raises(UserError) as raised:
        check_order_number(cell, platform, where="orders[2].number")
    assert (raised.value.message, raised.value.hint) == (message, hint)
    assert raised.value.where == "orders[2].number"


def test_a_zeroed_tail_in_a_spreadsheet_file_says_so() -> None:
    with pytest.raises(UserError) as raised:
        check_order_number("81870000000001000", cut_to_15_digits=True)
    assert raised.value.message == (
        "the order number 81870000000001000 ends in zeros past its 15th digit, as does every "
        "long order number in this file: a spreadsheet kept only its first digits and zeroed "
        "the rest, so it is no longer the real number")


def test_control_characters_in_a_refused_number_are_shown_not_sent() -> None:
    with pytest.raises(UserError) as raised:
        check_order_number("TM\x1b[2J", "temu")
    assert "\x1b" not in raised.value.message and "x1b[2J" in raised.value.message


def test_a_wrong_order_number_is_named_where_the_order_is(policy: Policy) -> None:
    assert refused(replace(GOOD, number="81870"), policy, "orders[3].").where == (
        "orders[3].number")
    assert refused(replace(GOOD, assignee=" Anna"), policy).where == "assignee"
    assert refused(replace(GOOD, assignee=" Anna"), policy).message == (
        "a name is one line without surrounding spaces")
    assert refused(replace(GOOD, assignee=" "), policy).message == (
        "a name cannot be empty (to assign the order to nobody, leave it out)")


def test_a_refused_number_is_named_as_the_number_by_default() -> None:
    with pytest.raises(UserError) as raised:
        check_order_number("81870")
    assert raised.value.where == "number"


ASSIGNEES = [
    # the name an order is assigned to, why it cannot be (None: it can)
    ("Anna Berg", None),  # a space inside a name is fine
    ("A" * 100, None),
    ("A" * 101, "a name has at most 100 characters, not 101"),
    ("Anna\nBerg", "a name is one line without surrounding spaces"),
    ("Anna\x1fBerg", "a name is one line without surrounding spaces"),
    ("Anna\x7f", "a name is one line without surrounding spaces"),
    ("Anna~", None),  # the last printable character before DEL
]


@pytest.mark.parametrize(("name", "problem"), ASSIGNEES,
                         ids=["a space inside", "100 characters", "101 characters",
                              "a line feed", "a control character", "DEL", "a tilde"])
def test_an_assignee_is_one_line_of_at_most_100_characters(policy: Policy, name: str,
                                                          problem: str | None) -> None:
    order = replace(GOOD, assignee=name)
    if problem is None:
        validate_order(order, policy)
        return
    assert refused(order, policy).message == problem
