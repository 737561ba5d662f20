"""How commands print: results on stdout (a table, or JSON with --json), messages on stderr."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TextIO

from aliassist.domain.controls import show_controls
from aliassist.domain.dates import deadline_text
from aliassist.domain.formatting import local_minute
from aliassist.errors import UserError
from aliassist.i18n import translate

#: an instant in the user's local zone, to the minute (what every command prints)
local_time = local_minute

#: characters JSON may carry raw that a terminal would act on (DEL, C1 controls, bidirectional
#: controls): printed as \\uXXXX escapes, which JSON reads back as the same text
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _safe(text: str) -> str:
    if text.isascii() and "\x7f" not in text:  # the usual case, without a regex pass
        return text
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def print_json(value: Any, out: TextIO) -> None:
    out.write(_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


def print_json_texts(texts: Iterable[str], out: TextIO) -> None:
    """A JSON list written as it comes, a batch of its elements' texts at a time (each
    batch's elements one a line, joined by ",\n"): for lists as long as the orders (memory
    stays flat, and a line-oriented tool can read an element per line). One write and one
    escaping pass per batch, not per element."""
    stream = out.stream if isinstance(out, TerminalText) else out
    out.write("[")
    first = True
    for text in texts:
        if not text:
            continue
        # JSON escapes every C0 control and _safe the rest that TerminalText would show as
        # escapes: what it would do to this text is nothing, so the text skips it
        stream.write(_safe(("\n" if first else ",\n") + text))
        first = False
    out.write("]\n" if first else "\n]\n")


class TerminalText(io.TextIOBase):
    """A text stream that shows control characters and bidirectional controls as escapes
    (aliassist.domain.controls) instead of passing them to the terminal: a title or store
    name can neither run escape sequences nor reorder a line."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(show_controls(text))
        return len(text)

    def rewrite_line(self, text: str) -> None:
        """Show `text` (made inert) over the current line: the app's own progress line."""
        self.stream.write("\r" + show_controls(text))

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()


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
        raise UserError(translate("cli", "disputes are numbered from 1 (dispute 1, 2, ...)"),
                        where="--dispute")
    return number - 1

