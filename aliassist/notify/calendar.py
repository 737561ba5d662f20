"""The running clocks as an iCalendar file: one event per clock, DTSTART in UTC, an alarm at each
warning threshold, and UIDs derived from platform, order number, clock and dispute, so importing
a newer export updates the events instead of adding twins. Pure (icalendar, no I/O)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from aliassist import APP_NAME, __version__
from aliassist.domain.clocks import CLOCK_POLICY
from aliassist.domain.dates import deadline_text
from aliassist.domain.instants import from_epoch, to_epoch
from aliassist.domain.policy import Policy
from aliassist.i18n import translate
from aliassist.i18n_policy import policy_text
from aliassist.notify.planner import CLOCK_IDS, Deadlines, thresholds_for

UID_DOMAIN = "aliassist.local"


def event_uid(platform: str, number: str, clock: str, dispute_index: int | None = None) -> str:
    """The same for the same clock in every export (and every database holding the order)."""
    dispute = "" if dispute_index is None or dispute_index < 0 else f".dispute{dispute_index}"
    return f"{platform}.{number}.{clock}{dispute}@{UID_DOMAIN}"


def calendar_ics(deadlines: Deadlines, policy: Policy, thresholds: Sequence[int], now: datetime,
                 updated: Mapping[int, datetime | None] | None = None) -> tuple[bytes, int]:
    """The iCalendar text of every clock still ahead (or running), and the event count.
    `updated` (order id -> last change) gives each event a SEQUENCE that grows with edits."""
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{APP_NAME} deadlines")
    now_s = to_epoch(now)
    stamp = now.astimezone(UTC).replace(microsecond=0)
    count = 0
    order = sorted(range(len(deadlines)), key=lambda i: (int(deadlines.at[i]),
                                                          deadlines.number[i]))
    for i in order:
        clock = CLOCK_IDS[int(deadlines.clock[i])]
        at_s = int(deadlines.at[i])
        if clock == "protection_end" and at_s <= now_s:
            continue  # protection already ended: the dispute deadline's event carries on
        rule = policy.clocks[CLOCK_POLICY[clock]]
        number, store = deadlines.number[i], deadlines.store[i]
        dispute_index = int(deadlines.dispute_index[i])
        event = Event()
        event.add("uid", event_uid(deadlines.platform[i], number, clock, dispute_index))
        event.add("dtstamp", stamp)
        event.add("dtstart", from_epoch(at_s))
        label = policy_text(rule.label)
        if store:
            summary = translate("Calendar", "{label}: order {number} ({store})")
            where = translate("Calendar", "Order {number} · {store}")
        else:
            summary = translate("Calendar", "{label}: order {number}")
            where = translate("Calendar", "Order {number}")
        event.add("summary", summary.format(label=label, number=number, store=store))
        description = [translate("Calendar", "{label} until {deadline}.").format(
                           label=label, deadline=deadline_text(from_epoch(at_s))),
                       policy_text(rule.help), where.format(number=number, store=store)]
        if dispute_index >= 0:
            description.append(translate("Calendar", "Dispute {number} of the order").format(
                number=dispute_index + 1))
        description.append(translate("Calendar", "Source: {source}").format(
            source=policy.source_title(rule.source)))
        event.add("description", "\n".join(description))
        event.add("categories", [APP_NAME])
        event.add("transp", "TRANSPARENT")
        changed = (updated or {}).get(int(deadlines.order_id[i]))
        if changed is not None:
            event.add("sequence", max(0, to_epoch(changed) // 60 - 28_000_000))
        arrived = bool(deadlines.arrived[i])
        for days in thresholds_for(clock, policy, thresholds, arrived=arrived):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(days=-days))
            alarm.add("description", translate("Calendar", "{label} in %n day(s): order {number}",
                                               None, days).format(label=label, number=number))
            event.add_component(alarm)
        cal.add_component(event)
        count += 1
    return cal.to_ical(), count
