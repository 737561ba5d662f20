"""Split an mbox file into messages in constant memory: the file is read in binary chunks and
cut at its `From ` envelope lines (Thunderbird's "From - Sat Jan 03 ...", Google Takeout's
"From 1784...@xxx Wed Nov 01 ...", the classic "From user@host ..."). A message longer than the
limit is not kept whole: its head is kept (to name it) and it is reported as too large."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

CHUNK = 1 << 20
#: an envelope line is short; a longer line is body text
_MAX_ENVELOPE = 1000
#: "From SENDER DATE" where the date has a time and a year: a body line that starts with
#: "From " (unescaped by the writer) is rarely shaped so
_ENVELOPE = re.compile(rb"From \S*[ \t]+[^\r\n]*?\d{1,2}:\d\d[^\r\n]*?\d{4}[^\r\n]*")
_ESCAPED_FROM = re.compile(rb"(?m)^>(>*From )")


class NotAnMbox(ValueError):  # noqa: N818 (a verdict on a file, not a failure)
    """The file does not start with an mbox envelope line."""


@dataclass(frozen=True, slots=True)
class RawMessage:
    #: the message's bytes (only its first `limit` bytes when `oversized`)
    data: bytes
    #: the 1-based number of the message in the file, and the byte offset of its envelope line
    index: int
    offset: int
    #: its whole size in bytes
    size: int
    oversized: bool

    def unescaped(self) -> bytes:
        """The message with the writer's ">From " quoting of body lines undone (mboxrd)."""
        return _ESCAPED_FROM.sub(rb"\1", self.data)


class _Message:
    def __init__(self, index: int, offset: int, limit: int):
        self.index = index
        self.offset = offset
        self.limit = limit
        self.data = bytearray()
        self.size = 0

    def add(self, piece: bytes | memoryview) -> None:
        room = self.limit - len(self.data)
        if room > 0:
            self.data += piece[:room]
        self.size += len(piece)

    def done(self) -> RawMessage:
        data = bytes(self.data)
        if self.size <= self.limit:
            data = data.removesuffix(b"\n").removesuffix(b"\r")
        return RawMessage(data, self.index, self.offset, self.size, self.size > self.limit)


def split_mbox(fh: BinaryIO, limit: int, chunk: int = CHUNK) -> Iterator[RawMessage]:
    """The messages of the mbox open as `fh`, in file order. Raises NotAnMbox when the file
    does not start with an envelope line (an empty file has no messages)."""
    buf = fh.read(max(chunk, _MAX_ENVELOPE + 8))
    if not buf:
        return
    if not buf.startswith(b"From "):
        raise NotAnMbox("the file does not start with a \"From \" line")
    eof = False
    base = 0  # file offset of buf[0]
    first_end = buf.find(b"\n")
    while first_end < 0 and not eof and len(buf) <= _MAX_ENVELOPE:
        more = fh.read(chunk)
        eof = not more
        buf += more
        first_end = buf.find(b"\n")
    if first_end < 0:
        first_end = len(buf) - 1
    current = _Message(1, 0, limit)
    start = first_end + 1  # where the current message's unconsumed bytes begin in buf
    while True:
        search = start
        while True:
            p = buf.find(b"\nFrom ", search - 1 if search > 0 else 0)
            if p < 0:
                break
            line_start = p + 1
            line_end = buf.find(b"\n", line_start, line_start + _MAX_ENVELOPE)
            if line_end < 0:
                if not eof and len(buf) - line_start <= _MAX_ENVELOPE:
                    break  # the line may end in the next chunk
                search = line_start + 1
                continue
            if _ENVELOPE.fullmatch(buf, line_start, line_end) is None \
                    and _ENVELOPE.fullmatch(buf, line_start, line_end - 1) is None:
                search = line_end + 1
                continue
            current.add(memoryview(buf)[start:line_start])
            yield current.done()
            current = _Message(current.index + 1, base + line_start, limit)
            start = search = line_end + 1
        if eof:
            current.add(memoryview(buf)[start:])
            yield current.done()
            return
        # keep the tail where an envelope line may begin; the rest belongs to the message
        keep_from = max(start, len(buf) - _MAX_ENVELOPE - 8)
        current.add(memoryview(buf)[start:keep_from])
        more = fh.read(chunk)
        eof = not more
        base += keep_from
        buf = buf[keep_from:] + more
        start = 0
