"""`aliassist migrate-to URL`: move the database and its evidence to another database (a
personal SQLite file to a team database, or back), checked by counts and hashes."""

from __future__ import annotations

import argparse
from typing import Any

from aliassist.cli.output import print_json
from aliassist.i18n import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "migrate-to", parents=[common],
        help="copy the database and its evidence to another database",
        description="Copy every order, dispute, step, payment, setting and evidence file of "
                    "the database (--db or --database-url) to the database URL names: a team "
                    "database (postgresql+psycopg://...) or a SQLite file (sqlite:///path). "
                    "Then check the copy: the rows of every table counted on both sides and "
                    "every evidence file read back from the target with its SHA-256, printed "
                    "at the end. The source is not changed. Exit 1 when the check finds a "
                    "difference.")
    p.add_argument("url", metavar="URL",
                   help="the database to copy to: postgresql+psycopg://... or sqlite:///path")
    p.add_argument("--replace", action="store_true",
                   help="the target holds data: delete it first (without this, a target that "
                        "is not empty is refused and nothing is changed)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=migrate_command)


def migrate_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.migrate import migrate_to

    report = migrate_to(env.ctx, args.url, replace=args.replace)
    if args.json:
        print_json(report.to_json(), env.out)
    else:
        for line in report.lines():
            env.out.write(f"{line}\n")
    if report.replaced:
        env.say(translate("cli", "the data {target} held was deleted first (--replace)")
                .format(target=report.target))
    env.say(report.summary())
    return 0 if report.ok else 1
