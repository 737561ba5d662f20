"""The evidence checklist of a dispute reason, and how complete an order's evidence makes it.

A file counts for the checklist item it is tagged with; an untagged file counts for the first
item that accepts its kind. Items with a condition (`when`) apply only when it holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from aliassist.domain.filetypes import describe_mime
from aliassist.domain.policy import ChecklistItem, Policy
from aliassist.domain.records import Evidence, Order
from aliassist.errors import UserError


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    item: ChecklistItem
    #: (index into Order.evidence, evidence) of the files that fill the item
    files: tuple[tuple[int, Evidence], ...]
    #: False when the item's condition does not hold for this order
    applies: bool = True

    @property
    def done(self) -> bool:
        return bool(self.files)

    @property
    def missing_required(self) -> bool:
        return self.applies and self.item.required and not self.files


def tracking_says_delivered(order: Order) -> bool:
    return order.delivery_status == "delivered" or order.delivered_at is not None


CONDITIONS = {"tracking_delivered": tracking_says_delivered}


def checklist_for(policy: Policy, reason: str, order: Order, dispute: int | None = None
                  ) -> list[ChecklistEntry]:
    """The reason's checklist filled with the order's evidence (the order-level files and, when
    `dispute` is given, those of that dispute)."""
    items = policy.checklist(reason)
    relevant = [(i, ev) for i, ev in enumerate(order.evidence)
                if ev.dispute is None or ev.dispute == dispute]
    applies = {item.id: item.when is None or CONDITIONS[item.when](order) for item in items}
    filled: dict[str, list[tuple[int, Evidence]]] = {item.id: [] for item in items}
    for index, ev in relevant:
        if ev.checklist in filled:
            filled[ev.checklist].append((index, ev))
    for index, ev in relevant:
        if ev.checklist is not None and ev.checklist in filled:
            continue
        for item in items:
            if applies[item.id] and ev.kind in item.accepts:
                filled[item.id].append((index, ev))
                break
    return [ChecklistEntry(item, tuple(filled[item.id]), applies[item.id]) for item in items]


def is_complete(entries: list[ChecklistEntry]) -> bool:
    """Every applicable required item has at least one file."""
    return not any(e.missing_required for e in entries)


#: The buyer's own recordings of what arrived: the kinds a received-item claim rests on.
OWN_KINDS = ("own_photo", "own_video")


def content_problem(policy: Policy, kind: str, mime: str | None) -> str | None:
    """Why content of type `mime` cannot be evidence of `kind`, or None when it can.

    Own photos must be pictures and own videos videos (the claim rests on them); captures may
    also be a PDF of the page or a screen recording; a document may be anything."""
    media = policy.evidence_kinds[kind].media
    m = mime or ""
    if kind in OWN_KINDS or media == "video":
        fits = m.startswith("video/") if media == "video" else m.startswith("image/")
    elif media == "photo":
        fits = m.startswith(("image/", "video/")) or m == "application/pdf"
    else:
        fits = True
    if fits:
        return None
    label = policy.evidence_kinds[kind].label.lower()
    return f"the content is {describe_mime(mime)}, which cannot be “{label}” ({kind})"


def guess_kind(policy: Policy, mime: str | None, accepts: tuple[str, ...] = ()) -> str | None:
    """The evidence kind a file most likely is: the first of `accepts` (a checklist item's
    kinds, or all kinds) that its content fits; None when none does."""
    order = accepts or ("own_photo", "own_video", "document")
    for kind in order:
        if kind in policy.evidence_kinds and content_problem(policy, kind, mime) is None:
            return kind
    return None


def checklist_item(policy: Policy, item_id: str, reason: str | None = None) -> ChecklistItem:
    """The checklist item `item_id` (of `reason`'s checklist when given). Raises UserError."""
    lists = [policy.checklist(reason)] if reason else list(policy.checklists.values())
    for items in lists:
        for item in items:
            if item.id == item_id:
                return item
    known = sorted({item.id for items in lists for item in items})
    scope = f"the {reason} checklist" if reason else "any checklist"
    raise UserError(f"{item_id!r} is not an item of {scope}; items: {', '.join(known)}")
