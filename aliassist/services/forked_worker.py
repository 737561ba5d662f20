"""A second process for the second half of a long listing, on machines with a core to spare.

The process is forked when the command starts, before it opens any database: SQLite must not
see a connection cross a fork (its locks are per process), so the child opens its own. It then
waits for one job: a module-level function and its arguments (pickled over a pipe: parent and
child are the same program), which returns texts; it writes them, framed, to an unlinked
temporary file and exits. The parent reads them back once it has written its own half. A job
that fails or a child that dies says so (`results` gives None), and the parent does that half
itself: the output never depends on the child.

Only the command line's own process forks (not a test run in-process, not Windows or macOS,
where fork is absent or unsafe with the system's libraries).
"""

from __future__ import annotations

import contextlib
import copyreg
import io
import os
import pickle
import signal
import struct
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from types import MappingProxyType
from typing import IO, Any

_FRAME = struct.Struct("<Q")
#: exit codes of the child
_DONE, _NO_JOB, _FAILED = 0, 3, 4


def can_fork() -> bool:
    """Whether a worker would help and is safe here: Linux (fork) with two cores or more."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores >= 2


def start_worker() -> ForkedWorker | None:
    """A worker, or None when there is no point (`can_fork`) or no way: no temporary file can
    be made, or the system refuses another process (the caller then does all the work)."""
    if not can_fork():
        return None
    try:
        return ForkedWorker()
    except OSError:
        return None


class ForkedWorker:
    """A child process waiting for one job (see the module docstring). Use as a context
    manager: leaving it without a job lets the child go; leaving it early stops the child."""

    def __init__(self) -> None:
        self._spool: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close)
        try:
            job_read, self._job_write = os.pipe()
        except OSError:
            self._spool.close()
            raise
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            self.pid = os.fork()
        except OSError:
            for fd in (job_read, self._job_write):
                os.close(fd)
            self._spool.close()
            raise
        if self.pid == 0:  # the child: never returns
            os.close(self._job_write)
            code = _FAILED
            try:
                code = _serve(job_read, self._spool)
            finally:
                os._exit(code)
        os.close(job_read)
        self._sent = False
        self._status: int | None = None

    def run(self, job: Callable[..., Iterable[str]], *args: Any) -> None:
        """Hand the child its job: `job(*args)`'s texts are what `results` gives."""
        if self._sent:
            raise RuntimeError("a worker takes one job")
        self._sent = True
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        # read-only mappings (a policy's tables) go as what they show
        pickler.dispatch_table = {**copyreg.dispatch_table,
                                  MappingProxyType: lambda m: (_read_only, (dict(m),))}
        pickler.dump((job, args))
        data = buffer.getvalue()
        try:
            with os.fdopen(self._job_write, "wb") as pipe:
                pipe.write(data)
        except OSError:  # the child is gone: results() says so
            pass

    def results(self) -> Iterator[str] | None:
        """The job's texts, in order, once the child has finished; None when it failed."""
        if not self._sent or self._wait() != _DONE:
            return None
        self._spool.seek(0)
        return _frames(self._spool)

    def close(self) -> None:
        """Let the child go (no job) or stop it (job under way), and wait for it."""
        if not self._sent:
            self._sent = True
            os.close(self._job_write)
        elif self._status is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
        self._wait()
        self._spool.close()

    def _wait(self) -> int:
        if self._status is None:
            _, status = os.waitpid(self.pid, 0)
            self._status = os.waitstatus_to_exitcode(status)
        return self._status

    def __enter__(self) -> ForkedWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(job_read: int, spool: IO[bytes]) -> int:
    """The child's life: read the job, run it, write its texts framed (8-byte length, UTF-8)."""
    with os.fdopen(job_read, "rb") as pipe:
        data = pipe.read()
    if not data:
        return _NO_JOB
    job, args = pickle.loads(data)
    for text in job(*args):
        encoded = text.encode("utf-8")
        spool.write(_FRAME.pack(len(encoded)))
        spool.write(encoded)
    spool.flush()
    return _DONE


def _read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


def _frames(spool: IO[bytes]) -> Iterator[str]:
    try:
        while head := spool.read(_FRAME.size):
            (size,) = _FRAME.unpack(head)
            yield spool.read(size).decode("utf-8")
    finally:
        spool.close()
