"""Which orders hold each byte and each common pair of bytes of the search's text: one bit per
order for each, made once while the window is idle, so that a fresh one- or two-letter query
(the first keys of any search, each a scan of the whole text otherwise: about 100 MB at a
million orders) is answered from its bits, and a longer one is checked only in the orders
that hold all its pairs.

Bytes: the ASCII ones found in the text (a one-byte query is ASCII: UTF-8 writes any other
character as two bytes or more). Pairs: the most frequent pairs found, as many as fit in
`MAX_BITSETS` with the bytes; each answers its two-byte query exactly (no NUL in a pair: it
would span two orders). The count of every pair in the text is kept too (256 KiB), so a
query with a pair found nowhere is known to match nothing, and a scan starts from its
rarest pair. At most `MAX_BITSETS` x orders / 8 bytes: 32 MB at a million orders (the search
makes it only for a large text: a smaller one is scanned in a few milliseconds), and about a
second of idle time to make there.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

#: bitsets (one bit per order) kept at most, bytes and pairs together (the ASCII bytes found,
#: 127 at most, always have theirs; the most frequent pairs fill the rest)
MAX_BITSETS = 256
#: orders read at a time while building (a multiple of 8: each block fills whole bytes)
BLOCK = 4096


class Presence:
    """Bitsets of the orders holding each indexed byte and pair, and every pair's count."""

    def __init__(self, bits: np.ndarray, column: np.ndarray, pair_counts: np.ndarray,
                 orders: int):
        #: (bitsets, ceil(orders / 8)) bits, order i at bit 7 - i % 8 of byte i // 8
        self.bits = bits
        #: the bitset of each byte (0-255) and each pair (256 + a * 256 + b); -1 when none
        self.column = column
        #: how many times each pair (a * 256 + b) is in the text
        self.pair_counts = pair_counts
        self.orders = orders

    @property
    def nbytes(self) -> int:
        return int(self.bits.nbytes + self.column.nbytes + self.pair_counts.nbytes)

    def bitset(self, needle: bytes) -> np.ndarray | None:
        """The packed bits of the orders holding a one- or two-byte `needle`, if indexed."""
        key = needle[0] if len(needle) == 1 else 256 + (needle[0] << 8 | needle[1])
        col = int(self.column[key])
        return None if col < 0 else self.bits[col]

    def rows(self, needle: bytes) -> np.ndarray | None:
        """The orders (ascending) holding a one- or two-byte `needle`; None when not indexed."""
        if len(needle) == 2 and not self.pair_counts[needle[0] << 8 | needle[1]]:
            return np.zeros(0, dtype=np.int64)
        bits = self.bitset(needle)
        if bits is None:
            # every ASCII byte found has its bitset: one without is in no order
            return np.zeros(0, dtype=np.int64) if len(needle) == 1 and needle[0] < 128 else None
        return np.flatnonzero(np.unpackbits(bits, count=self.orders))

    def candidates(self, needle: bytes) -> np.ndarray | None:
        """The orders (ascending) that hold every indexed pair of `needle` (a superset of those
        holding `needle`); None when none of its pairs is indexed."""
        found: np.ndarray | None = None
        for k in range(len(needle) - 1):
            pair = needle[k:k + 2]
            if not self.pair_counts[pair[0] << 8 | pair[1]]:
                return np.zeros(0, dtype=np.int64)
            bits = self.bitset(pair)
            if bits is not None:
                found = bits.copy() if found is None else np.bitwise_and(found, bits, out=found)
        return None if found is None else np.flatnonzero(np.unpackbits(found, count=self.orders))

    def rarest_pair(self, needle: bytes) -> int:
        """Where in `needle` (two bytes or more) its least frequent pair starts."""
        pairs = np.frombuffer(needle, dtype=np.uint8).astype(np.int64)
        return int(np.argmin(self.pair_counts[pairs[:-1] << 8 | pairs[1:]]))


def building(data: np.ndarray, bounds: np.ndarray) -> Iterator[Presence | None]:
    """Make the Presence of the orders `data[bounds[i]:bounds[i + 1]]` (each NUL-ended), a
    block of orders per step: yields None after each step, then the Presence."""
    orders = len(bounds) - 1
    pair_counts = np.zeros(65536, dtype=np.int64)
    byte_counts = np.zeros(256, dtype=np.int64)
    for first in range(0, orders, 4 * BLOCK):  # counts first: which pairs to index
        block = data[bounds[first]:bounds[min(first + 4 * BLOCK, orders)]]
        byte_counts += np.bincount(block, minlength=256)
        pair_counts += np.bincount(_pairs(block), minlength=65536)
        yield None
    chosen = [b for b in range(1, 128) if byte_counts[b]]
    pair_counts[:256] = 0  # pairs with a NUL (never in a query)
    pair_counts[0::256] = 0
    by_count = np.argsort(-pair_counts, kind="stable")
    chosen_pairs = [int(p) for p in by_count[:max(0, MAX_BITSETS - len(chosen))]
                    if pair_counts[p]]
    column = np.full(256 + 65536, -1, dtype=np.int16)
    column[chosen] = np.arange(len(chosen))
    column[256 + np.array(chosen_pairs, dtype=np.int64)] = len(chosen) + np.arange(
        len(chosen_pairs))
    width = len(chosen) + len(chosen_pairs)
    bits = np.zeros((width, (orders + 7) // 8), dtype=np.uint8)
    byte_column, pair_column = column[:256], column[256:]
    for first in range(0, orders, BLOCK):
        last = min(first + BLOCK, orders)
        lo = bounds[first]
        block = data[lo:bounds[last]]
        row = np.repeat(np.arange(last - first, dtype=np.int64) * width,
                        np.diff(bounds[first:last + 1]))
        hit = np.zeros((last - first) * width, dtype=bool)
        col = byte_column[block]
        where = col >= 0
        hit[row[where] + col[where]] = True
        col = pair_column[_pairs(block)]
        where = col >= 0
        hit[row[:-1][where] + col[where]] = True
        bits[:, first // 8:(last + 7) // 8] = np.packbits(
            hit.reshape(last - first, width), axis=0).T
        yield None
    yield Presence(bits, column, pair_counts, orders)


def _pairs(block: np.ndarray) -> np.ndarray:
    """Each byte of `block` but the last with the next one, as a * 256 + b."""
    pairs = block[:-1].astype(np.uint16)
    pairs <<= 8
    pairs |= block[1:]
    return pairs
