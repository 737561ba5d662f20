"""`aliassist notify --once` (what is due now, for cron or Task Scheduler) and
`aliassist calendar --out FILE.ics` (every running clock as calendar events with alarms)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aliassist.cli.output import print_json
from aliassist.i18n import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "notify", parents=[common], help="show the deadline warnings due now",
        description="Print the warnings due now (one catch-up summary when several are due) and "
                    "log them as shown, so neither this command nor the window repeats them. "
                    "For cron or Task Scheduler.")
    p.add_argument("--once", action="store_true", required=True,
                   help="check once and exit (required: the window's tray does the schedule)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what is due without logging it as shown")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=notify_command)

    p = subparsers.add_parser(
        "calendar", parents=[common], help="export the deadlines as an .ics calendar",
        description="Write one calendar event per running clock (DTSTART in UTC) with an alarm "
                    "at each warning threshold. Event UIDs stay the same across exports, so "
                    "importing a newer file updates the events instead of duplicating them.")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.ics",
                   help="the calendar file to write")
    p.add_argument("--everyone", action="store_true",
                   help="also the orders assigned to other people (without it: the orders "
                        "assigned to you or to nobody)")
    p.set_defaults(handler=calendar_command)


def notify_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.domain.instants import format_instant
    from aliassist.services.notifications import notify_once

    messages = notify_once(env.ctx, mark_shown=not args.dry_run)
    if args.json:
        print_json([{
            "title": m.title, "body": m.body, "summary": m.is_summary,
            "notices": [{"key": n.key, "kind": n.kind, "number": n.number, "clock": n.clock,
                         "threshold_days": n.threshold, "at": format_instant(n.at),
                         "act_by": format_instant(n.act_by), "dispute": n.dispute_id}
                        for n in m.notices]} for m in messages], env.out)
        return 0
    if not messages:
        env.say(translate("cli", "nothing due"))
        return 0
    for m in messages:
        env.out.write(f"{m.title}\n{m.body}\n")
    return 0


def calendar_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.errors import UserError
    from aliassist.services.notifications import export_calendar

    if args.out.is_dir():
        raise UserError(translate("cli", "is a folder; give a file name such as deadlines.ics"),
                        where=str(args.out))
    count = export_calendar(env.ctx, args.out, everyone=args.everyone)
    env.say(translate("cli", "wrote {count} events to {file}").format(count=count,
                                                                     file=args.out))
    return 0
