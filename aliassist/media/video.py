"""The recording date of an MP4/MOV/3GP video, from its `mvhd` box: phones write it in UTC.
Only box headers are read (seeking over the media data), so a large video costs a few reads."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

_MAC_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
_MAX_BOXES = 4096


def _boxes(fh: BinaryIO, start: int, end: int):
    pos, seen = start, 0
    while pos + 8 <= end and seen < _MAX_BOXES:
        fh.seek(pos)
        header = fh.read(16)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header[:8])
        body = pos + 8
        if size == 1 and len(header) == 16:
            size = struct.unpack(">Q", header[8:16])[0]
            body = pos + 16
        elif size == 0:
            size = end - pos
        if size < 8:
            return
        yield kind, body, pos + size
        pos += size
        seen += 1


def recorded_at(path: Path) -> datetime | None:
    """When an ISO media file (MP4, MOV, 3GP) says it was made, or None."""
    try:
        with path.open("rb") as fh:
            end = fh.seek(0, 2)
            for kind, body, stop in _boxes(fh, 0, end):
                if kind != b"moov":
                    continue
                for inner, ibody, _ in _boxes(fh, body, stop):
                    if inner == b"mvhd":
                        fh.seek(ibody)
                        head = fh.read(12)
                        if len(head) < 12:
                            return None
                        if head[0] == 1:
                            seconds = struct.unpack(">Q", head[4:12])[0]
                        else:
                            seconds = struct.unpack(">I", head[4:8])[0]
                        if seconds == 0:
                            return None
                        when = _MAC_EPOCH + timedelta(seconds=seconds)
                        return when if when.year >= 1990 else None
                return None
    except (OSError, struct.error, OverflowError):
        return None
    return None
