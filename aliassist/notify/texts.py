"""What a notice says: titles and bodies from the policy's clock labels and help, with the days
left counted from `now` (a catch-up after a sleep says the real time left) and dates in the
buyer's local zone. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from aliassist.domain.clocks import CLOCK_POLICY
from aliassist.domain.dates import deadline_text
from aliassist.domain.policy import Policy
from aliassist.i18n import translate
from aliassist.i18n_policy import policy_text
from aliassist.notify.planner import ENDED, EXTENSION, Notice

DAY = timedelta(days=1)
#: how many notices a catch-up summary lists before "and N more"
SUMMARY_LINES = 5


@dataclass(frozen=True)
class Message:
    """What one delivery shows: one notice, or a catch-up summary of several."""

    title: str
    body: str
    notices: tuple[Notice, ...]
    #: less than a day left for the most urgent notice
    urgent: bool

    @property
    def is_summary(self) -> bool:
        return len(self.notices) > 1

    @property
    def order_id(self) -> int | None:
        """The order "Open order" opens: the most urgent one."""
        return self.notices[0].order_id if self.notices else None

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(n.key for n in self.notices)


def time_left(at: datetime, now: datetime) -> str:
    """"in 3 days", "in 1 day", "in 5 hours", "in less than an hour", "passed"."""
    left = at - now
    if left <= timedelta(0):
        return translate("Notice", "passed")
    if left >= DAY:
        return translate("Notice", "in %n day(s)", None, left // DAY)
    hours = int(left.total_seconds() // 3600)
    if hours >= 1:
        return translate("Notice", "in %n hour(s)", None, hours)
    return translate("Notice", "in less than an hour")


def local_text(at: datetime, tz: tzinfo | None) -> str:
    """A deadline for people, in the local zone: "24 Nov 2026, 14:00 your time" (the same
    wording as the table, the pane, the calendar and the packet)."""
    return deadline_text(at, tz)


def order_text(notice: Notice) -> str:
    if notice.store:
        return translate("Notice", "Order {number} · {store}").format(number=notice.number,
                                                                     store=notice.store)
    return translate("Notice", "Order {number}").format(number=notice.number)


def clock_label(policy: Policy, clock: str) -> str:
    return policy_text(policy.clocks[CLOCK_POLICY[clock]].label)


def notice_title(notice: Notice, policy: Policy, now: datetime) -> str:
    if notice.kind == ENDED:
        days = max(0, (notice.act_by - now) // DAY)
        return translate("Notice", "Buyer Protection ended: you have %n day(s) to open a dispute",
                         None, days)
    left = time_left(notice.at, now)
    label = clock_label(policy, notice.clock)
    if notice.kind == EXTENSION:
        return translate("Notice", "{label} {time_left} and the parcel has not arrived").format(
            label=label, time_left=left)
    return translate("Notice", "{label}: {time_left}").format(label=label, time_left=left)


def notice_body(notice: Notice, policy: Policy, now: datetime, tz: tzinfo | None) -> str:
    where = order_text(notice)
    if notice.kind == ENDED:
        grace = policy.clocks["grace"]
        return translate("Notice", "{order}. {label}: {deadline}. {help}").format(
            order=where, label=policy_text(grace.label), deadline=local_text(notice.act_by, tz),
            help=policy_text(grace.help))
    rule = policy.clocks[CLOCK_POLICY[notice.clock]]
    if notice.kind == EXTENSION:
        ask = policy.clocks["extension_request"]
        return translate("Notice", "{order}. {label}: {deadline}. {ask}, or open a dispute now. "
                                   "{help}").format(
            order=where, label=policy_text(rule.label), deadline=local_text(notice.at, tz),
            ask=policy_text(ask.label), help=policy_text(ask.help))
    return translate("Notice", "{order}. {label}: {deadline}. {help}").format(
        order=where, label=policy_text(rule.label), deadline=local_text(notice.at, tz),
        help=policy_text(rule.help))


def compose(notices: Sequence[Notice], policy: Policy, now: datetime, tz: tzinfo | None = None
            ) -> list[Message]:
    """One message for one notice; one catch-up summary, most urgent first, for several."""
    if not notices:
        return []
    first = notices[0]
    urgent = first.act_by - now < DAY
    if len(notices) == 1:
        return [Message(notice_title(first, policy, now), notice_body(first, policy, now, tz),
                        (first,), urgent)]
    lines = [f"• {summary_line(n, policy, now)}" for n in notices[:SUMMARY_LINES]]
    if len(notices) > SUMMARY_LINES:
        lines.append(translate("Notice", "… and %n more in AliAssist", None,
                               len(notices) - SUMMARY_LINES))
    title = translate("Notice", "%n deadline(s) need attention", None, len(notices))
    return [Message(title, "\n".join(lines), tuple(notices), urgent)]


def summary_line(notice: Notice, policy: Policy, now: datetime) -> str:
    """One line of a summary or of the tray menu, short enough for a balloon:
    "in 2 days: Buyer Protection ends · 8187000000000001 · Bright Store"."""
    if notice.kind == ENDED:
        left, label = time_left(notice.act_by, now), clock_label(policy, "dispute_deadline")
    else:
        left, label = time_left(notice.at, now), clock_label(policy, notice.clock)
    if notice.kind == EXTENSION:
        what = translate("Notice", "{time_left}: {label} (parcel not arrived)")
    else:
        what = translate("Notice", "{time_left}: {label}")
    what = what.format(time_left=left, label=label)
    return f"{what} · {notice.number}" + (f" · {notice.store}" if notice.store else "")
