"""Which text encoding a file is in: byte-order marks first (UTF-8 with BOM, UTF-16 as Excel's
"Unicode text" writes it), then UTF-16 without a mark, then UTF-8, then the legacy code page
charset-normalizer finds likeliest (cp1251, cp1252, ...).

Only the start of the file is looked at, so a 1 GB file costs no more than a small one.
"""

from __future__ import annotations

import codecs

#: How much of the file the guess looks at.
SAMPLE_BYTES = 256 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Legacy encodings a buyer's export is likely to be in, tried in this order of preference.
_LEGACY = ("cp1252", "cp1251", "cp1250", "iso8859-15", "koi8-r", "cp1253", "cp1254", "cp1257",
           "shift_jis", "gb18030", "big5", "euc_kr")


def detect_encoding(sample: bytes) -> str:
    """The Python codec name for text that starts with `sample`."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    if _is_utf8(sample):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=list(_LEGACY)).best()
    if best is not None:
        return codecs.lookup(best.encoding).name
    return "cp1252"


def _utf16_without_bom(sample: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a zero in every other byte."""
    head = sample[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _is_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A character cut in two at the end of the sample is still UTF-8.
        return exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data"
    return True
