"""Writing and checking the packet ZIP: fixed timestamps and order so the same data gives the same
bytes, media stored (already compressed), text deflated, and a manifest of SHA-256 hashes."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import lzma
import mmap
import os
import stat
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from aliassist.errors import UserError
from aliassist.fileio import regular_file_info
from aliassist.i18n import translate

FORMAT = "aliassist-packet"
VERSION = 1
MANIFEST = "manifest.json"
#: bytes read at a time when verifying
CHUNK = 4 << 20
#: bytes copied at a time into the packet: within a core's cache
COPY_BUFFER = 1 << 20
#: bytes sent to the disk at a time past the system's file cache (see _DirectFile): a multiple
#: of every disk's block size
DIRECT_BLOCK = 4 << 20
#: content that is already compressed: stored as is (deflating it again only costs time)
STORED_PREFIXES = ("image/", "video/", "audio/")
STORED_TYPES = ("application/pdf", "application/zip")


def compressible(mime: str | None) -> bool:
    if mime is None:
        return True
    return not (mime.startswith(STORED_PREFIXES) or mime in STORED_TYPES)


@dataclass(frozen=True, slots=True)
class PacketFile:
    path: str
    size: int
    sha256: str
    #: the CRC-32 the ZIP computed of the bytes written (a file added with `add_file`)
    crc32: int | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


class PacketWriter:
    """Adds files to a ZIP in a reproducible way and keeps their hashes for the manifest."""

    def __init__(self, fh: IO[bytes], when: datetime, *, direct_block: int = DIRECT_BLOCK):
        self.fh = fh
        #: how far the file has been handed to the system's writeback (_start_writeback)
        self.written_back = 0
        #: the packet's file written past the system's cache, where it can be (else None)
        self.direct = _DirectFile.over(fh, direct_block)
        self.zip = zipfile.ZipFile(self.direct or fh, "w", allowZip64=True)
        stamp = when.timetuple()[:6]
        self.date_time = max(stamp, (1980, 1, 1, 0, 0, 0))
        self.files: list[PacketFile] = []
        self._view = memoryview(bytearray(COPY_BUFFER))

    def __enter__(self) -> PacketWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.zip.close()  # after an error too: the caller discards the temporary file
        finally:
            if self.direct is not None:
                self.direct.close()

    def _info(self, path: str, compress: bool, size: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(path, date_time=self.date_time)
        info.create_system = 3  # the same on every platform
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.file_size = size
        return info

    def add_bytes(self, path: str, data: bytes, *, compress: bool = True) -> PacketFile:
        self.zip.writestr(self._info(path, compress, len(data)), data)
        entry = PacketFile(path, len(data), hashlib.sha256(data).hexdigest())
        self.files.append(entry)
        return entry

    def add_file(self, path: str, source: Path, *, compress: bool, head: bytes = b"",
                 offset: int = 0, on_bytes: Callable[[int], None] = lambda n: None,
                 sha256: str | None = None) -> PacketFile:
        """Stream `head`, then `source` from `offset` on, into the packet, hashing it on the
        way (a photo without its GPS position is its new head and the rest of the stored
        file). One buffer is read into again and again, small enough to stay in the CPU's
        cache while the SHA-256, the ZIP's CRC and the write go over it (each releases the
        GIL).

        `sha256` is the hash the bytes are known to have: they are then not hashed again, and
        the caller checks them by the CRC-32 the ZIP computes anyway (PacketFile.crc32)
        against the one found when they were hashed."""
        digest = hashlib.sha256() if sha256 is None else None
        view = self._view
        written = 0
        with source.open("rb", buffering=0) as src:
            size = len(head) + max(0, os.fstat(src.fileno()).st_size - offset)
            src.seek(offset)
            info = self._info(path, compress, size)
            with self.zip.open(info, "w", force_zip64=size > 2**31) as dst:
                if head:
                    if digest is not None:
                        digest.update(head)
                    dst.write(head)
                    written += len(head)
                    on_bytes(len(head))
                while n := src.readinto(view):
                    piece = view[:n]
                    if digest is not None:
                        digest.update(piece)
                    dst.write(piece)
                    written += n
                    on_bytes(n)
        if digest is not None:
            sha256 = digest.hexdigest()
        assert sha256 is not None
        entry = PacketFile(path, written, sha256, info.CRC)
        self.files.append(entry)
        self._start_writeback()
        return entry

    def _start_writeback(self) -> None:
        """Have the system start writing what was copied so far to the disk, without waiting
        for it (Linux starts the writeback of a range it is advised to drop; the pages still
        being written stay): the fsync that makes the packet durable then has little left
        to do."""
        advise = getattr(os, "posix_fadvise", None)
        if advise is None or self.direct is not None:  # written past the cache already
            return
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            self.fh.flush()
            end = self.fh.tell()
            advise(self.fh.fileno(), self.written_back, end - self.written_back,
                   os.POSIX_FADV_DONTNEED)
            self.written_back = end

    def finish(self, manifest: dict[str, Any]) -> None:
        """Write the manifest (listing every other file) and close the ZIP."""
        manifest = {**manifest, "files": [f.to_json() for f in self.files]}
        data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode()
        self.zip.writestr(self._info(MANIFEST, True, len(data)), data)
        self.zip.close()
        if self.direct is not None:
            self.direct.close()


class _DirectFile:
    """The packet's file as the ZIP writer uses it (write, tell, seek, flush), sent to the disk
    in whole aligned blocks that pass the system's file cache by (O_DIRECT, on Linux).

    The packet is synced to the disk before it is renamed into place: copying hundreds of
    megabytes into the cache, then waiting while they are written out, costs the processor
    two to three times what writing them from one aligned buffer straight to the disk does.
    The bytes are the same either way. The ZIP writes each entry's header again once the
    entry's CRC is known: a header that has already gone to the disk is written again through
    the ordinary file (the system keeps both ways of writing coherent), as is the last, partial
    block at the end. Where the file system refuses such writes, every block goes through the
    ordinary file."""

    def __init__(self, fd: int, direct: int, block: int):
        self._fd = fd  # the ordinary file, written with pwrite (its own position is unused)
        self._direct: int | None = direct
        self._block = block
        self._buffer = mmap.mmap(-1, block)  # aligned to a page, as O_DIRECT asks
        self._view = memoryview(self._buffer)
        #: where the buffer's first byte goes in the file, how much of it is written, and
        #: where the next write goes
        self._base = self._fill = self._pos = 0
        self._closed = False

    @classmethod
    def over(cls, fh: IO[bytes], block: int) -> _DirectFile | None:
        """The file `fh` (empty, opened to write by name) opened again to be written past the
        cache; None where that cannot be (no O_DIRECT, no name, a file system without it)."""
        flag = getattr(os, "O_DIRECT", 0)
        name = getattr(fh, "name", None)
        if not flag or not isinstance(name, str) or block <= 0 or block % mmap.PAGESIZE:
            return None
        try:
            fd = fh.fileno()
            if os.fstat(fd).st_size or fh.tell():
                return None
            direct = os.open(name, os.O_WRONLY | flag | getattr(os, "O_CLOEXEC", 0))
        except (OSError, ValueError, io.UnsupportedOperation):
            return None
        own, again = os.fstat(fd), os.fstat(direct)
        if (own.st_dev, own.st_ino) != (again.st_dev, again.st_ino):  # renamed meanwhile
            os.close(direct)
            return None
        return cls(fd, direct, block)

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        end = self._base + self._fill
        offset += {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: end}[whence]
        if not 0 <= offset <= end:
            raise OSError(f"cannot seek to {offset} in a file of {end} bytes")
        self._pos = offset
        return offset

    def flush(self) -> None:
        """Nothing to do: whole blocks are written as they fill, the rest at `close`."""

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed packet file")
        view = memoryview(data).cast("B")
        size = len(view)
        pos = self._pos
        if pos < self._base:  # on the disk already: through the ordinary file
            part = min(size, self._base - pos)
            _write_all(self._fd, view[:part], pos)
            view, pos = view[part:], pos + part
        while view:
            at = pos - self._base
            part = min(len(view), self._block - at)
            self._view[at:at + part] = view[:part]
            view, pos = view[part:], pos + part
            self._fill = max(self._fill, at + part)
            if self._fill == self._block:
                self._send()
        self._pos = pos
        return size

    def _send(self) -> None:
        """Write the full buffer at its place, past the cache if the file system takes it."""
        block, sent = self._view, 0
        if self._direct is not None:
            try:
                sent = os.pwrite(self._direct, block, self._base)
            except OSError:  # refused (EINVAL): the ordinary file from now on
                os.close(self._direct)
                self._direct = None
        if sent < len(block):
            _write_all(self._fd, block[sent:], self._base + sent)
        self._base += self._block
        self._fill = 0

    def close(self) -> None:
        """Write what the buffer still holds (through the ordinary file) and let go of the
        buffer; the caller syncs the file."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._fill:
                _write_all(self._fd, self._view[:self._fill], self._base)
        finally:
            if self._direct is not None:
                os.close(self._direct)
                self._direct = None
            self._view.release()
            self._buffer.close()


def _write_all(fd: int, data: memoryview, offset: int) -> None:
    while data:
        written = os.pwrite(fd, data, offset)
        data, offset = data[written:], offset + written


# ---------------------------------------------------------------------------------------------
# Verification


#: the largest manifest read (a packet of thousands of files lists them in far less): a small
#: ZIP may hold a manifest that inflates to gigabytes
MAX_MANIFEST_BYTES = 8 << 20
#: what reading a hostile entry can raise: damage, encryption (RuntimeError), an unknown
#: compression method (NotImplementedError), broken headers
_ENTRY_ERRORS = (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError,
                 ValueError, OverflowError, zlib.error, lzma.LZMAError)


@dataclass
class VerifyReport:
    path: str
    manifest: dict[str, Any]
    ok_files: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    #: names that stand more than once in the ZIP (a reader may show either copy)
    duplicate: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.extra or self.duplicate)

    def to_json(self) -> dict[str, Any]:
        return {"packet": self.path, "ok": self.ok, "order": self.manifest.get("order"),
                "reason": self.manifest.get("reason"),
                "generated_at": self.manifest.get("generated_at"),
                "files": len(self.ok_files) + len(self.changed) + len(self.missing),
                "changed": self.changed, "missing": self.missing, "extra": self.extra,
                "duplicate": self.duplicate}


def verify_packet(path: Path) -> VerifyReport:
    """Recompute every hash in the packet and compare with its manifest.

    The packet may come from anyone: only a regular file is opened (a pipe would never end),
    the manifest is read up to MAX_MANIFEST_BYTES, an entry is read no further than the size
    its manifest gives, and an entry that cannot be read as AliAssist writes it (encrypted, an
    unknown compression, damaged) counts as changed. A name that stands twice in the ZIP is a
    failure of its own: which copy a reader shows is up to the reader."""
    label = str(path)
    with _open_packet(path, label) as raw:
        try:
            archive = zipfile.ZipFile(raw)
        except _ENTRY_ERRORS:
            raise UserError(translate("Packet", "not a ZIP file (or a damaged one), so not a "
                                                "dispute packet"),
                            where=label) from None
        with archive:
            return _verify(archive, label)


def _open_packet(path: Path, label: str) -> IO[bytes]:
    regular_file_info(path, label, "packet")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UserError(translate("Packet", "cannot read the packet: {strerror}")
                        .format(strerror=exc.strerror), where=label) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the check
        os.close(fd)
        raise UserError(translate("Packet", "is not a regular file, so not a packet"), where=label)
    return os.fdopen(fd, "rb")


def _read_manifest(archive: zipfile.ZipFile, label: str) -> dict[str, Any]:
    infos = [i for i in archive.infolist() if i.filename == MANIFEST]
    if not infos:
        raise UserError(translate("Packet", "has no {manifest}: not an AliAssist dispute packet")
                        .format(manifest=MANIFEST), where=label)
    if len(infos) > 1:
        raise UserError(translate("Packet", "holds {manifest} {value} times: it has been tampered "
                                            "with")
                        .format(manifest=MANIFEST, value=len(infos)),
                        where=label)
    info = infos[0]
    if info.file_size > MAX_MANIFEST_BYTES:
        raise UserError(translate("Packet", "{manifest} is {file_size} bytes; a packet's manifest "
                                            "is far smaller, so this is not an AliAssist packet")
                        .format(manifest=MANIFEST, file_size=format(info.file_size, ",")),
                        where=label)
    try:
        with archive.open(info) as fh:
            data = fh.read(MAX_MANIFEST_BYTES + 1)
    except _ENTRY_ERRORS as exc:
        raise UserError(translate("Packet", "{manifest} cannot be read ({value})")
                        .format(manifest=MANIFEST, value=_why(exc)), where=label) from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise UserError(translate("Packet", "{manifest} inflates beyond its stated size: not an "
                                            "AliAssist packet")
                        .format(manifest=MANIFEST), where=label)
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(translate("Packet", "{manifest} cannot be read ({exc})")
                        .format(manifest=MANIFEST, exc=exc), where=label) from None
    except RecursionError:
        raise UserError(translate("Packet", "{manifest} is nested too deeply: not an AliAssist "
                                            "packet manifest")
                        .format(manifest=MANIFEST),
                        where=label) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise UserError(translate("Packet", "{manifest} is not an AliAssist packet manifest")
                        .format(manifest=MANIFEST), where=label)
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UserError(translate("Packet", "{manifest} has no valid version")
                        .format(manifest=MANIFEST), where=label)
    if version > VERSION:
        raise UserError(translate("Packet", "the packet was made by a newer AliAssist"),
                        where=label, hint=translate("Packet", "update AliAssist to verify it"))
    return manifest


def _why(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) and "encrypt" in str(exc).lower():
        return translate("Packet", "it is encrypted")
    if isinstance(exc, NotImplementedError):
        return translate("Packet", "an unknown compression method")
    return str(exc) or type(exc).__name__


def _verify(archive: zipfile.ZipFile, label: str) -> VerifyReport:
    manifest = _read_manifest(archive, label)
    listed = manifest.get("files")
    if not isinstance(listed, list):
        raise UserError(translate("Packet", "{manifest} has no list of files")
                        .format(manifest=MANIFEST), where=label)
    report = VerifyReport(label, manifest)
    counts = Counter(i.filename for i in archive.infolist())
    report.duplicate = sorted(name for name, n in counts.items() if n > 1 and name != MANIFEST)
    infos = {i.filename: i for i in archive.infolist()}
    expected = set()
    for entry in listed:
        name = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(name, str):
            raise UserError(translate("Packet", "{manifest} lists a file without a path")
                            .format(manifest=MANIFEST), where=label)
        expected.add(name)
        info = infos.get(name)
        if info is None:
            report.missing.append(name)
            continue
        size = entry.get("size")
        if (not isinstance(size, int) or isinstance(size, bool) or size != info.file_size
                or info.flag_bits & 0x1):  # AliAssist never encrypts
            report.changed.append(name)
            continue
        if _sha256(archive, info, size) == entry.get("sha256"):
            report.ok_files.append(name)
        else:
            report.changed.append(name)
    report.extra = sorted(set(infos) - expected - {MANIFEST})
    return report


def _sha256(archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> str | None:
    """The entry's SHA-256, reading no more than `size` + 1 bytes; None when it cannot be
    read or holds more than `size` bytes."""
    digest = hashlib.sha256()
    read = 0
    try:
        with archive.open(info) as fh:
            while chunk := fh.read(min(CHUNK, size + 1 - read)):
                digest.update(chunk)
                read += len(chunk)
                if read > size:
                    return None
    except _ENTRY_ERRORS:
        return None  # damaged, encrypted, an unknown compression: its CRC no longer matches
    return digest.hexdigest() if read == size else None
