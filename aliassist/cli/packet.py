"""`aliassist packet` and `aliassist verify-packet`: the dispute packet ZIP."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aliassist.cli.disputes import print_findings, read_text, text_options
from aliassist.cli.output import print_json
from aliassist.i18n import translate

if TYPE_CHECKING:
    from aliassist.services.summary_renderer import SummaryRenderer


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "packet", parents=[common], help="export a dispute packet (ZIP)",
        description="Write one ZIP with summary.pdf, message.txt (the description to paste), the "
                    "evidence files named by checklist item, and manifest.json with the SHA-256 "
                    "of every file. Refused (exit 1, nothing written) when the pre-check blocks "
                    "the dispute, unless --force; the manifest then records the override.")
    p.add_argument("number", metavar="NUMBER", help="the order number")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--dispute", metavar="DISPUTE",
                       help="a recorded dispute: its number (from 1) or the platform's id")
    which.add_argument("--reason", metavar="R", help="a planned dispute's reason")
    p.add_argument("--item", type=int, metavar="N", help="(planned) the item, counted from 0")
    p.add_argument("--remedy", metavar="REMEDY",
                   help="(planned) full_refund, partial_refund (with --amount), "
                        "return_and_refund")
    p.add_argument("--amount", metavar="X", help="(planned) the partial refund asked")
    text_options(p, required=False)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.zip",
                   help="where to write the packet")
    p.add_argument("--force", action="store_true",
                   help="write it even though the pre-check blocks the dispute")
    p.add_argument("--paper", choices=("a4", "letter"),
                   help="the summary's paper size (default: by your locale)")
    p.add_argument("--keep-location", action="store_true",
                   help="keep the GPS position photos may hold (by default the packet's copies "
                        "leave it out; the vault keeps the originals)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=packet_command)

    p = subparsers.add_parser(
        "verify-packet", parents=[common], help="check a packet against its manifest",
        description="Recompute the SHA-256 of every file in a dispute packet and report files "
                    "that changed, are missing or were added. Exit 0 when all match, 1 "
                    "otherwise.")
    p.add_argument("file", type=Path, metavar="FILE.zip")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=verify_command)


def packet_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.summary_renderer import SummaryRenderer

    # the summary's drawing starts loading Qt now, before the database layer is loaded (the
    # child never needs it), beside the reading of the database
    with SummaryRenderer.start() as renderer:
        return _packet(args, env, renderer)


def _packet(args: argparse.Namespace, env: Any, renderer: SummaryRenderer) -> int:
    from aliassist.errors import UserError
    from aliassist.services.packet import (
        PacketRefusedError,
        content_for_dispute,
        content_for_plan,
        write_packet,
    )

    text = read_text(args)
    # a SQLite file that needs nothing but opening is read without SQLAlchemy (env.plain_ctx)
    ctx = env.plain_ctx()
    if args.dispute is not None:
        planned_only = [name for name in ("item", "remedy", "amount") if getattr(args, name)]
        if planned_only or text is not None:
            given = planned_only + (["text"] if text is not None else [])
            raise UserError(translate("cli", "these describe a planned dispute; a recorded "
                                             "dispute has its own"),
                            where=", ".join(f"--{n}" for n in given))
        content = content_for_dispute(ctx, args.number, args.dispute)
    else:
        content = content_for_plan(ctx, args.number, reason=args.reason, item=args.item,
                                   remedy=args.remedy, amount=args.amount, text=text)
    try:
        result = write_packet(ctx, content, args.out, force=args.force, paper=args.paper,
                              keep_location=args.keep_location, renderer=renderer)
    except PacketRefusedError:
        print_findings(env.err, [f for f in content.findings if f.blocks])
        raise
    if args.json:
        print_json({"packet": str(result.path), "files": result.files, "size": result.size,
                    "ready": content.ready, "forced": result.forced,
                    "findings": [f.to_json() for f in content.findings]}, env.out)
    else:
        env.say(translate("cli", "wrote {file} ({files} and a manifest, {size} bytes)").format(
            file=result.path, files=translate("cli", "%n file(s)", None, result.files),
            size=f"{result.size:,}"))
        if result.forced:
            env.say(translate("cli", "exported although the pre-check blocks this dispute: "
                                     "{rules} (recorded in the manifest)").format(
                rules=", ".join(content.blocking_rules)))
    return 0


def verify_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.services.packet import verify_packet

    report = verify_packet(args.file)
    if args.json:
        print_json(report.to_json(), env.out)
    else:
        m = report.manifest
        if report.ok:
            env.out.write(translate("cli", "OK: all {files} match the manifest (order {order}, "
                                           "{reason}, made {made})").format(
                files=translate("cli", "%n file(s)", None, len(report.ok_files)),
                order=m.get("order"), reason=m.get("reason"), made=m.get("generated_at"))
                + "\n")
        for label, names in ((translate("cli", "CHANGED"), report.changed),
                             (translate("cli", "MISSING"), report.missing),
                             (translate("cli", "EXTRA"), report.extra),
                             (translate("cli", "TWICE"), report.duplicate)):
            for name in names:
                env.out.write(f"{label:<8} {name}\n")
    return 0 if report.ok else 1
