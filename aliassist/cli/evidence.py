"""`aliassist checklist`, `attach`, `evidence` and `detach`: the evidence of an order."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aliassist.cli.output import dispute_index, local_time, print_json, print_table
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_policy import finding_message, finding_title, policy_text


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "checklist", parents=[common], help="the evidence checklist of a dispute reason",
        description="The evidence to capture for a dispute reason, each item with whether the "
                    "order's files fill it. Exit 1 while a required item is missing.")
    p.add_argument("number", metavar="NUMBER", help="the order number")
    p.add_argument("--reason", metavar="R", help="the dispute reason (policy id, e.g. "
                   "not_as_described); default: the reason of --dispute")
    p.add_argument("--dispute", type=int, metavar="N",
                   help="count the files of the order's dispute N (from 1) too")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=checklist_command)

    p = subparsers.add_parser(
        "attach", parents=[common], help="copy evidence files into the vault for an order",
        description="Copy files into the evidence vault (stored once by SHA-256, never "
                    "changed) and attach them to an order. Every file is checked first; if one "
                    "is unfit, nothing is attached.")
    p.add_argument("number", metavar="NUMBER", help="the order number")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--kind", required=True, metavar="K",
                   help="what the files are: own_photo, own_video, listing_capture, "
                        "tracking_capture, chat_capture or document")
    p.add_argument("--checklist", metavar="ITEM", help="the checklist item they fill")
    p.add_argument("--dispute", type=int, metavar="N",
                   help="attach to the order's dispute N (from 1) rather than the whole order")
    p.add_argument("--note", metavar="TEXT", help="a note kept with each file")
    p.add_argument("--json", action="store_true", help="print what was attached as JSON")
    p.set_defaults(handler=attach_command)

    p = subparsers.add_parser(
        "evidence", parents=[common], help="list an order's evidence with the checks' warnings",
        description="Every file attached to an order, with the warnings of the evidence "
                    "checks (photo taken before delivery, looks like the seller's picture, "
                    "unfit for upload).")
    p.add_argument("number", metavar="NUMBER", help="the order number")
    p.add_argument("--dispute", type=int, metavar="N",
                   help="only the order-level files and those of dispute N (from 1)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=evidence_command)

    p = subparsers.add_parser(
        "detach", parents=[common], help="remove evidence from an order",
        description="Remove files from an order's evidence. The stored copy is deleted only "
                    "when no order refers to it any more.")
    p.add_argument("number", metavar="NUMBER", help="the order number")
    p.add_argument("refs", nargs="+", metavar="FILE",
                   help="an index as `evidence` lists it, a file name, or the start of a "
                        "SHA-256")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=detach_command)


def _order_id(env: Any, number: str) -> int:
    from aliassist.domain.validate import check_order_number
    from aliassist.services.orders import require_order

    return require_order(env.ctx, check_order_number(number, where="NUMBER"))


def checklist_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.evidence import checklist_status

    status = checklist_status(env.ctx, _order_id(env, args.number), args.reason,
                              dispute_index(args.dispute))
    if args.json:
        print_json(status.to_json(), env.out)
        return 0 if status.complete else 1
    reason = env.ctx.policy.reason(status.reason)
    state = (translate("cli", "complete") if status.complete
             else translate("cli", "required evidence missing"))
    env.out.write(f"{policy_text(reason.label)} ({status.reason}): {state}\n")
    rows = []
    for e in status.entries:
        mark = "x" if e.done else ("-" if not e.applies else " ")
        need = ((translate("cli", "required") if e.item.required
                 else translate("cli", "recommended")) if e.applies else translate("cli", "n/a"))
        files = ", ".join(ev.name for _, ev in e.files)
        rows.append((f"[{mark}]", e.item.id, need, policy_text(e.item.label), files))
    print_table(("", translate("cli", "ITEM"), translate("cli", "NEED"), translate("cli", "WHAT"),
                 translate("cli", "FILES")), rows, env.out)
    for e in status.entries:
        if e.missing_required:
            env.out.write(f"\n{policy_text(e.item.label)}: {policy_text(e.item.hint)}\n")
    return 0 if status.complete else 1


def attach_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.progress import Progress
    from aliassist.services.evidence import attach_files, evidence_state, evidence_to_json

    order_id = _order_id(env, args.number)
    err = env.err

    class Report(Progress):  # a progress line on stderr for big files, when it is a terminal
        def report(self, done: int, total: int | None, text: str) -> None:
            if total and total > 50_000_000 and err.isatty():
                err.rewrite_line(f"{text}: {done * 100 // total}%")

    attached = attach_files(env.ctx, order_id, args.files, kind=args.kind,
                            checklist=args.checklist, dispute=dispute_index(args.dispute),
                            note=args.note,
                            progress=Report())
    state = evidence_state(env.ctx, order_id)
    if args.json:
        print_json([{**evidence_to_json(state, a.index), "duplicate": a.duplicate,
                     "location": a.location, "same_as": a.same_as} for a in attached], env.out)
    else:
        for a in attached:
            line = (translate("cli", "already attached: {name} as evidence {index} ({kind}{also})")
                    if a.duplicate
                    else translate("cli", "attached: {name} as evidence {index} ({kind}{also})"))
            kind = a.evidence.kind + (", " + a.evidence.checklist if a.evidence.checklist else "")
            also = ("" if a.same_as is None else translate(
                "cli", "; the same file as evidence {index}, now counted for this item too")
                .format(index=a.same_as))
            env.out.write(line.format(name=a.evidence.name, index=a.index, kind=kind, also=also)
                          + "\n")
    for a in attached:
        for finding in state.findings.get(a.index, []):
            env.say(translate("cli", "warning: {name}: {title}. {message}").format(
                name=a.evidence.name, title=finding_title(finding),
                message=finding_message(finding)))
        if a.location:
            env.say(translate("cli", "warning: {name} holds the GPS position where it was taken; "
                                     "packets leave it out of their copy (packet --keep-location "
                                     "keeps it); the vault keeps the file as it is").format(
                name=a.evidence.name))
    return 0


def evidence_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.domain.formatting import format_size
    from aliassist.services.evidence import evidence_state, evidence_to_json, listed_indices

    state = evidence_state(env.ctx, _order_id(env, args.number), dispute_index(args.dispute))
    indices = listed_indices(state)
    if args.json:
        print_json([evidence_to_json(state, i) for i in indices], env.out)
        return 0
    if not indices:
        env.say(translate("cli", "order {number} has no evidence yet: `aliassist attach {number} "
                                 "FILE --kind own_photo`").format(number=state.order.number))
        return 0
    rows = []
    for i in indices:
        ev = state.order.evidence[i]
        warnings = ", ".join(([translate("cli", "MISSING from the vault")]
                              if state.is_missing(i) else [])
                             + [f.rule for f in state.findings.get(i, [])])
        rows.append((i, ev.name, ev.kind, ev.checklist or "", "" if ev.dispute is None
                     else ev.dispute, format_size(ev.size), ev.mime or "",
                     local_time(ev.taken_at), warnings))
    print_table(("#", *(translate("cli", h) for h in (
        QT_TRANSLATE_NOOP("cli", "NAME"), QT_TRANSLATE_NOOP("cli", "KIND"),
        QT_TRANSLATE_NOOP("cli", "CHECKLIST"), QT_TRANSLATE_NOOP("cli", "DISPUTE"),
        QT_TRANSLATE_NOOP("cli", "SIZE"), QT_TRANSLATE_NOOP("cli", "TYPE"),
        QT_TRANSLATE_NOOP("cli", "TAKEN"), QT_TRANSLATE_NOOP("cli", "WARNINGS")))), rows, env.out)
    for i in indices:
        name = state.order.evidence[i].name
        if state.is_missing(i):
            env.out.write("\n" + translate("cli", "{index} {name}: missing. The vault no longer "
                                                  "holds this file: attach it again, or detach "
                                                  "it.").format(index=i, name=name) + "\n")
        for finding in state.findings.get(i, []):
            env.out.write(f"\n{i} {name}: {finding_title(finding)}. "
                          f"{finding_message(finding)}\n")
    return 0


def detach_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.evidence import detach, resolve_refs
    from aliassist.services.orders import get_order

    order_id = _order_id(env, args.number)
    indices = resolve_refs(get_order(env.ctx, order_id), args.refs)
    removed = detach(env.ctx, order_id, indices)
    if args.json:
        print_json([{"name": d.evidence.name, "sha256": d.evidence.sha256,
                     "file_deleted": d.deleted} for d in removed], env.out)
        return 0
    for d in removed:
        fate = (translate("cli", "stored copy deleted") if d.deleted
                else translate("cli", "stored copy kept: a backup lists it") if d.kept_for_backup
                else translate("cli", "stored copy kept: other evidence uses it"))
        env.out.write(translate("cli", "removed {name} ({fate})").format(name=d.evidence.name,
                                                                        fate=fate) + "\n")
    return 0
