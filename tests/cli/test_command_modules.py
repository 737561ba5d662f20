"""A command line that names a command builds only the parsers of the module that registers it
(cli.COMMAND_MODULES): what it parses, prints for --help and says of a mistake is what the
whole parser does."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io

import pytest

from aliassist.cli import COMMAND_MODULE_ORDER, COMMAND_MODULES, build_parser, command_named
from aliassist.cli.help_text import Parser


def registered(module: str) -> set[str]:
    parser = Parser(prog="aliassist")
    subparsers = parser.add_subparsers(dest="command")
    importlib.import_module(f"aliassist.cli.{module}").register(subparsers, Parser(
        add_help=False))
    return set(subparsers.choices)


def test_each_module_registers_the_commands_the_map_gives_it() -> None:
    assert sorted(COMMAND_MODULE_ORDER) == sorted(set(COMMAND_MODULES.values()))
    for module in COMMAND_MODULE_ORDER:
        assert registered(module) == {c for c, m in COMMAND_MODULES.items() if m == module}


def parsed(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exc:
            result = exc.code
    return result, out.getvalue(), err.getvalue()


LINES = [
    ["import", "orders.csv", "--json"],
    ["--db", "a.db", "--now", "2026-03-05", "import", "--dry-run", "x.csv"],
    ["--db=a.db", "--lang=de", "orders", "--json"],
    ["due", "--json", "--db", "b.db"],
    ["dispute", "opened", "8187000000000001"],
    ["check", "8187000000000001", "--reason", "not_received"],
    ["packet", "8187000000000001", "--out", "p.zip"],
    ["backup", "--bogus"],             # a mistake in the command's options
    ["import"],                        # a missing argument
    ["--now", "2026-03-05"],           # no command
    ["--no", "2026-03-05", "import", "x.csv"],  # an abbreviated option: the whole parser
]


@pytest.mark.parametrize("argv", LINES, ids=" ".join)
def test_a_command_line_reads_as_the_whole_parser_reads_it(argv: list[str]) -> None:
    assert parsed(build_parser(command_named(argv)), argv) == parsed(build_parser(), argv)


@pytest.mark.parametrize("command", sorted(COMMAND_MODULES))
def test_each_commands_help_is_the_same(command: str) -> None:
    argv = [command, "--help"]
    assert command_named(argv) == command
    scoped = parsed(build_parser(command), argv)
    assert scoped == parsed(build_parser(), argv) and scoped[0] == 0 and command in scoped[1]


def test_only_options_written_in_full_lead_to_the_command() -> None:
    assert command_named(["--db", "import", "orders"]) == "orders"  # a file named "import"
    assert command_named(["--policy=p.toml", "due"]) == "due"
    assert command_named(["-h", "import"]) is None
    assert command_named(["--data", "x", "import"]) is None  # abbreviated
    assert command_named(["importx", "a"]) is None  # not a command: the parser says so
    assert command_named([]) is None
