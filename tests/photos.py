"""Real pictures for the evidence tests: photo-like JPEGs made with Pillow, with the EXIF camera
date written in, and copies resized and recompressed the way a website would serve them."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import ExifTags, Image, ImageDraw


def picture(seed: int, size: tuple[int, int] = (800, 600)) -> Image.Image:
    """A made-up photo: soft colour gradients, a dozen shapes and sensor-like noise; every seed
    gives a different scene."""
    rng = np.random.default_rng(seed)
    img = Image.fromarray(rng.integers(0, 255, (6, 8, 3), dtype=np.uint8)).resize(
        size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    r = random.Random(seed)
    for _ in range(12):
        x, y = r.randrange(size[0]), r.randrange(size[1])
        w, h = r.randrange(30, size[0] // 2), r.randrange(30, size[1] // 2)
        colour = tuple(r.randrange(256) for _ in range(3))
        (draw.ellipse if r.random() < 0.5 else draw.rectangle)((x, y, x + w, y + h),
                                                                fill=colour)
    noisy = np.asarray(img).astype(np.int16) + rng.integers(-12, 12, (size[1], size[0], 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def save_image(image: Image.Image, path: Path, fmt: str | None = None, **options: object) -> None:
    """Save like Pillow does; HEIF through pillow-heif's encoder without registering it, so that
    reading the file back goes through the app's own (decode-only) HEIF plugin."""
    if (fmt or path.suffix.lstrip(".")).upper() in ("HEIF", "HEIC"):
        import pillow_heif

        exif = options.get("exif")
        extra = {"exif": exif.tobytes()} if isinstance(exif, Image.Exif) and len(exif) else {}
        pillow_heif.from_pillow(image).save(path, quality=options.get("quality", 90), **extra)
        return
    image.save(path, format=fmt, **options)


def exif_with(taken: datetime | None = None, offset: str | None = None,
              orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if taken is not None:
        sub = {ExifTags.Base.DateTimeOriginal: taken.strftime("%Y:%m:%d %H:%M:%S")}
        if offset is not None:
            sub[ExifTags.Base.OffsetTimeOriginal] = offset
        exif[ExifTags.IFD.Exif] = sub
    return exif


def save_photo(path: Path, seed: int = 1, *, size: tuple[int, int] = (800, 600),
               taken: datetime | None = None, offset: str | None = None,
               orientation: int | None = None, quality: int = 92,
               fmt: str = "JPEG") -> Path:
    """Write a photo like a phone camera does (with its EXIF date when `taken` is given)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    save_image(picture(seed, size), path, fmt, quality=quality,
               exif=exif_with(taken, offset, orientation))
    return path


def save_web_copy(src: Path, dest: Path, *, scale: float = 0.6, quality: int = 70) -> Path:
    """The same picture as a shop page serves it: smaller, recompressed, no EXIF."""
    with Image.open(src) as img:
        w, h = img.size
        img.convert("RGB").resize((int(w * scale), int(h * scale)),
                                  Image.Resampling.BILINEAR).save(dest, "JPEG", quality=quality)
    return dest
