"""Evidence photos the dispute form would refuse (HEIC from phones, photos above the size limit)
are converted to a JPEG within the limit; the original stays in the packet beside it."""

from __future__ import annotations

import io
from pathlib import Path

from aliassist.domain.policy import Limits

#: formats the platform's form refuses but that we can read and convert
CONVERTIBLE = ("image/heic", "image/avif", "image/webp", "image/tiff", "image/bmp",
               "image/png", "image/jpeg", "image/gif")
QUALITIES = (90, 85, 80, 70, 60, 50)


def needs_conversion(mime: str | None, size: int, limits: Limits) -> bool:
    if mime is None or not mime.startswith("image/"):
        return False
    if mime not in CONVERTIBLE:
        return False
    return mime not in limits.image_accepted or size > limits.image_max_bytes


def _open_image(path: Path):  # -> PIL.Image.Image
    from PIL import Image, ImageOps

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC then stays unconverted; the original is still in the packet
        pass
    image = Image.open(path)
    image = ImageOps.exif_transpose(image)
    return image.convert("RGB")


def to_jpeg(path: Path, limits: Limits) -> bytes:
    """A JPEG of the image within the platform's byte limit and longest-side limit.

    Deterministic: the same input gives the same bytes (no timestamps, fixed settings)."""
    image = _open_image(path)
    side = limits.image_convert_max_side
    if max(image.size) > side:
        image.thumbnail((side, side))
    while True:
        for quality in QUALITIES:
            out = io.BytesIO()
            image.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= limits.image_max_bytes:
                return out.getvalue()
        if max(image.size) <= 256:
            return out.getvalue()
        image = image.resize((max(1, image.width * 3 // 4), max(1, image.height * 3 // 4)))


def thumbnail_png(path: Path, size: int = 240) -> bytes | None:
    """A small PNG of an image file for the summary's evidence page; None if unreadable."""
    try:
        image = _open_image(path)
    except Exception:  # any unreadable image just gets no thumbnail
        return None
    image.thumbnail((size, size))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
