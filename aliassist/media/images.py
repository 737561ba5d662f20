"""Images through Pillow: open (HEIC too), size, EXIF DateTimeOriginal, a 64-bit perceptual hash
and thumbnails. Decoding is bounded: JPEGs are decoded at a reduced scale where the full size is
not needed, and Pillow's decompression-bomb limit stays on."""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from aliassist.fileio import atomic_path

if TYPE_CHECKING:
    import numpy as np

#: what Pillow raises for a file it cannot decode
DECODE_ERRORS = (UnidentifiedImageError, OSError, ValueError, SyntaxError,
                 Image.DecompressionBombError, EOFError)

_EXIF_TIME = re.compile(r"^\s*(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")
_HASH_SIDE = 32


@cache
def _heif_ready() -> bool:
    """Teach Pillow HEIC/HEIF (phone photos) when pi-heif is installed: pillow-heif's
    decode-only build, without the 23 MB HEVC encoder the app never uses."""
    try:
        from pi_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


def open_image(path: Path) -> Image.Image:
    """Open an image lazily (only the header is read). Raises one of DECODE_ERRORS."""
    _heif_ready()
    return Image.open(path)


def parse_exif_time(text: object, offset: object = None, local: tzinfo | None = None
                    ) -> datetime | None:
    """An EXIF date ("2026:03:01 10:20:30") as an aware UTC instant.

    EXIF times have no zone; OffsetTimeOriginal gives one when the camera wrote it, else the
    time is read in `local` (the computer's zone: photos are mostly taken where the buyer is).
    Blank or impossible dates ("0000:00:00 00:00:00") give None.
    """
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    if not isinstance(text, str):
        return None
    m = _EXIF_TIME.match(text.strip("\x00"))
    if not m:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in m.groups())
        naive = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    zone: tzinfo | None = local
    if isinstance(offset, bytes):
        offset = offset.decode("ascii", "replace")
    if isinstance(offset, str) and (o := _EXIF_OFFSET.match(offset.strip("\x00"))):
        sign = -1 if o.group(1) == "-" else 1
        zone = timezone(sign * timedelta(hours=int(o.group(2)), minutes=int(o.group(3))))
    aware = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
    return aware.astimezone(UTC)


def camera_time(img: Image.Image) -> datetime | None:
    """EXIF DateTimeOriginal (else DateTimeDigitized) of an open image, as UTC."""
    try:
        exif = img.getexif()
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except DECODE_ERRORS:
        return None
    for tag, offset_tag in ((ExifTags.Base.DateTimeOriginal, ExifTags.Base.OffsetTimeOriginal),
                            (ExifTags.Base.DateTimeDigitized,
                             ExifTags.Base.OffsetTimeDigitized)):
        value = sub.get(tag)
        if value is not None and (when := parse_exif_time(value, sub.get(offset_tag))):
            return when
    return None


def _upright(img: Image.Image, draft_side: int | None = None) -> Image.Image:
    """The decoded image as the camera meant it (EXIF orientation applied), in RGB.
    With `draft_side`, a JPEG is decoded at the smallest scale still at least that large."""
    if draft_side is not None and img.format == "JPEG":
        with contextlib.suppress(*DECODE_ERRORS):
            img.draft("RGB", (draft_side, draft_side))
    img = ImageOps.exif_transpose(img) or img
    if img.mode in ("RGBA", "LA", "P", "PA"):
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return img.convert("RGB")


@cache
def _dct_matrix(n: int) -> np.ndarray:
    import numpy as np  # loaded here: reading a photo's EXIF or making a thumbnail needs none

    k = np.arange(n)[:, None]
    i = np.arange(n)[None, :]
    m = np.cos(np.pi * (2 * i + 1) * k / (2 * n)) * np.sqrt(2 / n)
    m[0] /= np.sqrt(2)
    return m


def perceptual_hash(img: Image.Image) -> int:
    """A 64-bit pHash: the signs of the 8x8 lowest frequencies of a 32x32 grey copy's DCT,
    against their median. Survives resizing and recompression; differs for other pictures."""
    import numpy as np

    grey = img.convert("L").resize((_HASH_SIDE, _HASH_SIDE), Image.Resampling.LANCZOS)
    pixels = np.asarray(grey, dtype=np.float64)
    dct = _dct_matrix(_HASH_SIDE)
    low = (dct @ pixels @ dct.T)[:8, :8].ravel()
    bits = low > np.median(low[1:])
    return int("".join("1" if b else "0" for b in bits), 2)


def image_facts(path: Path) -> tuple[int, int, int, datetime | None]:
    """(width, height, perceptual hash, camera time) of an image file, upright.
    Raises one of DECODE_ERRORS when the file is not a readable image."""
    with open_image(path) as img:
        taken = camera_time(img)
        width, height = img.size  # before draft() scales the decoder down
        orientation = img.getexif().get(ExifTags.Base.Orientation, 1)
        if orientation in (5, 6, 7, 8):  # turned a quarter: the picture is taller than stored
            width, height = height, width
        upright = _upright(img, draft_side=_HASH_SIDE * 4)
        return width, height, perceptual_hash(upright), taken


def load_upright(path: Path) -> Image.Image:
    """The whole image decoded, upright and in RGB (for conversions). Raises DECODE_ERRORS."""
    with open_image(path) as img:
        upright = _upright(img)
        upright.load()
        return upright


def write_thumbnail(src: Path, dest: Path, side: int) -> tuple[int, int]:
    """Write a JPEG of the image at `src` no larger than `side` on its longest side, upright,
    to `dest` (atomically). Returns its size. Raises one of DECODE_ERRORS."""
    with open_image(src) as img:
        upright = _upright(img, draft_side=side)
        upright.thumbnail((side, side), Image.Resampling.LANCZOS)
        with atomic_path(dest) as tmp:
            upright.save(tmp, format="JPEG", quality=88)
        return upright.size
