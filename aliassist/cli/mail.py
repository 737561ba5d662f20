"""`aliassist import-mail PATH...`: real shipped, delivered and confirmed dates from the
platform's e-mails in the buyer's own mail files (read offline; nothing leaves the computer)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aliassist.cli.output import local_time, print_json
from aliassist.i18n import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import-mail", parents=[common], help="read order dates from the platform's e-mails",
        description="Read the platform's e-mails from mail files on this computer (.eml files "
                    "and folders of them, mbox files such as Thunderbird's local folders or a "
                    "Google Takeout .mbox, Maildir folders) and fill the shipped, delivered and "
                    "receipt-confirmed dates the app left empty; orders known only from mail "
                    "are added. A date you entered is never overwritten; the same mail read "
                    "again changes nothing. Exit 0: all read; 1: some messages or files were "
                    "skipped; 2: nothing could be read.")
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    p.add_argument("--dry-run", action="store_true",
                   help="report what would change, and write nothing")
    p.add_argument("--json", action="store_true",
                   help='print {"messages", "platform_messages", "orders_updated", '
                        '"orders_created", "events": [{"number", "event", "at", "message_id"}], '
                        '"skipped": [{"message_id" or "file", "reason"}]}')
    p.set_defaults(handler=import_mail_command)


def import_mail_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.mail_import import field_label, import_mail

    report = import_mail(env.ctx, args.paths, dry_run=args.dry_run)
    if args.json:
        print_json(report.to_json(), env.out)
    else:
        env.out.write(report.summary() + "\n")
        for plan in report.orders:
            if not plan.changes and not plan.created:
                continue
            env.out.write((translate("cli", "order {number} (new, from mail)") if plan.created
                           else translate("cli", "order {number}")).format(number=plan.number)
                          + "\n")
            for change in plan.changes:
                old = _shown(change.old) or translate("cli", "empty")
                env.out.write(f"  {field_label(change.field)}: {old} -> {_shown(change.new)}"
                              f"  ({change.message_id})\n")
        for skip in report.skipped:
            env.out.write(translate("cli", "skipped {what}: {reason}").format(
                what=skip.message_id or skip.file, reason=skip.reason) + "\n")
        if args.dry_run:
            env.say(translate("cli", "dry run: nothing was written"))
    return 1 if report.skipped else 0


def _shown(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return local_time(value)
    return "" if value is None else str(value)
