"""What the evidence checks need to know about a stored file, read from its content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from aliassist.media.images import DECODE_ERRORS, image_facts
from aliassist.media.video import recorded_at

_ISO_VIDEOS = ("video/mp4", "video/quicktime", "video/3gpp")


@dataclass(frozen=True, slots=True)
class MediaFacts:
    width: int | None = None
    height: int | None = None
    #: the 64-bit perceptual hash of an image
    phash: int | None = None
    #: when the camera says it was taken (EXIF DateTimeOriginal, or a video's mvhd time)
    taken_at: datetime | None = None


def inspect_file(path: Path, mime: str | None) -> MediaFacts:
    """Read the facts of the file at `path` whose content type is `mime`. A file that cannot
    be decoded gives empty facts, never an error: it is still evidence."""
    if mime and mime.startswith("image/"):
        try:
            width, height, phash, taken = image_facts(path)
        except DECODE_ERRORS:
            return MediaFacts()
        return MediaFacts(width, height, phash, taken)
    if mime in _ISO_VIDEOS:
        return MediaFacts(taken_at=recorded_at(path))
    return MediaFacts()
