"""The command line: `aliassist [--db PATH] [--now ISO-8601] [--lang CODE] COMMAND ...`.

Each command lives in a module of this package with a `register(subparsers)` function; its
handler takes (args, env) and returns the exit code: 0 ok, 1 a check found a problem, 2 bad
input or usage. Bad input is reported on stderr as "where: what", never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, TextIO, cast

from aliassist import APP_NAME, __version__
from aliassist.domain.policy import Policy
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.services.policy import load_policy
from aliassist.window_args import GLOBAL_OPTIONS, global_options
from aliassist.window_args import parse_window_args as parse_window_args

if TYPE_CHECKING:
    from aliassist.services.context import AppContext
    from aliassist.services.plain_context import PlainContext

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class Env:
    """What a command handler works with: the parsed options, the streams, and (opened on
    first use) the policy and the app context."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO, *,
                 own_process: bool = False):
        self.args = args
        self.out = out
        self.err = err
        #: the process is the command line's own (not a caller's): it may fork a worker
        self.own_process = own_process
        self._plain: PlainContext | None = None

    @cached_property
    def ctx(self) -> AppContext:
        # the database layer (SQLAlchemy) loads here, once a command needs it: the packet's
        # summary process starts before, without it
        from aliassist.services.context import context_from_args

        try:
            ctx = context_from_args(self.args)
        except UserError as exc:
            from aliassist.services.team import chosen_in_settings, settings_choice_hint

            if chosen_in_settings(self.args.db, self.args.database_url):
                hint = settings_choice_hint()
                exc.hint = f"{exc.hint}. {hint}" if exc.hint else hint
            raise
        for warning in ctx.store.warnings:
            self.say(translate("cli", "warning: {warning}").format(warning=warning))
        if ctx.policy_warning:
            self.say(ctx.policy_warning)
        return ctx

    def plain_ctx(self) -> AppContext | PlainContext:
        """The context of a command that reads or writes through the driver alone (an
        import, the JSON listing): on a SQLite file that needs nothing but opening, opened
        without SQLAlchemy (services/plain_context.py); else the app context."""
        if "ctx" in self.__dict__:
            return self.ctx
        if self._plain is None:
            from aliassist.services.plain_context import open_plain_context

            args = self.args
            self._plain = open_plain_context(args.db, args.database_url, args.policy, args.now)
            if self._plain is None:
                return self.ctx
            if self._plain.policy_warning:
                self.say(self._plain.policy_warning)
        return self._plain

    @cached_property
    def policy(self) -> Policy:
        """The policy in force, without opening the database when --policy names it."""
        if "ctx" in self.__dict__:
            return self.ctx.policy
        return load_policy(self.args.policy) if self.args.policy else self.ctx.policy

    def say(self, message: str) -> None:
        self.err.write(f"aliassist: {message}\n")

    def close(self) -> None:
        if "ctx" in self.__dict__:
            self.ctx.close()
        if self._plain is not None:
            self._plain.close()


def _early_language(argv: Sequence[str]) -> None:
    """The language of --help and of usage errors, before the arguments are parsed (--lang,
    ALIASSIST_LANG, Settings, the system's), put in force only if a text is translated."""
    from aliassist import i18n
    from aliassist.services.language import chosen_language

    option = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            option = argv[index + 1]
        elif arg.startswith("--lang="):
            option = arg.partition("=")[2]
    code = (i18n.language_code(option) or i18n.language_code(os.environ.get(i18n.ENV_LANG))
            or chosen_language())
    i18n.use_language_lazily(code)


#: the module of this package that registers each command: a command line that names one
#: builds only that module's parsers (the others' imports and options cost every command a
#: few milliseconds); tests/cli/test_command_modules.py keeps it in step with the modules
COMMAND_MODULES = {
    "orders": "orders", "due": "orders", "assign": "orders",
    "import-data": "data", "export-data": "data",
    "check": "disputes", "lint-message": "disputes", "dispute": "disputes",
    "checklist": "evidence", "attach": "evidence", "evidence": "evidence", "detach": "evidence",
    "notify": "notify", "calendar": "notify",
    "packet": "packet", "verify-packet": "packet",
    "backup": "safety", "backups": "safety", "restore": "safety", "verify-data": "safety",
    "wipe": "safety",
    "import": "imports", "import-mail": "mail", "migrate-to": "migrate",
}
#: the modules in the order `aliassist --help` lists their commands
COMMAND_MODULE_ORDER = tuple(dict.fromkeys(COMMAND_MODULES.values()))


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` names, where argparse would find it: after global options written in
    full. None when there is none, or before it an option written otherwise (abbreviated,
    unknown, --help): the whole parser reads that command line."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in GLOBAL_OPTIONS:
            index += 2
        elif arg.startswith("--") and arg.partition("=")[0] in GLOBAL_OPTIONS:
            index += 1
        elif arg.startswith("-"):
            return None
        else:
            return arg if arg in COMMAND_MODULES else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: every command's, or only the parsers of the module that
    registers `command` (COMMAND_MODULES)."""
    import importlib

    from aliassist.cli.help_text import Parser

    parser = Parser(
        prog="aliassist",
        description=f"{APP_NAME}: Buyer Protection deadlines, dispute pre-checks, evidence and "
                    "dispute packets for AliExpress orders. Without a command, opens the window.")
    parser.add_argument("--version", "-V", action="version",
                        version=f"{APP_NAME} {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window offscreen on a temporary database with sample "
                             "orders and exit 0 if it shows them (for packagers)")
    global_options(parser, suppress=False)
    common = Parser(add_help=False)
    global_options(common, suppress=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = COMMAND_MODULE_ORDER if command is None else (COMMAND_MODULES[command],)
    for name in modules:
        importlib.import_module(f"aliassist.cli.{name}").register(subparsers, common)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when argparse has already answered (--help,
    --version, a usage error)."""
    _early_language(argv)
    try:
        return build_parser(command_named(argv)).parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command `argv` names (the window and the smoke test are started by
    aliassist.app, which calls this for every command)."""
    args = parse_args(argv)
    if isinstance(args, int):
        return args
    if args.command is None or args.smoke_test:
        build_parser().print_usage(err or sys.stderr)
        (err or sys.stderr).write("aliassist: " + translate(
            "cli", "the window is started by `aliassist` itself; name a command here") + "\n")
        return EXIT_USAGE
    return run_command(args, out, err)


def put_language_in_force(args: argparse.Namespace) -> None:
    """The language of the command's human output (--lang, ALIASSIST_LANG, Settings, the
    system's). A command printing JSON loads it only for a message; English needs no Qt."""
    from aliassist import i18n
    from aliassist.services.language import chosen_language, start_language

    if getattr(args, "json", False):
        # JSON is the same in every language: the system's language (which Qt's locale tells)
        # is looked up only if a message is printed
        option = getattr(args, "lang", None)
        i18n.use_language_lazily(
            i18n.check_language(option) if option else
            i18n.language_code(os.environ.get(i18n.ENV_LANG)) or chosen_language())
        return
    code = start_language(getattr(args, "lang", None))
    if code != i18n.SOURCE_LANGUAGE:
        missing = i18n.use_language(code)
        for path in missing[:1]:  # Qt's own missing is no news to a command
            if path.endswith(f"aliassist_{code}.qm"):
                sys.stderr.write("aliassist: " + i18n.translate(
                    "cli", "warning: %1 is missing: messages stay in English (run `make "
                           "translations-build`)").replace("%1", path) + "\n")
    else:
        i18n.use_language_lazily(code)


def run_command(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None, *, own_process: bool = False) -> int:
    """Run the command of the parsed `args`; exit code as the module docstring says."""
    out = out or sys.stdout
    err = err or sys.stderr
    from aliassist.cli.output import TerminalText

    # a TextIOBase, written to like the stream it wraps
    env = Env(args, cast(TextIO, TerminalText(out)), cast(TextIO, TerminalText(err)),
              own_process=own_process)
    try:
        put_language_in_force(args)
        return args.handler(args, env)
    except UserError as exc:
        env.say(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        env.say(translate("cli", "interrupted"))
        return 130
    except BrokenPipeError:
        # The reader went away (`aliassist orders | head`): stop quietly, as Unix tools do.
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 141
    finally:
        env.close()
