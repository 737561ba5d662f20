"""Reading an import's rows in a second process while this one writes them.

An import of a large file spends about half its time reading (CSV, each row's values checked
and turned into the stored ones, rows grouped into orders) and half writing; both are the
interpreter's own work, so threads would take turns. On a machine with a core to spare the
command line's own process forks a child once the file is open and the writer is ready: the
child reads and groups the rows exactly as an import in one process does (the same objects,
carried over by the fork) and sends each batch of orders, marshalled, through a pipe; this
process writes each batch as it comes, in the file's order, and reports the rows the writer
refuses. The pipe holds a few batches at most, so memory stays flat.

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
from aliassist.store.bulk_import import ImportedOrder

_BUFFER = 1 << 20
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


class _SentOrderRows(OrderRows):
    """The child's side: rows grouped into orders as in one process, each batch and each
    refusal that needs the writer's knowledge sent to the parent instead."""

    def __init__(self, out: IO[bytes], reader: RowReader, report: ImportReport,
                 orders: OrderRows):
        super().__init__(orders.writer, reader, report, orders.tz)
        self.out = out

    def _send(self, message: tuple[Any, ...]) -> None:
        # marshal: rows are tuples of text, integers and None, which it writes in a third of
        # pickle's time (this process sets the pace); a value it cannot write fails the child,
        # and the parent imports in one process
        data = marshal.dumps(message)
        self.out.write(_LENGTH.pack(len(data)))  # framed: loading from the pipe a value at a
        self.out.write(data)                     # time would read it a few bytes at a time
        self.out.flush()  # at once: the parent writes this batch while the next is read

    def in_background(self) -> bool:
        return False  # every batch is sent, in order; the parent writes it

    def expect(self, rows: int) -> None:
        self._send(("expect", rows))

    def write_batch(self, batch: list[ImportedOrder], batch_lines: dict[str, int]) -> None:
        self._send(("batch", [order.rows for order in batch], dict(batch_lines)))

    def skip_other(self, line: int, kind: str, number: str, read_first: int, first: Any,
                   own: Any) -> None:
        self._send(("other", line, kind, number, read_first, first, own))


def read_in_child(rows: RowSource, sample: list[list[Any]], reader: RowReader,
                  orders: OrderRows, report: ImportReport) -> None:
    """Read every row in a forked child and write what it sends with `orders` (this
    process's writer); `report` gets the rows read and every row skipped, as `read_all` and
    `orders.finish()` give them in one process. Raises ChildReadError (nothing is known of
    what the child read, or no child could be made: the caller rolls back and imports in one
    process)."""
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
        _child(send, rows, sample, reader, orders, report)
    os.close(send)
    try:
        with os.fdopen(receive, "rb", _BUFFER) as pipe:
            _write_what_comes(pipe, orders, report)
    finally:
        _end(pid)


def _write_what_comes(pipe: IO[bytes], orders: OrderRows, report: ImportReport) -> None:
    while True:
        try:
            message = _receive(pipe)
        except (EOFError, ValueError, TypeError) as exc:
            raise ChildReadError(f"the reading process stopped early ({exc!r})") from None
        kind = message[0]
        if kind == "batch":
            orders.write_batch([ImportedOrder(rows) for rows in message[1]], message[2])
        elif kind == "other":
            orders.skip_other(*message[1:])
        elif kind == "expect":
            orders.expect(message[1])
        elif kind == "end":
            report.skipped.extend(SkippedRow(line, reason) for line, reason in message[1])
            report.rows = message[2]
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
           orders: OrderRows, report: ImportReport) -> None:
    """Read and send; leave without the parent's clean-up (its database, its output)."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        with os.fdopen(send, "wb", _BUFFER) as out:
            mine = ImportReport(report.layout, report.source, dry_run=report.dry_run)
            sent = _SentOrderRows(out, reader, mine, orders)
            try:
                read_all(rows, sample, reader, sent, mine, Progress())
                sent.finish()
            except BaseException:
                sent._send(("failed",))
                raise
            sent._send(("end", [(s.line, s.reason) for s in mine.skipped], mine.rows))
        status = 0
    except BaseException:  # the parent imports again in one process; the error shows there
        pass
    finally:
        os._exit(status)


def _widen(pipe: int) -> None:
    """Let the pipe hold a few batches (a batch is about 300 KB; a pipe holds 64 KB unless
    told), so the child reads on while this process writes the batches before."""
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

