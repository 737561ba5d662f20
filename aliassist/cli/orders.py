"""`aliassist orders` and `aliassist due`: the stored orders with their clocks."""

from __future__ import annotations

import argparse
from typing import Any

from aliassist.cli.output import (
    deadline_time,
    local_time,
    print_json,
    print_json_texts,
    print_table,
)
from aliassist.domain.instants import is_date_text, parse_instant
from aliassist.i18n import translate
from aliassist.i18n_policy import policy_text

#: Marks a deadline that rests on an estimated date (the note under the table says so).
ESTIMATE_MARK = "~"
#: The longest look-ahead `due --within` takes: a century of days covers every real clock.
MAX_WITHIN_DAYS = 36_500


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("orders", parents=[common], help="list orders with their clocks",
                              description="List every stored order with its protection end, "
                                          "dispute deadline, days left and state.")
    p.add_argument("--json", action="store_true", help="print JSON (every stored field)")
    p.add_argument("--mine", action="store_true",
                   help="only the orders assigned to you (ALIASSIST_NAME, or your database "
                        "role on a team database)")
    p.set_defaults(handler=orders_command)

    p = subparsers.add_parser(
        "assign", parents=[common], help="assign an order to a person",
        description="Assign the order to NAME (\"me\": yourself, that is ALIASSIST_NAME or "
                    "your database role on a team database); without NAME, to nobody. Deadline "
                    "notices of an assigned order go to that person only; an order assigned to "
                    "nobody warns everyone.")
    p.add_argument("number", metavar="NUMBER", help="the order number")
    p.add_argument("name", metavar="NAME", nargs="?", default=None,
                   help="who looks after the order (\"me\" for yourself); leave out to unassign")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=assign_command)

    p = subparsers.add_parser("due", parents=[common], help="deadlines coming up",
                              description="Clocks not yet passed that fall within the window, "
                                          "earliest first: of the orders assigned to you or to "
                                          "nobody (every order while your name is not known).")
    p.add_argument("--within", type=float, default=14, metavar="DAYS",
                   help="how many days ahead to look (default 14)")
    p.add_argument("--everyone", action="store_true",
                   help="also the orders assigned to other people")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=due_command)


def orders_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.order_listing import iter_orders_json, orders_json_texts

    mine = getattr(args, "mine", False)
    if args.json:
        from aliassist.services.forked_worker import start_worker
        from aliassist.services.order_listing import WORKER_MODULES

        # forked before the database is opened: the second half of a long listing
        worker = start_worker(WORKER_MODULES) if env.own_process else None
        try:
            # everyone's orders of a SQLite file need no SQLAlchemy (env.plain_ctx)
            ctx = env.ctx if mine else env.plain_ctx()
            print_json_texts(orders_json_texts(ctx, mine=mine, worker=worker), env.out)
        finally:
            if worker is not None:
                worker.close()
        return 0
    tz = env.ctx.policy.tz
    shown: dict[tuple[str, str], str] = {}

    def show(kind: str, text: str) -> str:
        """An instant as the table shows it ("when": to the minute; else a deadline), made
        once per distinct instant: many orders share their dates and deadlines."""
        found = shown.get((kind, text))
        if found is None:
            moment = parse_instant(text, tz)
            found = shown[kind, text] = (local_time(moment) if kind == "when"
                                         else deadline_time(moment))
        return found

    def when(text: str | None) -> str:
        if not text:
            return ""
        return text if is_date_text(text) else show("when", text)

    def deadline(text: str | None, estimated: bool = False) -> str:
        if not text:
            return ""
        return ESTIMATE_MARK * estimated + show("deadline", text)

    rows = []
    any_estimated = False
    for r in iter_orders_json(env.ctx, mine=mine):  # only the cells are kept, not the orders
        rows.append((r["number"], _clip(r["store"]), when(r["placed_at"]),
                     deadline(r["protection_end"], r["protection_end_estimated"]),
                     deadline(r["dispute_deadline"], r["deadline_estimated"]), r["days_left"],
                     r["state"], _clip(r["assignee"], 20)))
        any_estimated = any_estimated or r["deadline_estimated"] or r[
            "protection_end_estimated"]
    if not rows:
        env.say(translate("cli", "no order is assigned to you: `aliassist assign NUMBER me` "
                                 "assigns one") if mine else
                translate("cli", "no orders yet: add them in the window, or `aliassist "
                                 "import-data FILE.json`"))
        return 0
    print_table(
        (translate("cli", "ORDER"), translate("cli", "STORE"), translate("cli", "PLACED"),
         translate("cli", "PROTECTION ENDS"), translate("cli", "DISPUTE BY"),
         translate("cli", "DAYS LEFT"), translate("cli", "STATE"), translate("cli", "ASSIGNEE")),
        rows, env.out)
    if any_estimated:
        env.say(translate("cli", "{mark}: the deadline rests on an estimate (a receipt date "
                                 "inferred from the order's status, or the usual 90-day "
                                 "protection): enter the real date in the window (Dates to "
                                 "confirm), or read it from the platform's e-mails (`aliassist "
                                 "import-mail`)").format(mark=ESTIMATE_MARK))
    return 0


def assign_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.assignment import assign_number

    done = assign_number(env.ctx, args.number, args.name)
    if args.json:
        print_json(done.to_json(), env.out)
        return 0
    who = done.assignee or translate("cli", "nobody")
    if not done.changed:
        line = translate("cli", "order {number} was already assigned to {who}")
    elif done.before:
        line = translate("cli", "order {number} assigned to {who} (was {before})")
    else:
        line = translate("cli", "order {number} assigned to {who}")
    env.out.write(line.format(number=done.number, who=who, before=done.before) + "\n")
    return 0


def due_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.errors import UserError
    from aliassist.services.orders import due

    if not 0 <= args.within <= MAX_WITHIN_DAYS:  # also rejects nan
        raise UserError(translate("cli", "must be a number of days from 0 to {most}, not "
                                         "{given}").format(most=MAX_WITHIN_DAYS,
                                                           given=f"{args.within:g}"),
                        where="--within")
    items = due(env.ctx, args.within, everyone=args.everyone)
    if args.json:
        print_json([d.to_json() for d in items], env.out)
        return 0
    if not items:
        env.say((translate("cli", "nothing due within {days} day") if args.within == 1
                 else translate("cli", "nothing due within {days} days")).format(
            days=f"{args.within:g}"))
        return 0
    labels = {name: policy_text(rule.label) for name, rule in env.ctx.policy.clocks.items()}
    from aliassist.domain.clocks import CLOCK_POLICY

    print_table((translate("cli", "DUE"), translate("cli", "DAYS LEFT"),
                 translate("cli", "ORDER"), translate("cli", "CLOCK")),
                [(deadline_time(d.at), d.days_left, d.number, labels[CLOCK_POLICY[d.clock]])
                 for d in items], env.out)
    return 0


def _clip(text: str | None, width: int = 28) -> str:
    if not text:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"
