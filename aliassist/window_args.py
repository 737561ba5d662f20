"""The global options (--db, --database-url, --policy, --now, --lang) and the parsing of the
arguments that only open the window. Apart from the command line's package (aliassist.cli,
which loads the store and every service), so that the window's start does not wait for it."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from aliassist.i18n import LANGUAGES


def _language_option(value: str) -> str:
    from aliassist.i18n import language_code

    code = language_code(value)
    if code is None:
        raise argparse.ArgumentTypeError(f"AliAssist does not speak {value!r}: choose one of "
                                         + ", ".join(LANGUAGES))
    return code


#: how each global option's value is read (`global_options` gives them to argparse)
_READ: dict[str, Callable[[str], Any]] = {
    "db": Path, "database_url": str, "policy": Path, "now": str, "lang": _language_option}
#: the global options, as written on a command line (each takes a value)
GLOBAL_OPTIONS = tuple(f"--{key.replace('_', '-')}" for key in _READ)


def global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", type=_READ["db"], default=default, metavar="PATH",
                        help="the SQLite database file (default: in your user data folder; "
                             "or set ALIASSIST_DB)")
    parser.add_argument("--database-url", type=_READ["database_url"], default=default,
                        metavar="URL",
                        help="a team database (postgresql+psycopg://name@host/db; the "
                             "password from ~/.pgpass) or any SQLAlchemy URL instead of --db; "
                             "or set ALIASSIST_DATABASE_URL")
    parser.add_argument("--policy", type=_READ["policy"], default=default, metavar="FILE",
                        help="an edited copy of the platform policy file")
    parser.add_argument("--now", type=_READ["now"], default=default, metavar="ISO-8601",
                        help="pin the clock for every command (2026-03-05 or "
                             "2026-03-05T14:00:00Z)")
    parser.add_argument("--lang", default=default, metavar="CODE", type=_READ["lang"],
                        help="the language of messages, tables and the window: en, ru, es, "
                             "pt_BR, fr, de, pl (default: ALIASSIST_LANG, else the choice in "
                             "Settings, else the system's; JSON never changes)")


class _NotTheWindowError(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheWindowError(message)


def parse_window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (global options and --smoke-test: no
    command, no --help or --version), parsed without loading every command's module (the
    window's start waits for this). None otherwise: the command line's parser answers them."""
    plain = _plain_window_args(argv)
    return plain if plain is not None else _parsed_window_args(argv)


def _parsed_window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    parser = _WindowParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--smoke-test", action="store_true")
    global_options(parser, suppress=False)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except _NotTheWindowError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _plain_window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """`parse_window_args` of the usual start (`aliassist`, `aliassist --db FILE`): global
    options as `--name value` or `--name=value` and --smoke-test, read without argparse (whose
    first parser costs milliseconds of the window's start). None for anything else, argparse
    then decides: another word, a value that looks like an option, a value argparse refuses."""
    values: dict[str, Any] = dict.fromkeys(_READ)
    values["smoke_test"] = False
    words = iter(argv)
    for word in words:
        if word == "--smoke-test":
            values["smoke_test"] = True
            continue
        name, equals, value = word.partition("=")
        key = name[2:].replace("-", "_")
        if not name.startswith("--") or key not in _READ or "_" in name:
            return None
        if not equals:
            value = next(words, None)  # type: ignore[assignment]
            if value is None or value.startswith("-"):
                return None
        try:
            values[key] = _READ[key](value)
        except (argparse.ArgumentTypeError, TypeError, ValueError):
            return None
    return argparse.Namespace(**values, command=None)
