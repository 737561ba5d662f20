"""Copies derived from stored evidence, made once and kept beside the vault: the packet's
thumbnails, the JPEG a photo the dispute form refuses is converted to, whether a photo
names the GPS position where it was taken (with the hash of its bytes without it, and the new
head those bytes start with: `location_free_head`), and the CRC-32 of bytes whose SHA-256 was
computed (`known_crc`: the packet checks its copy of them by the CRC-32 the ZIP computes
anyway, rather than hashing them again).

They live in the thumbnail cache (`<vault>-thumbnails/`), named after the SHA-256 of the stored
file they come from (its content never changes), so a copy is found again by that hash alone.
A converted copy's name also carries the limits it was made for and the SHA-256 of its own bytes:
a policy with other limits gets its own copy, and a copy damaged on disk no longer matches its
name and is made again. The converted copies together take at most CONVERTED_MAX_BYTES; the
least recently used go first. Everything here can be deleted at any time (it is made again when
needed); detaching a file deletes its copies, `wipe` deletes the folder.

The work (decoding, resizing, encoding) runs in a pool of threads: Pillow and the HEIF decoder
release the GIL while they work, so the copies are made on every core, beside the packet's copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zlib
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aliassist.domain.policy import Limits
from aliassist.fileio import atomic_path
from aliassist.store.database import make_private_dir

if TYPE_CHECKING:
    from aliassist.services.context import AnyContext

#: the longest side of the thumbnails the packet's summary shows
PACKET_THUMB_SIDE = 240
#: the converted copies kept at most (bytes); older ones are deleted beyond it
CONVERTED_MAX_BYTES = 1_000_000_000
#: bumped when the conversion itself changes (older copies are then not used)
CONVERSION = 1


def derived_dir(ctx: AnyContext) -> Path:
    """Beside the vault (and going with it): derived, safe to delete."""
    return derived_dir_beside(ctx.vault.root)


def derived_dir_beside(vault: Path) -> Path:
    return vault.with_name(f"{vault.name}-thumbnails")


def workers() -> int:
    """Threads for image work: one per core (at least two, so a copy overlaps a conversion)."""
    return max(2, min(8, os.cpu_count() or 1))


def thumbnail_path(ctx: AnyContext, sha256: str, side: int) -> Path:
    return derived_dir(ctx) / sha256[:2] / f"{sha256}-{side}.jpg"


def make_thumbnail(ctx: AnyContext, sha256: str, side: int) -> Path | None:
    """The cached thumbnail of a stored image, made now if missing (safe off the UI thread);
    None when the content is not a picture Pillow can read. Pillow (and numpy) are loaded
    only to make one: a packet of cached thumbnails never loads them."""
    path = thumbnail_path(ctx, sha256, side)
    if path.is_file():
        return path
    from aliassist.media.images import DECODE_ERRORS, write_thumbnail

    src = ctx.vault.path(sha256)
    if not src.is_file():
        return None
    make_private_dir(path.parent)  # the cache shows what the evidence is: 0700, as the vault
    try:
        write_thumbnail(src, path, side)
    except DECODE_ERRORS:
        return None
    return path


@dataclass(frozen=True, slots=True)
class Converted:
    """A converted copy: its file in the cache (or, when it could not be kept there, its
    bytes), size and SHA-256."""

    path: Path | None
    size: int
    sha256: str
    data: bytes | None = None


def _prefix(sha256: str, limits: Limits) -> str:
    return (f"{sha256}-v{CONVERSION}-{limits.image_max_bytes}b-"
            f"{limits.image_convert_max_side}px-")


def cached_conversion(ctx: AnyContext, sha256: str, limits: Limits) -> Converted | None:
    """The converted copy made earlier for these limits, when it is still sound."""
    folder = derived_dir(ctx) / sha256[:2]
    prefix = _prefix(sha256, limits)
    for path in folder.glob(f"{prefix}*.jpg"):
        own = path.name[len(prefix):-len(".jpg")]
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == own:
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: the last to be pruned
            return Converted(path, len(data), own)
        with contextlib.suppress(OSError):
            path.unlink()  # damaged on disk
    return None


def converted_copy(ctx: AnyContext, sha256: str, limits: Limits) -> Converted | None:
    """The JPEG within `limits` of the stored picture `sha256`: from the cache, or made now and
    kept. None when the stored file cannot be decoded. Raises OSError when the vault's file
    cannot be read."""
    found = cached_conversion(ctx, sha256, limits)
    if found is not None:
        return found
    from aliassist.media.images import DECODE_ERRORS
    from aliassist.packet.images import to_jpeg

    try:
        data = to_jpeg(ctx.vault.path(sha256), limits)
    except DECODE_ERRORS:
        return None
    own = hashlib.sha256(data).hexdigest()
    remember_crc(ctx, sha256, own, len(data), zlib.crc32(data))
    path = derived_dir(ctx) / sha256[:2] / f"{_prefix(sha256, limits)}{own}.jpg"
    try:
        make_private_dir(path.parent)  # the cache shows what the evidence is: 0700
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
    except OSError:
        return Converted(None, len(data), own, data)  # a read-only or full disk
    prune(ctx)
    return Converted(path, len(data), own)


@dataclass(frozen=True, slots=True)
class Location:
    """Whether a stored picture names the GPS position where it was taken, and then the size
    and SHA-256 of its bytes without it (None when its format cannot be rewritten losslessly:
    the packet then carries only its converted JPEG)."""

    located: bool
    stripped: tuple[int, str] | None = None


def location(ctx: AnyContext, sha256: str) -> Location:
    """The stored picture's `Location`: from the cache (a line beside the thumbnails), or
    found now and kept. The packet makes the bytes without the position again as it copies
    them, and checks them against this hash."""
    path = derived_dir(ctx) / sha256[:2] / f"{sha256}-location-v{CONVERSION}.txt"
    with contextlib.suppress(OSError, ValueError):
        word, *rest = path.read_text(encoding="ascii").split()
        if word == "none" and not rest:
            return Location(False)
        if word == "located" and not rest:
            return Location(True)
        if word == "stripped" and len(rest) == 2 and len(rest[1]) == 64:
            return Location(True, (int(rest[0]), rest[1]))
    # Pillow loads only to find it out: a packet of photos whose answer is kept never waits
    # for it before its summary can be drawn
    from aliassist.media.location import has_location, location_free_parts

    source = ctx.vault.path(sha256)
    found = Location(False)
    if has_location(source):
        parts = location_free_parts(source)
        if parts is not None:
            _keep_head(ctx, sha256, *parts)
        found = Location(True, None if parts is None else _digest(ctx, sha256, *parts))
    line = ("none" if not found.located else "located" if found.stripped is None
            else f"stripped {found.stripped[0]} {found.stripped[1]}")
    with contextlib.suppress(OSError):
        make_private_dir(path.parent)
        with atomic_path(path) as tmp:
            tmp.write_text(line + "\n", encoding="ascii")
    return found


def head_path(ctx: AnyContext, sha256: str) -> Path:
    """Where the new head of the stored picture `sha256` without its GPS position is kept."""
    return derived_dir(ctx) / sha256[:2] / f"{sha256}-head-v{CONVERSION}.bin"


def location_free_head(ctx: AnyContext, sha256: str) -> tuple[bytes, int] | None:
    """The stored picture without its GPS position as (new head, offset), as
    `location_free_parts` gives it: kept from the attach (or an earlier export), so an export
    neither loads Pillow nor reads the photo's EXIF again. The kept head is used only while
    its bytes and the stored file's first `offset` bytes -- those it was made from, which the
    copy does not read -- have the SHA-256 noted with it (a damaged stored file is then still
    found: there, or by the CRC-32 of the bytes copied from `offset` on); else it is made now
    and kept again."""
    source = ctx.vault.path(sha256)
    with contextlib.suppress(OSError, ValueError):
        line, _, head = head_path(ctx, sha256).read_bytes().partition(b"\n")
        offset_text, head_sha, before_sha = line.decode("ascii").split(" ")
        offset = int(offset_text)
        if offset >= 0 and hashlib.sha256(head).hexdigest() == head_sha:
            with source.open("rb") as fh:
                before = fh.read(offset)
            if len(before) == offset and hashlib.sha256(before).hexdigest() == before_sha:
                return head, offset
    from aliassist.media.location import location_free_parts

    parts = location_free_parts(source)
    if parts is not None:
        _keep_head(ctx, sha256, *parts)
    return parts


def _keep_head(ctx: AnyContext, sha256: str, head: bytes, offset: int) -> None:
    """Keep the new head of the stored picture `sha256` (see `location_free_head`), with the
    SHA-256 of the stored file's first `offset` bytes it replaces; not synced (a lost or torn
    file only means the head is made again)."""
    with contextlib.suppress(OSError):
        with ctx.vault.path(sha256).open("rb") as fh:
            before = fh.read(offset)
        line = f"{offset} {hashlib.sha256(head).hexdigest()} {hashlib.sha256(before).hexdigest()}"
        _keep(head_path(ctx, sha256), line.encode("ascii") + b"\n" + head)


def _digest(ctx: AnyContext, source: str, head: bytes, offset: int) -> tuple[int, str]:
    """(size, SHA-256) of `head` followed by the stored file `source` from `offset` on, read
    in chunks; their CRC-32 is remembered."""
    digest = hashlib.sha256(head)
    crc = zlib.crc32(head)
    size = len(head)
    with ctx.vault.path(source).open("rb") as fh:
        fh.seek(offset)
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    sha = digest.hexdigest()
    remember_crc(ctx, source, sha, size, crc)
    return size, sha


def crc_path(ctx: AnyContext, source: str, sha256: str) -> Path:
    """Where the CRC-32 of bytes made from the stored file `source` (the file itself, its copy
    without the GPS position, its converted copy) is kept: named after both hashes, so it goes
    with the stored file's other derived copies."""
    return derived_dir(ctx) / source[:2] / f"{source}-crc32-{sha256}.txt"


def known_crc(ctx: AnyContext, source: str, sha256: str) -> tuple[int, int] | None:
    """(size, CRC-32) of the bytes made from the stored file `source` whose SHA-256 is `sha256`,
    as found when they were hashed (at the attach, or by an earlier export); None when not
    known. A fact about content, so never stale; a line that is not exactly one written by
    `remember_crc` counts as none."""
    try:
        line = crc_path(ctx, source, sha256).read_text(encoding="ascii")
    except (OSError, ValueError):
        return None
    fields = line.removesuffix("\n").split(" ")
    if (not line.endswith("\n") or len(fields) != 3 or fields[0] != sha256
            or not all(f.isdigit() for f in fields[1:])):
        return None
    return int(fields[1]), int(fields[2])


def remember_crc(ctx: AnyContext, source: str, sha256: str, size: int, crc32: int) -> None:
    """Keep the CRC-32 of bytes made from `source` just hashed to `sha256` (see `known_crc`).
    Renamed into place and not synced: after a crash the line is whole or absent, and an
    absent one only means the next export hashes the bytes again."""
    _keep(crc_path(ctx, source, sha256), f"{sha256} {size} {crc32}\n".encode("ascii"))


def _keep(path: Path, data: bytes) -> None:
    """Write a derived fact renamed into place, not synced: after a crash it is whole or
    absent. A failure to write it is no error (it is only found again next time)."""
    with contextlib.suppress(OSError):
        make_private_dir(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def prune(ctx: AnyContext, max_bytes: int = CONVERTED_MAX_BYTES) -> list[Path]:
    """Delete the least recently used converted copies beyond `max_bytes`."""
    copies: list[tuple[float, int, Path]] = []
    for path in derived_dir(ctx).glob("??/*-v*-*b-*px-*.jpg"):
        with contextlib.suppress(OSError):
            st = path.stat()
            copies.append((st.st_mtime, st.st_size, path))
    total = sum(size for _, size, _ in copies)
    removed: list[Path] = []
    for _, size, path in sorted(copies):
        if total <= max_bytes:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
        total -= size
    return removed


def prepare(ctx: AnyContext, pictures: Iterable[tuple[str, str | None, int]]) -> None:
    """Make the packet's thumbnail and (when the form would refuse the picture) its converted
    copy for each (sha256, mime, size), in parallel; a file that cannot be decoded is skipped
    (the packet then carries the original alone, as it would anyway)."""
    from aliassist.packet.images import needs_conversion
    limits = ctx.policy.limits
    jobs = [(sha, mime, size) for sha, mime, size in dict.fromkeys(pictures)
            if (mime or "").startswith("image/")]
    if not jobs:
        return

    def one(sha: str, mime: str | None, size: int) -> None:
        with contextlib.suppress(OSError):
            if needs_conversion(mime, size, limits):
                converted_copy(ctx, sha, limits)
            make_thumbnail(ctx, sha, PACKET_THUMB_SIDE)
            location(ctx, sha)

    with ThreadPoolExecutor(max_workers=workers(), thread_name_prefix="evidence-copies") as pool:
        for job in [pool.submit(one, *j) for j in jobs]:
            job.result()
