"""Pausing Python's cyclic garbage collector during bulk work that makes no reference cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_gc_passes() -> Iterator[None]:
    """No cyclic garbage collection inside the block: bulk work (rows read from a file, the
    documents of many orders) makes new tuples, lists and dicts by the hundred thousand and no
    reference cycles, and a collection every few hundred of them (each older generation
    scanning every object of the process, the database layer's included) costs more than
    making them. Reference counting still frees everything as it goes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
