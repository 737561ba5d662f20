"""`aliassist import-data` and `aliassist export-data`: the JSON data file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aliassist.cli.output import print_json
from aliassist.i18n import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import-data", parents=[common], help="import a JSON data file",
        description="Import orders from an AliAssist data file (format aliassist-data, "
                    "version 1). Same platform and order number update, never duplicate; the "
                    "whole file goes in as one transaction, or nothing does.")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=import_command)

    p = subparsers.add_parser(
        "export-data", parents=[common], help="export everything to a JSON data file",
        description="Write every order to a data file, and the evidence files into a folder "
                    "beside it (FILE-evidence/).")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.set_defaults(handler=export_command)


def import_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.datafile import import_data

    report = import_data(env.ctx, args.file)
    if args.json:
        print_json(report.to_json(), env.out)
    else:
        env.out.write(translate("cli", "{created} created, {updated} updated, {unchanged} "
                                       "unchanged").format(created=len(report.created),
                                                           updated=len(report.updated),
                                                           unchanged=len(report.unchanged))
                      + "\n")
    return 0


def export_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.datafile import export_data

    written = export_data(env.ctx, args.file)
    env.say(translate("cli", "wrote %n order(s) to {file}", None, written).format(
        file=args.file))
    return 0
