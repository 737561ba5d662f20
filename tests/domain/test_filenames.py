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


@pytest.mark.parametrize(("name", "safe"), [
    ("Xmas photo.jpg", "Xmas photo.jpg"),  # only dots come off the ends
    # exactly at the limits: kept as they are, a space before the extension too
    ("a" * 115 + " .jpg", "a" * 115 + " .jpg"),  # 120 characters
    ("é" * 97 + "a .jpg", "é" * 97 + "a .jpg"),  # 200 bytes
    # cut to the limits, the extension kept when it has 1 to 10 characters
    ("a" * 130 + ".c", "a" * 118 + ".c"),
    ("a" * 130 + ".abcdefghij", "a" * 109 + ".abcdefghij"),
    ("a" * 130 + ".abcdefghijk", "a" * 120),
    ("é" * 150, "é" * 100),  # no extension: 200 bytes
    ("é" * 150 + ".jpg", "é" * 98 + ".jpg"),  # 196 bytes, the dot and the extension
    # a cut stem loses the dots and spaces it ends in, and nothing else
    ("a" * 114 + " ." + "z" * 50 + ".jpg", "a" * 114 + ".jpg"),
    ("a" * 115 + "X" + "z" * 50 + ".jpg", "a" * 115 + "X.jpg"),
])
def test_a_name_at_or_over_its_limits_word_for_word(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe
