"""How the platform's e-mails change an order: an event fills a date the app left empty or
only estimated, never one the buyer entered; of several mails announcing one event, the
earliest counts (the protection clock then starts no later than the real one). Pure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from aliassist.domain.mail_rules import MailRules

TRACKING_FIELD = "tracking_number"


def may_fill(current_value: object | None, current_is_estimate: bool = False) -> bool:
    """Whether a value read from mail may replace `current_value`: only an empty one, or one the
    app estimated. A value the buyer (or an exporter file) gave is kept."""
    return current_value is None or current_is_estimate


@dataclass(frozen=True, slots=True)
class MailEvent:
    """One event one message announces for one order."""

    number: str
    event: str
    #: the message's Date: an aware instant, in the offset the message gave
    at: datetime
    message_id: str
    subject: str
    tracking: str | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: object | None
    new: object
    #: the message that gives the new value
    message_id: str
    subject: str


def order_changes(current: Mapping[str, tuple[object | None, bool]],
                  events: Iterable[MailEvent], rules: MailRules) -> list[FieldChange]:
    """The changes `events` (of one order) make to an order whose values are `current`
    ({field: (value, is_estimate)}; a field not given counts as empty)."""
    earliest: dict[str, MailEvent] = {}
    tracking: MailEvent | None = None
    for event in sorted(events, key=lambda e: (e.at, e.message_id)):
        rule = rules.events.get(event.event)
        if rule is not None and rule.fills is not None:
            earliest.setdefault(rule.fills, event)
        if event.tracking and tracking is None:
            tracking = event
    changes = []
    for field, event in earliest.items():
        value, estimate = current.get(field, (None, False))
        if may_fill(value, estimate) and value != event.at:
            changes.append(FieldChange(field, value, event.at, event.message_id, event.subject))
    if tracking is not None:
        value, estimate = current.get(TRACKING_FIELD, (None, False))
        if may_fill(value, estimate) and value != tracking.tracking:
            changes.append(FieldChange(TRACKING_FIELD, value, tracking.tracking,
                                       tracking.message_id, tracking.subject))
    return changes


def placed_for_new_order(events: Iterable[MailEvent]) -> MailEvent:
    """The event that dates an order known only from mail: its 'placed' mail, else its 'paid'
    one, else the earliest mail about it (the order was placed no later than that)."""
    ordered = sorted(events, key=lambda e: (e.at, e.message_id))
    if not ordered:
        raise ValueError("an order from mail needs at least one event")
    for wanted in ("placed", "paid"):
        for event in ordered:
            if event.event == wanted:
                return event
    return ordered[0]
