"""File names that are safe on every platform, for names that come from users or files."""

from __future__ import annotations

import re

from aliassist.domain.controls import drop_invisible

#: separators, characters Windows forbids, control characters, and lone surrogates (bytes of a
#: file name that were not UTF-8): none of these can be written everywhere
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\ud800-\udfff]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME = 120
#: file systems count bytes (255 at most); keep room for a prefix such as an export's hash
MAX_NAME_BYTES = 200


def safe_file_name(name: str, fallback: str = "file", limit: int = MAX_NAME) -> str:
    """`name` with separators, `..`, control and reserved characters and Windows device names
    made harmless, bidirectional controls and invisible characters removed (so
    `invoice\u202egpj.exe` cannot pass for a picture); never empty, at most `limit`
    characters and MAX_NAME_BYTES bytes of UTF-8, extension kept."""
    name = _UNSAFE.sub("_", drop_invisible(name)).strip().strip(".").strip()
    while ".." in name:
        name = name.replace("..", ".")
    if not name:
        return fallback
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"{fallback}_{name}"
    if len(name) > limit or len(name.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        if not (dot and 0 < len(ext) <= 10):
            stem, ext = name, ""
        budget = MAX_NAME_BYTES - len(ext.encode("utf-8")) - (1 if ext else 0)
        stem = stem[: limit - len(ext) - (1 if ext else 0)]
        stem = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(". ")
        name = f"{stem or fallback}.{ext}" if ext else (stem or fallback)
    return name
