"""Reading an import's rows in a second process while this one writes them.

An import of a large file spends about half its time reading (CSV, each row's values checked
and turned into the stored ones) and half grouping the rows into orders and writing them; both
are the interpreter's own work, so threads would take turns. On a machine with a core to spare
the command line's own process forks a child once the file is open and the writer is ready:
the child reads the rows exactly as an import in one process does (the same reader, carried
over by the fork) and sends them in chunks, marshalled, through a pipe, with what the rows so
far say of the file's order numbers whenever that changes (a spreadsheet's cut numbers: the
grouping asks it row by row); this process groups and writes them as they come, in the file's
order: the same grouping, the same writer and the same messages as in one process. The pipe
holds a few chunks at most, so memory stays flat.

The child never touches the database: the connection this process holds is carried over by
the fork but never used there, and the child leaves with `os._exit` (no clean-up closes it).
When the child fails -- an error in the file that stops the import (dates or a currency to
ask about), a crash, no memory -- this process is told (or finds the pipe closed before the
end) and the caller does the whole import again in one process: what an import does, and
each message it gives, never depend on the child.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import signal
import struct
import sys
import threading
from typing import IO, Any

from aliassist.importers.rows import RowReader
from aliassist.importers.sources import RowSource
from aliassist.progress import Progress
from aliassist.services.forked_worker import can_fork
from aliassist.services.import_batches import ImportReport, OrderRows, SkippedRow, read_all

_BUFFER = 1 << 20
#: rows sent at once
_CHUNK = 1000
#: the length before each message
_LENGTH = struct.Struct("<Q")
#: what the pipe may hold (Linux lets an unprivileged process ask for up to 1 MiB)
_PIPE_BYTES = 1 << 20


class ChildReadError(Exception):
    """The child stopped before sending the whole file: do the import in this process."""


def can_read_in_child() -> bool:
    """Whether a child may read here: fork on a machine with a core to spare (`can_fork`),
    from a process without Qt (its threads and state do not survive a fork) and without other
    threads (a lock one of them holds would stay held in the child)."""
    return (can_fork() and "PySide6.QtCore" not in sys.modules
            and threading.active_count() == 1)


class _SentRows:
    """The child's side: each row read, and each change in what the rows say of the file's
    numbers (sent before the next row, which the grouping adds knowing it), sent to the
    parent."""

    def __init__(self, out: IO[bytes], reader: RowReader):
        self.out = out
        self.reader = reader
        self.rows: list[tuple[Any, ...]] = []
        self._changes = reader.number_changes

    def add(self, row: tuple[Any, ...]) -> None:
        if self.reader.number_changes != self._changes:
            self._send_rows()
            self._changes = self.reader.number_changes
            self.send(("numbers", self.reader.number_state()))
        self.rows.append(row)
        if len(self.rows) >= _CHUNK:
            self._send_rows()

    def expect(self, rows: int) -> None:
        self._send_rows()
        self.send(("expect", rows))

    def end(self, report: ImportReport) -> None:
        self._send_rows()
        self.send(("end", [(s.line, s.reason) for s in report.skipped], report.rows,
                   self.reader.number_state()))

    def _send_rows(self) -> None:
        if self.rows:
            self.send(("rows", self.rows))
            self.rows = []

    def send(self, message: tuple[Any, ...]) -> None:
        # marshal: rows are tuples of text, integers and None, which it writes in a third of
        # pickle's time (this process sets the pace); a value it cannot write fails the child,
        # and the parent imports in one process
        data = marshal.dumps(message)
        self.out.write(_LENGTH.pack(len(data)))  # framed: loading from the pipe a value at a
        self.out.write(data)                     # time would read it a few bytes at a time
        self.out.flush()  # at once: the parent writes these rows while the next are read


def read_in_child(rows: RowSource, sample: list[list[Any]], reader: RowReader,
                  orders: OrderRows, report: ImportReport) -> None:
    """Read every row in a forked child and add what it sends to `orders` (this process's
    grouping and writer; the caller then calls `orders.finish()`, as in one process);
    `report` gets the rows read and every row skipped, as `read_all` gives them in one
    process. Raises ChildReadError (nothing is known of what the child read, or no child could
    be made: the caller rolls back and imports in one process)."""
    try:
        receive, send = os.pipe()
    except OSError as exc:
        raise ChildReadError(f"no pipe ({exc})") from None
    _widen(send)
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        pid = os.fork()
    except OSError as exc:
        os.close(receive)
        os.close(send)
        raise ChildReadError(f"no second process ({exc})") from None
    if pid == 0:  # the child: never returns
        os.close(receive)
        _child(send, rows, sample, reader, report)
    os.close(send)
    try:
        with os.fdopen(receive, "rb", _BUFFER) as pipe:
            _add_what_comes(pipe, reader, orders, report)
    finally:
        _end(pid)


def _add_what_comes(pipe: IO[bytes], reader: RowReader, orders: OrderRows,
                    report: ImportReport) -> None:
    while True:
        try:
            message = _receive(pipe)
        except (EOFError, ValueError, TypeError) as exc:
            raise ChildReadError(f"the reading process stopped early ({exc!r})") from None
        kind = message[0]
        if kind == "rows":
            add = orders.add
            for row in message[1]:
                add(row)
        elif kind == "numbers":
            reader.take_number_state(message[1])
        elif kind == "expect":
            orders.expect(message[1])
        elif kind == "end":
            report.skipped.extend(SkippedRow(line, reason) for line, reason in message[1])
            report.rows = message[2]
            reader.take_number_state(message[3])
            return
        else:  # "failed"
            raise ChildReadError("the reading process failed")


def _receive(pipe: IO[bytes]) -> Any:
    """The next message the child sent (EOFError when the pipe ends before it does)."""
    head = pipe.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError("no message")
    (size,) = _LENGTH.unpack(head)
    data = pipe.read(size)
    if len(data) < size:
        raise EOFError("a message cut short")
    return marshal.loads(data)


def _child(send: int, rows: RowSource, sample: list[list[Any]], reader: RowReader,
           report: ImportReport) -> None:
    """Read and send; leave without the parent's clean-up (its database, its output)."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        with os.fdopen(send, "wb", _BUFFER) as out:
            mine = ImportReport(report.layout, report.source, dry_run=report.dry_run)
            sent = _SentRows(out, reader)
            try:
                read_all(rows, sample, reader, sent, mine, Progress())
            except BaseException:
                sent.send(("failed",))
                raise
            sent.end(mine)
        status = 0
    except BaseException:  # the parent imports again in one process; the error shows there
        pass
    finally:
        os._exit(status)


def _widen(pipe: int) -> None:
    """Let the pipe hold a few chunks (a chunk is about 250 KB; a pipe holds 64 KB unless
    told), so the child reads on while this process writes the rows before."""
    try:
        import fcntl  # POSIX only: this module is imported on every system (the CLI asks it)
    except ImportError:
        return
    with contextlib.suppress(OSError, AttributeError):  # F_SETPIPE_SZ: Linux only
        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)


def _end(pid: int) -> None:
    """Stop the child if it still runs (this process stopped early), and wait for it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)

