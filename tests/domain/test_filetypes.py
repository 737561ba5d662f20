"""A file's type comes from its first bytes; a name that promises another type is caught."""

from __future__ import annotations

import pytest

from aliassist.domain.filetypes import (
    describe_mime,
    extension_mismatch,
    media_of,
    short_type,
    sniff_mime,
)


@pytest.mark.parametrize(("head", "mime"), [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    (b"\x00\x00\x00\x1cftypheic\x00\x00", "image/heic"),
    (b"\x00\x00\x00\x1cftypmif1\x00\x00", "image/heic"),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00", "video/quicktime"),
    (b"\x00\x00\x00\x18ftypisom\x00\x00", "video/mp4"),
    (b"\x00\x00\x00\x18ftyp3gp5\x00\x00", "video/3gpp"),
    (b"\x1aE\xdf\xa3\x9fB\x86\x81\x01B\xf7\x81\x01B\x82\x84webm", "video/webm"),
    (b"\x1aE\xdf\xa3\xa3B\x86\x81\x01B\x82\x88matroska", "video/x-matroska"),
    (b"%PDF-1.7\n", "application/pdf"),
    (b"GIF87a\x01\x00\x01\x00", "image/gif"),
    (b"GIF89a\x01\x00\x01\x00", "image/gif"),
    (b"BM" + bytes(12), "image/bmp"),  # a bitmap's file header is 14 bytes
    (b"BM" + bytes(11), None),  # cut inside its header: not a bitmap
    (b"II*\x00\x08\x00\x00\x00", "image/tiff"),
    (b"MM\x00*\x00\x00\x00\x08", "image/tiff"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"RIFF\x00\x00\x00\x00AVI LIST", "video/x-msvideo"),
    (b"RIFF\x00\x00\x00\x00WAVEfmt ", None),  # a sound file: neither picture nor video
    (b"\x00\x00\x00\x1cftypavif\x00\x00", "image/avif"),
    (b"\x00\x00\x00\x1cftypM4A \x00\x00", "audio/mp4"),
    (b"PK\x03\x04\x14\x00", "application/zip"),
    (b"Seller: we will refund you \xe2\x80\x94 ok", "text/plain"),
    (b"\x00\x01\x02\x03binary", None),
])
def test_content_decides_the_type(head: bytes, mime: str | None) -> None:
    assert sniff_mime(head) == mime


def test_text_cut_inside_a_character_is_still_text() -> None:
    assert sniff_mime("Продавец".encode()[:-1]) == "text/plain"


@pytest.mark.parametrize(("name", "mime"), [
    ("photo.jpg", "image/jpeg"), ("PHOTO.JPEG", "image/jpeg"), ("clip.mov", "video/mp4"),
    ("clip.mp4", "video/quicktime"), ("IMG_1.HEIC", "image/heic"), ("chat.txt", None),
    ("no-extension", "image/png"), ("notes.md", "text/plain"), (".hidden", None),
])
def test_names_that_agree_with_the_content_pass(name: str, mime: str | None) -> None:
    assert extension_mismatch(name, mime) is None


def test_a_name_that_lies_is_explained_with_the_fix() -> None:
    assert extension_mismatch("receipt.jpg", "application/pdf") == (
        "the name ends in .jpg but the content is a PDF document, not a JPEG image; "
        "rename it to end in .pdf")
    message = extension_mismatch("photo.png", None)
    assert message is not None and "not a kind of file the app recognises" in message
    assert describe_mime("image/heic") == "a HEIC image"


@pytest.mark.parametrize(("head", "mime"), [
    (b"", None),
    (b"\xef\xbb\xbfSeller: ok", "text/plain"),  # the byte-order mark is not part of the text
    (b"\xef\xbb\xbf\x01abc", None),  # a control character right after the mark
    (b"ab" + "😀".encode()[:3], "text/plain"),  # a 4-byte character cut after 3 bytes
    (b"ab" + "😀".encode()[:1], "text/plain"),
    (b"ab\xffcde", None),  # a bad byte 4 from the end is not a cut character
    (b"abc\xff", "text/plain"),
    (b"tab\tand\r\nlines", "text/plain"),
    (b"bell\x07", None),
])
def test_text_is_told_from_binary_at_its_edges(head: bytes, mime: str | None) -> None:
    assert sniff_mime(head) == mime


@pytest.mark.parametrize(("mime", "media"), [
    ("image/heic", "photo"), ("video/3gpp", "video"), ("application/pdf", "document"),
    ("text/plain", "document"), (None, "document"), ("", "document")])
def test_how_the_checklist_counts_a_type(mime: str | None, media: str) -> None:
    assert media_of(mime) == media


@pytest.mark.parametrize(("mime", "words", "short"), [
    ("image/jpeg", "a JPEG image", "JPG"),
    ("video/quicktime", "a QuickTime (MOV) video", "MOV"),
    ("application/x-rar", "application/x-rar", "X-RAR"),
    (None, "not a kind of file the app recognises (no image, video or PDF)", "FILE"),
])
def test_types_in_words_and_short(mime: str | None, words: str, short: str) -> None:
    assert describe_mime(mime) == words
    assert short_type(mime) == short


@pytest.mark.parametrize(("name", "mime", "lies"), [
    ("scan.pdf.jpg", "application/pdf", True),  # the last extension is the one that counts
    ("scan.jpg.pdf", "application/pdf", False),
    (".jpg", "application/pdf", False),  # a hidden file's name, no extension
    ("a.jpg", "application/pdf", True),  # a one-letter name
    ("clip.mov", "video/mp4", False),  # one family of formats
    ("clip.mov", "image/jpeg", True),
    ("clip.mp4", "video/webm", True),  # two families of videos
])
def test_which_extensions_lie_about_the_content(name: str, mime: str, lies: bool) -> None:
    assert (extension_mismatch(name, mime) is not None) is lies


def test_content_the_app_cannot_name_is_explained_with_what_to_check() -> None:
    assert extension_mismatch("photo.png", "application/x-unknown") == (
        "the name ends in .png but the content is "
        f"{describe_mime('application/x-unknown')}, not a PNG image; check that it is the file "
        "you meant, or save it again from the app that made it")
