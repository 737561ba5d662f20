"""The command line: `aliassist [--db PATH] [--now ISO-8601] COMMAND ...`.

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
from pathlib import Path
from typing import TextIO

from aliassist import APP_NAME, __version__
from aliassist.errors import UserError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
#: The years `--now` may pin the clock to: deadlines a few years past it must still be dates.
NOW_YEARS = (1970, 2999)


class Env:
    """What a command handler works with: the parsed options, the streams, and (opened on
    first use) the policy and the app context."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO):
        self.args = args
        self.out = out
        self.err = err

    @cached_property
    def ctx(self):  # -> AppContext; imported lazily to keep --version light
        ctx = context_from_args(self.args)
        if ctx.policy_warning:
            self.say(ctx.policy_warning)
        return ctx

    @cached_property
    def policy(self):  # -> Policy, without opening the database
        if "ctx" in self.__dict__:
            return self.ctx.policy
        from aliassist.domain.policy import load_policy

        return load_policy(self.args.policy) if self.args.policy else self.ctx.policy

    def say(self, message: str) -> None:
        self.err.write(f"aliassist: {message}\n")

    def close(self) -> None:
        if "ctx" in self.__dict__:
            self.ctx.close()


def context_from_args(args: argparse.Namespace):  # -> AppContext
    """Open the app as the global options say (--db, --database-url, --policy, --now)."""
    from aliassist.domain.instants import parse_instant
    from aliassist.services.context import open_context

    ctx = open_context(args.db, url=args.database_url, policy_path=args.policy)
    if args.now:
        try:
            ctx.fixed_now = parse_instant(args.now, ctx.policy.tz, field="--now")
            if not NOW_YEARS[0] <= ctx.fixed_now.year <= NOW_YEARS[1]:
                raise UserError(f"{args.now!r} is outside the years {NOW_YEARS[0]} to "
                                f"{NOW_YEARS[1]} the app's clocks cover", where="--now")
        except UserError:
            ctx.close()
            raise
    return ctx


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", type=Path, default=default, metavar="PATH",
                        help="the SQLite database file (default: in your user data folder; "
                             "or set ALIASSIST_DB)")
    parser.add_argument("--database-url", default=default, metavar="URL",
                        help="any SQLAlchemy database URL instead of --db")
    parser.add_argument("--policy", type=Path, default=default, metavar="FILE",
                        help="an edited copy of the platform policy file")
    parser.add_argument("--now", default=default, metavar="ISO-8601",
                        help="pin the clock for every command (2026-03-05 or "
                             "2026-03-05T14:00:00Z)")


def build_parser() -> argparse.ArgumentParser:
    from aliassist.cli import data, disputes, evidence, imports, notify, orders, packet, safety

    parser = argparse.ArgumentParser(
        prog="aliassist",
        description=f"{APP_NAME}: Buyer Protection deadlines, dispute pre-checks, evidence and "
                    "dispute packets for AliExpress orders. Without a command, opens the window.")
    parser.add_argument("--version", "-V", action="version",
                        version=f"{APP_NAME} {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window offscreen on a temporary database with sample "
                             "orders and exit 0 if it shows them (for packagers)")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (orders, data, disputes, evidence, notify, packet, safety, imports):
        module.register(subparsers, common)
    return parser


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code or 0)
    if args.smoke_test:
        from aliassist.gui.smoke import run_smoke_test

        return run_smoke_test()
    if args.command is None:
        from aliassist.gui.launch import run_gui

        return run_gui(args)
    env = Env(args, out, err)
    try:
        return args.handler(args, env)
    except UserError as exc:
        env.say(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        env.say("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`aliassist orders | head`): stop quietly, as Unix tools do.
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 141
    finally:
        env.close()
