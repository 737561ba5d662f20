"""The command line's help in the app's language.

Every `help=` and `description=` of the parser is English in the code and translated (context
``cli``) only when help is printed, by `TranslatedHelp`: a command that prints JSON never loads
Qt. ``pyside6-lupdate`` finds these texts in aliassist/cli/help_strings.py, which is generated
from the parser itself (so help built from data, such as one command per dispute step, is
there too):

    python -m aliassist.cli.help_text            # (re)write aliassist/cli/help_strings.py
    python -m aliassist.cli.help_text --check    # exit 1 when it is out of date

tests/cli/test_help_strings.py fails until the generated file matches the parser.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from aliassist.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    keep_generated,
    language_wanted,
    translate,
)

CONTEXT = "cli"
#: argparse's own words the app's command line can print (argparse looks them up with gettext;
#: `use_argparse_words` sends the lookup here, context "argparse")
ARGPARSE_TEXTS = frozenset({
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
})


def argparse_text(text: str) -> str:
    """One of argparse's own words in the language in force (English: as argparse has it,
    without loading Qt)."""
    if text in ARGPARSE_TEXTS and language_wanted() != SOURCE_LANGUAGE:
        return translate("argparse", text)
    return text


def use_argparse_words() -> None:
    """Have argparse look its words up through the app's translator (argparse's module-level
    gettext `_`); English reads as argparse writes it."""
    argparse._ = argparse_text  # type: ignore[attr-defined]
GENERATED = Path(__file__).resolve().parent / "help_strings.py"


def help_text(text: str | None) -> str:
    """A help text or description of the parser in the app's language."""
    return translate(CONTEXT, text) if text else (text or "")


class TranslatedHelp(argparse.HelpFormatter):
    """argparse's help, with each option's help and each description translated as printed."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.help and action.help in ARGPARSE_TEXTS:  # -h's "show this help message..."
            return argparse_text(action.help)
        return help_text(action.help) if action.help else action.help

    def start_section(self, heading: str | None) -> None:
        # "positional arguments" and "options": argparse names them when the parser is built,
        # before the language may be known
        super().start_section(argparse_text(heading) if heading else heading)

    def _format_text(self, text: str) -> str:
        # only a parser's description (the version and usage are not translated)
        return super()._format_text(help_text(text) if isinstance(text, Description) else text)


class Description(str):
    """A parser's description, as the parser keeps it (for TranslatedHelp to know it)."""

    __slots__ = ()


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is translated as printed; its subcommands' parsers are of
    this class too (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelp)
        if kwargs.get("description"):
            kwargs["description"] = Description(kwargs["description"])
        # argparse names its sections and -h's help while the parser is built: keep them as
        # written then (TranslatedHelp translates them when the help is printed), so building
        # the parser never loads Qt, whatever the language
        argparse._ = _as_written  # type: ignore[attr-defined]
        try:
            super().__init__(*args, **kwargs)
        finally:
            use_argparse_words()

    def add_subparsers(self, **kwargs: Any) -> Any:
        argparse._ = _as_written  # type: ignore[attr-defined]
        try:
            return super().add_subparsers(**kwargs)
        finally:
            use_argparse_words()


def _as_written(text: str) -> str:
    return text


def parser_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every description and help text of `parser` and its subcommands, in order."""
    seen: set[int] = set()

    def walk(p: argparse.ArgumentParser) -> Iterator[str]:
        if id(p) in seen:
            return
        seen.add(id(p))
        if p.description:
            yield p.description
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        yield choice.help
                for sub in action.choices.values():
                    yield from walk(sub)

    yield from walk(parser)


def _literal(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n"))
    return f'"{escaped}"'


def generate() -> str:
    from aliassist.cli import build_parser

    lines = [
        '"""The command line\'s help texts, marked for pyside6-lupdate.',
        "",
        "Generated from the parser by `python -m aliassist.cli.help_text`: do not edit; run it",
        "again after changing a help text. Never imported by the app: the help is translated as",
        'it is printed (aliassist.cli.help_text.TranslatedHelp)."""',
        "",
        "# ruff: noqa: E501",
        "",
        "from aliassist.i18n import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    done: set[str] = set()
    for text in parser_texts(build_parser()):
        if text not in done:
            done.add(text)
            lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(text)}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    return keep_generated(GENERATED, generate(), check="--check" in args, made_from="parser",
                          command="aliassist.cli.help_text")


if __name__ == "__main__":
    raise SystemExit(main())
