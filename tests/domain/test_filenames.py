"""File names made safe: separators, reserved names, dots and lengths, case by case."""

from __future__ import annotations

import pytest

from aliassist.domain.filenames import MAX_NAME, MAX_NAME_BYTES, safe_file_name


@pytest.mark.parametrize(("name", "safe"), [
    ("photo.jpg", "photo.jpg"),
    ("a/b.jpg", "a_b.jpg"),
    ("a:b*c?.pdf", "a_b_c_.pdf"),
    ("..", "file"),
    ("", "file"),
    ("  .x.  ", "x"),
    ("a..b", "a.b"),
    ("a....b", "a.b"),
    ("CON.txt", "file_CON.txt"),
    ("con", "file_con"),
    ("LPT1", "file_LPT1"),
    ("nul.tar.gz", "file_nul.tar.gz"),
    ("COM10.txt", "COM10.txt"),  # not a device name
    ("x" * MAX_NAME, "x" * MAX_NAME),
    ("x" * (MAX_NAME + 1), "x" * MAX_NAME),
    ("x" * 130 + ".jpeg", "x" * (MAX_NAME - 5) + ".jpeg"),  # the extension is kept
    ("x" * 130 + ".verylongext", "x" * MAX_NAME),  # past 10 characters it is no extension
    ("é" * 150 + ".jpeg", "é" * 97 + ".jpeg"),  # 199 bytes of UTF-8
    ("日" * 100 + ".png", "日" * 65 + ".png"),
])
def test_names_are_made_safe(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES


def test_the_fallback_and_the_limit_are_the_callers() -> None:
    assert safe_file_name("", "evidence") == "evidence"
    assert safe_file_name("aux", "evidence") == "evidence_aux"
    assert safe_file_name("abcdef.jpg", limit=8) == "abcd.jpg"
    assert safe_file_name("abcdefgh", limit=5) == "abcde"
    assert safe_file_name("...." + "." * 300 + "a", "fb") == "a"
    assert safe_file_name(". " * 200 + ".jpg", "fb") == "fb.jpg"
