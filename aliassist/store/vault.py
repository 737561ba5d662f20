"""The evidence vault: files stored once under the SHA-256 of their content, never changed.

A file is streamed to a temporary name inside the vault while it is hashed, flushed to disk, then
renamed into place; a crash mid-copy leaves at most a stray temporary file (swept by the next
copy), never a half-file under a hash. Stored files are made read-only.

Removing a stored file is the caller's decision, taken under `lock()` together with the database
check that nothing refers to it any more; adding a reference takes the same lock, so a file is
never removed under a reference another process is just adding.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from aliassist.domain.filetypes import SNIFF_BYTES, sniff_mime
from aliassist.domain.formatting import format_size
from aliassist.errors import UserError
from aliassist.fileio import regular_file_info
from aliassist.store.database import make_private_dir

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; temporary files are then swept by age
    fcntl = None  # type: ignore[assignment]

CHUNK = 1 << 20
#: The largest file the vault keeps (1 GiB): far above any upload limit of the platform, below
#: what would fill a disk by accident (a 4 GB film dragged in by mistake).
MAX_FILE_BYTES = 1_000_000_000
#: Without advisory locks, a temporary file this old belongs to a copy that died.
STALE_TEMP_SECONDS = 24 * 3600
#: A temporary file younger than this may be one a copy has created but not locked yet.
FRESH_TEMP_SECONDS = 60


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    mime: str | None
    #: True when this call stored the content (it was not in the vault before)
    new: bool = field(default=False, compare=False)
    #: the content's CRC-32, computed beside its SHA-256 by `Vault.put` (None: not computed)
    crc32: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file about to be stored, checked: it exists, is a readable regular file, not empty,
    not too large; with its type sniffed from its first bytes."""

    path: Path
    size: int
    mime: str | None
    #: the file's modification time (seconds since 1970)
    mtime: float


class Vault:
    def __init__(self, root: Path, max_bytes: int = MAX_FILE_BYTES):
        self.root = root
        self.max_bytes = max_bytes

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    # -- adding ------------------------------------------------------------------------------

    def check_source(self, src: Path, *, where: str | None = None) -> SourceFile:
        """Say what is wrong with `src` as evidence (UserError), before anything is copied."""
        label = where or str(src)
        info = regular_file_info(src, label, folder_hint="give the files inside it")
        if info.st_size == 0:
            raise UserError("the file is empty (0 bytes)", where=label)
        self._check_size(info.st_size, label)
        try:
            with src.open("rb") as fh:
                head = fh.read(SNIFF_BYTES)
        except OSError as exc:
            raise UserError(f"cannot read the file: {exc.strerror}", where=label) from None
        return SourceFile(src, info.st_size, sniff_mime(head), info.st_mtime)

    def _check_size(self, size: int, label: str) -> None:
        if size > self.max_bytes:
            raise UserError(
                f"the file is {format_size(size)}; the evidence vault keeps files up to "
                f"{format_size(self.max_bytes)}", where=label,
                hint="the dispute form takes far less: trim a video to the part that shows the "
                     "problem, or export it at a lower resolution")

    def put(self, src: Path, *, where: str | None = None,
            progress: Callable[[int], None] | None = None,
            follow_symlinks: bool = True) -> StoredFile:
        """Copy `src` into the vault (once per content) and describe what was stored.
        `progress` hears the bytes copied so far after each chunk; it may raise to stop.

        What is stored is what was copied, hashed on the way; the source is then read again
        and must still hash the same (and its size and times must not have moved): a file
        rewritten during the copy would otherwise be kept as a mix of both versions that its
        own hash calls sound. Such a file is refused."""
        label = where or str(src)
        self.check_source(src, where=label)
        tmp_dir = self.root / "tmp"
        make_private_dir(tmp_dir)
        self.sweep_temp()
        digest = hashlib.sha256()
        crc = 0
        size = 0
        head = b""
        fd, tmp = tempfile.mkstemp(dir=tmp_dir, suffix=".part")
        new = False
        try:
            with os.fdopen(fd, "wb") as out, _open_regular(
                    src, label, follow_symlinks=follow_symlinks) as fh:
                before = os.fstat(fh.fileno())
                if fcntl is not None:  # marks the copy as alive for sweep_temp
                    fcntl.flock(out.fileno(), fcntl.LOCK_EX)
                while chunk := fh.read(CHUNK):
                    if not head:
                        head = chunk[:SNIFF_BYTES]
                    digest.update(chunk)
                    crc = zlib.crc32(chunk, crc)
                    out.write(chunk)
                    size += len(chunk)
                    self._check_size(size, label)  # the file grew while it was copied
                    if progress is not None:
                        progress(size)
                out.flush()
                os.fsync(out.fileno())
                if size == 0:
                    raise UserError("the file is empty (0 bytes)", where=label)
                sha = digest.hexdigest()
                if _changed(before, os.fstat(fh.fileno()), size) or _rehash(fh) != sha:
                    raise UserError(
                        "the file changed while it was being copied (another program is "
                        "writing it); nothing was stored", where=label,
                        hint="wait until it is saved completely, then attach it again")
            final = self.path(sha)
            if final.is_file() and final.stat().st_size == size:
                os.unlink(tmp)
            else:  # new content, or a damaged copy to replace
                make_private_dir(final.parent)
                os.chmod(tmp, 0o400)
                os.replace(tmp, final)
                _fsync_dir(final.parent)
                new = True
        except OSError as exc:
            _discard(tmp)
            raise UserError(f"cannot copy the file into the evidence vault: {exc.strerror}",
                            where=label) from None
        except BaseException:
            _discard(tmp)
            raise
        return StoredFile(sha, size, sniff_mime(head), new, crc)

    def sweep_temp(self) -> list[Path]:
        """Remove temporary files left by copies that died (a crash, a killed process)."""
        removed: list[Path] = []
        tmp_dir = self.root / "tmp"
        if not tmp_dir.is_dir():
            return removed
        for part in tmp_dir.glob("*.part"):
            if _abandoned(part):
                _discard(str(part))
                removed.append(part)
        return removed

    # -- removing ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the vault's lock (across processes) while references and files change."""
        make_private_dir(self.root)
        if fcntl is None:
            yield
            return
        path = self.root / ".lock"
        with os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+b") as fh:
            if os.fstat(fh.fileno()).st_mode & 0o777 != 0o600:  # made by an older version
                with contextlib.suppress(OSError):
                    os.chmod(path, 0o600)
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def remove(self, sha256: str) -> bool:
        """Delete stored content. Only for content nothing refers to (check under lock())."""
        path = self.path(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only when empty
        return True

    # -- checking ----------------------------------------------------------------------------

    def verify(self, sha256: str) -> bool:
        """True when the stored file still has the content its name promises."""
        path = self.path(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def problem(self, sha256: str) -> str | None:
        """What is wrong with the stored content, in words; None when it is whole."""
        if self.verify(sha256):
            return None
        return "changed" if self.exists(sha256) else "missing"

    # -- streaming (moving content between vaults) ------------------------------------------

    def stored(self) -> list[str]:
        """The SHA-256 of every content in the vault."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.glob("??/*")
                      if len(p.name) == 64 and p.name[:2] == p.parent.name)

    def read(self, sha256: str) -> Iterator[bytes]:
        """The content's bytes, chunk by chunk (KeyError when it is not stored)."""
        try:
            fh = self.path(sha256).open("rb")
        except FileNotFoundError:
            raise KeyError(sha256) from None
        with fh:
            while chunk := fh.read(CHUNK):
                yield chunk

    def put_stream(self, sha256: str, pieces: Iterable[bytes], *, where: str) -> bool:
        """Store content whose SHA-256 is known (copied from another vault), checking it on
        the way. True when it was stored now, False when the vault already held it."""
        if self.exists(sha256):
            return False
        tmp_dir = self.root / "tmp"
        make_private_dir(tmp_dir)
        fd, tmp = tempfile.mkstemp(dir=tmp_dir, suffix=".part")
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                if fcntl is not None:
                    fcntl.flock(out.fileno(), fcntl.LOCK_EX)
                for piece in pieces:
                    digest.update(piece)
                    out.write(piece)
                out.flush()
                os.fsync(out.fileno())
                if digest.hexdigest() != sha256:
                    raise UserError(f"the content does not match its SHA-256 {sha256}; "
                                    "nothing was stored", where=where)
                final = self.path(sha256)
                make_private_dir(final.parent)
                os.chmod(tmp, 0o400)
                os.replace(tmp, final)
                _fsync_dir(final.parent)
        except BaseException:
            _discard(tmp)
            raise
        return True


def _open_regular(src: Path, label: str, *, follow_symlinks: bool) -> BinaryIO:
    """Open `src` for reading, only as a regular file: never blocking on a pipe put in its
    place since it was checked, and (without `follow_symlinks`) never through a link."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(src, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_symlinks:
            raise UserError("is a symbolic link, which is not followed here",
                            where=label) from None
        raise UserError(f"cannot read the file: {exc.strerror}", where=label) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UserError("is not a regular file (a device, pipe or socket)", where=label)
    return os.fdopen(fd, "rb")


def _changed(before: os.stat_result, after: os.stat_result, copied: int) -> bool:
    return (after.st_size != copied or before.st_size != copied
            or after.st_mtime_ns != before.st_mtime_ns or after.st_ctime_ns != before.st_ctime_ns)


def _rehash(fh: BinaryIO) -> str:
    """The SHA-256 of the whole open file, read again from its start."""
    fh.seek(0)
    digest = hashlib.sha256()
    while chunk := fh.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _abandoned(part: Path) -> bool:
    """A temporary file no live copy writes to: unlocked (or, without locks, a day old), and
    not just created (a copy locks its file right after creating it)."""
    try:
        age = time.time() - part.stat().st_mtime
    except OSError:
        return False
    if fcntl is None or age < FRESH_TEMP_SECONDS:
        return age > STALE_TEMP_SECONDS
    try:
        with open(part, "rb") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # a live copy holds it
            return True
    except OSError:
        return False


def _fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _discard(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)
