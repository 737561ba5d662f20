"""The policy file's TOML, kept parsed: reading TOML is most of loading a policy (about 10 ms of
the bundled one's 11, at every command and every start of the window), JSON a tenth of that.

An entry is named by the SHA-256 of the file's bytes (and this cache's format): an edited
policy is a new entry, so an entry is never stale. Entries live in the user's cache folder
(store.locations.user_cache_dir), written atomically; the newest KEEP are kept. A missing,
unreadable, odd or oversized entry is no entry: the TOML is read, as without a cache. A value
JSON cannot hold (a TOML date) leaves the policy uncached.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from aliassist.fileio import write_text_atomic
from aliassist.store.locations import user_cache_dir

try:  # CPython's own SHA-256: hashlib would load OpenSSL first (2 ms at every command)
    from _sha256 import sha256  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import sha256

FORMAT = 1
#: entries kept (a person trying edits of a policy makes one per edit)
KEEP = 8
#: an entry larger than this is no entry (a policy file is at most 4 MB)
MAX_ENTRY_BYTES = 16 << 20


def _entry(raw: bytes) -> Path:
    digest = sha256(raw).hexdigest()[:40]
    return user_cache_dir() / f"policy-{FORMAT}-{digest}.json"


def cached_data(raw: bytes) -> dict[str, Any] | None:
    """The data of the TOML document `raw`, when kept; None otherwise."""
    entry = _entry(raw)
    try:
        with entry.open("rb") as fh:
            text = fh.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    if len(text) > MAX_ENTRY_BYTES:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def keep_data(raw: bytes, data: dict[str, Any]) -> None:
    """Keep `data`, the TOML document `raw` read, for the next load (best effort: a cache
    that cannot be written is no cache)."""
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        return  # a date, say: read as TOML each time
    entry = _entry(raw)
    with contextlib.suppress(OSError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(entry, text)
        _prune(entry.parent)


def clear() -> None:
    """Delete every entry, and the cache folder when that leaves it empty (`wipe`)."""
    folder = user_cache_dir()
    for path in folder.glob("policy-*.json") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


def _prune(folder: Path) -> None:
    entries = []
    for path in folder.glob(f"policy-{FORMAT}-*.json"):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime_ns, path))
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            path.unlink()
