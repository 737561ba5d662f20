"""The window's order columns kept beside a SQLite database (`<stem>-table-snapshot.npz`), so
the window paints 100,000 orders without reading them from SQL first.

The snapshot is trusted only when it was taken of the database as it is now. Every commit that
writes anything through the store sets SQLite's `user_version` (a header field, written in the
same transaction) to a fresh random number (`watch_writes`); the snapshot records that number,
with the orders' count and highest id, read *before* its columns. At open the three are read
again: any difference, a file that cannot be read, of another format or of other fields, and
the snapshot is ignored (the caller reads SQL and writes a new one). A commit made between the
stamp and the columns only makes the next open rebuild. Writers outside the store (a raw
sqlite3 script) do not change the number: the count and highest id still catch their inserts
and deletes.

The file is an uncompressed .npz (no pickles): arrays as they are, each text column as one
UTF-8 string (texts joined by US, a missing text as RS) or, when texts repeat, as codes into its
distinct values.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any, cast, get_type_hints

import numpy as np

# the stamp and the file's place, re-exported for the snapshot's readers
from aliassist.store.snapshot_stamp import new_stamp as new_stamp
from aliassist.store.snapshot_stamp import read_stamp as read_stamp
from aliassist.store.snapshot_stamp import snapshot_path as snapshot_path
from aliassist.store.snapshot_stamp import watch_writes as watch_writes

#: bump when what is stored changes meaning (the field names are checked as well)
FORMAT = 1
_SEP, _NULL = "\x1f", "\x1e"
#: a text column with fewer distinct values than this share of its rows is stored as codes
_CATEGORICAL = 0.25


# -- writing -----------------------------------------------------------------------------------

def write_snapshot(path: Path, stamp: tuple[int, int, int], parts: dict[str, Any]) -> None:
    """Write `parts` (name -> a dataclass of per-row arrays and text lists, or a list of
    texts) taken at `stamp`. Written aside and renamed: a reader sees the old file or the new
    one, never half of one."""
    arrays: dict[str, np.ndarray] = {}
    layout: dict[str, Any] = {}
    for name, value in parts.items():
        layout[name] = _flatten(name, value, arrays)
    meta = {"format": FORMAT, "stamp": list(stamp), "layout": layout}
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as out:
            np.savez(out, allow_pickle=False, **arrays)
        if os.name == "posix":
            tmp.chmod(0o600)  # the buyer's orders: as private as the database
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _flatten(name: str, value: Any, arrays: dict[str, np.ndarray]) -> Any:
    """What `value` is ("array", "texts", "codes", None, or a dict for a dataclass), its data
    put into `arrays` under `name`."""
    if value is None:
        return None
    if isinstance(value, np.ndarray):
        arrays[name] = value
        return "array"
    if isinstance(value, list):
        return _put_texts(name, value, arrays)
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _flatten(f"{name}.{f.name}", getattr(value, f.name), arrays)
                for f in fields(value)}
    raise TypeError(f"{name}: cannot keep a {type(value).__name__} in a snapshot")


def _put_texts(name: str, values: list[str | None], arrays: dict[str, np.ndarray]
               ) -> list[Any]:
    distinct: dict[str | None, int] = {}
    for v in values:
        distinct.setdefault(v, len(distinct))
        if len(distinct) > len(values) * _CATEGORICAL:
            break
    if values and len(distinct) <= len(values) * _CATEGORICAL:
        codes = np.fromiter((distinct[v] for v in values), dtype=np.int32, count=len(values))
        arrays[name] = codes
        arrays[f"{name}#values"] = _text_bytes(list(distinct))
        return ["codes", len(distinct)]
    arrays[name] = _text_bytes(values)
    return ["texts", len(values)]


def _text_bytes(values: list[str | None]) -> np.ndarray:
    joined = _SEP.join(_NULL if v is None else v for v in values)
    nulls = sum(v is None for v in values)
    if joined.count(_SEP) != max(len(values) - 1, 0) or joined.count(_NULL) != nulls:
        # a text holds one of the separators: spelled out instead
        return np.frombuffer(b"J" + json.dumps(values).encode(), dtype=np.uint8)
    return np.frombuffer(b"S" + joined.encode("utf-8", "surrogatepass"), dtype=np.uint8)


# -- reading -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Snapshot:
    stamp: tuple[int, int, int]
    parts: dict[str, Any]


def read_snapshot(path: Path, stamp: tuple[int, int, int],
                  kinds: dict[str, Callable[..., Any] | None]) -> Snapshot | None:
    """The parts of the snapshot at `path`, rebuilt with `kinds` (part name -> its dataclass,
    None for a list of texts), when it was taken at `stamp`; None when it was not, or the file
    is missing, damaged or not a snapshot of these kinds."""
    try:
        with np.load(path, allow_pickle=False) as files:
            meta = json.loads(bytes(files["meta"]).decode())
            if meta.get("format") != FORMAT or tuple(meta.get("stamp", ())) != stamp:
                return None
            layout = meta["layout"]
            parts = {name: _build(name, kind, layout.get(name), files)
                     for name, kind in kinds.items() if name in layout}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError,
            zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return Snapshot(stamp, parts)


def _build(name: str, kind: Any, layout: Any, files: Any) -> Any:
    if layout is None:
        return None
    if isinstance(layout, list):
        return _get_texts(name, layout, files)
    if layout == "array":
        return files[name]
    if not isinstance(layout, dict) or not is_dataclass(kind):
        raise TypeError(name)
    wanted = {f.name: f for f in fields(kind)}
    if set(layout) != set(wanted):
        raise KeyError(name)  # stored by another version of the columns
    hints = get_type_hints(kind)
    values = {}
    for field_name, sub in layout.items():
        nested = hints[field_name] if is_dataclass(hints[field_name]) else None
        values[field_name] = _build(f"{name}.{field_name}", nested, sub, files)
    n = {len(v) for v in values.values() if isinstance(v, (list, np.ndarray))}
    if len(n) > 1:
        raise ValueError(f"{name}: columns of different lengths")
    build = cast(Callable[..., Any], kind)
    return build(**values)


def _get_texts(name: str, layout: list[Any], files: Any) -> list[str | None]:
    kind, n = layout
    if kind == "codes":
        values = _texts_of(files[f"{name}#values"], n)
        codes = files[name]
        if len(codes) and (codes.min() < 0 or codes.max() >= len(values)):
            raise ValueError(name)
        table = np.empty(len(values), dtype=object)  # looked up in C, not per order in Python
        table[:] = values
        return cast("list[str | None]", table[codes].tolist())
    if kind != "texts":
        raise TypeError(name)
    return _texts_of(files[name], n)


def _texts_of(data: np.ndarray, n: int) -> list[str | None]:
    raw = data.tobytes()
    if raw[:1] == b"J":
        values = json.loads(raw[1:])
        if not isinstance(values, list) or len(values) != n or not all(
                v is None or isinstance(v, str) for v in values):
            raise ValueError("not a list of texts")
        return values
    if raw[:1] != b"S":
        raise ValueError("unknown text column")
    if n == 0:
        return []
    text = raw[1:].decode("utf-8", "surrogatepass")
    parts: list[str | None] = list(text.split(_SEP))
    if len(parts) != n:
        raise ValueError("a text column of another length")
    if _NULL in text:
        parts = [None if v == _NULL else v for v in parts]
    return parts
