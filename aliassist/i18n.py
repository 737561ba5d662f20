"""The app in the buyer's language: the languages it speaks and the one call every user-visible
string goes through.

Every text a person reads is written as ``translate("Context", "Text")`` (plural forms:
``translate("Context", "%n day(s)", None, n)``), so that ``pyside6-lupdate`` finds it and Qt's
installed translators replace it at run time. The call is Qt's own
(``QCoreApplication.translate``); it is imported here lazily so that code which only prints JSON
never loads Qt.
"""

from __future__ import annotations

#: language code -> the language's own name, as the Settings list shows it
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
    "de": "Deutsch",
    "pl": "Polski",
}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (itself when none is installed); ``%n`` becomes `n`
    with the language's plural form."""
    from PySide6.QtCore import QCoreApplication

    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "%n" in text and found == text.replace("%n", str(n)):
        return english_plural(text, n)
    return found


def english_plural(text: str, n: int) -> str:
    """The English of an untranslated plural source: "%n day(s)" reads "1 day", "3 days" and
    "1,200 days" (an English text needs no translator, and English has two forms)."""
    return text.replace("%n", f"{n:,}").replace("(s)", "" if n == 1 else "s")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate finds it
    """Mark `text` for ``pyside6-lupdate`` where it is defined (a module-level constant) without
    loading Qt; it is translated where it is shown, with ``translate(context, text)``."""
    return text
