"""Drawing summary.pdf beside the evidence copy, on another core.

Loading Qt and laying the summary out take about as long as copying the evidence, and both would
share one interpreter lock in one process. A command (the CLI, where Qt is not loaded yet) starts
a child process at once, before the packet's content is gathered: it loads Qt while the parent
reads the database, then receives the content, draws the PDF and sends its bytes back while the
parent copies the evidence. The drawing is the same code either way, so the bytes are the same.

Where a child cannot be forked safely (Qt already loaded, as in the window; other threads
running; no fork on the platform), or when it fails, the summary is drawn in this process.
"""

from __future__ import annotations

import contextlib
import copyreg
import os
import pickle
import signal
import sys
import threading
import types
from collections.abc import Sequence
from typing import IO, Any, NoReturn

from aliassist.packet.archive import PacketFile
from aliassist.packet.content import PacketContent

_OK, _FAILED = b"\x00", b"\x01"


class SummaryRenderer:
    """Draws the summary; `start()` forks the child that will draw it, where that is safe."""

    def __init__(self, pid: int | None = None, to_child: int | None = None,
                 from_child: int | None = None):
        self._pid = pid
        self._to_child = to_child
        self._from_child = from_child

    @classmethod
    def start(cls) -> SummaryRenderer:
        """A renderer whose child starts loading Qt now (or an in-process one)."""
        if not _can_fork():
            return cls()
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (down_r, down_w, up_r, up_w):
                os.close(fd)
            return cls()
        if pid == 0:  # the child: never returns into the caller's code
            os.close(down_w)
            os.close(up_r)
            _child(down_r, up_w)
        os.close(down_r)
        os.close(up_w)
        return cls(pid, down_w, up_r)

    @property
    def child(self) -> int | None:
        """The child's process id while it runs (None: the summary is drawn here)."""
        return self._pid

    def __enter__(self) -> SummaryRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def render(self, content: PacketContent, files: Sequence[PacketFile],
               thumbnails: dict[str, bytes | None], *, paper: str | None,
               forced: bool) -> bytes:
        """The summary PDF's bytes (`paper` None: by the user's locale)."""
        args = (content, list(files), thumbnails, paper, forced)
        if self._pid is not None:
            pdf = self._from_the_child(args)
            if pdf is not None:
                return pdf
        return _draw(*args)  # in this process (a failed child: the error, if any, shows here)

    def _from_the_child(self, args: tuple[Any, ...]) -> bytes | None:
        assert self._to_child is not None and self._from_child is not None
        try:
            with open(self._to_child, "wb", closefd=True) as down:
                self._to_child = None
                RequestPickler(down).dump(args)
            with open(self._from_child, "rb", closefd=True) as up:
                self._from_child = None
                answer = up.read()
        except OSError:  # the child died early: draw here
            return None
        finally:
            self.close()
        return answer[1:] if answer[:1] == _OK else None

    def close(self) -> None:
        """End the child (if still running) and release its pipes."""
        for fd in (self._to_child, self._from_child):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._to_child = self._from_child = None
        if self._pid is not None:
            pid, self._pid = self._pid, None
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)  # done already, or no longer needed
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _can_fork() -> bool:
    """Fork only a process without Qt (its threads and state do not survive a fork) and without
    other threads (a lock one of them holds would stay held in the child)."""
    return (hasattr(os, "fork") and "PySide6.QtCore" not in sys.modules
            and threading.active_count() == 1)


def _draw(content: PacketContent, files: Sequence[PacketFile],
          thumbnails: dict[str, bytes | None], paper: str | None, forced: bool) -> bytes:
    from aliassist.packet.summary import paper_for_locale, render_summary

    return render_summary(content, files, thumbnails, paper=paper or paper_for_locale(),
                          forced=forced)


def _child(down: int, up: int) -> NoReturn:
    """Load Qt, then draw what the parent sends and send the PDF back; exit without running
    the parent's clean-up (its database, its buffered output are the parent's)."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        from aliassist.packet.summary import ensure_qt, warm_up

        ensure_qt()
        warm_up()
        with open(down, "rb") as fh:
            args = pickle.load(fh)
        pdf = _draw(*args)
        with open(up, "wb") as fh:
            fh.write(_OK)
            fh.write(pdf)
        status = 0
    except BaseException:  # the parent draws it again, and shows the error if there is one
        with contextlib.suppress(BaseException):
            os.write(up, _FAILED)
    finally:
        os._exit(status)


def _proxy(items: dict[Any, Any]) -> types.MappingProxyType[Any, Any]:
    return types.MappingProxyType(items)


class RequestPickler(pickle.Pickler):
    """Pickles what the child draws (the content, files, thumbnails, paper, forced), the
    policy's read-only mappings too."""

    def __init__(self, fh: IO[bytes]):
        super().__init__(fh, pickle.HIGHEST_PROTOCOL)
        self.dispatch_table = {**copyreg.dispatch_table,
                               types.MappingProxyType: lambda m: (_proxy, (dict(m),))}
