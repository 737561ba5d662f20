"""Text that would act instead of show: escape sequences, bidirectional overrides, invisible
characters. Names lose them; terminals see them as escapes; order numbers refuse them."""

from __future__ import annotations

import pytest

from aliassist.domain.controls import drop_controls, drop_invisible, show_controls
from aliassist.domain.filenames import safe_file_name
from aliassist.domain.validate import check_order_number
from aliassist.errors import UserError


@pytest.mark.parametrize(("name", "safe"), [
    ("06-other-invoice\u202egpj.exe", "06-other-invoicegpj.exe"),
    ("photo\u2066.jpg\u2069.exe", "photo.jpg.exe"),
    ("box\u200b.jpg", "box.jpg"),
    ("a\u200d\u2060\ufeffb.png", "ab.png"),
    ("\u202e", "file"),
    ("\x1b]0;title\x07.jpg", "]0;title.jpg"),
    ("Отзыв — ünïcödé 写真.jpg", "Отзыв — ünïcödé 写真.jpg"),  # real text stays
])
def test_safe_file_name_removes_bidi_and_invisible_characters(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_show_controls_makes_escape_sequences_visible() -> None:
    assert show_controls("a\x1b]0;x\x07b\x9b1m\u202ec\n\td") == \
        "a\\x1b]0;x\\x07b\\x9b1m\\u202ec\n\td"
    assert show_controls("日本 — ok") == "日本 — ok"


def test_drop_controls_keeps_lines_and_drops_the_rest() -> None:
    assert drop_controls("one\r\ntwo\rthree\x1b[2J\u202e\tfour") == "one\ntwo\nthree[2J\tfour"
    assert drop_invisible("x\u00ady\u200bz") == "xyz"
    # any other invisible format character goes too (invisible times, invisible plus)
    assert drop_invisible("a\u2062b\u2064c") == "abc"


@pytest.mark.parametrize("number", ["../../../etc/passwd", "..", "a/b", "a\\b", "x\x1b[2J",
                                    "INV\u202e1", "a b", "#!", "-rf"])
def test_other_platforms_refuse_path_like_order_numbers(number: str) -> None:
    with pytest.raises(UserError, match="not an order number"):
        check_order_number(number, "temu")


@pytest.mark.parametrize("number", ["PO-2026-0001", "T1234567890", "ORD#77", "a.b_c+1"])
def test_other_platforms_keep_ordinary_order_numbers(number: str) -> None:
    assert check_order_number(number, "temu") == number
