"""Evidence photos the dispute form would refuse (HEIC from phones, photos above the size limit)
are converted to a JPEG within the limit; the original stays in the packet beside it."""

from __future__ import annotations

import io
from pathlib import Path

from aliassist.domain.policy import Limits

#: picture formats we can read and convert (Pillow, and pi-heif for phone photos)
CONVERTIBLE = ("image/heic", "image/avif", "image/webp", "image/tiff", "image/bmp",
               "image/png", "image/jpeg", "image/gif")
QUALITIES = (90, 85, 80, 70, 60, 50)


def needs_conversion(mime: str | None, size: int, limits: Limits) -> bool:
    """A picture the form refuses (its format, or its size) that we can convert."""
    if mime not in CONVERTIBLE:
        return False
    return mime not in limits.image_accepted or size > limits.image_max_bytes


def to_jpeg(path: Path, limits: Limits) -> bytes:
    """A JPEG of the picture within the platform's byte limit and longest-side limit.
    Deterministic: the same input gives the same bytes. Raises media DECODE_ERRORS."""
    from PIL import Image  # loaded only to convert: a packet of cached copies needs none

    from aliassist.media.images import load_upright

    image = load_upright(path)
    side = limits.image_convert_max_side
    if max(image.size) > side:
        image.thumbnail((side, side), Image.Resampling.LANCZOS)
    while True:
        for quality in QUALITIES:
            out = io.BytesIO()
            image.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= limits.image_max_bytes:
                return out.getvalue()
        if max(image.size) <= 256:
            return out.getvalue()
        image = image.resize((max(1, image.width * 3 // 4), max(1, image.height * 3 // 4)),
                             Image.Resampling.LANCZOS)
