"""What the cache of derived copies promises the packet: a photo's converted JPEG and thumbnail
are made once (when it is attached) and reused by every export; a copy of other content, a
damaged copy or one of a detached file is not; the packet is byte for byte what it is without
the cache, and verifies against its manifest; the cache stays within its bound and goes with a
wipe."""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.errors import UserError
from aliassist.packet.archive import verify_packet
from aliassist.packet.images import to_jpeg
from aliassist.services.context import AppContext
from aliassist.services.derived import (
    PACKET_THUMB_SIDE,
    cached_conversion,
    converted_copy,
    crc_path,
    derived_dir,
    known_crc,
    prune,
)
from aliassist.services.evidence import attach_files, detach, thumbnail_path
from aliassist.services.orders import get_order
from aliassist.services.packet import write_packet
from aliassist.services.privacy import wipe
from tests.packet.fixtures import photo
from tests.packet.test_packet import content_for

CONVERTED = "evidence/03-parcel_photos-IMG_0001.converted.jpg"


def heic(order: rec.Order) -> rec.Evidence:
    return next(e for e in order.evidence if e.name == "IMG_0001.HEIC")


def test_attaching_a_photo_the_form_refuses_makes_its_converted_copy_and_thumbnail(
        ctx: AppContext, order: rec.Order) -> None:
    ev = heic(order)
    copy = cached_conversion(ctx, ev.sha256, ctx.policy.limits)
    assert copy is not None and copy.path is not None
    assert copy.path.read_bytes() == to_jpeg(ctx.vault.path(ev.sha256), ctx.policy.limits)
    for e in order.evidence:  # every picture has the summary's thumbnail
        assert thumbnail_path(ctx, e.sha256, PACKET_THUMB_SIDE).is_file()
    crack = next(e for e in order.evidence if e.name == "crack.jpg")  # within the limits
    assert cached_conversion(ctx, crack.sha256, ctx.policy.limits) is None


def test_every_export_reuses_the_converted_copy(ctx: AppContext, order: rec.Order,
                                                tmp_path: Path) -> None:
    copy = cached_conversion(ctx, heic(order).sha256, ctx.policy.limits)
    assert copy is not None and copy.path is not None
    made = copy.path.stat()
    for n in range(2):
        out = tmp_path / f"p{n}.zip"
        write_packet(ctx, content_for(ctx, order), out)
        with zipfile.ZipFile(out) as z:
            assert z.read(CONVERTED) == copy.path.read_bytes()
        assert verify_packet(out).ok
    again = copy.path.stat()
    assert (again.st_ino, again.st_mtime_ns >= made.st_mtime_ns) == (made.st_ino, True)
    assert len(list(derived_dir(ctx).glob(f"??/{heic(order).sha256}-v*.jpg"))) == 1


def test_the_packet_is_the_same_with_or_without_the_cache(ctx: AppContext, order: rec.Order,
                                                          tmp_path: Path) -> None:
    cached = tmp_path / "cached.zip"
    write_packet(ctx, content_for(ctx, order), cached)
    shutil.rmtree(derived_dir(ctx))
    fresh = tmp_path / "fresh.zip"
    write_packet(ctx, content_for(ctx, order), fresh)  # converts and thumbnails again
    assert fresh.read_bytes() == cached.read_bytes()
    assert verify_packet(fresh).ok
    assert cached_conversion(ctx, heic(order).sha256, ctx.policy.limits) is not None


def test_a_damaged_converted_copy_is_made_again(ctx: AppContext, order: rec.Order,
                                                 tmp_path: Path) -> None:
    ev = heic(order)
    copy = cached_conversion(ctx, ev.sha256, ctx.policy.limits)
    assert copy is not None and copy.path is not None
    good = copy.path.read_bytes()
    copy.path.chmod(0o600)
    copy.path.write_bytes(good[:-100] + b"\x00" * 100)  # damaged on disk
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, order), out)
    with zipfile.ZipFile(out) as z:
        assert z.read(CONVERTED) == good
    assert verify_packet(out).ok


def test_other_content_and_other_limits_get_their_own_copy(
        ctx: AppContext, order: rec.Order, dispute_order: int, tmp_path: Path) -> None:
    ev = heic(order)
    other = photo(tmp_path / "IMG_0002.HEIC", (40, 150, 61), (2400, 1200), "HEIF")
    [added] = attach_files(ctx, dispute_order, [other], kind="own_photo")
    assert added.evidence.sha256 != ev.sha256
    first = cached_conversion(ctx, ev.sha256, ctx.policy.limits)
    second = cached_conversion(ctx, added.evidence.sha256, ctx.policy.limits)
    assert first is not None and second is not None and first.path != second.path
    smaller = replace(ctx.policy.limits, image_convert_max_side=600)
    assert cached_conversion(ctx, ev.sha256, smaller) is None
    made = converted_copy(ctx, ev.sha256, smaller)
    assert made is not None and made.path != first.path
    assert made.path is not None and made.path.read_bytes() == to_jpeg(
        ctx.vault.path(ev.sha256), smaller)


def test_detaching_a_file_deletes_its_derived_copies(ctx: AppContext, order: rec.Order,
                                                     dispute_order: int) -> None:
    ev = heic(order)
    index = order.evidence.index(ev)
    [gone] = detach(ctx, dispute_order, [index])
    assert gone.deleted
    assert list(derived_dir(ctx).glob(f"??/{ev.sha256}-*")) == []
    assert cached_conversion(ctx, ev.sha256, ctx.policy.limits) is None
    assert all(e.sha256 != ev.sha256 for e in get_order(ctx, dispute_order).evidence)


def test_the_cache_keeps_within_its_bound_least_recently_used_first(
        ctx: AppContext, order: rec.Order, dispute_order: int, tmp_path: Path) -> None:
    ev = heic(order)
    old = cached_conversion(ctx, ev.sha256, ctx.policy.limits)
    other = photo(tmp_path / "big.png", (90, 10, 10), (1800, 1800))
    [added] = attach_files(ctx, dispute_order, [other], kind="own_photo")
    small = replace(ctx.policy.limits, image_max_bytes=200_000)  # the PNG must be converted
    new = converted_copy(ctx, added.evidence.sha256, small)
    assert old is not None and old.path is not None and new is not None and new.path
    os.utime(old.path, (1, 1))  # used long ago
    removed = prune(ctx, max_bytes=new.size)
    assert removed == [old.path]
    assert new.path.is_file() and not old.path.exists()
    # made again when a packet needs it
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, get_order(ctx, dispute_order)), out)
    assert verify_packet(out).ok
    assert cached_conversion(ctx, ev.sha256, ctx.policy.limits) is not None


def test_wipe_deletes_the_derived_copies(ctx: AppContext, order: rec.Order) -> None:
    folder = derived_dir(ctx)
    assert any(folder.rglob("*.jpg"))
    db = ctx.store.path
    assert db is not None
    wipe(db, ctx.store)
    assert not folder.exists()


def test_the_converted_copy_hashes_what_the_packet_holds(ctx: AppContext, order: rec.Order,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, order), out)
    copy = cached_conversion(ctx, heic(order).sha256, ctx.policy.limits)
    assert copy is not None
    with zipfile.ZipFile(out) as z:
        assert hashlib.sha256(z.read(CONVERTED)).hexdigest() == copy.sha256


def crc_facts(ctx: AppContext) -> dict[Path, str]:
    return {p: p.read_text() for p in derived_dir(ctx).glob("??/*-crc32-*.txt")}


def test_the_attach_keeps_the_crc32_of_each_file_and_of_its_converted_copy(
        ctx: AppContext, order: rec.Order) -> None:
    """What an export checks its copies by: the CRC-32 of each stored file, computed while the
    vault hashed it, and of the converted copy made from it."""
    for ev in order.evidence:
        data = ctx.vault.path(ev.sha256).read_bytes()
        assert known_crc(ctx, ev.sha256, ev.sha256) == (len(data), zlib.crc32(data))
    copy = cached_conversion(ctx, heic(order).sha256, ctx.policy.limits)
    assert copy is not None and copy.path is not None
    data = copy.path.read_bytes()
    assert known_crc(ctx, heic(order).sha256, copy.sha256) == (len(data), zlib.crc32(data))


def test_an_export_hashes_what_has_no_known_crc_and_keeps_it(ctx: AppContext, order: rec.Order,
                                                              tmp_path: Path) -> None:
    """Files attached by an older version (or a cleared cache): the export hashes them as it
    copies them, and keeps their CRC-32 for the next; the packet is the same either way."""
    kept = crc_facts(ctx)
    assert kept
    first = tmp_path / "first.zip"
    write_packet(ctx, content_for(ctx, order), first)
    for path in kept:
        path.unlink()
    again = tmp_path / "again.zip"
    write_packet(ctx, content_for(ctx, order), again)
    assert crc_facts(ctx) == kept
    assert again.read_bytes() == first.read_bytes() and verify_packet(again).ok


@pytest.mark.parametrize("known", [True, False], ids=["crc known", "crc not known"])
def test_a_stored_file_changed_on_disk_stops_the_export_either_way(
        ctx: AppContext, order: rec.Order, tmp_path: Path, known: bool) -> None:
    ev = order.evidence[0]
    if not known:
        crc_path(ctx, ev.sha256, ev.sha256).unlink()
    stored = ctx.vault.path(ev.sha256)
    stored.chmod(0o600)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, same size
    stored.write_bytes(bytes(data))
    out = tmp_path / "p.zip"
    with pytest.raises(UserError, match="damaged"):
        write_packet(ctx, content_for(ctx, order), out)
    assert not out.exists()


def test_the_copy_is_checked_by_the_kept_crc(ctx: AppContext, order: rec.Order,
                                             tmp_path: Path) -> None:
    """A kept CRC-32 the copy does not have stops the export as damage does; a line that is
    not one the app wrote counts as none (the file is hashed again, and the line rewritten)."""
    ev = order.evidence[0]
    path = crc_path(ctx, ev.sha256, ev.sha256)
    size, crc = known_crc(ctx, ev.sha256, ev.sha256) or (0, 0)
    path.write_text(f"{ev.sha256} {size} {crc ^ 1}\n")
    with pytest.raises(UserError, match="damaged"):
        write_packet(ctx, content_for(ctx, order), tmp_path / "p.zip")
    for line in (f"{ev.sha256} {size} {crc ^ 1}", f"{ev.sha256} {size}\n", "garbage\n",
                 f"{'0' * 64} {size} {crc ^ 1}\n"):
        path.write_text(line)
        assert known_crc(ctx, ev.sha256, ev.sha256) is None
    write_packet(ctx, content_for(ctx, order), tmp_path / "p.zip")
    assert known_crc(ctx, ev.sha256, ev.sha256) == (size, crc)
