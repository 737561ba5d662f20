"""Where a photo was taken: the GPS position a phone writes into its EXIF (and XMP) data.

A packet goes to a seller or a platform; the position of the buyer's home has no place in it.
`has_location` tells whether a picture carries one; `without_location` gives the picture's
bytes with it removed, losslessly: in a JPEG only the EXIF GPS directory is dropped (and an XMP
packet that names a GPS position), the image data is copied byte for byte; a PNG is re-written
by Pillow (lossless). Other formats are not rewritten (None).
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import BinaryIO

from PIL import ExifTags, Image

from aliassist.media.images import DECODE_ERRORS, open_image

_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_GPS = (b"GPSLatitude", b"GPSLongitude")


def has_location(path: Path) -> bool:
    """True when the picture at `path` names a GPS position (EXIF GPS, or XMP)."""
    try:
        with open_image(path) as img:
            if _gps_tags(img.getexif()):
                return True
            xmp = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp") or b""
    except DECODE_ERRORS:
        return False
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    return any(tag in xmp for tag in _XMP_GPS)


def _gps_tags(exif: Image.Exif) -> dict[int, object]:
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    return {k: v for k, v in gps.items() if k != 0}  # 0: the GPS version alone says nothing


def without_location(path: Path) -> bytes | None:
    """The picture's bytes without its GPS position; None when it has none or its format is
    not one that can be rewritten without loss."""
    parts = location_free_parts(path)
    if parts is None:
        return None
    head, offset = parts
    with path.open("rb") as fh:
        fh.seek(offset)
        return head + fh.read()


def location_free_parts(path: Path) -> tuple[bytes, int] | None:
    """The picture without its GPS position as (new head, offset): the bytes are `head`
    followed by the file's own bytes from `offset` on, so a large photo is streamed rather
    than copied in memory (only a JPEG's segments before its image data are rewritten).
    None when it has no position or its format cannot be rewritten without loss."""
    with path.open("rb") as fh:
        start = fh.read(8)
        if start.startswith(b"\xff\xd8"):
            return _jpeg_head_without_location(fh)
        if start.startswith(b"\x89PNG\r\n\x1a\n"):
            data = _png_without_location(start + fh.read())
            return None if data is None else (data, fh.tell())
    return None


def _jpeg_head_without_location(fh: BinaryIO) -> tuple[bytes, int] | None:
    """Read a JPEG's segments up to its image data (start of scan) and rewrite them without
    the GPS position; the image data that follows is left where it is."""
    fh.seek(0)
    out = bytearray(fh.read(2))
    at = 2
    changed = False
    while True:
        fh.seek(at)
        peek = fh.read(4)
        if len(peek) < 4 or peek[0] != 0xFF:
            break
        marker = peek[1]
        if marker == 0xDA:  # start of scan: the image data follows, copied as it is
            break
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out += peek[:2]
            at += 2
            continue
        length = struct.unpack(">H", peek[2:4])[0]
        segment = peek + fh.read(length - 2) if length >= 2 else peek[:2 + length]
        body = segment[4:]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            exif = Image.Exif()
            try:
                exif.load(body[6:])
            except DECODE_ERRORS:
                return None
            if _gps_tags(exif) or ExifTags.IFD.GPSInfo in exif:
                del exif[ExifTags.IFD.GPSInfo]
                new = exif.tobytes()
                if len(new) + 2 > 0xFFFF:
                    return None
                segment = b"\xff\xe1" + struct.pack(">H", len(new) + 2) + new
                changed = True
        elif marker == 0xE1 and body.startswith(_XMP) and any(t in body for t in _XMP_GPS):
            segment = b""  # an XMP packet naming the position: dropped whole
            changed = True
        out += segment
        at += 2 + length
    if not changed:
        return None
    return bytes(out), at


def _png_without_location(data: bytes) -> bytes | None:
    try:
        with Image.open(io.BytesIO(data)) as img:
            exif = img.getexif()
            xmp = img.info.get("XML:com.adobe.xmp") or ""
            gps_in_xmp = any(t.decode() in xmp for t in _XMP_GPS)
            if not (_gps_tags(exif) or gps_in_xmp):
                return None
            if ExifTags.IFD.GPSInfo in exif:
                del exif[ExifTags.IFD.GPSInfo]
            out = io.BytesIO()
            img.save(out, format="PNG", exif=exif)  # text chunks (and XMP) are not carried
            return out.getvalue()
    except DECODE_ERRORS:
        return None
