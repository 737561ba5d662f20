"""A file's type comes from its first bytes; a name that promises another type is caught."""

from __future__ import annotations

import pytest

from aliassist.domain.filetypes import describe_mime, extension_mismatch, sniff_mime


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
