"""A second process for the second half of a long listing, on machines with a core to spare.

The process is forked when the command starts, before it opens any database: SQLite must not
see a connection cross a fork (its locks are per process), so the child opens its own. It then
waits for one job: a module-level function and its arguments (pickled over a pipe: parent and
child are the same program), which yields texts, each with a mark (two integers: where a
listing got to); it writes them, framed, to an unlinked temporary file, telling the parent of
each as it goes, and exits. The parent reads them as they come (`frames`), once it has written
its own half: the worker's finished texts go out while it makes the rest. A job that fails or a
child that dies ends the frames early (`finished` is then False) and the parent makes the rest
itself, from the last mark it got: the output never depends on the child.

Only the command line's own process forks (not a test run in-process, not Windows or macOS,
where fork is absent or unsafe with the system's libraries).
"""

from __future__ import annotations

import contextlib
import copyreg
import importlib
import io
import os
import pickle
import signal
import struct
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import MappingProxyType
from typing import IO, Any, TypeAlias

#: what a job yields: a text, or a text with its mark
Frame: TypeAlias = str | tuple[str, tuple[int, int]]

#: a frame's head: the text's length in bytes (UTF-8), then its mark
_FRAME = struct.Struct("<Qqq")
#: a text's mark, where the job gave none
NO_MARK = (0, 0)
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


def start_worker(warm: Sequence[str] = ()) -> ForkedWorker | None:
    """A worker (that imports the modules `warm` names while it waits for its job), or None
    when there is no point (`can_fork`) or no way: no temporary file can be made, or the
    system refuses another process (the caller then does all the work)."""
    if not can_fork():
        return None
    try:
        return ForkedWorker(warm)
    except OSError:
        return None


class ForkedWorker:
    """A child process waiting for one job (see the module docstring). Use as a context
    manager: leaving it without a job lets the child go; leaving it early stops the child."""

    def __init__(self, warm: Sequence[str] = ()) -> None:
        self._spool: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close)
        fds: list[int] = []
        try:
            job_read, self._job_write = os.pipe()
            fds += [job_read, self._job_write]
            self._told, tell = os.pipe()  # a byte from the child for each frame it wrote
            fds += [self._told, tell]
        except OSError:
            for fd in fds:
                os.close(fd)
            self._spool.close()
            raise
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            self.pid = os.fork()
        except OSError:
            for fd in fds:
                os.close(fd)
            self._spool.close()
            raise
        if self.pid == 0:  # the child: never returns
            os.close(self._job_write)
            os.close(self._told)
            code = _FAILED
            try:
                code = _serve(job_read, self._spool, tell, warm)
            finally:
                os._exit(code)
        os.close(job_read)
        os.close(tell)  # the child's end only: it closes at the child's exit
        self._sent = False
        self._status: int | None = None

    def run(self, job: Callable[..., Iterable[Frame]], *args: Any) -> None:
        """Hand the child its job: `job(*args)`'s texts (and marks) are what `frames` and
        `results` give."""
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

    def frames(self) -> Iterator[tuple[str, tuple[int, int]]]:
        """The job's texts with their marks, in order, each as soon as the child has written
        it; they end when the child has ended, whether it finished the job or not
        (`finished` tells). Read from the file without moving its offset: the child writes
        at it."""
        if not self._sent:
            return
        spool = self._spool.fileno()
        at = 0
        ended = False
        while True:
            frame = _frame_at(spool, at)
            if frame is not None:
                text, mark, at = frame
                yield text, mark
                continue
            if ended:
                return
            # Wait for the child's next word: a byte per frame, nothing once it has ended
            ended = not _read_some(self._told)

    @property
    def finished(self) -> bool:
        """Whether the job ran to its end (waits for the child)."""
        return self._sent and self._wait() == _DONE

    def results(self) -> Iterator[str] | None:
        """The job's texts, in order, once the child has finished; None when it failed."""
        if not self.finished:
            return None
        return (text for text, _ in self.frames())

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
        with contextlib.suppress(OSError):
            os.close(self._told)

    def _wait(self) -> int:
        if self._status is None:
            _, status = os.waitpid(self.pid, 0)
            self._status = os.waitstatus_to_exitcode(status)
        return self._status

    def __enter__(self) -> ForkedWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(job_read: int, spool: IO[bytes], tell: int, warm: Sequence[str]) -> int:
    """The child's life: load the modules its job will need (on the core this process does
    not use while the parent opens the database), read the job, run it, write each text
    framed (its head, then its UTF-8) and tell the parent a frame is there."""
    for name in warm:
        with contextlib.suppress(Exception):  # the job then says what is wrong
            importlib.import_module(name)
    with os.fdopen(job_read, "rb") as pipe:
        data = pipe.read()
    if not data:
        return _NO_JOB
    os.set_blocking(tell, False)  # a parent busy elsewhere: it reads the frames all the same
    job, args = pickle.loads(data)
    for item in job(*args):
        text, mark = (item, NO_MARK) if isinstance(item, str) else item
        encoded = text.encode("utf-8")
        spool.write(_FRAME.pack(len(encoded), *mark))
        spool.write(encoded)
        spool.flush()
        with contextlib.suppress(BlockingIOError):
            os.write(tell, b"+")
    return _DONE


def _frame_at(spool: int, at: int) -> tuple[str, tuple[int, int], int] | None:
    """The frame whose head is at offset `at` of the file, with the offset after it; None
    while it is not whole (not written yet, or being written)."""
    head = os.pread(spool, _FRAME.size, at)
    if len(head) < _FRAME.size:
        return None
    size, first, second = _FRAME.unpack(head)
    body = os.pread(spool, size, at + _FRAME.size) if size else b""
    if len(body) < size:
        return None
    return body.decode("utf-8"), (first, second), at + _FRAME.size + size


def _read_some(fd: int) -> bool:
    """Wait until the child says something: True, or ends (its end closed): False."""
    try:
        return bool(os.read(fd, 4096))
    except OSError:
        return False


def _read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)
