"""Disputes on a real SQLite file: the pre-check reads the store (other accounts too), each
lifecycle step is one transaction that feeds the clocks and the next pre-check."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from aliassist.domain import records as rec
from aliassist.domain.precheck import PlannedDispute
from aliassist.errors import NotFoundError, UserError
from aliassist.services.context import AppContext
from aliassist.services.disputes import (
    DisputeBlockedError,
    check_dispute,
    check_recorded_dispute,
    dispute_views,
    file_dispute,
    find_order,
    planned_dispute,
    record_payment,
    record_step,
    resolve_dispute,
)
from aliassist.services.orders import due, order_table
from aliassist.store import schema as db
from aliassist.store.repository import ensure_file, save_order
from tests.conftest import NOW
from tests.domain.test_precheck import CLEAN, HONEST

DAY = timedelta(days=1)
NUMBER = CLEAN.number
NOT_RECEIVED = "Tracking has not moved since 12 October; the parcel never came."


def store(ctx: AppContext, *orders: rec.Order) -> None:
    with ctx.session() as session, session.begin():
        for order in orders:
            for ev in order.evidence:
                ensure_file(session, ev.sha256, ev.size, ev.mime, NOW)
            save_order(session, order, now=NOW)


@pytest.fixture
def one(ctx: AppContext) -> AppContext:
    store(ctx, CLEAN)
    return ctx


def open_one(ctx: AppContext, reason: str = "not_received", text: str = NOT_RECEIVED,
             platform_id: str | None = "5001", **kw: object) -> None:
    order_id, order = find_order(ctx, NUMBER)
    planned = planned_dispute(ctx.policy, order, reason=reason, text=text, **kw)  # type: ignore[arg-type]
    file_dispute(ctx, order_id, planned, platform_id=platform_id, at=NOW - 3 * DAY)


def events(ctx: AppContext) -> list[tuple[str, int | None]]:
    with ctx.session() as session:
        return [(e.kind, e.amount) for e in session.execute(
            select(db.DisputeEvent).order_by(db.DisputeEvent.id)).scalars()]


# -- the pre-check -------------------------------------------------------------------------

def test_check_reads_the_order_and_reports_every_clock(one: AppContext) -> None:
    result = check_dispute(one, NUMBER, reason="not_as_described", item=0, text=HONEST)
    assert result.ready and result.findings == []
    data = result.to_json()
    assert data["order"] == NUMBER and data["reason"] == "not_as_described"
    assert data["ready"] is True and data["findings"] == []
    assert set(data["clocks"]) == {"protection_start", "extension_request", "protection_end",
                                   "completion", "dispute_deadline", "card_chargeback",
                                   "paypal_claim", "disputes"}
    assert all(v.endswith("Z") for k, v in data["clocks"].items() if k != "disputes")


def test_check_blocks_and_says_why(one: AppContext) -> None:
    result = check_dispute(one, NUMBER, reason="not_as_described", text="bad")
    assert not result.ready
    assert [f.rule for f in result.blocking] == ["no_grounds"]
    first = result.to_json()["findings"][0]
    assert set(first) >= {"rule", "severity", "message", "source"}


@pytest.mark.parametrize(("options", "where", "says"), [
    ({"reason": "lost"}, None, "valid reasons: not_received, returned_to_sender"),
    ({"reason": "damaged", "item": 3}, "item", "has 1 (counted from 0): 0: Summer dress"),
    ({"reason": "damaged", "remedy": "new_phone"}, "remedy", "valid remedies: full_refund"),
    ({"reason": "damaged", "remedy": "full_refund", "amount": "5"}, "amount",
     "goes with the remedy partial_refund"),
    ({"reason": "damaged", "remedy": "partial_refund"}, "amount", "needs the amount"),
    ({"reason": "damaged", "remedy": "partial_refund", "amount": "5.001"}, "amount",
     "more than 2 decimals"),
    ({"reason": "damaged", "remedy": "partial_refund", "amount": "0"}, "amount",
     "asks for nothing"),
])
def test_bad_choices_are_refused_naming_the_field(one: AppContext, options: dict, where: str,
                                                  says: str) -> None:
    with pytest.raises(UserError) as err:
        check_dispute(one, NUMBER, **options)
    assert err.value.where == where
    assert says in str(err.value)


def test_an_unknown_order_says_so(one: AppContext) -> None:
    with pytest.raises(NotFoundError, match="no order '123456789'"):
        check_dispute(one, "123456789", reason="damaged")


def test_multi_account_reads_the_other_accounts_disputes_from_the_store(ctx: AppContext) -> None:
    other = replace(CLEAN, number="8187000000000002", account="shop@example.com",
                    disputes=(rec.Dispute("not_as_described", "open", 0),))
    mine_too = replace(CLEAN, number="8187000000000003",
                       disputes=(rec.Dispute("not_as_described", "open", None),))
    store(ctx, CLEAN, other, mine_too)
    result = check_dispute(ctx, NUMBER, reason="not_as_described", item=0, text=HONEST)
    assert [f.rule for f in result.findings] == ["multi_account"]
    assert "8187000000000002 (shop@example.com)" in result.findings[0].message
    assert "8187000000000003" not in result.findings[0].message  # the same account
    # a whole-order dispute on another account counts for each of its items
    store(ctx, replace(other, disputes=(rec.Dispute("damaged", "cancelled", None),)))
    result = check_dispute(ctx, NUMBER, reason="not_as_described", item=0, text=HONEST)
    assert [f.rule for f in result.findings] == ["multi_account"]


# -- the lifecycle -------------------------------------------------------------------------

def test_opening_records_the_dispute_its_event_and_starts_the_seller_clock(one: AppContext
                                                                            ) -> None:
    open_one(one)
    _, order = find_order(one, NUMBER)
    d = order.disputes[0]
    assert (d.reason, d.status, d.platform_id) == ("not_received", "open", "5001")
    assert d.opened_at == NOW - 3 * DAY and d.description == NOT_RECEIVED
    assert events(one) == [("opened", None)]
    table = order_table(one)
    assert table.clocks.state[0] == 5  # in_dispute
    assert int(table.clocks.days_left[0]) == 2  # seller response: opened 3 days ago + 5
    assert [(d.clock, d.number) for d in due(one, 7)] == [("seller_response", NUMBER)]


def test_after_the_seller_answers_the_buyer_has_a_clock_to_reply_or_escalate(
        one: AppContext) -> None:
    open_one(one)
    record_step(one, NUMBER, None, "seller_responded", at=NOW - 2 * DAY)
    table = order_table(one)
    assert table.clocks.state[0] == 5  # still in dispute, and counting down
    assert int(table.clocks.days_left[0]) == 3  # answered 2 days ago + 5
    assert [(d.clock, d.at) for d in due(one, 7)] == [("buyer_reply", NOW + 3 * DAY)]
    clocks = dispute_views(one, NUMBER)[1][0].clocks
    assert [(name, running) for name, _, running in clocks] == [
        ("seller_response", False), ("buyer_reply", True)]
    record_step(one, NUMBER, None, "escalated", at=NOW - DAY)
    assert [d.clock for d in due(one, 14)] == ["platform_intervention"]


def test_a_blocked_dispute_is_not_recorded_unless_forced(one: AppContext) -> None:
    order_id, _ = find_order(one, NUMBER)
    planned = PlannedDispute("not_as_described", None, None, None, "bad")
    with pytest.raises(DisputeBlockedError) as err:
        file_dispute(one, order_id, planned)
    assert err.value.exit_code == 1
    assert [f.rule for f in err.value.findings if f.blocks] == ["no_grounds"]
    assert find_order(one, NUMBER)[1].disputes == ()
    file_dispute(one, order_id, planned, force=True)
    assert find_order(one, NUMBER)[1].disputes[0].status == "open"


def test_the_whole_life_of_a_dispute(one: AppContext) -> None:
    open_one(one, "not_as_described", HONEST, remedy="return_and_refund")
    record_step(one, NUMBER, "5001", "seller_responded", at=NOW - 2 * DAY)
    record_step(one, NUMBER, None, "escalated", at=NOW - 2 * DAY + 3600 * timedelta(seconds=1))
    record_step(one, NUMBER, "1", "return_requested", at=NOW - DAY, tracking="RR123456789CN")
    views = dispute_views(one, NUMBER)[1]
    assert [(name, running) for name, _, running in views[0].clocks] == [
        ("seller_response", False), ("buyer_reply", False), ("platform_intervention", False),
        ("return_shipment", True)]
    shipped = record_step(one, NUMBER, None, "return_shipped", at=NOW - 12 * 3600 *
                          timedelta(seconds=1))
    assert shipped.dispute.return_tracking == "RR123456789CN"
    refunded = record_step(one, NUMBER, None, "refunded")
    assert refunded.payment == rec.Payment("refund", 2000, NOW)
    closed = record_step(one, NUMBER, None, "closed")
    assert closed.dispute.status == "closed"
    assert events(one) == [("opened", None), ("seller_responded", None), ("escalated", None),
                           ("return_requested", None), ("return_shipped", None),
                           ("refunded", 2000), ("closed", None)]
    with one.session() as session:
        payment = session.execute(select(db.Payment)).scalar_one()
        dispute = session.execute(select(db.Dispute)).scalar_one()
        assert payment.dispute_id == dispute.id and payment.kind == "refund"
    # the next pre-check sees all of it
    result = check_dispute(one, NUMBER, reason="not_as_described", text=HONEST)
    assert {f.rule for f in result.blocking} == {"prior_refund", "duplicate_dispute"}
    assert order_table(one).clocks.state[0] == 6  # closed


@pytest.mark.parametrize(("steps", "step", "says"), [
    (["closed"], "escalated", "is closed, so it cannot be escalated (it has no next step"),
    (["cancelled"], "refunded", "is cancelled, so it cannot be marked as refunded"),
    (["escalated"], "seller_responded", "it can next be: return_requested, refunded"),
    ([], "return_shipped", "it can next be: seller_responded, escalated"),
])
def test_impossible_steps_are_refused_with_a_clear_message(one: AppContext, steps: list[str],
                                                           step: str, says: str) -> None:
    open_one(one)
    for s in steps:
        record_step(one, NUMBER, None, s)
    before = events(one)
    with pytest.raises(UserError) as err:
        record_step(one, NUMBER, None, step)
    assert says in str(err.value)
    assert events(one) == before


def test_step_times_must_follow_the_last_step_and_not_be_in_the_future(one: AppContext) -> None:
    open_one(one)
    with pytest.raises(UserError, match="is before the dispute's last recorded step"):
        record_step(one, NUMBER, None, "escalated", at=NOW - 4 * DAY)
    with pytest.raises(UserError, match="in the future"):
        record_step(one, NUMBER, None, "escalated", at=NOW + DAY)
    assert events(one) == [("opened", None)]


def test_a_partial_refund_is_recorded_as_such_and_refunds_above_the_price_are_refused(
        one: AppContext) -> None:
    open_one(one, "not_as_described", HONEST, remedy="partial_refund", amount="5.00")
    with pytest.raises(UserError, match="more than was paid"):
        record_step(one, NUMBER, None, "refunded", amount="25.00")
    assert find_order(one, NUMBER)[1].payments == ()
    result = record_step(one, NUMBER, None, "refunded", amount="5.00")
    assert result.payment == rec.Payment("partial_refund", 500, NOW)
    check = check_dispute(one, NUMBER, reason="damaged", text=HONEST)
    assert "partial_refund_received" in [f.rule for f in check.findings]
    assert "prior_refund" not in [f.rule for f in check.findings]


def test_refunding_one_item_of_several_defaults_to_its_price(ctx: AppContext) -> None:
    two = replace(CLEAN, amount=3000, items=(*CLEAN.items, rec.Item("Belt", None, None, 2, 500)))
    store(ctx, two)
    open_one(ctx, "damaged", HONEST, item=1)
    result = record_step(ctx, NUMBER, None, "refunded")
    assert result.payment == rec.Payment("partial_refund", 1000, NOW)
    assert order_table(ctx).clocks.state[0] == 6  # the dispute was decided: closed


def test_a_cancelled_dispute_without_refund_can_be_reopened_with_a_warning(one: AppContext
                                                                           ) -> None:
    open_one(one)
    record_step(one, NUMBER, None, "cancelled")
    result = check_dispute(one, NUMBER, reason="not_received", text=NOT_RECEIVED)
    assert [f.rule for f in result.findings] == ["reopened_dispute"] and result.ready


def test_payments_outside_disputes_block_later_disputes(one: AppContext) -> None:
    record_payment(one, NUMBER, "provider_claim", amount="20.00", provider="PayPal",
                   at=NOW - DAY)
    result = check_dispute(one, NUMBER, reason="not_received", text=NOT_RECEIVED)
    assert [f.rule for f in result.blocking] == ["prior_chargeback"]
    assert result.blocking[0].subject == "PayPal"
    with pytest.raises(UserError, match="unknown payment kind 'gift'"):
        record_payment(one, NUMBER, "gift")
    with pytest.raises(UserError, match="give the amount of the partial refund"):
        record_payment(one, NUMBER, "partial_refund")


def test_disputes_are_named_by_number_or_platform_id(one: AppContext) -> None:
    open_one(one, platform_id="5001")
    record_step(one, NUMBER, None, "cancelled")
    open_one(one, "damaged", HONEST, platform_id="5002", item=0)
    _, order = find_order(one, NUMBER)
    assert resolve_dispute(order, "5002") == 1
    assert resolve_dispute(order, "1") == 0  # "dispute 1": the first, at index 0
    with pytest.raises(NotFoundError):
        resolve_dispute(order, "0")  # people count from 1
    assert resolve_dispute(order, None) == 1  # the only running one
    with pytest.raises(NotFoundError) as err:
        resolve_dispute(order, "7")
    assert "1 (5001, not_received, cancelled); 2 (5002, damaged, open)" in str(err.value)
    record_step(one, NUMBER, "5002", "closed")
    with pytest.raises(UserError, match="has 2 disputes; say which"):
        resolve_dispute(find_order(one, NUMBER)[1], None)


def test_the_same_platform_id_twice_is_refused(one: AppContext) -> None:
    open_one(one)
    with pytest.raises(UserError, match="already has a dispute 5001"):
        open_one(one, "damaged", HONEST)


def test_a_recorded_dispute_is_checked_as_of_its_opening(one: AppContext) -> None:
    open_one(one)
    record_step(one, NUMBER, None, "refunded")
    result = check_recorded_dispute(one, NUMBER, "5001")
    assert result.ready and result.findings == []
    assert result.planned.description == NOT_RECEIVED


def test_the_package_gives_every_name_it_lists_from_the_module_that_holds_it() -> None:
    import importlib

    import aliassist.services.disputes as disputes

    for name in disputes.__all__:
        value = getattr(disputes, name)
        module = disputes._MODULES.get(name)
        if module is not None:
            held = importlib.import_module(f"aliassist.services.disputes.{module}")
            assert getattr(held, name) is value, name
    assert set(disputes._MODULES) == set(disputes.__all__) - {"STATUS_TEXT", "next_steps"}
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        disputes.nothing  # noqa: B018
