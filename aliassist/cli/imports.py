"""`aliassist import FILE`: orders from exporter files (CSV, TSV, XLSX, ODS) and other CSV/TSV
files through a column mapping."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aliassist.cli.output import print_json
from aliassist.errors import UserError
from aliassist.i18n import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import", parents=[common], help="import orders from an exporter file",
        description="Import orders from the CSV or XLSX of the AliExpress Order Exporter, the "
                    "TSV of the AliExpress Bulk Order Exporter (also as a spreadsheet saved "
                    "them: CSV, XLSX, ODS), or any CSV/TSV whose columns "
                    "were mapped once (in the window, or with --map). The layout is recognised "
                    "from the header. Good rows go in as one transaction; bad rows are reported "
                    "with their line and skipped. Exit 0: every row imported; 1: some rows "
                    "skipped; 2: nothing could be read, or the file's dates or currency need "
                    "--dates or --currency.")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help="report what would be imported, and write nothing")
    p.add_argument("--json", action="store_true",
                   help='print {"layout", "imported", "updated", "unchanged", "skipped": '
                        '[{"line", "reason"}]}')
    p.add_argument("--account", metavar="LABEL",
                   help="the buyer account these orders belong to (an e-mail or a name)")
    p.add_argument("--currency", metavar="CODE",
                   help="the currency of amounts written without one (the Bulk Order "
                        "Exporter's); without it such a file stops with exit 2 and says so")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="read a file of another layout: which column (its header, or #N "
                        "counted from 1) fills each field; remembered for files with the same "
                        "header. Fields: number, placed_at, store, store_url, status, total, "
                        "currency, account, tracking_number, carrier, tracking_status, "
                        "tracking_updated_at, tracking_url, title, url, sku, quantity, price, "
                        "image_url")
    p.add_argument("--dates", choices=("mdy", "dmy", "ymd"),
                   help="numeric dates are month/day/year, day/month/year or "
                        "year-month-day; needed only when the file's dates read both ways "
                        "(03/05/26) and none of them tells (exit 2 says so)")
    p.set_defaults(handler=import_command)


def import_command(args: argparse.Namespace, env: Any) -> int:
    from aliassist.domain.money import check_currency
    from aliassist.services.imports import (
        ImportSource,
        mapping_from_options,
        remember_mapping,
        run_import,
    )

    source = ImportSource(path=args.file)
    currency = check_currency(args.currency, field="--currency") if args.currency else None
    mapping = None
    if args.map:
        options = {}
        for item in args.map:
            target, sep, column = item.partition("=")
            if not sep or not target.strip() or not column.strip():
                raise UserError(translate("cli", "{item} is not FIELD=COLUMN").format(
                    item=repr(item)), where="--map")
            options[target.strip()] = column.strip()
        with source.open() as rows:
            header = rows.header
        mapping = mapping_from_options(options, header, args.dates)
    # a mapping to remember is written through a session: the app context; else, on a SQLite
    # file, the import needs no SQLAlchemy
    ctx = env.ctx if mapping is not None else env.plain_ctx()
    report = run_import(ctx, source, mapping=mapping, dry_run=args.dry_run,
                        currency=currency, account=args.account, dates=args.dates,
                        fork=env.own_process)
    if mapping is not None and not args.dry_run:
        remember_mapping(env.ctx, header, mapping)
    if args.json:
        print_json(report.to_json(), env.out)
    else:
        new = (translate("cli", "would import %n new order(s)", None, len(report.imported))
               if args.dry_run
               else translate("cli", "imported %n new order(s)", None, len(report.imported)))
        env.out.write(translate("cli", "{layout}: {new}, {updated} updated, {unchanged} "
                                       "unchanged, {skipped}").format(
            layout=report.layout_name, new=new, updated=len(report.updated),
            unchanged=len(report.unchanged),
            skipped=translate("cli", "%n row(s) skipped", None, len(report.skipped))) + "\n")
        for skipped in report.skipped:
            env.out.write(translate("cli", "line {line}: {reason}").format(
                line=skipped.line, reason=skipped.reason) + "\n")
        if args.dry_run:
            env.say(translate("cli", "dry run: nothing was written"))
    return 1 if report.skipped else 0
