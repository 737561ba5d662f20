"""The workspace's search over one text per order (number, store, tracking, status, item
titles), kept as one casefolded UTF-8 byte array with a NUL between orders: 100,000 orders take
about 8 MB and no Python object per order, and a query is matched with a few whole-array
comparisons instead of a Python loop over the orders.

UTF-8 never puts a character's encoding inside another's, so a byte match of the casefolded
query is a match of its characters; the NUL between orders keeps a match within one order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_SEP = 0
#: answers kept for Backspace and for queries that grow
_KEPT = 64


class OrderSearch:
    """Which orders' texts contain a query (case-insensitive)."""

    def __init__(self, data: np.ndarray):
        if data.dtype != np.uint8 or data.ndim != 1:
            raise ValueError("the search index is a byte array")
        self.data = data
        ends = np.flatnonzero(data == _SEP)
        #: where each order's text begins (orders are the NUL-ended runs of `data`)
        self.starts = np.concatenate([[0], ends[:-1] + 1]).astype(np.int64) if len(ends) \
            else np.zeros(0, dtype=np.int64)
        if len(data) and data[-1] != _SEP:
            raise ValueError("the search index does not end with an order's end")
        self._cache: dict[str, tuple[np.ndarray, np.ndarray | None]] = {}

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
        data, starts = self.data, self.starts
        size = len(data) - len(needle) + 1  # where a match can start
        if not needle:
            return np.arange(len(starts), dtype=np.int64), None
        if _SEP in needle or size <= 0:
            return np.zeros(0, dtype=np.int64), None
        done, at = 0, None
        for cut in range(len(query) - 1, 0, -1):  # the longest kept query it grew from
            known = self._cache.get(query[:cut])
            if known is not None and known[1] is not None:
                done, at = len(query[:cut].encode("utf-8", "surrogatepass")), known[1]
                at = at[at < size]
                break
        if at is None:
            if len(needle) == 1:  # one whole-array comparison, straight to the orders
                mask = data[:size] == needle[0]
                within = int(np.searchsorted(starts, size))
                hit = np.logical_or.reduceat(mask, starts[:within]) if within else mask[:0]
                return np.flatnonzero(hit).astype(np.int64), None
            at, done = _leading_matches(data, needle)
            at = at[at < size]
        for k in range(done, len(needle)):  # then each next byte, only where it can match
            if not len(at):
                break
            at = at[data[at + k] == needle[k]]
        rows = np.searchsorted(starts, at, side="right") - 1
        keep = np.ones(len(rows), dtype=bool)
        keep[1:] = rows[1:] != rows[:-1]
        return rows[keep].astype(np.int64), at


def _leading_matches(data: np.ndarray, needle: bytes) -> tuple[np.ndarray, int]:
    """(ascending places where `needle`'s first `width` bytes are, `width`): its first four
    bytes (two for a shorter needle) compared as one number at each place, the array read as
    numbers of that width at each of its `width` offsets -- a quarter (half) of the
    comparisons of a byte at a time, and far fewer places left to check byte by byte."""
    width, kind = (4, np.uint32) if len(needle) >= 4 else (2, np.uint16)
    value = np.frombuffer(needle[:width], dtype=kind)[0]
    found = []
    for offset in range(width):
        count = (len(data) - offset) // width
        if count > 0:
            words = data[offset:offset + width * count].view(kind)
            found.append(np.flatnonzero(words == value) * width + offset)
    if not found:
        return np.zeros(0, dtype=np.int64), width
    # each offset's places are ascending: a stable sort merges the runs
    return np.sort(np.concatenate(found), kind="stable"), width
