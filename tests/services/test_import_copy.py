"""The import's bulk path writes with COPY on a team database: texts COPY treats specially
(tabs, line breaks, backslashes, "\\N", quotes, non-Latin letters) and empty cells arrive as
they were, the same on both engines."""

from __future__ import annotations

import csv
from pathlib import Path

from aliassist.services.context import AppContext
from aliassist.services.imports import ImportSource, run_import
from aliassist.store.repository import load_orders
from bench.imports import HEADER

TITLES = ["Tab\there", "Two\nlines", "Back\\slash \\N \\t", '"Quoted", comma', "Кабель USB-C",
          "\\N"]


def test_texts_copy_treats_specially_arrive_intact(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for n, title in enumerate(TITLES):
            out.writerow([f"81870000000001{n:02d}", "Nov 02, 2026", "Awaiting delivery", title,
                          "", "US", "$3.50", "Store \\ \"Q\"", ""])
    report = run_import(ctx, ImportSource(path=path))
    assert len(report.imported) == len(TITLES)
    with ctx.session() as session:
        orders = sorted(load_orders(session), key=lambda o: o.number)
    assert [o.items[0].title for o in orders] == TITLES
    assert {o.store for o in orders} == {"Store \\ \"Q\""}
    assert all(o.items[0].url is None and o.items[0].price == 350 for o in orders)
