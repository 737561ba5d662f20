"""Giving memory back to the system once the window is idle."""

from __future__ import annotations

import ctypes
import sys


def give_back_free_memory() -> None:
    """Return the heap's free pages to the system. Reading 100,000 orders makes large
    temporary objects (the database's column texts, the sorts' keys); glibc keeps the pages
    they used, so without this the window stays as large as its busiest moment. Elsewhere (no
    glibc) nothing happens."""
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # another C library (musl): it gives pages back itself
        return
    trim(0)
