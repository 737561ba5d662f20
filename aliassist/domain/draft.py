"""A dispute description drafted from the order's facts and the buyer's own words.

The draft states the facts the platform asks for (order, dates, item, tracking, what differs,
what is attached, the remedy) in plain sentences, within the form's length limit
(`policy.limits.description_max_chars`). When it does not fit, the least needed facts go first;
the buyer's words are kept whole unless they alone are too long. The template itself raises no
pre-check finding (tests hold it to that). Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo

from aliassist.domain.checklist import tracking_says_delivered
from aliassist.domain.dates import order_day
from aliassist.domain.money import display_amount
from aliassist.domain.policy import Policy
from aliassist.domain.precheck import PlannedDispute
from aliassist.domain.records import Order

#: How many words each evidence kind is counted in ("2 photos of the item").
_EVIDENCE_WORDS = {
    "own_photo": ("photo of the item", "photos of the item"),
    "own_video": ("video of the item", "videos of the item"),
    "listing_capture": ("capture of the listing", "captures of the listing"),
    "tracking_capture": ("capture of the tracking", "captures of the tracking"),
    "chat_capture": ("capture of the chat with the seller", "captures of the chat with the seller"),
    "document": ("document", "documents"),
}
#: Sentence priorities: lower stays longer when the draft must be cut to fit.
_MUST, _HIGH, _MEDIUM, _LOW = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    #: the buyer's words had to be shortened to fit (the buyer should shorten them)
    clipped: bool
    #: facts left out to fit
    left_out: int


def draft_description(policy: Policy, order: Order, planned: PlannedDispute,
                      tz: tzinfo) -> Draft:
    """The description to file for `planned` on `order`; dates in `tz` (the buyer's zone)."""
    reason = policy.reason(planned.reason) if planned.reason else None
    sentences: list[tuple[int, str]] = []

    def day(name: str) -> str:
        """The order's date `name` as given (a date stays that date), else in the buyer's zone."""
        value = order_day(order, name, policy.tz, tz)
        return "" if value is None else value.isoformat()

    head = f"Order {order.number}, placed on {day('placed_at')}"
    sentences.append((_MUST, head + "."))
    if order.shipped_at is not None:
        sentences.append((_LOW, f"Shipped on {day('shipped_at')}."))
    sentences.append((_HIGH, _item_sentence(order, planned.item)))
    if reason is not None:
        sentences.append((_MUST, f"Problem: {reason.label.lower()}."))
    tracking = _tracking_sentence(order, reason is not None and not reason.received, day)
    if tracking:
        sentences.append((_MEDIUM, tracking))
    words = " ".join((planned.description or "").split())
    if words:
        words = words if words[-1] in ".!?…" else words + "."
        sentences.append((_MUST, words))
    attached = _evidence_sentence(order)
    if attached:
        sentences.append((_LOW, attached))
    remedy = _remedy_sentence(policy, order, planned)
    if remedy:
        sentences.append((_HIGH, remedy))
    return _fit(sentences, words, policy.limits.description_max_chars)


def _item_sentence(order: Order, index: int | None) -> str:
    if index is None or not 0 <= index < len(order.items):
        if len(order.items) == 1:
            index = 0
        else:
            return f"All {len(order.items)} items of the order." if order.items else ""
    item = order.items[index]
    text = f"Item: {item.title or 'item ' + str(index + 1)}"
    if item.sku:
        text += f" ({item.sku})"
    if item.quantity != 1:
        text += f", quantity {item.quantity}"
    return text + "."


def _tracking_sentence(order: Order, not_received: bool, day: Callable[[str], str]) -> str:
    if not order.tracking_number:
        return ""
    text = f"Tracking number {order.tracking_number}"
    if order.carrier:
        text += f" ({order.carrier})"
    if not not_received:
        return text + "."
    if tracking_says_delivered(order):
        when = f" on {day('delivered_at')}" if order.delivered_at else ""
        if order.delivered_at and order.delivered_estimate:
            when = f" around {day('delivered_at')}"
        return text + f": tracking says delivered{when}, but the parcel was not handed to me."
    if order.tracking_status:
        when = f" on {day('tracking_updated_at')}" if order.tracking_updated_at else ""
        return text + f": the last tracking event{when} is “{order.tracking_status}”."
    return text + "."


def _evidence_sentence(order: Order) -> str:
    counts = Counter(e.kind for e in order.evidence if e.dispute is None)
    parts = []
    for kind, (one, many) in _EVIDENCE_WORDS.items():
        n = counts.get(kind, 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Attached: {listed}."


def _remedy_sentence(policy: Policy, order: Order, planned: PlannedDispute) -> str:
    if planned.remedy == "full_refund":
        return "I ask for a full refund."
    if planned.remedy == "partial_refund":
        if planned.refund_amount is None:
            return "I ask for a partial refund."
        amount = display_amount(planned.refund_amount, order.currency)
        return f"I ask for a partial refund of {amount}."
    if planned.remedy == "return_and_refund":
        return "I ask for a refund, and I am ready to return the item."
    return ""


def _fit(sentences: list[tuple[int, str]], words: str, limit: int) -> Draft:
    kept = [s for s in sentences if s[1]]
    left_out = 0
    for level in (_LOW, _MEDIUM, _HIGH):
        while len(_join(kept)) > limit and any(p == level for p, _ in kept):
            drop = max(i for i, (p, _) in enumerate(kept) if p == level)
            del kept[drop]
            left_out += 1
    text = _join(kept)
    clipped = False
    if len(text) > limit and words:
        over = len(text) - limit
        short = words[: max(len(words) - over - 1, 0)].rstrip() + "…"
        text = _join([(p, short if s == words else s) for p, s in kept])
        clipped = True
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return Draft(text, clipped, left_out)


def _join(sentences: list[tuple[int, str]]) -> str:
    return " ".join(s for _, s in sentences)
