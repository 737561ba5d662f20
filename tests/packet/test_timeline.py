"""The summary's timeline: no label touches another, today is a labelled mark like the clocks,
and everything stays inside the picture (nothing runs into the table below it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from aliassist.domain import records as rec
from aliassist.packet.summary import TimelineLayout, timeline_layout
from aliassist.services.context import AppContext
from tests.packet.test_packet import content_for


def width_of(text: str) -> float:
    """A stand-in font: 11 px per character (the layout, not a font's metrics, is tested)."""
    return 11.0 * len(text)


def overlapping(layout: TimelineLayout) -> list[tuple[str, str]]:
    out = []
    marks = layout.marks
    for i, a in enumerate(marks):
        for b in marks[i + 1:]:
            al, at, aw, ah = a.box
            bl, bt, bw, bh = b.box
            if al < bl + bw and bl < al + aw and at < bt + bh and bt < at + ah:
                out.append((a.lines[0], b.lines[0]))
    return out


def test_crowded_clocks_get_labels_that_never_touch(ctx: AppContext, order: rec.Order) -> None:
    opened = ctx.now() - timedelta(days=3)
    disputes = tuple(replace(order.disputes[0], opened_at=opened + timedelta(hours=h),
                             status="seller_responded",
                             seller_responded_at=opened + timedelta(hours=h + 1))
                     for h in range(3))
    crowded = replace(order, disputes=disputes,
                      payments=(rec.Payment("partial_refund", 100, opened),))
    layout = timeline_layout(content_for(ctx, crowded), width_of)
    assert len(layout.marks) >= 10
    assert overlapping(layout) == []
    kinds = [m.kind for m in layout.marks]
    assert kinds.count("today") == 1
    today = next(m for m in layout.marks if m.kind == "today")
    assert today.lines[0] == "today"
    for mark in layout.marks:
        left, top, width, height = mark.box
        assert left >= 0 and left + width <= layout.width
        assert top >= 0 and top + height <= layout.height  # inside the picture
    # rows next to the line come first: an uncrowded timeline stays low
    simple = timeline_layout(content_for(ctx, order), width_of)
    assert simple.height < layout.height
