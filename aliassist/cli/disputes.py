"""`aliassist check`, `aliassist lint-message` and `aliassist dispute ...`: the pre-check of a
planned dispute, the message checks, and the dispute's life as it happens on the platform."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from aliassist.cli import EXIT_OK, EXIT_PROBLEM
from aliassist.cli.output import deadline_time, local_time, print_json, print_table
from aliassist.domain.dispute_steps import STEPS, next_steps
from aliassist.errors import UserError
from aliassist.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from aliassist.i18n_domain import status_text
from aliassist.i18n_policy import finding_fix, finding_message, finding_title, policy_text

#: A message or description file larger than this is not a message.
MAX_TEXT_BYTES = 1_000_000

def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "check", parents=[common], help="pre-check a dispute before you file it",
        description="Check a planned dispute against the platform's forbidden abuses and the "
                    "message rules. Exit 0 when nothing blocks it, 1 when something does, "
                    "2 for bad input.")
    p.add_argument("number", metavar="NUMBER", help="the order number")
    _planned_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=check_command)

    p = subparsers.add_parser(
        "lint-message", parents=[common], help="check a message to the seller or a review",
        description="Run the message checks (review threats, links, deals outside the "
                    "platform, abusive language, reviews for something) on a text. Exit 0 "
                    "when nothing blocks it, 1 when something does.")
    text_options(p, required=True)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lint_message_command)

    p = subparsers.add_parser(
        "dispute", parents=[common], help="record a dispute's steps; list and draft disputes",
        description="Disputes are named by the order number and the dispute: its number in "
                    "the order (dispute 1, 2, ...) or the platform's dispute id. The dispute "
                    "may be left out when the order has one (or only one running).")
    steps = p.add_subparsers(dest="step", metavar="STEP", required=True)

    s = steps.add_parser("list", parents=[common], help="the order's disputes, steps and clocks")
    s.add_argument("number", metavar="NUMBER")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(handler=list_command)

    s = steps.add_parser("draft", parents=[common],
                         help="draft the description to file from the order's facts",
                         description="Draft a dispute description from the order's facts "
                                     "(dates, item, tracking) and your own words (--text), "
                                     "within the form's length limit.")
    s.add_argument("number", metavar="NUMBER")
    _planned_options(s)
    s.add_argument("--draft-lang", metavar="LANG", choices=tuple(LANGUAGES), default=None,
                   help=QT_TRANSLATE_NOOP("cli", "the language to write the description in: "
                                                 "en (the default: sellers read it best), ru, es, "
                                                 "pt_BR, fr, de or pl"))
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(handler=draft_command)

    s = steps.add_parser("opened", parents=[common],
                         help="record a dispute you filed on the platform",
                         description="Record a dispute as opened. The pre-check runs first: "
                                     "when it blocks, nothing is recorded (exit 1) unless "
                                     "--force (the dispute is already filed).")
    s.add_argument("number", metavar="NUMBER")
    _planned_options(s)
    s.add_argument("--platform-id", metavar="ID", help="the platform's dispute id")
    s.add_argument("--at", metavar="ISO-8601", help="when it was opened (default: now)")
    s.add_argument("--force", action="store_true",
                   help="record it even when the pre-check blocks it")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(handler=opened_command)

    for step in STEPS.values():  # `aliassist dispute STEP`: one command per step
        s = steps.add_parser(step.command, parents=[common], help=f"record that {step.what}",
                             description=f"Record that {step.what}.")
        s.add_argument("number", metavar="NUMBER")
        s.add_argument("dispute", metavar="DISPUTE", nargs="?",
                       help="number (from 1) or platform dispute id")
        s.add_argument("--at", metavar="ISO-8601", help="when it happened (default: now)")
        if step.id in ("return_requested", "return_shipped"):
            s.add_argument("--tracking", metavar="NUMBER",
                           help="the return parcel's tracking number")
        if step.id == "refunded":
            s.add_argument("--amount", metavar="X",
                           help="the amount refunded (default: everything paid, less refunds "
                                "already received)")
        s.add_argument("--note", help="a note kept with the step")
        s.add_argument("--json", action="store_true", help="print JSON")
        s.set_defaults(handler=step_command, step_id=step.id)

    s = steps.add_parser("remove-step", parents=[common],
                         help="take back the last step recorded on a dispute (by mistake)",
                         description="Remove the last step recorded on a dispute: its status "
                                     "and dates become what the earlier steps made them, and "
                                     "the refund a `refunded` step recorded goes too.")
    s.add_argument("number", metavar="NUMBER")
    s.add_argument("dispute", metavar="DISPUTE", nargs="?",
                   help="number (from 1) or platform dispute id")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(handler=remove_step_command)

    s = steps.add_parser("payment", parents=[common],
                         help="record a refund, chargeback or payment-provider claim",
                         description="Record money that came back or was claimed outside a "
                                     "dispute step. A chargeback or provider claim blocks "
                                     "any later dispute on the order.")
    s.add_argument("number", metavar="NUMBER")
    s.add_argument("kind", metavar="KIND",
                   help="refund, partial_refund, chargeback or provider_claim")
    s.add_argument("--amount", metavar="X")
    s.add_argument("--provider", metavar="NAME", help="PayPal, your card issuer, ...")
    s.add_argument("--dispute", metavar="DISPUTE", help="the dispute it belongs to, if any")
    s.add_argument("--at", metavar="ISO-8601", help="when (default: now)")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(handler=payment_command)


def _planned_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", required=True, metavar="R",
                   help="the dispute reason (not_received, not_as_described, ...)")
    p.add_argument("--item", type=int, metavar="N",
                   help="the item, counted from 0 (default: the whole order)")
    p.add_argument("--remedy", metavar="REMEDY",
                   help="full_refund, partial_refund (with --amount) or return_and_refund")
    p.add_argument("--amount", metavar="X", help="the partial refund you ask for, e.g. 5.00")
    text_options(p, required=False)


def text_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--text", metavar="TEXT", help="the text")
    group.add_argument("--text-file", metavar="FILE",
                       help="read the text from a UTF-8 file (- for standard input)")


def read_text(args: argparse.Namespace, stdin: TextIO | None = None) -> str | None:
    """The text of --text or --text-file; UserError naming the file when it cannot be read."""
    if args.text is not None:
        return args.text
    if args.text_file is None:
        return None
    if args.text_file == "-":
        return (stdin or sys.stdin).read(MAX_TEXT_BYTES + 1)[:MAX_TEXT_BYTES]
    path = Path(args.text_file)
    try:
        if path.is_dir():
            raise UserError(translate("cli", "is a folder, not a text file"), where=str(path))
        with path.open("rb") as f:
            raw = f.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError:
        raise UserError(translate("cli", "file not found"), where=str(path)) from None
    except OSError as exc:
        raise UserError(translate("cli", "cannot read the file: {error}").format(
            error=exc.strerror), where=str(path)) from None
    if len(raw) > MAX_TEXT_BYTES:
        raise UserError(translate("cli", "too large for a message (more than {size} bytes)")
                        .format(size=f"{MAX_TEXT_BYTES:,}"), where=str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(translate("cli", "the file is not UTF-8 text"), where=str(path)) from None


def _instant(env: Any, text: str | None):  # -> datetime | None
    if text is None:
        return None
    from aliassist.domain.instants import parse_instant

    return parse_instant(text, env.ctx.policy.tz, field="--at")


# ---------------------------------------------------------------------------------------------
# check and lint-message


def check_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.disputes import check_dispute

    text = read_text(args)
    result = check_dispute(env.ctx, args.number, reason=args.reason, item=args.item,
                           remedy=args.remedy, amount=args.amount, text=text)
    if args.json:
        print_json(result.to_json(), env.out)
    else:
        _print_check(env, result)
    return EXIT_OK if result.ready else EXIT_PROBLEM


def _print_check(env: Any, result: Any) -> None:
    from aliassist.domain.instants import days_left

    policy = env.ctx.policy
    reason = policy_text(policy.reasons[result.planned.reason].label)
    blocks = len(result.blocking)
    warns = sum(f.severity == "warn" for f in result.findings)
    verdict = translate("cli", "READY") if result.ready else translate("cli", "NOT READY")
    counts = (translate("cli", "{blocking} blocking, {warnings}").format(
                  blocking=blocks, warnings=translate("cli", "%n warning(s)", None, warns))
              if result.findings else translate("cli", "nothing found"))
    env.out.write(translate("cli", "Order {number} · {reason} · {verdict} ({counts})").format(
        number=result.order.number, reason=reason, verdict=verdict, counts=counts) + "\n")
    print_findings(env.out, result.findings)
    clocks = result.clocks
    now = env.ctx.now()
    env.out.write("\n")
    rows = [(policy_text(policy.clocks["grace"].label), deadline_time(clocks.dispute_deadline),
             days_left(clocks.dispute_deadline, now))]
    for dc in clocks.disputes:
        for name in dc.active:
            at = getattr(dc, name)
            rows.append((translate("cli", "{clock} (dispute {number})").format(
                clock=policy_text(policy.clocks[name].label), number=dc.index + 1),
                deadline_time(at), days_left(at, now)))
    print_table((translate("cli", "CLOCK"), translate("cli", "AT"),
                 translate("cli", "DAYS LEFT")), rows, env.out)


def print_findings(out: TextIO, findings: list) -> None:
    for f in findings:
        out.write(f"\n{severity_word(f.severity):<5}  {f.rule}: {finding_title(f)}\n")
        if f.subject:
            out.write("       " + translate("cli", "about: {subject}").format(subject=f.subject)
                      + "\n")
        out.write(_wrap(finding_message(f), "       ") + "\n")
        fix = finding_fix(f)
        if fix:
            out.write(_wrap(translate("cli", "instead: {fix}").format(fix=fix), "       ") + "\n")
        out.write("       " + translate("cli", "source: {source}").format(source=f.source) + "\n")


#: what a finding's severity is called in the text output
SEVERITY_WORDS = {"block": QT_TRANSLATE_NOOP("cli", "BLOCK"),
                  "warn": QT_TRANSLATE_NOOP("cli", "WARN"),
                  "info": QT_TRANSLATE_NOOP("cli", "INFO")}


def severity_word(severity: str) -> str:
    word = SEVERITY_WORDS.get(severity)
    return translate("cli", word) if word else severity.upper()


def _wrap(text: str, indent: str, width: int = 92) -> str:
    import textwrap

    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def lint_message_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.domain.findings import any_blocks
    from aliassist.domain.precheck import check_message

    text = read_text(args)
    if text is None or not text.strip():
        raise UserError(translate("cli", "the message is empty"),
                        where="--text-file" if args.text_file else "--text")
    findings = check_message(env.policy, text)
    ready = not any_blocks(findings)
    if args.json:
        print_json({"ready": ready, "findings": [f.to_json() for f in findings]}, env.out)
    elif findings:
        env.out.write((translate("cli", "Message: NOT OK") if not ready
                       else translate("cli", "Message: OK with warnings")) + "\n")
        print_findings(env.out, findings)
    else:
        env.out.write(translate("cli", "Message: OK, nothing found") + "\n")
    return EXIT_OK if ready else EXIT_PROBLEM


# ---------------------------------------------------------------------------------------------
# dispute ...


def list_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.disputes import dispute_views, view_json

    order, views = dispute_views(env.ctx, args.number)
    if args.json:
        print_json([view_json(order, v) for v in views], env.out)
        return EXIT_OK
    if not views:
        env.say(translate("cli", "order {number} has no disputes").format(number=order.number))
        return EXIT_OK
    policy = env.ctx.policy
    for v in views:
        d = v.dispute
        pid = f" ({d.platform_id})" if d.platform_id else ""
        item = (translate("cli", ", item {item}").format(item=d.item) if d.item is not None
                else "")
        env.out.write(translate("cli", "Dispute {number}{platform_id}: {reason}{item} · {status}")
                      .format(number=v.index + 1, platform_id=pid,
                              reason=policy_text(policy.reasons[d.reason].label), item=item,
                              status=status_text(d.status)) + "\n")
        by = any(e.by for e in v.events)  # who recorded each step (team databases)
        rows: list[tuple[str, ...]] = [
            (local_time(e.at), e.kind, _money(order, e.amount), e.detail or "",
             *((e.by or "",) if by else ())) for e in v.events]
        if rows:
            print_table((translate("cli", "AT"), translate("cli", "STEP"),
                         translate("cli", "AMOUNT"), translate("cli", "DETAIL"),
                         *((translate("cli", "BY"),) if by else ())), rows, env.out)
        for name, at, running in v.clocks:
            line = (translate("cli", "{clock}: {deadline} (running)") if running
                    else translate("cli", "{clock}: {deadline} (stopped)"))
            env.out.write("  " + line.format(clock=policy_text(policy.clocks[name].label),
                                             deadline=deadline_time(at)) + "\n")
        env.out.write("\n")
    return EXIT_OK


def _money(order: Any, amount: int | None) -> str:
    from aliassist.domain.money import display_amount

    return display_amount(amount, order.currency) if amount is not None else ""


def draft_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.disputes import draft_for, find_order, planned_dispute

    _, order = find_order(env.ctx, args.number)
    planned = planned_dispute(env.ctx.policy, order, reason=args.reason, item=args.item,
                              remedy=args.remedy, amount=args.amount, text=read_text(args))
    draft = draft_for(env.ctx, order, planned, args.draft_lang)
    limit = env.ctx.policy.limits.description_max_chars
    if args.json:
        print_json({"order": order.number, "reason": planned.reason, "description": draft.text,
                    "length": len(draft.text), "max_length": limit,
                    "clipped": draft.clipped}, env.out)
    else:
        env.out.write(draft.text + "\n")
    if draft.clipped:
        env.say(translate("cli", "your words were shortened to fit the form's {limit} "
                                 "characters; shorten them yourself to choose what stays")
                .format(limit=limit))
    return EXIT_OK


def opened_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.disputes import (
        DisputeBlockedError,
        file_dispute,
        find_order,
        planned_dispute,
    )

    order_id, order = find_order(env.ctx, args.number)
    planned = planned_dispute(env.ctx.policy, order, reason=args.reason, item=args.item,
                              remedy=args.remedy, amount=args.amount, text=read_text(args))
    try:
        result = file_dispute(env.ctx, order_id, planned, platform_id=args.platform_id,
                              at=_instant(env, args.at), force=args.force)
    except DisputeBlockedError as exc:
        env.say(str(exc))
        print_findings(env.err, [f for f in exc.findings if f.blocks])
        return EXIT_PROBLEM
    return _report_step(env, args, result, order)


def step_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.disputes import find_order, record_step

    _, order = find_order(env.ctx, args.number)
    result = record_step(env.ctx, args.number, args.dispute, args.step_id,
                         at=_instant(env, args.at), amount=getattr(args, "amount", None),
                         tracking=getattr(args, "tracking", None), note=args.note)
    return _report_step(env, args, result, order)


def remove_step_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.disputes import find_order, remove_last_step

    _, order = find_order(env.ctx, args.number)
    result = remove_last_step(env.ctx, args.number, args.dispute)
    if not args.json:
        env.say(translate("cli", "removed the step {step} of {at}").format(
            step=STEPS[result.step].command, at=local_time(result.at)))
    return _report_step(env, args, result, order)


def _report_step(env: Any, args: argparse.Namespace, result: Any, order: Any) -> int:
    if args.json:
        print_json(result.to_json(order.currency), env.out)
        return EXIT_OK
    policy = env.ctx.policy
    line = translate("cli", "Order {number}, dispute {dispute}: {status} ({at})").format(
        number=result.number, dispute=result.index + 1,
        status=status_text(result.dispute.status),
        at=local_time(result.at))
    if result.payment is not None:
        line += translate("cli", "; {kind} of {amount} recorded").format(
            kind=payment_kind(result.payment.kind), amount=_money(order, result.payment.amount))
    env.out.write(line + "\n")
    if result.clock is not None:
        name, at = result.clock
        env.out.write(f"{policy_text(policy.clocks[name].label)}: {deadline_time(at)}\n")
    steps = next_steps(result.dispute.status)
    if steps:
        env.out.write(translate("cli", "Next steps: {commands}").format(
            commands=", ".join(STEPS[s].command for s in steps)) + "\n")
    return EXIT_OK


#: how the text output names a kind of payment
PAYMENT_KINDS = {"refund": QT_TRANSLATE_NOOP("cli", "refund"),
                 "partial_refund": QT_TRANSLATE_NOOP("cli", "partial refund"),
                 "chargeback": QT_TRANSLATE_NOOP("cli", "chargeback"),
                 "provider_claim": QT_TRANSLATE_NOOP("cli", "provider claim")}


def payment_kind(kind: str) -> str:
    known = PAYMENT_KINDS.get(kind)
    return translate("cli", known) if known else kind.replace("_", " ")


def payment_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.disputes import find_order, record_payment

    _, order = find_order(env.ctx, args.number)
    payment = record_payment(env.ctx, args.number, args.kind, amount=args.amount,
                             provider=args.provider, at=_instant(env, args.at),
                             ref=args.dispute)
    if args.json:
        from aliassist.domain.instants import format_instant
        from aliassist.domain.money import format_amount

        amount = (format_amount(payment.amount, order.currency)
                  if payment.amount is not None and order.currency else None)
        print_json({"order": order.number, "kind": payment.kind, "amount": amount,
                    "provider": payment.provider, "at": format_instant(payment.at)}, env.out)
        return EXIT_OK
    if payment.amount is not None:
        line = translate("cli", "Order {number}: {kind} of {amount} recorded ({at})")
    else:
        line = translate("cli", "Order {number}: {kind} recorded ({at})")
    env.out.write(line.format(number=order.number, kind=payment_kind(payment.kind),
                              amount=_money(order, payment.amount), at=local_time(payment.at))
                  + "\n")
    return EXIT_OK
