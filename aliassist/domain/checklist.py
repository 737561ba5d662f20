"""The evidence checklist of a dispute reason, and how complete an order's evidence makes it.

A file counts for the checklist item it is tagged with; an untagged file counts for the first
item that accepts its kind. Items with a condition (`when`) apply only when it holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from aliassist.domain.policy import ChecklistItem, Policy
from aliassist.domain.records import Evidence, Order


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
