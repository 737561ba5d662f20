"""The dispute pre-check and the message checks (DOMAIN.md section 3): the platform's forbidden
abuses as findings, before the buyer files anything.

`precheck` looks at one order (its items, disputes, payments and evidence), the disputes of the
store's other orders (`DisputedListing`, for the multi-account rule) and a planned dispute at
`now`; `check_message` looks at a message to the seller or a review. Each finding names its rule,
severity and source, and says what to do instead; the texts come from the policy.

Text rules combine the policy's concept vocabulary (aliassist.domain.text_rules). In a dispute
description a threatened review is blackmail (`extortion`); in a message it is `review_threat`.
Pure: no I/O, no clock reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from aliassist.domain.checklist import checklist_for, is_complete, tracking_says_delivered
from aliassist.domain.clocks import order_clocks
from aliassist.domain.dates import deadline_text
from aliassist.domain.estimates import estimated_text
from aliassist.domain.findings import Finding, make_finding, sort_findings
from aliassist.domain.money import display_amount
from aliassist.domain.policy import Policy, PolicyError
from aliassist.domain.records import Dispute, Order
from aliassist.domain.text_rules import TextRuleHit, read_rules
from aliassist.domain.textmatch import KeywordMatcher, normalise, tokenize

#: Evidence kinds that are the buyer's own record of what arrived.
OWN_KINDS = ("own_photo", "own_video")
#: Raised when the policy defines it (the bundled one does): the form refuses longer texts.
TOO_LONG = "description_too_long"


@dataclass(frozen=True, slots=True)
class PlannedDispute:
    """What the buyer means to file. Amounts are minor units in the order's currency."""

    reason: str | None
    item: int | None = None
    remedy: str | None = None
    refund_amount: int | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class DisputedListing:
    """An item under dispute on another order in the store: what the multi-account rule
    compares (the listing's address, or the store and the item's title)."""

    account: str | None
    number: str
    store: str | None
    title: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class TextHit:
    """A phrase of a text that raises a rule: text[start:end]."""

    rule: str
    start: int
    end: int
    found: str


# ---------------------------------------------------------------------------------------------
# Texts


_MATCHERS: list[tuple[Policy, KeywordMatcher]] = []

def matcher(policy: Policy) -> KeywordMatcher:
    """The policy's keyword lists, compiled once per loaded policy."""
    for known, compiled in _MATCHERS:
        if known is policy:
            return compiled
    try:
        compiled = KeywordMatcher(policy.keywords)
    except ValueError as exc:
        where, _, what = str(exc).partition(": ")
        raise PolicyError(what, where=f"{policy.path.name}: {where}") from None
    _MATCHERS.append((policy, compiled))
    del _MATCHERS[:-8]
    return compiled


def text_rule_hits(policy: Policy, text: str, scope: str = "dispute") -> list[TextRuleHit]:
    """The text rules `text` raises, each with the words that made it. `scope` is "dispute" (a
    dispute description) or "message" (a message to the seller, or a review)."""
    return read_rules(matcher(policy), text, scope, policy.platform_hosts)


def text_hits(policy: Policy, text: str, scope: str = "dispute") -> list[TextHit]:
    """Every span of `text` that raises a text rule, in text order (what the editors
    underline)."""
    hits = [TextHit(h.rule, a, b, text[a:b])
            for h in text_rule_hits(policy, text, scope) for a, b in h.spans]
    return sorted(hits, key=lambda h: (h.start, h.end))


def _text_findings(policy: Policy, text: str, scope: str) -> list[Finding]:
    out = []
    for hit in text_rule_hits(policy, text, scope):
        quoted = ", ".join(f"“{p}”" for p in hit.phrases)
        out.append(make_finding(policy, hit.rule, subject=hit.phrases[0],
                                detail=f"Found: {quoted}.", spans=hit.spans))
    return out


def check_message(policy: Policy, text: str) -> list[Finding]:
    """The message checks of a message to the seller or a review, blocking findings first."""
    return sort_findings(_text_findings(policy, text, "message"))


def concrete_chars(text: str) -> int:
    """How much the text says: the length of its distinct words, so padding and repetition
    ("bad bad bad ...") do not count as facts."""
    seen: dict[str, None] = {}
    for token in tokenize(text):
        if len(token.word) > 1 or token.word.isdigit():
            seen.setdefault(token.word, None)
    return len(" ".join(seen))


# ---------------------------------------------------------------------------------------------
# The dispute pre-check


def precheck(policy: Policy, order: Order, planned: PlannedDispute, now: datetime, *,
             others: Iterable[DisputedListing] = (), existing: int | None = None,
             extra: Iterable[Finding] = ()) -> list[Finding]:
    """Every finding about filing `planned` on `order` at `now`, blocking findings first.

    `others`: the disputed items of the store's other orders. `existing`: the index of
    `planned` in `order.disputes` when it is already recorded (a packet of a filed dispute):
    it is then judged as of when it was opened, against what came before it. `extra`: findings
    from elsewhere (the evidence file checks) to report with the rest.
    """
    out: list[Finding] = []
    own = order.disputes[existing] if existing is not None else None
    as_of = own.opened_at if own is not None and own.opened_at is not None else now
    reason = policy.reason(planned.reason) if planned.reason else None
    evidence_for = existing

    deadline = order_clocks(order, policy, as_of).dispute_deadline
    if as_of >= deadline:
        out.append(make_finding(policy, "window_closed",
                                detail=f"It closed on {deadline_text(deadline)}."))

    if reason is None:
        pass  # no_grounds, with the description's problems (below)
    elif not reason.received:
        if order.confirmed_at is not None and order.confirmed_at <= as_of:
            confirmed = estimated_text(order, "confirmed_at", policy.tz)
            detail = (f"Receipt was confirmed on {confirmed}." if not order.confirmed_estimate
                      else "The order status says receipt was confirmed (when is not "
                           f"recorded: {confirmed}).")
            out.append(make_finding(policy, "false_not_received", detail=detail))
        elif tracking_says_delivered(order):
            when = (f" {estimated_text(order, 'delivered_at', policy.tz)}"
                    if order.delivered_at else "")
            when = when if order.delivered_estimate else when.replace(" ", " on ", 1)
            out.append(make_finding(policy, "tracking_shows_delivered",
                                    detail=f"Tracking: delivered{when}."))
    else:
        relevant = [e for e in order.evidence if e.dispute is None or e.dispute == evidence_for]
        if not any(e.kind in OWN_KINDS for e in relevant):
            out.append(make_finding(policy, "unsupported_claim"))
        if reason.id in policy.rules["no_listing_reference"].reasons and not any(
                e.kind == "listing_capture" for e in relevant):
            out.append(make_finding(policy, "no_listing_reference"))
    false_claim = any(f.rule == "false_not_received" for f in out)
    if reason is not None and not false_claim:
        entries = checklist_for(policy, reason.id, order, evidence_for)
        if not is_complete(entries):
            missing = "; ".join(e.item.label for e in entries if e.missing_required)
            out.append(make_finding(policy, "checklist_incomplete", detail=f"Missing: {missing}."))

    out += _payment_findings(policy, order, planned, as_of)
    out += _duplicate_findings(policy, order, planned, existing)
    out += _multi_account_findings(policy, order, planned, others)
    grounds, text_findings = _description_findings(policy, planned.description)
    if reason is None:
        grounds.insert(0, "No reason is chosen.")
    if grounds:
        out.append(make_finding(policy, "no_grounds", detail=" ".join(grounds)))
    out += text_findings
    out += extra
    return sort_findings(out)


def _payment_findings(policy: Policy, order: Order, planned: PlannedDispute, as_of: datetime
                      ) -> list[Finding]:
    before = [p for p in order.payments if p.at is None or p.at <= as_of]
    out = []
    partial = [p for p in before if p.kind == "partial_refund"]
    # partial refunds that add up to what was paid are a full refund (DOMAIN.md section 6)
    if any(p.kind == "refund" for p in before) or (
            partial and refund_limit(order, None, as_of)[0] == 0):
        out.append(make_finding(policy, "prior_refund"))
    claims = [p for p in before if p.kind in ("chargeback", "provider_claim")]
    if claims:
        names = ", ".join(sorted({p.provider or ("card chargeback" if p.kind == "chargeback"
                                                 else "payment-provider claim")
                                  for p in claims}))
        out.append(make_finding(policy, "prior_chargeback", subject=names))
    if partial:
        total = sum(p.amount or 0 for p in partial)
        detail = (f"Refunded so far: {display_amount(total, order.currency)}."
                  if total else None)
        out.append(make_finding(policy, "partial_refund_received", detail=detail))
    if planned.remedy == "partial_refund" and planned.refund_amount is not None:
        limit, what = refund_limit(order, planned.item, as_of)
        if limit is not None and planned.refund_amount > limit:
            asked = display_amount(planned.refund_amount, order.currency)
            most = display_amount(limit, order.currency)
            out.append(make_finding(policy, "refund_exceeds_paid", subject=asked,
                                    detail=f"Asked: {asked}; {what}: {most}."))
    return out


def refund_limit(order: Order, item: int | None, as_of: datetime | None = None
                 ) -> tuple[int | None, str]:
    """The most a refund may ask, and what it is: what was paid for the order (or, for one
    item of several, that item's line), less the refunds already received."""
    lines = [i.price * i.quantity for i in order.items if i.price is not None]
    paid = order.amount if order.amount is not None else (
        sum(lines) if lines and len(lines) == len(order.items) else None)
    if paid is None:
        return None, ""
    refunded = sum(p.amount or 0 for p in order.payments
                   if p.kind in ("refund", "partial_refund")
                   and (as_of is None or p.at is None or p.at <= as_of))
    limit, what = paid - refunded, "paid" if not refunded else "paid less refunds"
    if item is not None and len(order.items) > 1 and 0 <= item < len(order.items):
        line = order.items[item]
        if line.price is not None and line.price * line.quantity < limit:
            limit, what = line.price * line.quantity, "this item's price"
    return max(limit, 0), what


def _same_item(a: int | None, b: int | None) -> bool:
    """Disputes are about the same item unless both name different ones."""
    return a is None or b is None or a == b


def refund_paid_during(order: Order, dispute: Dispute) -> bool:
    """Whether money came back while `dispute` ran (a payment from its opening to its close).
    Without both instants, any refund on the order counts: the stricter reading."""
    refunds = [p for p in order.payments if p.kind in ("refund", "partial_refund")]
    if dispute.opened_at is None or dispute.closed_at is None:
        return bool(refunds)
    return any(p.at is None or dispute.opened_at <= p.at <= dispute.closed_at for p in refunds)


def _duplicate_findings(policy: Policy, order: Order, planned: PlannedDispute,
                        existing: int | None) -> list[Finding]:
    if planned.reason is None:
        return []
    earlier = order.disputes if existing is None else order.disputes[:existing]
    same = [(i, d) for i, d in enumerate(earlier)
            if d.reason == planned.reason and _same_item(d.item, planned.item)]
    if not same:
        return []
    reopened = [(i, d) for i, d in same
                if d.status == "cancelled" and not refund_paid_during(order, d)]
    if len(reopened) < len(same):
        i, d = next((i, d) for i, d in same if (i, d) not in reopened)
        return [make_finding(policy, "duplicate_dispute", subject=_dispute_name(i, d),
                             detail=f"Dispute {_dispute_name(i, d)} is {d.status}.")]
    i, d = reopened[-1]
    return [make_finding(policy, "reopened_dispute", subject=_dispute_name(i, d))]


def _dispute_name(index: int, dispute: Dispute) -> str:
    return f"{index + 1}" + (f" ({dispute.platform_id})" if dispute.platform_id else "")


def listing_id(url: str | None) -> str | None:
    """The listing an item address points at: the item number of a platform link
    (…/item/1005001234567890.html), else the address without query or fragment."""
    if not url:
        return None
    m = re.search(r"/item/(?:[^/]*/)?(\d{6,})", url)
    if m:
        return m.group(1)
    bare = re.sub(r"^https?://", "", url.strip().lower()).split("?")[0].split("#")[0]
    return bare.rstrip("/") or None


def _store_item(store: str | None, title: str | None) -> tuple[str, str] | None:
    if not store or not title:
        return None
    return (" ".join(normalise(store).split()), " ".join(normalise(title).split()))


def _multi_account_findings(policy: Policy, order: Order, planned: PlannedDispute,
                            others: Iterable[DisputedListing]) -> list[Finding]:
    if not order.account:
        return []
    items: Sequence = (order.items if planned.item is None
                       else order.items[planned.item:planned.item + 1])
    listings = {listing_id(i.url) for i in items} - {None}
    store_items = {_store_item(order.store, i.title) for i in items} - {None}
    hits = []
    for other in others:
        if not other.account or other.account == order.account or other.number == order.number:
            continue
        if (listing_id(other.url) in listings
                or _store_item(other.store, other.title) in store_items):
            hits.append(f"order {other.number} ({other.account})")
    if not hits:
        return []
    return [make_finding(policy, "multi_account", subject=hits[0],
                         detail=f"Disputed from: {'; '.join(dict.fromkeys(hits))}.")]


def _description_findings(policy: Policy, text: str | None) -> tuple[list[str], list[Finding]]:
    """Why the description gives no grounds (if it does not), and the findings on its text."""
    limits = policy.limits
    if not text or not text.strip():
        return ["The description is empty."], []
    grounds, out = [], []
    said = concrete_chars(text)
    if said < limits.description_min_chars:
        grounds.append(f"The description says too little ({said} characters of distinct "
                       f"words; write at least {limits.description_min_chars}).")
    if len(text) > limits.description_max_chars:
        out.append(make_finding(
            policy, TOO_LONG, subject=f"{len(text)} characters",
            detail=f"It has {len(text)} characters; the form takes "
                   f"{limits.description_max_chars}."))
    out += _text_findings(policy, text, "dispute")
    return grounds, out
