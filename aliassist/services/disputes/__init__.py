"""Disputes: check a planned dispute against the platform's rules, draft its description, and
record its life (opened, seller responded, escalated, return, refunded, ..., closed) and the
money that came back or was claimed.

Every step is one transaction that updates the dispute, appends a dispute event and, for
refunds, records a payment; the clocks and the pre-check of any later dispute read them.
Disputes are addressed by order number plus the dispute's number in the order (from 1: "dispute
1" as the window, the packet and the manifest say it) or the platform's dispute id. Inside, and
in the data file, a dispute is its index (from 0); JSON output gives both ("dispute", "number").

The package holds one concept per module: `validation` (what the buyer typed), `precheck` (the
pre-check and draft), `steps` (filing and every later step) and `history` (reading it back). The
names the CLI, the window and the tests use are re-exported here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from aliassist.domain.dispute_steps import STATUS_TEXT, next_steps

if TYPE_CHECKING:
    from aliassist.services.disputes.history import DisputeView, Event, dispute_views, view_json
    from aliassist.services.disputes.precheck import (
        CheckInputs,
        DisputeCheck,
        check_dispute,
        check_recorded_dispute,
        clocks_json,
        draft_for,
        find_order,
        load_check_inputs,
        local_zone,
        run_check,
    )
    from aliassist.services.disputes.steps import (
        OVERRIDE_EVENT,
        StepResult,
        added_dispute_blocks,
        blocked_message,
        file_dispute,
        override_event,
        record_overrides,
        record_payment,
        record_step,
        remove_last_step,
    )
    from aliassist.services.disputes.validation import (
        DisputeBlockedError,
        dispute_list_text,
        planned_dispute,
        resolve_dispute,
    )

#: the module of each name (loaded when the name is first used: reading a dispute's packet,
#: which needs neither the steps nor the ORM, loads only what it reads with)
_MODULES = {
    **dict.fromkeys(("DisputeView", "Event", "dispute_views", "view_json"), "history"),
    **dict.fromkeys(("CheckInputs", "DisputeCheck", "check_dispute", "check_recorded_dispute",
                     "clocks_json", "draft_for", "find_order", "load_check_inputs",
                     "local_zone", "run_check"), "precheck"),
    **dict.fromkeys(("OVERRIDE_EVENT", "StepResult", "added_dispute_blocks", "blocked_message",
                     "file_dispute", "override_event", "record_overrides", "record_payment",
                     "record_step", "remove_last_step"), "steps"),
    **dict.fromkeys(("DisputeBlockedError", "dispute_list_text", "planned_dispute",
                     "resolve_dispute"), "validation"),
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "OVERRIDE_EVENT", "STATUS_TEXT", "CheckInputs", "DisputeBlockedError", "DisputeCheck",
    "DisputeView", "Event", "StepResult", "added_dispute_blocks", "blocked_message",
    "check_dispute", "check_recorded_dispute", "clocks_json", "dispute_list_text",
    "dispute_views", "draft_for", "file_dispute", "find_order", "load_check_inputs",
    "local_zone", "next_steps", "override_event", "planned_dispute", "record_overrides",
    "record_payment", "record_step", "remove_last_step", "resolve_dispute", "run_check",
    "view_json",
]
