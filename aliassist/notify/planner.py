"""What to tell the buyer, and when: from the running clocks, the warning thresholds, the
notification log and `now`, the notices due now and the instant the next one falls due.

Pure (no Qt, no database, no clock reads) and column-wise: 100,000 orders cost a few array
operations per clock kind; keys are built only for the few clocks inside a threshold.

Rules:
- A clock warns once per threshold (days before it), at the smallest threshold already crossed:
  after a sleep through 14 and 7 days the buyer hears "3 days", not three notices.
- A threshold is skipped when it falls within a day of the clock's start (a dispute's 5-day
  seller clock does not warn "7 days" the moment it opens).
- Protection end of a parcel that has not arrived also warns from the policy's extension_request
  days on, with "ask the seller to extend protection, or open a dispute now".
- When protection ran out (not confirmed by the buyer), one "protection ended" notice says how
  many days are left to open a dispute.
- A notice is never repeated: its key (order, dispute, clock, deadline instant, threshold) is in
  the log once shown, clicked or dismissed. A snoozed key is due again when the snooze ends.
- While notifications are paused nothing is due; what fell due shows when the pause ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import numpy as np

from aliassist.domain.clocks import CLOCK_POLICY, DISPUTE_CLOCKS, ORDER_CLOCKS
from aliassist.domain.instants import from_epoch, to_epoch
from aliassist.domain.policy import Policy

#: Clocks the planner watches; a Deadlines row's `clock` is an index into this tuple.
CLOCK_IDS = (*ORDER_CLOCKS, *DISPUTE_CLOCKS)
CLOCK_CODE = {name: code for code, name in enumerate(CLOCK_IDS)}
#: Log events. Any of DONE_EVENTS settles a key for good; "snoozed" holds it until `until`.
DONE_EVENTS = ("shown", "clicked", "dismissed")
EVENTS = (*DONE_EVENTS, "snoozed")
#: Notice kinds.
DEADLINE, EXTENSION, ENDED = "deadline", "extension", "ended"

_DAY = 86400
_NONE = np.iinfo(np.int64).max
#: blocks_until() of a settled key
FOREVER = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Deadlines:
    """The running clocks of many orders, one row per clock, as columns.

    `at` is the deadline (epoch seconds). `arrived` says the parcel arrived or receipt was
    confirmed (it matters for protection_end only). `ended_until` is, for protection_end rows
    whose protection runs out (or ran out) without the buyer confirming receipt, the dispute
    deadline; 0 elsewhere. `number`, `store` and `platform` describe each row's order (empty
    while not read: see `labelled`).
    """

    order_id: np.ndarray
    dispute_id: np.ndarray  # -1 for order clocks
    #: the dispute's position in its order (stable across databases: calendar UIDs use it)
    dispute_index: np.ndarray
    clock: np.ndarray  # int8 codes into CLOCK_IDS
    at: np.ndarray  # int64 epoch seconds
    arrived: np.ndarray
    ended_until: np.ndarray
    number: Sequence[str] = ()
    store: Sequence[str | None] = ()
    platform: Sequence[str] = ()

    def __len__(self) -> int:
        return len(self.at)

    def take(self, rows: np.ndarray) -> Deadlines:
        """The rows `rows` (positions, ascending), without their labels."""
        return Deadlines(self.order_id[rows], self.dispute_id[rows], self.dispute_index[rows],
                         self.clock[rows], self.at[rows], self.arrived[rows],
                         self.ended_until[rows])

    def labelled(self, labels: Mapping[int, tuple[str, str | None, str]]) -> Deadlines:
        """These rows with the number, store and platform of their orders (order id ->
        (number, store, platform); an order missing there is labelled with its id)."""
        got = [labels.get(i) or (str(i), None, "aliexpress") for i in self.order_id.tolist()]
        return replace(self, number=[g[0] for g in got], store=[g[1] for g in got],
                       platform=[g[2] for g in got])

    @classmethod
    def empty(cls) -> Deadlines:
        z = np.zeros(0, dtype=np.int64)
        return cls(z, z, z, z.astype(np.int8), z, z.astype(bool), z, [], [], [])

    @classmethod
    def concat(cls, parts: Iterable[Deadlines]) -> Deadlines:
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls.empty()
        def joined(name: str) -> np.ndarray:
            return np.concatenate([getattr(p, name) for p in parts])

        return cls(
            joined("order_id"), joined("dispute_id"), joined("dispute_index"), joined("clock"),
            joined("at"), joined("arrived"), joined("ended_until"),
            number=[n for p in parts for n in p.number],
            store=[s for p in parts for s in p.store],
            platform=[s for p in parts for s in p.platform],
        )


@dataclass(frozen=True, slots=True)
class Notice:
    """One warning about one clock at one threshold."""

    key: str
    kind: str
    order_id: int
    dispute_id: int | None
    clock: str
    #: days before the deadline; 0 for the "protection ended" notice
    threshold: int
    #: the deadline the notice is about
    at: datetime
    #: when the buyer must have acted: the deadline, or the dispute deadline once protection ended
    act_by: datetime
    number: str
    store: str | None = None
    platform: str = "aliexpress"
    #: keys of notices this one makes redundant (same order and act-by); logged with it
    covers: tuple[str, ...] = ()

    @property
    def all_keys(self) -> tuple[str, ...]:
        return (self.key, *self.covers)


@dataclass(frozen=True, slots=True)
class LogEntry:
    key: str
    event: str
    at: datetime
    until: datetime | None = None


@dataclass(frozen=True)
class NoticeLog:
    """The last event of each key in the notification log."""

    latest: Mapping[str, LogEntry] = field(default_factory=dict)
    #: keys settled for good, known without their entries (read so from the store: a narrow
    #: read of a long log); `latest` then holds the keys still snoozed
    settled: AbstractSet[str] = frozenset()

    @classmethod
    def from_entries(cls, entries: Iterable[LogEntry]) -> NoticeLog:
        latest: dict[str, LogEntry] = {}
        for entry in entries:  # in the order they happened
            latest[entry.key] = entry
        return cls(latest)

    def blocks_until(self, key: str) -> datetime | None:
        """None when the key may show; the end of its snooze; or FOREVER once done."""
        if key in self.settled:
            return FOREVER
        entry = self.latest.get(key)
        if entry is None:
            return None
        if entry.event == "snoozed" and entry.until is not None:
            return entry.until
        return FOREVER


@dataclass(frozen=True)
class Plan:
    #: the notices due now, most urgent (earliest act-by) first
    due: tuple[Notice, ...]
    #: when the next notice falls due (a threshold crossed, a snooze or a pause ending)
    next_at: datetime | None
    paused_until: datetime | None = None


def notice_key(order_id: int, dispute_id: int | None, clock: str, at: int | datetime,
               threshold: int) -> str:
    """The stable identity of one warning, the same across restarts."""
    epoch = at if isinstance(at, int) else to_epoch(at)
    dispute = "-" if dispute_id is None or dispute_id < 0 else str(dispute_id)
    return f"{order_id}/{dispute}/{clock}/{epoch}/{threshold}"


def thresholds_for(clock: str, policy: Policy, thresholds: Sequence[int], *,
                   arrived: bool = True) -> tuple[int, ...]:
    """The thresholds (days before) at which `clock` warns, largest first."""
    wanted = set(thresholds)
    if clock == "protection_end" and not arrived:
        wanted.add(policy.days("extension_request"))
    length = policy.days(CLOCK_POLICY[clock])
    return tuple(sorted((k for k in wanted if 0 < k < length - 1), reverse=True))


@dataclass(frozen=True)
class Crossed:
    """The clocks inside a notice window at some instant, before the log is consulted: each
    candidate (row, kind, threshold days), and when the next clock enters a window (epoch
    seconds; None: never)."""

    candidates: list[tuple[int, str, int]]
    next_s: int | None

    @property
    def rows(self) -> np.ndarray:
        """The candidates' rows, ascending, each once."""
        return np.unique(np.array([row for row, _kind, _k in self.candidates], dtype=np.int64))

    def within(self, rows: np.ndarray) -> Crossed:
        """The same candidates as rows of Deadlines.take(rows) (`rows` ascending, holding
        every candidate's row)."""
        at = np.searchsorted(rows, [row for row, _kind, _k in self.candidates]).tolist()
        return Crossed([(new, kind, k) for new, (_row, kind, k)
                        in zip(at, self.candidates, strict=True)], self.next_s)


def crossed(deadlines: Deadlines, policy: Policy, thresholds: Sequence[int], now: datetime
            ) -> Crossed:
    """Which clocks are inside a notice window at `now`, and when the next one enters one:
    column-wise, reading no labels."""
    now_s = to_epoch(now)
    candidates: list[tuple[int, str, int]] = []  # (row, kind, threshold)
    next_s = _NONE
    extension_days = policy.days("extension_request")
    for code, clock in enumerate(CLOCK_IDS):
        in_clock = deadlines.clock == code
        if not in_clock.any():
            continue
        groups = [(in_clock & deadlines.arrived, True), (in_clock & ~deadlines.arrived, False)]
        if clock != "protection_end":
            groups = [(in_clock, True)]
        for mask, arrived in groups:
            rows = np.flatnonzero(mask)
            if not len(rows):
                continue
            thr = np.array(sorted(thresholds_for(clock, policy, thresholds, arrived=arrived)),
                           dtype=np.int64) * _DAY
            at = deadlines.at[rows]
            left = at - now_s
            running = left > 0
            idx = np.searchsorted(thr, left, side="left") if len(thr) else np.zeros(len(rows),
                                                                                       np.int64)
            crossed = running & (idx < len(thr))
            # the next threshold to cross: the largest one still ahead
            ahead = running & (idx > 0)
            if ahead.any():
                next_s = min(next_s, int((at[ahead] - thr[idx[ahead] - 1]).min()))
            for i in np.flatnonzero(crossed).tolist():
                k = int(thr[idx[i]] // _DAY)
                kind = EXTENSION if (not arrived and k <= extension_days) else DEADLINE
                candidates.append((int(rows[i]), kind, k))
            if clock == "protection_end":
                until = deadlines.ended_until[rows]
                eligible = until > 0
                # "protection ended" falls due at the end itself
                later = eligible & running
                if later.any():
                    next_s = min(next_s, int(at[later].min()))
                ended = eligible & ~running & (until > now_s)
                candidates.extend((int(rows[i]), ENDED, 0) for i in np.flatnonzero(ended))
    return Crossed(candidates, None if next_s == _NONE else next_s)


def plan(deadlines: Deadlines, policy: Policy, thresholds: Sequence[int], log: NoticeLog,
         now: datetime, paused_until: datetime | None = None) -> Plan:
    """The notices due at `now` and when to look again."""
    return plan_crossed(deadlines, crossed(deadlines, policy, thresholds, now), log, now,
                        paused_until)


def _key(order_id: int, dispute: int, clock_code: int, at: int, threshold: int) -> str:
    """notice_key() of planner columns, faster."""
    return f"{order_id}/{'-' if dispute < 0 else dispute}/{CLOCK_IDS[clock_code]}/{at}/{threshold}"


def held_back(deadlines: Deadlines, found: Crossed, log: NoticeLog, now: datetime) -> Crossed:
    """`found` without the candidates the log holds back at `now` (shown, dismissed, or
    snoozed past `now`: then looked at again when the first such snooze ends)."""
    next_s = _NONE if found.next_s is None else found.next_s
    latest, settled = log.latest, log.settled
    if not found.candidates or not (latest or settled):
        return found
    # the candidates' columns only, as Python values (not those of every clock)
    rows = np.array([row for row, _kind, _k in found.candidates], dtype=np.int64)
    order_ids, dispute_ids, clock_codes, at_s = (
        column[rows].tolist() for column in (deadlines.order_id, deadlines.dispute_id,
                                             deadlines.clock, deadlines.at))
    kept = []
    for n, (row, kind, k) in enumerate(found.candidates):
        key = _key(order_ids[n], dispute_ids[n], clock_codes[n], at_s[n], k)
        if key in settled:
            continue
        if key in latest:  # rare: look closer only at keys the log knows
            blocked = log.blocks_until(key)
            if blocked is not None and blocked > now:
                if blocked != FOREVER:
                    next_s = min(next_s, to_epoch(blocked))
                continue
        kept.append((row, kind, k))
    return Crossed(kept, None if next_s == _NONE else next_s)


def plan_crossed(deadlines: Deadlines, found: Crossed, log: NoticeLog, now: datetime,
                 paused_until: datetime | None = None) -> Plan:
    """plan(), from what crossed() found in `deadlines` (labelled at least on the rows of the
    candidates the log does not hold back)."""
    found = held_back(deadlines, found, log, now)
    next_s = _NONE if found.next_s is None else found.next_s
    due: list[Notice] = []
    order_ids, dispute_ids, at_s = (deadlines.order_id.tolist(), deadlines.dispute_id.tolist(),
                                    deadlines.at.tolist())
    clock_codes = deadlines.clock.tolist()
    ended_s = deadlines.ended_until.tolist() if found.candidates else []
    for row, kind, k in found.candidates:
        dispute = dispute_ids[row]
        act_by = ended_s[row] if kind == ENDED else at_s[row]
        due.append(Notice(
            key=_key(order_ids[row], dispute, clock_codes[row], at_s[row], k), kind=kind,
            order_id=order_ids[row], dispute_id=None if dispute < 0 else dispute,
            clock=CLOCK_IDS[clock_codes[row]], threshold=k,
            at=_instant(at_s[row]), act_by=_instant(act_by),
            number=deadlines.number[row], store=deadlines.store[row],
            platform=deadlines.platform[row]))
    due = _merge_same_deadline(due)
    due.sort(key=lambda n: (n.act_by, n.number, n.clock, n.key))
    next_at = None if next_s == _NONE else from_epoch(next_s)
    if paused_until is not None and paused_until > now:
        if due or (next_at is not None and next_at < paused_until):
            next_at = paused_until
        return Plan((), next_at, paused_until)
    return Plan(tuple(due), next_at)


def _instant(epoch: int) -> datetime:
    """from_epoch, faster (many notices at once)."""
    return datetime.fromtimestamp(epoch, UTC)


def _merge_same_deadline(due: list[Notice]) -> list[Notice]:
    """One notice per order and act-by instant: "protection ended, 15 days to dispute" and
    "dispute deadline in 7 days" due together (after a sleep) say one thing; the threshold
    notice wins and covers the other."""
    groups: dict[tuple[int, int | None, datetime], list[Notice]] = {}
    for notice in due:
        groups.setdefault((notice.order_id, notice.dispute_id, notice.act_by), []).append(notice)
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        group.sort(key=lambda n: (n.kind == ENDED, n.threshold))
        winner, rest = group[0], group[1:]
        out.append(replace(winner, covers=tuple(k for n in rest for k in n.all_keys)))
    return out


def _notice(d: Deadlines, row: int, kind: str, threshold: int) -> Notice:
    clock = CLOCK_IDS[int(d.clock[row])]
    at = int(d.at[row])
    order_id = int(d.order_id[row])
    dispute = int(d.dispute_id[row])
    dispute_id = None if dispute < 0 else dispute
    act_by = int(d.ended_until[row]) if kind == ENDED else at
    return Notice(
        key=notice_key(order_id, dispute_id, clock, at, threshold),
        kind=kind, order_id=order_id, dispute_id=dispute_id, clock=clock, threshold=threshold,
        at=from_epoch(at), act_by=from_epoch(act_by), number=d.number[row], store=d.store[row],
        platform=d.platform[row])


def soonest(deadlines: Deadlines, now: datetime, count: int = 5) -> np.ndarray:
    """The rows of the `count` earliest deadlines not yet passed, earliest first, ties in row
    order: so Deadlines.take() of rows holding these gives the same list."""
    now_s = to_epoch(now)
    ahead = np.flatnonzero(deadlines.at > now_s)
    if not len(ahead) or count <= 0:
        return ahead[:0]
    return ahead[np.argsort(deadlines.at[ahead], kind="stable")[:count]]


def next_deadlines(deadlines: Deadlines, now: datetime, count: int = 5) -> list[Notice]:
    """The `count` earliest deadlines not yet passed (the tray menu lists them)."""
    return [_notice(deadlines, int(row), DEADLINE, 0)
            for row in soonest(deadlines, now, count).tolist()]
