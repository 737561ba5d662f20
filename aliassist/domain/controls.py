"""Characters that change how text shows instead of being text: terminal control sequences and
invisible formatting characters. Text from files and forms (titles, store names, file names)
passes through here before it reaches a terminal, a file name or a text file to paste.

- C0 controls (ESC, BEL, CR, backspace...), DEL and C1 controls (CSI U+009B, OSC U+009D...)
  start escape sequences: a title could retitle the terminal, hide text or fake a line.
- Bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder what follows:
  `invoice\u202egpj.exe` shows as `invoiceexe.jpg`. Zero-width characters (U+200B-U+200D,
  U+2060, U+FEFF) and other invisible format characters make two names look alike.
"""

from __future__ import annotations

import re
import unicodedata

#: C0 controls but tab and line feed, DEL, and C1 controls
_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: bidirectional embeddings, overrides and isolates (the marks LRM/RLM/ALM are harmless)
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: characters that show as nothing
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad")
_BIDI = re.compile(f"[{''.join(sorted(BIDI_CONTROLS))}]")


def show_controls(text: str) -> str:
    """`text` for a terminal: every control character and bidirectional control shown as
    its escape (`\\x1b`, `\\u202e`) instead of acting; tabs and line feeds kept."""
    text = _TERMINAL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)
    return _BIDI.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def drop_controls(text: str) -> str:
    """`text` to paste or store as a line of text: control characters (but tab and line
    feed) and bidirectional controls removed; a lone CR becomes a line feed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TERMINAL.sub("", text)
    return _BIDI.sub("", text)


def drop_invisible(text: str) -> str:
    """`text` without controls, bidirectional controls, zero-width and other invisible
    format characters (Unicode category Cf): for names that must look like what they are."""
    return "".join(c for c in _TERMINAL.sub("", text)
                   if c not in BIDI_CONTROLS and c not in ZERO_WIDTH
                   and unicodedata.category(c) != "Cf")
