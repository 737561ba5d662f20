"""Writing and checking the packet ZIP: fixed timestamps and order so the same data gives the same
bytes, media stored (already compressed), text deflated, and a manifest of SHA-256 hashes."""

from __future__ import annotations

import hashlib
import json
import queue
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from aliassist.errors import UserError

FORMAT = "aliassist-packet"
VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1 << 20
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

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


class PacketWriter:
    """Adds files to a ZIP in a reproducible way and keeps their hashes for the manifest."""

    def __init__(self, fh: IO[bytes], when: datetime):
        self.zip = zipfile.ZipFile(fh, "w", allowZip64=True)
        stamp = when.timetuple()[:6]
        self.date_time = max(stamp, (1980, 1, 1, 0, 0, 0))
        self.files: list[PacketFile] = []

    def __enter__(self) -> PacketWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.zip.close()  # after an error too: the caller discards the temporary file

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

    def add_file(self, path: str, source: Path, *, compress: bool,
                 on_bytes: Callable[[int], None] = lambda n: None) -> PacketFile:
        """Stream `source` into the packet, hashing it on the way. The SHA-256 runs in a second
        thread (hashlib releases the GIL), beside the ZIP's own CRC and the write."""
        size = source.stat().st_size
        digest = hashlib.sha256()
        chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)

        def hash_chunks() -> None:
            while (chunk := chunks.get()) is not None:
                digest.update(chunk)

        hasher = threading.Thread(target=hash_chunks, name="packet-sha256", daemon=True)
        hasher.start()
        info = self._info(path, compress, size)
        try:
            with source.open("rb") as src, self.zip.open(info, "w",
                                                         force_zip64=size > 2**31) as dst:
                while chunk := src.read(CHUNK):
                    chunks.put(chunk)
                    dst.write(chunk)
                    on_bytes(len(chunk))
        finally:
            chunks.put(None)
            hasher.join()
        entry = PacketFile(path, size, digest.hexdigest())
        self.files.append(entry)
        return entry

    def finish(self, manifest: dict[str, Any]) -> None:
        """Write the manifest (listing every other file) and close the ZIP."""
        manifest = {**manifest, "files": [f.to_json() for f in self.files]}
        data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode()
        self.zip.writestr(self._info(MANIFEST, True, len(data)), data)
        self.zip.close()


# ---------------------------------------------------------------------------------------------
# Verification


@dataclass
class VerifyReport:
    path: str
    manifest: dict[str, Any]
    ok_files: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.extra)

    def to_json(self) -> dict[str, Any]:
        return {"packet": self.path, "ok": self.ok, "order": self.manifest.get("order"),
                "reason": self.manifest.get("reason"),
                "generated_at": self.manifest.get("generated_at"),
                "files": len(self.ok_files) + len(self.changed) + len(self.missing),
                "changed": self.changed, "missing": self.missing, "extra": self.extra}


def verify_packet(path: Path) -> VerifyReport:
    """Recompute every hash in the packet and compare with its manifest."""
    label = str(path)
    if not path.exists():
        raise UserError("file not found", where=label)
    if path.is_dir():
        raise UserError("is a folder, not a packet", where=label)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise UserError("not a ZIP file, so not a dispute packet", where=label) from None
    except OSError as exc:
        raise UserError(f"cannot read the packet: {exc.strerror}", where=label) from None
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
        except KeyError:
            raise UserError(f"has no {MANIFEST}: not an AliAssist dispute packet",
                            where=label) from None
        except (ValueError, zipfile.BadZipFile, OSError) as exc:
            raise UserError(f"{MANIFEST} cannot be read ({exc})", where=label) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise UserError(f"{MANIFEST} is not an AliAssist packet manifest", where=label)
        if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
            raise UserError("the packet was made by a newer AliAssist", where=label,
                            hint="update AliAssist to verify it")
        listed = manifest.get("files")
        if not isinstance(listed, list):
            raise UserError(f"{MANIFEST} has no list of files", where=label)
        report = VerifyReport(label, manifest)
        names = set(archive.namelist())
        expected = set()
        for entry in listed:
            name = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(name, str):
                raise UserError(f"{MANIFEST} lists a file without a path", where=label)
            expected.add(name)
            if name not in names:
                report.missing.append(name)
                continue
            digest = hashlib.sha256()
            size = 0
            try:
                with archive.open(name) as fh:
                    while chunk := fh.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
            except (zipfile.BadZipFile, OSError, EOFError):
                report.changed.append(name)  # a damaged entry: its CRC no longer matches
                continue
            if digest.hexdigest() != entry.get("sha256") or size != entry.get("size"):
                report.changed.append(name)
            else:
                report.ok_files.append(name)
        report.extra = sorted(names - expected - {MANIFEST})
        return report
