"""The app in the buyer's language: the languages it speaks, which one is in use, and the one call
every user-visible string goes through.

Every text a person reads is written as ``translate("Context", "Text")`` (plural forms:
``translate("Context", "%n day(s)", None, n)``), so that ``pyside6-lupdate`` finds it and the
translators installed here replace it at run time (`make translations` gathers the texts into
resources/translations/aliassist_<code>.ts; the install builds the .qm files Qt reads).

Which language: ``--lang`` (the command line and the window), else ``ALIASSIST_LANG``, else the
choice in Settings (kept by services/language.py), else the system's (QLocale.system(): `pt` is
taken as Brazilian Portuguese; a language the app does not speak gives English). `use_language`
puts it in force: the app's translator and Qt's own (``qtbase_<code>.qm``, for the standard
buttons and dialogs), QLocale's default (Qt's date and number widgets), and the language's way of
writing dates, numbers and money (domain/formatting.py's style; date-only values keep their
date). JSON, rule ids and keys never go through here.

Qt is imported lazily: a command that prints only JSON, or that runs in English, never loads it.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aliassist.domain.formatting import Style, style, use_style
from aliassist.errors import UserError
from aliassist.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

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
#: the language the texts are written in (no translator needed)
SOURCE_LANGUAGE = "en"
#: the languages with a translation (a .ts source, a .qm at run time)
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
#: the environment variable naming the language (after --lang, before Settings)
ENV_LANG = "ALIASSIST_LANG"
#: a language the system names without the region the app speaks it for
_REGIONS = {"pt": "pt_BR"}
#: how an instant's date reads in words, where the day is not simply followed by the month
_INSTANT_DAY = {"de": "d. MMM yyyy"}

#: the language in force (None: none was put in force, the texts are the source's)
_language: str | None = None
#: its translators (the app's and Qt's), kept alive here, and the application they are in
_translators: list[QTranslator] = []
_installed_in: int | None = None
#: the language to put in force at the first text translated (use_language_lazily)
_pending: str | None = None
_SYSTEM = "system"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language in force (itself in English); ``%n`` becomes `n` with the
    language's plural form (an untranslated plural reads as English: english_plural)."""
    found = _translated(context, text, disambiguation, n)
    if n >= 0 and "%n" in text and found == text.replace("%n", str(n)):
        return english_plural(text, n)
    return found


def english_plural(text: str, n: int) -> str:
    """The English of an untranslated plural source: "%n day(s)" reads "1 day", "3 days" and
    "1,200 days" (an English text needs no translator, and English has two forms)."""
    return text.replace("%n", f"{n:,}").replace("(s)", "" if n == 1 else "s")


def _translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if _pending is None and not _translators and "PySide6.QtCore" not in sys.modules:
        # English and no Qt loaded (a command): no application and no translator, so Qt would
        # only put `n` in; a command in English then never loads Qt
        return _percent_n(text, n)
    from PySide6.QtCore import QCoreApplication

    if _pending is not None:
        use_language(system_language() if _pending == _SYSTEM else _pending)
    if not _translators:
        return QCoreApplication.translate(context, text, disambiguation, n)
    app = QCoreApplication.instance()
    if app is not None:
        if _installed_in != id(app):
            _install_into(app)
        return QCoreApplication.translate(context, text, disambiguation, n)
    # no application (a command): ask the translators as Qt would, the app's first
    for translator in _translators:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return _percent_n(found, n)
    return _percent_n(text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark `text` for translation where it is written, without translating it (nor loading
    Qt): a constant, or an argparse help, translated with translate(context, text) where it
    is shown."""
    return text


def _percent_n(text: str, n: int) -> str:
    """What QCoreApplication.translate does to `%n` (and `%Ln`, with the locale's digits)."""
    if n < 0 or "%" not in text:
        return text
    if "%Ln" not in text:
        return text.replace("%n", str(n))
    from PySide6.QtCore import QLocale

    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


def language_code(name: str | None) -> str | None:
    """The code of the language the app speaks that `name` (a code, a locale name or a BCP 47
    tag: `de`, `de_AT.UTF-8`, `pt-PT`, `pt_br`) means; None when it speaks none of it."""
    if not name:
        return None
    base = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    lang, _, region = base.partition("_")
    lang = lang.lower()
    full = f"{lang}_{region.upper()}" if region else lang
    for code in (full, lang, _REGIONS.get(lang)):
        if code in LANGUAGES:
            return code
    return None


def system_language() -> str:
    """The first language of the system's preferred ones that the app speaks; English when it
    speaks none of them."""
    if _english_by_environment():
        return SOURCE_LANGUAGE
    from PySide6.QtCore import QLocale

    for tag in [*QLocale.system().uiLanguages(), QLocale.system().name()]:
        code = language_code(tag)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def _english_by_environment() -> bool:
    """On Linux QLocale.system() reads only LANGUAGE, LC_ALL, LC_MESSAGES and LANG: when none of
    them names a language the app speaks other than English (unset, C, POSIX, en_US...), the
    answer is English without loading Qt (a command starts faster)."""
    if not sys.platform.startswith("linux"):
        return False
    names = [*os.environ.get("LANGUAGE", "").split(":"), os.environ.get("LC_ALL"),
             os.environ.get("LC_MESSAGES"), os.environ.get("LANG")]
    return {language_code(name) for name in names} <= {None, SOURCE_LANGUAGE}


def check_language(name: str) -> str:
    """The code `name` means (for --lang); UserError naming the choices when it is none."""
    code = language_code(name)
    if code is None:
        raise UserError(f"AliAssist does not speak {name!r}",
                        where="--lang", hint="choose one of " + ", ".join(LANGUAGES))
    return code


def choose_language(option: str | None = None, saved: str | None = None) -> str:
    """The language to use: `option` (--lang, checked), else ALIASSIST_LANG (one the app does
    not speak is passed over), else `saved` (the Settings choice), else the system's."""
    if option:
        return check_language(option)
    for name in (os.environ.get(ENV_LANG), saved):
        code = language_code(name)
        if code is not None:
            return code
    return system_language()


def language() -> str:
    """The language in force (English until one is put in force)."""
    return _language or SOURCE_LANGUAGE


def language_wanted() -> str:
    """The language in force, or the one to be put in force at the first text translated."""
    return _pending or language()


def translations_dir() -> Path:
    """Where the app's .ts sources and built .qm files are (resources/translations)."""
    return resource_path("translations")


def qm_file(code: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"aliassist_{code}.qm"


def use_language(code: str, directory: Path | None = None) -> list[str]:
    """Put `code` in force for the whole process: the app's translator and Qt's, QLocale's
    default, and the language's style for dates, numbers and money. Returns what could not be
    loaded (a missing .qm: its texts stay English), for a warning; English needs nothing.
    `directory`: where the app's .qm files are (default: translations_dir())."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    global _language, _installed_in, _pending
    if code not in LANGUAGES:
        raise ValueError(f"not a language of the app: {code!r}")
    _pending = None
    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _translators.clear()
    _installed_in = None
    _language = code
    locale = QLocale(code)
    QLocale.setDefault(locale)
    missing: list[str] = []
    if code == SOURCE_LANGUAGE:
        use_style(None)
        return missing
    use_style(LocaleStyle(locale))
    mine = QTranslator()
    if mine.load(str(qm_file(code, directory))):
        _translators.append(mine)
    else:
        missing.append(str(qm_file(code, directory)))
    qt_dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(_pyside_dir() / "Qt" / "translations")]  # a frozen build's copy
    qt = QTranslator()
    if any(qt.load(locale, "qtbase", "_", folder) for folder in qt_dirs):
        _translators.append(qt)
    else:
        missing.append(str(Path(qt_dirs[0]) / f"qtbase_{code}.qm"))
    if app is not None:
        _install_into(app)
    return missing


def forget_language() -> None:
    """Back to the state before any language was put in force (the tests, between cases): no
    translators, the plain style, QLocale's default the system's again."""
    global _language, _installed_in, _pending
    _pending = None
    use_style(None)
    if _language is None and not _translators:
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    if QCoreApplication.instance() is not None:
        for old in _translators:
            QCoreApplication.removeTranslator(old)
    _translators.clear()
    _installed_in = None
    _language = None
    QLocale.setDefault(QLocale.system())


def date_pattern() -> str:
    """The Qt pattern a date field shows and reads dates in: the language's short date with
    the whole year (`dd.MM.yyyy`), ISO in English (`yyyy-MM-dd`)."""
    current = style()
    return current.day_pattern if isinstance(current, LocaleStyle) else "yyyy-MM-dd"


def use_language_lazily(code: str | None) -> None:
    """Put `code` (None: the system's) in force when the first text is translated (a command
    printing JSON then never loads Qt: its keys and values are the same in every language)."""
    global _pending
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"not a language of the app: {code!r}")
    if code == SOURCE_LANGUAGE:
        use_style(None)  # English's style is the domain's own: in force at once, without Qt
    _pending = (None if code == SOURCE_LANGUAGE and _language is None
                else _SYSTEM if code is None else code)


def _pyside_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


def _install_into(app: Any) -> None:
    """Install the translators into `app` (Qt asks the last installed first: the app's own
    translator goes in last, so its texts win over Qt's)."""
    from PySide6.QtCore import QCoreApplication

    global _installed_in
    for translator in reversed(_translators):
        QCoreApplication.installTranslator(translator)
    _installed_in = id(app)


class LocaleStyle(Style):
    """Dates, times and numbers as `locale` writes them: its short date (with the year in
    full), its time, its month abbreviations, its digit grouping and decimal point."""

    def __init__(self, locale: QLocale):
        from PySide6.QtCore import QLocale

        self.locale = locale
        short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        self.day_pattern = short if "yyyy" in short else short.replace("yy", "yyyy")
        self._time = locale.timeFormat(QLocale.FormatType.ShortFormat)
        self._words = _INSTANT_DAY.get(locale.name().split("_")[0], "d MMM yyyy")

    def _date(self, day: date, pattern: str) -> str:
        from PySide6.QtCore import QDate

        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def _clock(self, local: datetime) -> str:
        from PySide6.QtCore import QTime

        return self.locale.toString(QTime(local.hour, local.minute), self._time)

    def day(self, day: date) -> str:
        return self._date(day, self.day_pattern)

    def minute(self, local: datetime) -> str:
        return f"{self._date(local.date(), self.day_pattern)} {self._clock(local)}"

    def instant(self, local: datetime) -> str:
        return f"{self._date(local.date(), self._words)}, {self._clock(local)}"

    def deadline(self, instant: str) -> str:
        return translate("Dates", "{instant} your time").format(instant=instant)

    def until(self, deadline: str) -> str:
        return translate("Dates", "until {deadline}").format(deadline=deadline)

    def number(self, value: int | float, decimals: int = 0) -> str:
        if decimals:
            return self.locale.toString(float(value), "f", decimals)
        return self.locale.toString(int(value))

    def decimal(self, text: str) -> str:
        negative = text.startswith("-")
        whole, dot, fraction = text.lstrip("-").partition(".")
        written = self.locale.toString(int(whole))
        if dot:
            written += self.locale.decimalPoint() + fraction
        return self.locale.negativeSign() + written if negative else written


def keep_generated(path: Path, text: str, *, check: bool, made_from: str, command: str) -> int:
    """Write `text` to the generated file `path` when it differs (atomically); with `check`,
    write nothing and return 1 (saying what to run) when it is out of date."""
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    if current == text:
        return 0
    if check:
        import sys

        sys.stderr.write(f"{path.name} is out of date with the {made_from}: run "
                         f"`python -m {command}`\n")
        return 1
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return 0
