"""Imports larger than one batch of the bulk writer (1,000 orders): rows that come back to an
order written batches earlier, into a database that already holds some of the file's orders,
are merged or refused exactly as in a small file, with the line the order first came on."""

from __future__ import annotations

from aliassist.domain import records as rec
from aliassist.services.context import AppContext
from aliassist.services.imports import ImportSource, run_import
from aliassist.store.repository import load_orders

HEADER = ("Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"
          "Store Link\n")
ORDERS = 2500  # two and a half batches


def number(n: int) -> str:
    return f"8187{n:011d}1"


def row(n: int, day: str = "Mar 05 2026", title: str = "Cable", price: str = "1.00",
        status: str = "To ship", store: str = "S") -> str:
    return f"{number(n)},{day},{status},{title},,US,{price},{store},\n"


def stored(ctx: AppContext) -> dict[str, rec.Order]:
    with ctx.session() as session:
        return {o.number: o for o in load_orders(session)}


def test_rows_coming_back_to_an_order_batches_later_merge_or_are_refused(ctx: AppContext
                                                                         ) -> None:
    lines = [row(n) for n in range(ORDERS)]                       # lines 2..2501
    lines.append(row(0, title="Second item", price="2.50"))       # 2502: one more item
    lines.append(row(1, day="Mar 09 2026", title="Other"))       # 2503: another date
    lines.append(row(2, store="Elsewhere", title="Other"))        # 2504: another store
    lines.append(row(3))                                          # 2505: repeats line 5
    report = run_import(ctx, ImportSource(text=HEADER + "".join(lines)))
    assert len(report.imported) == ORDERS and report.imported[0] == number(0)
    assert report.imported[-1] == number(ORDERS - 1)
    reasons = {s.line: s.reason for s in report.skipped}
    assert sorted(reasons) == [2503, 2504, 2505]
    assert "dated 2026-03-05 on line 3 but 2026-03-09 here" in reasons[2503]
    assert "from 'S' on line 4 but from 'Elsewhere' here" in reasons[2504]
    assert f"repeats an earlier row of order {number(3)}" in reasons[2505]
    orders = stored(ctx)
    assert len(orders) == ORDERS
    first = orders[number(0)]
    assert [i.title for i in first.items] == ["Cable", "Second item"] and first.amount == 350


def test_a_large_file_into_a_database_holding_some_of_its_orders(ctx: AppContext) -> None:
    run_import(ctx, ImportSource(text=HEADER + "".join(row(n) for n in range(0, ORDERS, 2))))
    newer = [row(n, status="Awaiting delivery" if n % 4 == 0 else "To ship")
             for n in range(ORDERS)]
    newer.append(row(4, day="Mar 09 2026"))  # line 2502: an order stored before, another date
    newer.append(row(7, title="More", price="0.50"))  # 2503: an order new in this file
    report = run_import(ctx, ImportSource(text=HEADER + "".join(newer)))
    assert len(report.imported) == ORDERS // 2
    assert set(report.imported) == {number(n) for n in range(1, ORDERS, 2)}
    assert len(report.updated) == len(range(0, ORDERS, 4))
    assert len(report.unchanged) == ORDERS // 2 - len(range(0, ORDERS, 4))
    reasons = {s.line: s.reason for s in report.skipped}
    assert list(reasons) == [2502]
    assert "dated 2026-03-05 on line 6 but 2026-03-09 here" in reasons[2502]
    orders = stored(ctx)
    assert len(orders) == ORDERS
    assert orders[number(4)].status_text == "Awaiting delivery"
    assert orders[number(2)].status_text == "To ship"
    assert [i.title for i in orders[number(7)].items] == ["Cable", "More"]
    assert orders[number(7)].amount == 150
    again = run_import(ctx, ImportSource(text=HEADER + "".join(newer)))
    assert len(again.imported) == 0 and len(again.unchanged) == ORDERS


def test_a_dry_run_of_a_large_file_writes_nothing_and_a_second_import_still_works(
        ctx: AppContext) -> None:
    text = HEADER + "".join(row(n) for n in range(ORDERS)) + row(5, day="Mar 09 2026")
    dry = run_import(ctx, ImportSource(text=text), dry_run=True)
    assert len(dry.imported) == ORDERS and [s.line for s in dry.skipped] == [ORDERS + 2]
    assert stored(ctx) == {}
    done = run_import(ctx, ImportSource(text=text))
    assert len(done.imported) == ORDERS
    assert "on line 7 but" in done.skipped[0].reason
