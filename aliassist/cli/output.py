"""How commands print: results on stdout (a table, or JSON with --json), messages on stderr."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from aliassist.domain.formatting import local_minute

#: an instant in the user's local zone, to the minute (what every command prints)
local_time = local_minute


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
