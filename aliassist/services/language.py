"""The app's language: the choice in Settings (kept per person and computer, applied from the next
start) and the language a start puts in force (aliassist.i18n says how it is chosen)."""

from __future__ import annotations

from aliassist.errors import UserError
from aliassist.i18n import LANGUAGES, choose_language, language_code, translate
from aliassist.store.language_choice import read_language, write_language


def chosen_language() -> str | None:
    """The language chosen in Settings (a code of i18n.LANGUAGES); None: the system's."""
    return language_code(read_language())


def choose_in_settings(code: str | None) -> None:
    """Keep `code` as the language from the next start on (None: follow the system's)."""
    if code is not None and code not in LANGUAGES:
        raise UserError(translate("Language", "AliAssist does not speak {code}")
                        .format(code=repr(code)), where="language",
                        hint="choose one of " + ", ".join(LANGUAGES))
    write_language(code)


def start_language(option: str | None = None) -> str:
    """The language to start in: --lang, else ALIASSIST_LANG, else Settings, else the
    system's."""
    return choose_language(option, chosen_language())
