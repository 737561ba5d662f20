"""File names that are safe on every platform, for names that come from users or files."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME = 120


def safe_file_name(name: str, fallback: str = "file", limit: int = MAX_NAME) -> str:
    """`name` with separators, `..`, control and reserved characters and Windows device names
    made harmless; never empty, at most `limit` characters, extension kept."""
    name = _UNSAFE.sub("_", name).strip().strip(".").strip()
    while ".." in name:
        name = name.replace("..", ".")
    if not name:
        return fallback
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"{fallback}_{name}"
    if len(name) > limit:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: limit - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            name = name[:limit].rstrip(". ")
    return name
