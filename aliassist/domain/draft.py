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

#: (context, text, disambiguation, n) -> the text in the draft's language, ``%n`` replaced by `n`
#: (n >= 0): aliassist.i18n.translate's signature, for a translator of the draft's own language
Words = Callable[..., str]
#: the context of the draft's templates
CONTEXT = "draft"


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The templates as written (English, the default: sellers read it best)."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


#: How each evidence kind is counted ("2 photos of the item"), in the draft's language.
_EVIDENCE_WORDS: dict[str, Callable[[Words, int], str]] = {
    "own_photo": lambda translate, n: translate("draft", "%n photo(s) of the item", None, n),
    "own_video": lambda translate, n: translate("draft", "%n video(s) of the item", None, n),
    "listing_capture": lambda translate, n: translate("draft", "%n capture(s) of the listing",
                                                      None, n),
    "tracking_capture": lambda translate, n: translate("draft", "%n capture(s) of the tracking",
                                                       None, n),
    "chat_capture": lambda translate, n: translate(
        "draft", "%n capture(s) of the chat with the seller", None, n),
    "document": lambda translate, n: translate("draft", "%n document(s)", None, n),
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
                      tz: tzinfo, translate: Words = english) -> Draft:
    """The description to file for `planned` on `order`; dates in `tz` (the buyer's zone); its
    sentences (and the policy's reason label, context "policy") in the language of `translate`."""
    reason = policy.reason(planned.reason) if planned.reason else None
    sentences: list[tuple[int, str]] = []

    def day(name: str) -> str:
        """The order's date `name` as given (a date stays that date), else in the buyer's zone."""
        value = order_day(order, name, policy.tz, tz)
        return "" if value is None else value.isoformat()

    sentences.append((_MUST, translate("draft", "Order {number}, placed on {date}.").format(
        number=order.number, date=day("placed_at"))))
    if order.shipped_at is not None:
        sentences.append((_LOW, translate("draft", "Shipped on {date}.").format(
            date=day("shipped_at"))))
    sentences.append((_HIGH, _item_sentence(order, planned.item, translate)))
    if reason is not None:
        label = translate("policy", reason.label).lower()
        sentences.append((_MUST, translate("draft", "Problem: {reason}.").format(reason=label)))
    tracking = _tracking_sentence(order, reason is not None and not reason.received, day, translate)
    if tracking:
        sentences.append((_MEDIUM, tracking))
    own = " ".join((planned.description or "").split())
    if own:
        own = own if own[-1] in ".!?…" else own + "."
        sentences.append((_MUST, own))
    attached = _evidence_sentence(order, translate)
    if attached:
        sentences.append((_LOW, attached))
    remedy = _remedy_sentence(order, planned, translate)
    if remedy:
        sentences.append((_HIGH, remedy))
    return _fit(sentences, own, policy.limits.description_max_chars)


def _item_sentence(order: Order, index: int | None, translate: Words) -> str:
    if index is None or not 0 <= index < len(order.items):
        if len(order.items) == 1:
            index = 0
        elif order.items:
            return translate("draft", "All %n item(s) of the order.", None, len(order.items))
        else:
            return ""
    item = order.items[index]
    name = item.title or translate("draft", "item {number}").format(number=index + 1)
    if item.sku and item.quantity != 1:
        text = translate("draft", "Item: {item} ({sku}), quantity {quantity}.")
    elif item.sku:
        text = translate("draft", "Item: {item} ({sku}).")
    elif item.quantity != 1:
        text = translate("draft", "Item: {item}, quantity {quantity}.")
    else:
        text = translate("draft", "Item: {item}.")
    return text.format(item=name, sku=item.sku, quantity=item.quantity)


def _tracking_sentence(order: Order, not_received: bool, day: Callable[[str], str],
                       translate: Words) -> str:
    if not order.tracking_number:
        return ""
    tracking = (translate("draft", "Tracking number {number} ({carrier})") if order.carrier
                else translate("draft", "Tracking number {number}")).format(
        number=order.tracking_number, carrier=order.carrier)
    if not not_received:
        return translate("draft", "{tracking}.").format(tracking=tracking)
    if tracking_says_delivered(order):
        if order.delivered_at and order.delivered_estimate:
            text = translate("draft", "{tracking}: tracking says delivered around {date}, but "
                                      "the parcel was not handed to me.")
        elif order.delivered_at:
            text = translate("draft", "{tracking}: tracking says delivered on {date}, but the "
                                      "parcel was not handed to me.")
        else:
            text = translate("draft", "{tracking}: tracking says delivered, but the parcel was "
                                      "not handed to me.")
        return text.format(tracking=tracking, date=day("delivered_at"))
    if order.tracking_status:
        text = (translate("draft", "{tracking}: the last tracking event on {date} is “{status}”.")
                if order.tracking_updated_at
                else translate("draft", "{tracking}: the last tracking event is “{status}”."))
        return text.format(tracking=tracking, date=day("tracking_updated_at"),
                           status=order.tracking_status)
    return translate("draft", "{tracking}.").format(tracking=tracking)


def _evidence_sentence(order: Order, translate: Words) -> str:
    counts = Counter(e.kind for e in order.evidence if e.dispute is None)
    parts = [count(translate, counts[kind]) for kind, count in _EVIDENCE_WORDS.items()
             if counts.get(kind, 0)]
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else translate("draft", "{list} and {last}").format(
        list=", ".join(parts[:-1]), last=parts[-1])
    return translate("draft", "Attached: {list}.").format(list=listed)


def _remedy_sentence(order: Order, planned: PlannedDispute, translate: Words) -> str:
    if planned.remedy == "full_refund":
        return translate("draft", "I ask for a full refund.")
    if planned.remedy == "partial_refund":
        if planned.refund_amount is None:
            return translate("draft", "I ask for a partial refund.")
        amount = display_amount(planned.refund_amount, order.currency)
        return translate("draft", "I ask for a partial refund of {amount}.").format(amount=amount)
    if planned.remedy == "return_and_refund":
        return translate("draft", "I ask for a refund, and I am ready to return the item.")
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
