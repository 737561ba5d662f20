"""Facts read from real files: JPEGs with the EXIF a test writes, HEIC, videos, broken files;
the perceptual hash tells copies of a picture from other pictures."""

from __future__ import annotations

import itertools
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from aliassist.domain.evidence_checks import LOOKALIKE_MAX_BITS, hamming
from aliassist.media import inspect_file
from aliassist.media.images import parse_exif_time, write_thumbnail
from tests.photos import picture, save_image, save_photo, save_web_copy


def test_exif_date_size_and_orientation_are_read(tmp_path: Path) -> None:
    taken = datetime(2026, 2, 1, 9, 30)
    plain = inspect_file(save_photo(tmp_path / "a.jpg", 1, taken=taken, offset="+08:00"),
                         "image/jpeg")
    assert (plain.width, plain.height) == (800, 600)
    assert plain.taken_at == datetime(2026, 2, 1, 1, 30, tzinfo=UTC)
    turned = inspect_file(save_photo(tmp_path / "b.jpg", 1, taken=taken, orientation=6),
                          "image/jpeg")
    assert (turned.width, turned.height) == (600, 800)  # a portrait shot stored sideways
    # no offset: the camera's time is read in the computer's zone (Europe/Berlin in tests)
    assert turned.taken_at == datetime(2026, 2, 1, 8, 30, tzinfo=UTC)
    assert inspect_file(save_photo(tmp_path / "c.jpg", 1), "image/jpeg").taken_at is None


@pytest.mark.parametrize(("text", "offset", "expected"), [
    ("2026:03:01 10:20:30", "-05:00", datetime(2026, 3, 1, 15, 20, 30, tzinfo=UTC)),
    (b"2026:03:01 10:20:30\x00", None, datetime(2026, 3, 1, 9, 20, 30, tzinfo=UTC)),
    ("0000:00:00 00:00:00", None, None),
    ("    :  :     :  :  ", None, None),
    ("2026:02:30 10:00:00", None, None),
    (12345, None, None),
])
def test_exif_times_are_parsed_carefully(text: object, offset: object,
                                         expected: datetime | None) -> None:
    assert parse_exif_time(text, offset) == expected


def test_heic_photos_are_read_too(tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    save_image(picture(3, (640, 480)), path, "HEIF")
    facts = inspect_file(path, "image/heic")
    assert (facts.width, facts.height) == (640, 480)
    assert facts.phash is not None
    jpeg = inspect_file(save_photo(tmp_path / "same.jpg", 3, size=(640, 480)), "image/jpeg")
    assert hamming(facts.phash, jpeg.phash) <= LOOKALIKE_MAX_BITS


def test_resized_and_recompressed_copies_keep_their_hash(tmp_path: Path) -> None:
    for seed in range(8):
        original = save_photo(tmp_path / f"o{seed}.jpg", seed)
        for scale, quality in ((0.6, 70), (0.3, 45), (1.0, 30)):
            copy = save_web_copy(original, tmp_path / f"c{seed}-{scale}.jpg", scale=scale,
                                 quality=quality)
            a = inspect_file(original, "image/jpeg").phash
            b = inspect_file(copy, "image/jpeg").phash
            assert hamming(a, b) <= LOOKALIKE_MAX_BITS // 2, (seed, scale)


def test_unrelated_photos_do_not_match(tmp_path: Path) -> None:
    hashes = [inspect_file(save_photo(tmp_path / f"{s}.jpg", s, size=(400, 300)),
                           "image/jpeg").phash for s in range(40)]
    distances = [hamming(a, b) for a, b in itertools.combinations(hashes, 2)]
    assert min(distances) > LOOKALIKE_MAX_BITS
    assert sum(distances) / len(distances) > 24


def test_broken_images_give_no_facts_and_no_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    assert inspect_file(path, "image/jpeg").width is None
    assert inspect_file(path, None).phash is None


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(body), kind) + body


def test_a_phone_videos_recording_time_comes_from_its_mvhd_box(tmp_path: Path) -> None:
    when = datetime(2026, 3, 2, 18, 45, 10, tzinfo=UTC)
    seconds = int((when - datetime(1904, 1, 1, tzinfo=UTC)).total_seconds())
    mvhd = _box(b"mvhd", struct.pack(">B3xII", 0, seconds, seconds) + b"\x00" * 88)
    video = (_box(b"ftyp", b"qt  \x00\x00\x00\x00qt  ") + _box(b"mdat", b"\x00" * 50_000)
             + _box(b"moov", mvhd))
    path = tmp_path / "IMG_0002.MOV"
    path.write_bytes(video)
    assert inspect_file(path, "video/quicktime").taken_at == when
    path.write_bytes(video[:-(len(mvhd) - 4)])  # cut short: no date, and no error
    assert inspect_file(path, "video/quicktime").taken_at is None


def test_thumbnails_are_upright_and_small(tmp_path: Path) -> None:
    src = save_photo(tmp_path / "p.jpg", 2, size=(1200, 900), orientation=6)
    out = tmp_path / "thumbs" / "p.jpg"
    assert write_thumbnail(src, out, 160) == (120, 160)
    with Image.open(out) as img:
        assert img.size == (120, 160)
    assert datetime.now(UTC) - datetime.fromtimestamp(out.stat().st_mtime, UTC) < timedelta(
        minutes=5)
