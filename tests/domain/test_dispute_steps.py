"""The dispute steps table: which steps may follow which status."""

from __future__ import annotations

from aliassist.domain.dispute_steps import STATUS_TEXT, STEPS, next_steps
from aliassist.domain.records import OPEN_DISPUTE_STATUSES


def test_an_open_dispute_can_be_answered_escalated_or_ended() -> None:
    assert next_steps("open") == ["seller_responded", "escalated", "return_requested",
                                  "refunded", "rejected", "cancelled", "closed"]
    assert next_steps("return_requested") == ["return_shipped", "refunded", "rejected",
                                              "cancelled", "closed"]
    assert next_steps("refunded") == ["closed"]
    assert next_steps("closed") == []


def test_every_step_leads_to_a_status_that_reads_in_a_sentence() -> None:
    for step in STEPS.values():
        assert step.status in STATUS_TEXT
        assert set(step.after) <= set(STATUS_TEXT)
    assert set(OPEN_DISPUTE_STATUSES) <= set(STATUS_TEXT)
