"""Fuzzing packet and file names: whatever a person, a seller or a file system calls a file,
`safe_file_name` gives a name every platform can create, never a path, never empty."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from aliassist.domain.filenames import _RESERVED, MAX_NAME, safe_file_name
from tests.fuzz import fuzz

#: every code point, lone surrogates included (a file name with bytes that are not UTF-8
#: reaches Python as surrogate escapes)
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
tricky = st.sampled_from(["..", ".", "../../etc/passwd", "CON", "con.txt", "NUL.jpg", "LPT9",
                          " .hidden. ", "a/b\\c", "photo.JPG", "x" * 500 + ".jpeg",
                          "\x00\x1f", "é" * 200, "\udc80\udcff.jpg", "日本語の写真.png", ""])


@fuzz
@given(st.one_of(any_text, tricky))
@example("\udc80.jpg")
@example("😀" * 200 + ".jpg")
def test_any_name_becomes_one_every_platform_can_create(tmp_path_factory, name: str) -> None:  # type: ignore[no-untyped-def]
    safe = safe_file_name(name)
    assert safe and len(safe) <= MAX_NAME
    assert not set(safe) & set('<>:"/\\|?*') and all(ord(c) >= 32 and c != "\x7f" for c in safe)
    assert safe not in (".", "..") and not safe.startswith(".") and not safe.endswith((".", " "))
    assert safe.split(".")[0].strip().upper() not in _RESERVED
    safe.encode("utf-8")  # storable in SQLite and JSON, writable on every file system
    folder = tmp_path_factory.mktemp("names")
    path = folder / safe
    path.write_bytes(b"x")
    assert os.listdir(folder) == [safe] and Path(folder, safe).read_bytes() == b"x"


@fuzz
@given(st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=40),
       st.sampled_from(["jpg", "png", "mp4", "pdf", "heic", "zip"]))
def test_an_ordinary_name_keeps_its_extension(stem: str, ext: str) -> None:
    assert safe_file_name(f"{stem}.{ext}").endswith(f".{ext}")
