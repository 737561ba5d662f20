"""What a file is, from its first bytes rather than its name; and whether its name agrees."""

from __future__ import annotations

SNIFF_BYTES = 64

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif"}
_QUICKTIME_BRANDS = {b"qt  "}
_3GP_BRANDS = {b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gs7", b"3ge6", b"3ge7", b"3gg6", b"3g2a",
               b"3g2b", b"3g2c"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P "}


def sniff_mime(head: bytes) -> str | None:
    """The MIME type of content starting with `head`, or None when it is not recognised."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head.startswith(b"BM") and len(head) >= 14:
        return "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "video/x-msvideo"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "image/avif" if brand == b"avif" else "image/heic"
        if brand in _QUICKTIME_BRANDS:
            return "video/quicktime"
        if brand in _3GP_BRANDS:
            return "video/3gpp"
        if brand in _AUDIO_BRANDS:
            return "audio/mp4"
        return "video/mp4"
    if head.startswith(b"\x1aE\xdf\xa3"):
        return "video/x-matroska" if b"matroska" in head else "video/webm"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    if _looks_like_text(head):
        return "text/plain"
    return None


def _looks_like_text(head: bytes) -> bool:
    """UTF-8 text without control characters (a chat log saved as .txt)."""
    if not head:
        return False
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(body) - 3:  # only a character cut at the end of the sniffed bytes
            return False
        text = body[: exc.start].decode("utf-8")
    return all(ch.isprintable() or ch in "\t\r\n" for ch in text)


def media_of(mime: str | None) -> str:
    """photo, video or document: how the evidence checklist counts a file."""
    if mime and mime.startswith("image/"):
        return "photo"
    if mime and mime.startswith("video/"):
        return "video"
    return "document"


#: What a file name's extension promises about its content.
EXTENSION_MIME = {
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".jpe": "image/jpeg", ".jfif": "image/jpeg",
    ".png": "image/png", ".gif": "image/gif", ".bmp": "image/bmp", ".tif": "image/tiff",
    ".tiff": "image/tiff", ".webp": "image/webp", ".heic": "image/heic", ".heif": "image/heic",
    ".avif": "image/avif", ".mp4": "video/mp4", ".m4v": "video/mp4", ".mov": "video/quicktime",
    ".qt": "video/quicktime", ".3gp": "video/3gpp", ".3g2": "video/3gpp",
    ".avi": "video/x-msvideo", ".webm": "video/webm", ".mkv": "video/x-matroska",
    ".pdf": "application/pdf", ".zip": "application/zip",
}
#: Types that share a container, so one may well carry the other's extension.
_FAMILIES = (
    {"video/mp4", "video/quicktime", "video/3gpp"},
    {"image/heic", "image/avif"},
    {"video/webm", "video/x-matroska"},
)
#: The extension to give content of a type (for hints and for files written out).
MIME_EXTENSION = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/bmp": ".bmp",
    "image/tiff": ".tif", "image/webp": ".webp", "image/heic": ".heic", "image/avif": ".avif",
    "video/mp4": ".mp4", "video/quicktime": ".mov", "video/3gpp": ".3gp",
    "video/x-msvideo": ".avi", "video/webm": ".webm", "video/x-matroska": ".mkv",
    "application/pdf": ".pdf", "application/zip": ".zip", "text/plain": ".txt",
    "audio/mp4": ".m4a",
}
_NAMES = {
    "image/jpeg": "a JPEG image", "image/png": "a PNG image", "image/gif": "a GIF image",
    "image/bmp": "a BMP image", "image/tiff": "a TIFF image", "image/webp": "a WebP image",
    "image/heic": "a HEIC image", "image/avif": "an AVIF image", "video/mp4": "an MP4 video",
    "video/quicktime": "a QuickTime (MOV) video", "video/3gpp": "a 3GP video",
    "video/x-msvideo": "an AVI video", "video/webm": "a WebM video",
    "video/x-matroska": "a Matroska (MKV) video", "application/pdf": "a PDF document",
    "application/zip": "a ZIP archive", "text/plain": "plain text", "audio/mp4": "M4A audio",
}


def describe_mime(mime: str | None) -> str:
    """A type in words: 'a JPEG image'."""
    if mime is None:
        return "not a kind of file the app recognises (no image, video or PDF)"
    return _NAMES.get(mime, mime)


def short_type(mime: str | None) -> str:
    """A short label for a type: JPEG, MP4, PDF."""
    if mime is None:
        return "FILE"
    ext = MIME_EXTENSION.get(mime)
    return ext[1:].upper() if ext else mime.split("/")[-1].upper()


def extension_mismatch(name: str, mime: str | None) -> str | None:
    """Why the file's name lies about its content, or None when it does not.

    Only extensions of formats the app can recognise are held to their word: a `.txt` or a
    name without an extension is taken for what its content is.
    """
    dot = name.rfind(".")
    if dot <= 0:
        return None
    ext = name[dot:].lower()
    promised = EXTENSION_MIME.get(ext)
    if promised is None or promised == mime:
        return None
    if mime is not None and any(promised in f and mime in f for f in _FAMILIES):
        return None
    fix = (f"rename it to end in {MIME_EXTENSION[mime]}" if mime in MIME_EXTENSION
           else "check that it is the file you meant, or save it again from the app that made it")
    return (f"the name ends in {ext} but the content is {describe_mime(mime)}, not "
            f"{describe_mime(promised)}; {fix}")
