"""The workspace's search over one text per order (number, store, tracking, status, item
titles), kept as one casefolded UTF-8 byte array with a NUL between orders: 100,000 orders take
about 8 MB and no Python object per order, and a query is matched with a few comparisons over
the whole array instead of a Python loop over the orders.

UTF-8 never puts a character's encoding inside another's, so a byte match of the casefolded
query is a match of its characters; the NUL between orders keeps a match within one order.

At a million orders the array holds about 85 MB, and a scan of it costs a keystroke its
budget: once the window is idle, `warming` makes the bitsets of the orders holding each byte
and frequent pair (order_presence), which answer a fresh one- or two-letter query at once and
leave a longer one fewer orders to check; a scan reads a block of orders at a time (while it
is in the processor's cache), from the query's rarest pair, on two threads for a large text.
Answers are the same either way: the orders whose text holds the query.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from aliassist.domain.order_presence import Presence, building

_SEP = 0
#: answers kept for Backspace and for queries that grow
_KEPT = 64
#: orders scanned at a time: their bytes (about 85 a order) stay in the processor's cache
#: through the few comparisons of a scan, instead of each one reading the whole array again
_BLOCK = 8192
#: bytes of candidate orders copied out at a time to be checked
_GATHER = 1 << 20
#: a text this large (about 200,000 orders) is scanned on two threads
_TWO_THREADS = 16 << 20
#: a text this large gets the bitsets of `warming` (a smaller one is scanned in a few
#: milliseconds: 100,000 orders in 1-4 ms, a one- or two-letter query included)
_INDEXED = 16 << 20
#: candidates are copied out and checked when fewer than one order in this many (copying
#: costs about ten times a scan's byte)
_FEW = 16


class OrderSearch:
    """Which orders' texts contain a query (case-insensitive)."""

    def __init__(self, data: np.ndarray):
        if data.dtype != np.uint8 or data.ndim != 1:
            raise ValueError("the search index is a byte array")
        if len(data) and data[-1] != _SEP:
            raise ValueError("the search index does not end with an order's end")
        self.data = data
        #: where each order's text begins, then the array's end (orders are the NUL-ended
        #: runs of `data`: order i is data[bounds[i]:bounds[i + 1]], its NUL last)
        self.bounds = np.concatenate([[0], np.flatnonzero(data == _SEP) + 1]).astype(np.int64)
        self.starts = self.bounds[:-1]
        self._cache: dict[str, tuple[np.ndarray, np.ndarray | None]] = {}
        #: the orders holding each byte and common pair, once `warming` has made it
        self.presence: Presence | None = None

    @classmethod
    def of_texts(cls, texts: Sequence[str | None]) -> OrderSearch:
        """The index of one text per order, in order."""
        folded = "\0".join((t or "").replace("\0", " ").casefold() for t in texts)
        if texts:
            folded += "\0"
        raw = folded.encode("utf-8", "surrogatepass")
        return cls(np.frombuffer(raw, dtype=np.uint8))

    def __len__(self) -> int:
        return len(self.starts)

    def warming(self) -> Iterator[None]:
        """Make `presence` a block of orders per step (a few milliseconds each), for the
        window's idle moments, when the text is large; searches made meanwhile scan it."""
        if self.presence is not None or len(self.data) < _INDEXED:
            return
        for made in building(self.data, self.bounds):
            if made is None:
                yield
            else:
                self.presence = made

    def warm(self) -> None:
        """`warming`, all at once."""
        for _ in self.warming():
            pass

    def find(self, query: str) -> np.ndarray:
        """Indexes (ascending) of the orders whose text contains `query`, casefolded. Recent
        answers are kept: Backspace finds its answer at once, and a query that grew from one
        of them checks only the places where that one matched."""
        query = query.casefold()
        known = self._cache.get(query)
        if known is None:
            known = self._scan(query)
            places = known[1]
            if places is not None and len(places) > max(len(self.starts), 1024):
                known = (known[0], None)  # too many places to keep: they would cost memory
            if len(self._cache) >= _KEPT:
                self._cache.pop(next(iter(self._cache)))
            self._cache[query] = known
        return known[0]

    def _scan(self, query: str) -> tuple[np.ndarray, np.ndarray | None]:
        """(order indexes, where the matches start or None when not worth keeping)."""
        needle = query.encode("utf-8", "surrogatepass")
        data = self.data
        size = len(data) - len(needle) + 1  # where a match can start
        if not needle:
            return np.arange(len(self.starts), dtype=np.int64), None
        if _SEP in needle or size <= 0:
            return np.zeros(0, dtype=np.int64), None
        for cut in range(len(query) - 1, 0, -1):  # the longest kept query it grew from
            known = self._cache.get(query[:cut])
            if known is not None and known[1] is not None:
                done, at = len(query[:cut].encode("utf-8", "surrogatepass")), known[1]
                at = at[at < size]
                for k in range(done, len(needle)):  # each next byte, where it can match
                    if not len(at):
                        break
                    at = at[data[at + k] == needle[k]]
                return self._rows(at), at
        presence = self.presence
        if presence is not None and len(needle) <= 2:
            rows = presence.rows(needle)
            if rows is not None:
                return rows.astype(np.int64, copy=False), None
        if len(needle) == 1:
            return self._scan_byte(needle[0]), None
        anchor = 0 if presence is None else presence.rarest_pair(needle)
        candidates = None if presence is None else presence.candidates(needle)
        if candidates is not None and len(candidates) * _FEW < len(self.starts):
            at = self._scan_orders(candidates, needle, anchor)
            return self._rows(at), at
        return self._scan_all(needle, anchor)

    def _rows(self, at: np.ndarray) -> np.ndarray:
        """The orders (ascending, once each) of the ascending places `at`."""
        return _once(np.searchsorted(self.starts, at, side="right") - 1)

    def _scan_byte(self, byte: int) -> np.ndarray:
        """The orders holding `byte`: a block of orders at a time, each compared at once."""
        bounds = self.bounds
        hit = np.zeros(len(self.starts), dtype=bool)

        def scan(first: int, last: int) -> None:
            lo = bounds[first]
            hit[first:last] = np.logical_or.reduceat(
                self.data[lo:bounds[last]] == byte, bounds[first:last] - lo)

        self._blocks(scan)
        return np.flatnonzero(hit).astype(np.int64)

    def _scan_all(self, needle: bytes, anchor: int) -> tuple[np.ndarray, np.ndarray]:
        """(orders, places) where `needle` (two bytes or more) is in the whole text, each
        ascending: a block of orders at a time."""
        bounds = self.bounds
        found: dict[int, tuple[np.ndarray, np.ndarray]] = {}

        def scan(first: int, last: int) -> None:
            lo = int(bounds[first])
            at = _places(self.data[lo:bounds[last]], needle, anchor)
            if len(at):
                at += lo
                # the block's bounds are few: this search stays in the cache
                found[first] = (np.searchsorted(bounds[first:last], at, side="right")
                                + (first - 1), at)

        self._blocks(scan)
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        parts = [found[first] for first in sorted(found)]
        return (_once(np.concatenate([rows for rows, _ in parts])),
                np.concatenate([at for _, at in parts]))

    def _blocks(self, scan: Callable[[int, int], None]) -> None:
        """`scan(first, last)` each block of orders; the second half of them on a thread of
        their own when the text is large (numpy lets go of the interpreter while it
        compares: the two halves run on two cores)."""
        orders = len(self.starts)
        firsts = range(0, orders, _BLOCK)

        def run(part: range) -> None:
            for first in part:
                scan(first, min(first + _BLOCK, orders))

        if len(self.data) < _TWO_THREADS or len(firsts) < 2:
            run(firsts)
            return
        half = len(firsts) // 2
        failed: list[BaseException] = []

        def other() -> None:
            try:
                run(firsts[half:])
            except BaseException as error:  # raised again below, in the caller's thread
                failed.append(error)

        helper = threading.Thread(target=other, name="order-search", daemon=True)
        helper.start()
        try:
            run(firsts[:half])
        finally:
            helper.join()
        if failed:
            raise failed[0]

    def _scan_orders(self, rows: np.ndarray, needle: bytes, anchor: int) -> np.ndarray:
        """Where `needle` starts in the orders `rows` (ascending), ascending: their texts
        copied out together, a bounded piece at a time, and scanned."""
        begin, end = self.bounds[rows], self.bounds[rows + 1]
        lengths = end - begin
        ends = np.cumsum(lengths)
        found = []
        first = 0
        while first < len(rows):
            last = int(np.searchsorted(ends, ends[first] - lengths[first] + _GATHER,
                                       side="right"))
            last = max(last, first + 1)
            lens = lengths[first:last]
            offsets = np.cumsum(lens) - lens
            where = np.arange(int(offsets[-1] + lens[-1]), dtype=np.int64)
            where += np.repeat(begin[first:last] - offsets, lens)
            at = _places(self.data[where], needle, anchor)
            if len(at):
                found.append(where[at])
            first = last
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _once(rows: np.ndarray) -> np.ndarray:
    """Ascending `rows` without their repeats."""
    keep = np.ones(len(rows), dtype=bool)
    keep[1:] = rows[1:] != rows[:-1]
    return rows[keep].astype(np.int64, copy=False)


def _places(block: np.ndarray, needle: bytes, anchor: int) -> np.ndarray:
    """Where `needle` (two bytes or more) starts in `block` (whole orders, NUL-ended),
    ascending: the places of its pair at `anchor` (its rarest, when known), then each other
    byte checked at those places only."""
    count = len(block) - len(needle) + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    hit = block[anchor:anchor + count] == needle[anchor]
    hit &= block[anchor + 1:anchor + 1 + count] == needle[anchor + 1]
    at = _flatnonzero(hit)
    for k in range(len(needle)):
        if not len(at):
            break
        if k != anchor and k != anchor + 1:
            at = at[block[at + k] == needle[k]]
    return at


def _flatnonzero(mask: np.ndarray) -> np.ndarray:
    """np.flatnonzero of a bool array, for few True values: eight at a time first (as one
    number), then within the eights that hold one -- about half the time of numpy's."""
    whole = len(mask) // 8 * 8
    words = mask[:whole].view(np.uint64)
    some = np.flatnonzero(words != 0)
    within = np.flatnonzero(words[some].view(np.bool_))
    found = some[within >> 3] * 8 + (within & 7)
    if whole < len(mask):
        found = np.concatenate([found, np.flatnonzero(mask[whole:]) + whole])
    return found
