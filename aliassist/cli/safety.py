"""`aliassist backup`, `backups`, `restore`, `verify-data` and `wipe`: keeping the data safe,
and deleting it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aliassist.cli.output import local_time, print_json, print_table
from aliassist.i18n import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "backup", parents=[common], help="make a backup of the database now",
        description="Copy the database into its backups folder (beside it) now. Backups are "
                    "also made at start (once a day) and before every upgrade; 7 daily and 4 "
                    "weekly ones are kept.")
    p.add_argument("--json", action="store_true", help="print the backup as JSON")
    p.set_defaults(handler=backup_command)

    p = subparsers.add_parser(
        "backups", parents=[common], help="list the backups of the database",
        description="List the backups of the database, newest first. Works even when the "
                    "database itself is damaged.")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(handler=backups_command)

    p = subparsers.add_parser(
        "restore", parents=[common], help="replace the data with a backup",
        description="Replace the database's content with a backup. The data it replaces is "
                    "saved as a backup first, so a restore can be undone. A damaged database "
                    "is moved aside, never overwritten.")
    p.add_argument("backup", metavar="BACKUP",
                   help="a name from `aliassist backups`, `latest` (the newest good one), or "
                        "the path of a backup file")
    p.set_defaults(handler=restore_command)

    p = subparsers.add_parser(
        "verify-data", parents=[common], help="check the database and the evidence files",
        description="Run SQLite's full integrity check and check every evidence file the "
                    "orders refer to (present, and unchanged since it was stored). Exit 1 "
                    "when something is wrong.")
    p.add_argument("--quick", action="store_true",
                   help="check that evidence files exist without reading their content")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=verify_command)

    p = subparsers.add_parser(
        "wipe", parents=[common], help="delete all your data (needs --yes)",
        description="Delete the database, the evidence vault, the backups and any damaged "
                    "copies. Files you exported (data files, dispute packets) are not touched. "
                    "Without --yes, only shows what would be deleted. Make a portable copy "
                    "first with `aliassist export-data FILE.json` if you may want it back.")
    p.add_argument("--yes", action="store_true", help="really delete everything")
    p.add_argument("--json", action="store_true", help="print what was deleted as JSON")
    p.set_defaults(handler=wipe_command)


def database_path(args: argparse.Namespace) -> Path:
    """The SQLite file the global options name, without opening it (it may be damaged)."""
    from aliassist.services.safety import sqlite_file

    return sqlite_file(args.db, args.database_url)


def backup_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.safety import make_backup

    backup = make_backup(env.ctx.store)
    if args.json:
        print_json(backup.to_json(), env.out)
    else:
        env.out.write(f"{backup.path}\n")
        env.say(translate("cli", "backup {name}: {description}").format(
            name=backup.name, description=backup.describe()))
    return 0


def backups_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.domain.formatting import format_size
    from aliassist.services.safety import list_backups, reason_text

    db = database_path(args)
    backups = list_backups(db)
    if args.json:
        print_json([b.to_json() for b in backups], env.out)
        return 0
    if not backups:
        env.say(translate("cli", "no backups yet of {database}").format(database=db))
        return 0
    rows = []
    for b in backups:
        orders = b.orders()
        rows.append((b.name, local_time(b.taken_at), reason_text(b.reason),
                     translate("cli", "unreadable") if orders is None else orders,
                     format_size(b.size)))
    print_table((translate("cli", "BACKUP"), translate("cli", "MADE"), translate("cli", "WHY"),
                 translate("cli", "ORDERS"), translate("cli", "SIZE")), rows, env.out)
    return 0


def restore_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.safety import find_backup, restore_database

    db = database_path(args)
    report = restore_database(db, find_backup(db, args.backup))
    again = "aliassist restore"
    if getattr(args, "db", None) is not None:
        import shlex

        again = f"aliassist --db {shlex.quote(str(args.db))} restore"
    for line in report.lines(again):
        env.say(line)
    return 0


def verify_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.safety import verify_data

    report = verify_data(env.ctx.store, contents=not args.quick)
    if args.json:
        print_json(report.to_json(), env.out)
    else:
        for problem in report.problems:
            env.out.write(f"{problem}\n")
        env.say(translate("cli", "{orders}, {files}: {verdict}").format(
            orders=translate("cli", "%n order(s)", None, report.orders),
            files=translate("cli", "%n evidence file(s)", None, report.evidence_files),
            verdict=translate("cli", "all sound") if report.ok
            else translate("cli", "%n problem(s)", None, len(report.problems))))
    return 0 if report.ok else 1


def wipe_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.privacy import inventory, wipe

    db = database_path(args)
    found = inventory(db)
    if found.empty:
        if args.json:
            print_json({**found.to_json(), "deleted": False}, env.out)
        env.say(translate("cli", "nothing to delete: there is no data at {database}").format(
            database=db))
        return 0
    if not args.yes:
        if args.json:
            print_json({**found.to_json(), "deleted": False}, env.out)
        for line in found.lines():
            env.say(translate("cli", "would delete {what}").format(what=line))
        env.say(translate("cli", "nothing was deleted; run again with --yes to delete all of it"))
        return 2
    gone = wipe(db)
    if args.json:
        print_json({**gone.to_json(), "deleted": True}, env.out)
    for line in gone.lines():
        env.say(translate("cli", "deleted {what}").format(what=line))
    return 0
