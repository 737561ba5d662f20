"""How commands print: results on stdout (a table, or JSON with --json), messages on stderr."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

from aliassist.domain.dates import deadline_text
from aliassist.errors import UserError


def print_json(value: Any, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    """A plain text table, columns padded to their widest cell."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def deadline_time(value: datetime | None) -> str:
    """A deadline in the user's local time: "13 Jan 2027, 17:00 your time"."""
    return "" if value is None else deadline_text(value)


def dispute_index(number: int | None) -> int | None:
    """The index of dispute `number` (people count disputes from 1)."""
    if number is None:
        return None
    if number < 1:
        raise UserError("disputes are numbered from 1 (dispute 1, 2, ...)", where="--dispute")
    return number - 1


def local_time(value: datetime | None) -> str:
    """An instant in the user's local zone, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
