"""A dispute's history read back for people and JSON: its events, status and clocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from aliassist.domain import records as rec
from aliassist.domain.clocks import DISPUTE_CLOCKS, order_clocks
from aliassist.domain.dispute_steps import next_steps
from aliassist.domain.instants import format_instant
from aliassist.domain.money import amount_text
from aliassist.store.dispute_events import Event, dispute_events
from aliassist.store.order_records import read_order, require_order_id

if TYPE_CHECKING:
    from aliassist.services.context import AnyContext


@dataclass(frozen=True)
class DisputeView:
    index: int
    dispute: rec.Dispute
    events: list[Event] = field(default_factory=list)
    #: dispute clocks: (id, at, running)
    clocks: list[tuple[str, datetime, bool]] = field(default_factory=list)


def dispute_views(ctx: AnyContext, number: str) -> tuple[rec.Order, list[DisputeView]]:
    """The disputes of an order with their events and clocks (`dispute list`)."""
    with ctx.reading() as snapshot:
        order_id = require_order_id(snapshot, number.strip())
        order = read_order(snapshot, order_id)
        events = dispute_events(snapshot, order_id)
    clocks = order_clocks(order, ctx.policy, ctx.now())
    views = []
    for i, d in enumerate(order.disputes):
        dc = clocks.disputes[i]
        running = sorted(((name, getattr(dc, name), name in dc.active)
                          for name in DISPUTE_CLOCKS if getattr(dc, name) is not None),
                         key=lambda clock: clock[1])
        views.append(DisputeView(i, d, events[i], running))
    return order, views


def view_json(order: rec.Order, view: DisputeView) -> dict[str, Any]:
    d = view.dispute
    cur = order.currency
    out: dict[str, Any] = {
        "dispute": view.index, "number": view.index + 1, "platform_id": d.platform_id,
        "reason": d.reason,
        "item": d.item, "status": d.status, "remedy": d.remedy,
        "refund_amount": amount_text(d.refund_amount, cur),
        "opened_at": format_instant(d.opened_at),
        "seller_responded_at": format_instant(d.seller_responded_at),
        "escalated_at": format_instant(d.escalated_at),
        "return_requested_at": format_instant(d.return_requested_at),
        "return_tracking": d.return_tracking,
        "return_shipped_at": format_instant(d.return_shipped_at),
        "closed_at": format_instant(d.closed_at), "description": d.description,
        "next_steps": next_steps(d.status),
        "events": [{"kind": e.kind, "at": format_instant(e.at),
                    "amount": amount_text(e.amount, cur), "detail": e.detail, "by": e.by}
                   for e in view.events],
        "clocks": [{"id": name, "at": format_instant(at), "running": running}
                   for name, at, running in view.clocks],
    }
    return out
