"""Pausing Python's cyclic garbage collector during bulk work that makes no reference cycles,
and during the window's start."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def without_gc_passes() -> Iterator[None]:
    """No cyclic garbage collection inside the block: bulk work (rows read from a file, the
    documents of many orders) makes new tuples, lists and dicts by the hundred thousand and no
    reference cycles, and a collection every few hundred of them (each older generation
    scanning every object of the process, the database layer's included) costs more than
    making them. Reference counting still frees everything as it goes."""
    resume = pause_gc_passes()
    try:
        yield
    finally:
        resume()


def pause_gc_passes() -> Callable[[], None]:
    """No cyclic garbage collection from now until the returned function is called (the
    first call resumes it, as it was; later calls do nothing). For work that ends at an event
    rather than at the end of a block: the window's start, whose modules, widgets and Qt
    enumerations are some 30,000 new objects, all kept, and whose collections on the way
    (every few hundred of them) would each delay the first paint."""
    enabled = gc.isenabled()
    gc.disable()

    def resume() -> None:
        nonlocal enabled
        if enabled:
            enabled = False  # once
            gc.enable()

    return resume
