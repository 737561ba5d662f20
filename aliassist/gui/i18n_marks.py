"""`QT_TRANSLATE_NOOP` with a type: texts defined when a module is imported (column titles,
label tables) are marked with it, so that `pyside6-lupdate` finds them, and translated where
they are shown (``translate(context, text)``), once the translator is installed.

PySide6's own is typed as returning ``object``; this one returns the text itself, unchanged.
lupdate recognises the call by its name, wherever it comes from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` (in `context`) for translation; return it untranslated."""
    return text
