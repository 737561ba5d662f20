"""The language a dispute description or a message to the seller is drafted in, apart from the
app's own: English by default (sellers read it best), or the buyer's language.

`draft_words(code)` gives the draft's templates (context ``draft``, and the policy's reason labels,
context ``policy``) in language `code`, from its own translator (resources/translations/
aliassist_<code>.qm) that is never installed into the application: the window can speak German
while the draft is written in English, and the other way round. A template the .qm lacks stays
English. Qt is imported only when a language other than English is asked for.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from aliassist.domain.draft import english
from aliassist.i18n import LANGUAGES
from aliassist.resources import resource_path

#: the language a draft is written in unless the buyer chooses another
DEFAULT_DRAFT_LANGUAGE = "en"


def translations_dir() -> Path:
    """Where the built translations (.qm) are."""
    return resource_path("translations")


def draft_words(code: str | None) -> Any:
    """A translate(context, text, disambiguation=None, n=-1) for drafts in language `code`
    (English for None, "en" or a language the app does not speak)."""
    if not code or code == DEFAULT_DRAFT_LANGUAGE or code not in LANGUAGES:
        return english
    return _words(code, str(translations_dir()))


@lru_cache(maxsize=16)
def _words(code: str, directory: str) -> Any:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(f"aliassist_{code}", directory):
        return english

    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            return english(context, text, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    translate.translator = translator  # type: ignore[attr-defined]  # kept alive with it
    return translate
