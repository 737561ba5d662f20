"""Importing exporter files into a real database: both layouts and their quirks, re-imports
that change nothing, newer exports that keep what the buyer added, dry runs and cancels that
write nothing, column mappings remembered by header."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.errors import UserError
from aliassist.progress import Cancelled, Progress
from aliassist.services.context import AppContext
from aliassist.services.imports import (
    ImportSource,
    NeedsMapping,
    mapping_from_options,
    preview_import,
    remember_mapping,
    run_import,
)
from aliassist.services.orders import get_order, save_order_record
from aliassist.store.repository import find_order_id, load_orders
from tests.conftest import FIXTURES

SAMPLES = FIXTURES / "imports"


def imported(ctx: AppContext, name: str, **options: object):  # -> ImportReport
    return run_import(ctx, ImportSource(path=SAMPLES / name), **options)


def stored(ctx: AppContext) -> dict[str, rec.Order]:
    with ctx.session() as session:
        return {o.number: o for o in load_orders(session)}


def test_the_order_exporter_csv(ctx: AppContext) -> None:
    report = imported(ctx, "order-exporter.csv")
    assert report.to_json() == {"layout": "order_exporter", "imported": 3, "updated": 0,
                                "unchanged": 0, "skipped": []}
    orders = stored(ctx)
    two = orders["8187000000000101"]
    assert [i.title for i in two.items] == ["USB-C cable 2 m, braided",
                                            'Charger 65W "GaN"\nEU plug']
    assert two.placed_at.isoformat() == "2026-03-04T16:00:00+00:00"  # 00:00 in Shanghai
    assert (two.amount, two.currency) == (2169, "USD")
    assert two.status_text == "Awaiting delivery" and two.delivery_status == "in_transit"
    assert two.store == "Bright Store" and two.store_url.endswith("/store/11")
    done = orders["8187000000000102"]
    assert done.delivery_status == "delivered"
    assert done.confirmed_at == done.placed_at  # the earliest it can have been confirmed
    assert orders["8187000000000103"].delivery_status == "not_shipped"
    assert orders["8187000000000103"].amount == 102450


def test_the_same_export_as_a_workbook_gives_the_same_orders(ctx: AppContext) -> None:
    imported(ctx, "order-exporter.csv")
    report = imported(ctx, "order-exporter.xlsx")
    assert (len(report.imported), len(report.updated), len(report.unchanged)) == (0, 0, 3)


def test_the_bulk_order_exporter_in_utf16(ctx: AppContext) -> None:
    report = imported(ctx, "bulk-order-exporter.txt")
    assert report.layout == "bulk_order_exporter" and len(report.imported) == 3
    orders = stored(ctx)
    earbuds = orders["8191234567890121"]
    assert earbuds.placed_at.isoformat() == "2026-03-04T16:00:00+00:00"  # 3/5/2026 is M/D
    assert earbuds.tracking_number == "LP00123456789"
    assert earbuds.tracking_status == "In transit"
    assert earbuds.tracking_updated_at.isoformat() == "2026-03-08T16:00:00+00:00"
    assert earbuds.tracking_url.endswith("LP00123456789")
    assert (earbuds.amount, earbuds.currency) == (2598, "USD")
    item = earbuds.items[0]
    assert (item.sku, item.quantity, item.price) == ("White", 2, 1299)
    assert item.image_url.endswith(".jpg")
    necklace = orders["8191234567890122"]
    assert necklace.delivery_status == "delivered"
    assert necklace.delivered_at == necklace.tracking_updated_at == necklace.confirmed_at


def test_cp1251_text_arrives_intact(ctx: AppContext) -> None:
    imported(ctx, "bulk-order-exporter-cp1251.tsv")
    order = stored(ctx)["8191234567890131"]
    assert order.store == "Магазин Уют"
    assert order.items[0].title == "Плед флисовый 150x200"
    assert order.tracking_status == "В пути"


def test_reimporting_the_same_file_changes_nothing(ctx: AppContext) -> None:
    imported(ctx, "bulk-order-exporter.txt")
    before = stored(ctx)
    report = imported(ctx, "bulk-order-exporter.txt")
    assert report.to_json() == {"layout": "bulk_order_exporter", "imported": 0, "updated": 0,
                                "unchanged": 3, "skipped": []}
    assert stored(ctx) == before


def export(rows: list[list[str]], header: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter="\t").writerows([header, *rows])
    return out.getvalue()


def test_a_newer_export_updates_status_and_tracking_and_keeps_what_the_buyer_added(
        ctx: AppContext) -> None:
    imported(ctx, "bulk-order-exporter.txt")
    order_id = find_order_id(ctx.session(), "8191234567890121")
    mine = get_order(ctx, order_id)
    mine = replace(
        mine, note="asked the seller twice", account="me@example.com", carrier="Cainiao",
        protection_ends_at=mine.placed_at.replace(month=6),
        extensions=(rec.Extension(15, mine.placed_at),),
        items=(replace(mine.items[0], sku="White, left ear missing"),),
        disputes=(rec.Dispute("not_received", "open", item=0, opened_at=mine.placed_at,
                              description="No tracking movement for 30 days."),),
        payments=(rec.Payment("partial_refund", 100, mine.placed_at),))
    save_order_record(ctx, mine, order_id)

    text = (SAMPLES / "bulk-order-exporter.txt").read_text("utf-16")
    newer = text.replace("In transit", "Delivered").replace("3/9/2026", "3/20/2026").replace(
        "Awaiting delivery", "Completed").replace("\tWhite\t", "\tBlack\t")
    report = run_import(ctx, ImportSource(text=newer))
    assert report.updated == ["8191234567890121"] and len(report.unchanged) == 2

    after = get_order(ctx, order_id)
    assert after.tracking_status == "Delivered" and after.status_text == "Completed"
    assert after.tracking_updated_at.isoformat() == "2026-03-19T16:00:00+00:00"
    assert after.delivered_at == after.tracking_updated_at == after.confirmed_at
    assert after.items[0].sku == "Black"
    for kept in ("note", "account", "carrier", "protection_ends_at", "extensions", "disputes",
                 "payments", "evidence"):
        assert getattr(after, kept) == getattr(mine, kept), kept
    # ... and importing the newer export again changes nothing more.
    again = run_import(ctx, ImportSource(text=newer))
    assert again.updated == [] and len(again.unchanged) == 3


def test_bad_rows_are_reported_with_their_lines_and_good_rows_go_in(ctx: AppContext) -> None:
    report = imported(ctx, "order-exporter-bad-rows.csv")
    reasons = {s.line: s.reason for s in report.skipped}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 10]
    assert "8.19123E+15" in reasons[3] and "format the column as text" in reasons[3]
    assert "zeroed" in reasons[4]
    assert "repeats line 2" in reasons[5]
    assert "Order Date" in reasons[6] and "no such day" in reasons[6]
    assert "Price" in reasons[7] and "'abc'" in reasons[7]
    assert "missing" in reasons[8]
    assert "line 9" in reasons[10]
    assert sorted(report.imported) == ["8187000000000101", "8187000000000203"]
    assert len(stored(ctx)["8187000000000101"].items) == 1


def test_a_file_whose_numbers_a_spreadsheet_cut_to_15_digits_is_refused(ctx: AppContext
                                                                         ) -> None:
    report = imported(ctx, "order-exporter-excel-cut.csv")
    assert [s.line for s in report.skipped] == [2, 3, 4]
    assert "15th digit" in report.skipped[0].reason
    assert stored(ctx) == {}


def test_a_long_number_ending_in_zero_is_kept_when_the_file_keeps_its_digits(
        ctx: AppContext) -> None:
    header = "Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"\
             "Store Link\n"
    text = header + "8191234567890120,Mar 05 2026,,A,,US,1.00,S,\n" \
                    "8191234567890121,Mar 05 2026,,B,,US,1.00,S,\n"
    report = run_import(ctx, ImportSource(text=text))
    assert not report.skipped and len(report.imported) == 2


@pytest.mark.parametrize("name, message", [
    ("empty.csv", "empty"), ("header-only.csv", "no rows"),
    ("missing-column.csv", "no 'Order Date' column"), ("other-tool.csv", "not those of")])
def test_files_that_cannot_be_read_change_nothing(ctx: AppContext, name: str,
                                                   message: str) -> None:
    imported(ctx, "order-exporter.csv")
    before = stored(ctx)
    with pytest.raises(UserError, match=message):
        imported(ctx, name)
    assert stored(ctx) == before


def test_a_dry_run_reports_and_writes_nothing(ctx: AppContext) -> None:
    report = imported(ctx, "order-exporter-bad-rows.csv", dry_run=True)
    assert len(report.imported) == 2 and len(report.skipped) == 7
    assert stored(ctx) == {}


class CancelAfter(Progress):
    def __init__(self, steps: int):
        super().__init__()
        self.steps = steps

    def report(self, done: int, total: int | None, text: str) -> None:
        self.steps -= 1
        if self.steps <= 0:
            self.cancel()


def test_a_cancelled_import_writes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    imported(ctx, "order-exporter.csv")
    before = stored(ctx)
    path = tmp_path / "many.csv"
    lines = ["Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"
             "Store Link"]
    lines += [f"81870{n:06d}12345,Mar 05 2026,To ship,Item {n},,US,1.00,S," for n in
              range(1, 20001)]
    path.write_text("\n".join(lines))
    with pytest.raises(Cancelled):
        run_import(ctx, ImportSource(path=path), progress=CancelAfter(3))
    assert stored(ctx) == before
    report = run_import(ctx, ImportSource(path=path))
    assert len(report.imported) == 20000


def test_another_tools_csv_through_a_remembered_mapping(ctx: AppContext) -> None:
    source = ImportSource(path=SAMPLES / "other-tool.csv")
    with pytest.raises(NeedsMapping) as caught:
        preview_import(ctx, source)
    needs = caught.value
    assert needs.header[0] == "Bestellnummer"
    assert needs.guess["store"] == 2 and needs.date_order == "dmy"
    mapping = mapping_from_options({"number": "Bestellnummer", "placed_at": "Datum",
                                    "store": "Shop", "title": "Artikel", "price": "Preis",
                                    "tracking_number": "#6"}, needs.header, "dmy")
    remember_mapping(ctx, needs.header, mapping)
    preview = preview_import(ctx, source)  # remembered for this header
    assert preview.mapping.columns == mapping.columns
    report = run_import(ctx, source)
    assert report.layout == "generic" and len(report.imported) == 2
    order = stored(ctx)["8187000000000301"]
    assert order.placed_at.isoformat() == "2026-03-23T16:00:00+00:00"
    assert (order.amount, order.currency) == (1250, "EUR")
    assert order.tracking_number == "LP001"


def test_pasted_rows_without_their_header(ctx: AppContext) -> None:
    text = (SAMPLES / "bulk-order-exporter.txt").read_text("utf-16")
    rows_only = "\n".join(text.splitlines()[1:])
    preview = preview_import(ctx, ImportSource(text=rows_only))
    assert preview.mapping.layout == "bulk_order_exporter"
    assert [r.line for r in preview.rows] == [1, 2, 3]
    report = run_import(ctx, ImportSource(text=rows_only), account="shop@example.com")
    assert len(report.imported) == 3
    assert {o.account for o in stored(ctx).values()} == {"shop@example.com"}


def test_rows_of_one_order_apart_in_the_file_become_one_order(ctx: AppContext) -> None:
    header = "Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"\
             "Store Link\n"
    text = header + ("8187000000000001,Mar 05 2026,,A,,US,1.00,S,\n"
                     "8187000000000002,Mar 06 2026,,B,,US,2.00,S,\n"
                     "8187000000000001,Mar 05 2026,,C,,US,3.00,S,\n")
    report = run_import(ctx, ImportSource(text=text))
    assert sorted(report.imported) == ["8187000000000001", "8187000000000002"]
    order = stored(ctx)["8187000000000001"]
    assert [i.title for i in order.items] == ["A", "C"] and order.amount == 400


def test_the_preview_shows_rows_and_their_problems(ctx: AppContext) -> None:
    preview = preview_import(ctx, ImportSource(path=SAMPLES / "order-exporter-bad-rows.csv"))
    assert preview.layout_name == "AliExpress Order Exporter"
    assert preview.rows[0].row is not None and preview.rows[0].row.number == "8187000000000101"
    bad = {r.line: r.reason for r in preview.rows if r.reason}
    assert 3 in bad and 6 in bad
    assert stored(ctx) == {}


HEADER = ("Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"
          "Store Link\n")


def test_rows_of_an_order_apart_in_the_file_are_checked_too(ctx: AppContext) -> None:
    text = HEADER + ("8187000000000001,Mar 05 2026,,A,,US,1.00,S,\n"    # 2
                     "8187000000000002,Mar 06 2026,,B,,US,2.00,S,\n"    # 3
                     "8187000000000001,Mar 05 2026,,A,,US,1.00,S,\n"    # 4 repeats line 2
                     "8187000000000001,Mar 07 2026,,D,,US,1.00,S,\n"    # 5 another date
                     "8187000000000001,Mar 05 2026,,C,,US,3.00,S,\n")   # 6 one more item
    report = run_import(ctx, ImportSource(text=text))
    reasons = {s.line: s.reason for s in report.skipped}
    assert sorted(reasons) == [4, 5]
    assert "repeats" in reasons[4] and "on line 2" in reasons[5]
    order = stored(ctx)["8187000000000001"]
    assert [i.title for i in order.items] == ["A", "C"] and order.amount == 400


def test_an_order_stored_before_keeps_its_items_when_its_rows_come_apart(ctx: AppContext
                                                                          ) -> None:
    first = HEADER + ("8187000000000001,Mar 05 2026,To ship,A,,US,1.00,S,\n"
                      "8187000000000001,Mar 05 2026,To ship,B,,US,2.00,S,\n")
    run_import(ctx, ImportSource(text=first))
    newer = HEADER + ("8187000000000001,Mar 05 2026,Awaiting delivery,A,,US,1.00,S,\n"
                      "8187000000000002,Mar 06 2026,To ship,X,,US,2.00,S,\n"
                      "8187000000000001,Mar 05 2026,Awaiting delivery,B,,US,2.00,S,\n")
    report = run_import(ctx, ImportSource(text=newer))
    assert report.updated == ["8187000000000001"] and report.imported == ["8187000000000002"]
    order = stored(ctx)["8187000000000001"]
    assert [i.title for i in order.items] == ["A", "B"]
    assert order.status_text == "Awaiting delivery"
    again = run_import(ctx, ImportSource(text=newer))
    assert sorted(again.unchanged) == ["8187000000000001", "8187000000000002"]


def test_rows_with_a_possibly_cut_number_wait_for_the_file_to_tell(ctx: AppContext) -> None:
    text = HEADER + ("8191234567890120,Mar 05 2026,,A,,US,1.00,S,\n"
                     "8191234567890130,Mar 05 2026,,B,,US,1.00,S,\n"
                     "8191234567890121,Mar 05 2026,,C,,US,1.00,S,\n")  # keeps its 16th digit
    report = run_import(ctx, ImportSource(text=text))
    assert not report.skipped and len(report.imported) == 3


def test_pasted_rows_of_another_layout_are_mapped_once_by_position(ctx: AppContext) -> None:
    text = "8187000000000701\t2026-03-05\tLamp\t3.50 €\n8187000000000702\t2026-03-06\tVase\t1 €\n"
    with pytest.raises(NeedsMapping) as caught:
        preview_import(ctx, ImportSource(text=text))
    assert caught.value.headerless and caught.value.header == [
        "Column 1", "Column 2", "Column 3", "Column 4"]
    mapping = mapping_from_options({"number": "#1", "placed_at": "#2", "title": "#3",
                                    "price": "#4"}, [], "ymd")
    remember_mapping(ctx, [], mapping)
    report = run_import(ctx, ImportSource(text=text))
    assert len(report.imported) == 2 and not report.skipped
    assert stored(ctx)["8187000000000701"].items[0].title == "Lamp"


ORDER_HEADER = ("Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,"
                "Store Name,Store Link\n")


def exporter_rows(*rows: str) -> str:
    return ORDER_HEADER + "".join(f"{r}\n" for r in rows)


CABLE = ('8187000000000701,"Mar 05, 2026",Shipped,Cable,https://a.example/1,US,3.40,Bright,'
         "https://s.example/1")
CHARGER = ('8187000000000701,"Mar 05, 2026",Shipped,Charger,https://a.example/2,US,18.20,Bright,'
           "https://s.example/1")
SCARF = ('8187000000000702,"Feb 11, 2026",Completed,Scarf,https://a.example/3,US,7.99,Cozy,'
         "https://s.example/2")


@pytest.mark.parametrize("rows", [
    (CABLE, CABLE, CHARGER, SCARF),            # repeated next to itself
    (CABLE, CHARGER, SCARF, CABLE),            # repeated further down, after another order
    (CABLE, SCARF, CHARGER, SCARF, CABLE),     # both orders' rows apart and repeated
])
def test_a_repeated_row_never_becomes_an_item_on_any_import(ctx: AppContext,
                                                           rows: tuple[str, ...]) -> None:
    text = exporter_rows(*rows)
    first = run_import(ctx, ImportSource(text=text))
    assert len(first.skipped) == len(rows) - 3
    assert all("duplicated row" in s.reason for s in first.skipped)
    titles = {n: [i.title for i in o.items] for n, o in stored(ctx).items()}
    assert titles == {"8187000000000701": ["Cable", "Charger"], "8187000000000702": ["Scarf"]}
    for _ in range(2):
        again = run_import(ctx, ImportSource(text=text))
        assert again.imported == [] and again.updated == []
        assert len(again.skipped) == len(rows) - 3
        assert {n: [i.title for i in o.items] for n, o in stored(ctx).items()} == titles
    assert stored(ctx)["8187000000000701"].amount == 2160


def test_rows_of_one_number_naming_two_stores_are_reported_not_merged(ctx: AppContext) -> None:
    other = CHARGER.replace(",Bright,", ",Another Shop,")
    for rows in ((CABLE, other, SCARF), (CABLE, SCARF, other)):
        report = run_import(ctx, ImportSource(text=exporter_rows(*rows)), dry_run=True)
        (skipped,) = report.skipped
        assert "one order has one store" in skipped.reason and "'Another Shop'" in skipped.reason
        assert skipped.line == 1 + rows.index(other) + 1


def test_what_spreadsheets_do_to_a_csv(ctx: AppContext) -> None:
    """Every field quoted, semicolons, a BOM, leading apostrophes, amounts without trailing
    zeros and with a decimal comma or thousands separators, a trailing empty column and row."""
    text = ("\ufeff\"Order ID\";\"Order Date\";\"Status\";\"Product Title\";\"Product Link\";"
            "\"Currency\";\"Price\";\"Store Name\";\"Store Link\";\n"
            "\"'8187000000000801\";\"05.03.26\";\"Shipped\";\"Cable\";\"https://a.example/1\";"
            "\"US\";\"3,4\";\"Bright\";\"https://s.example/1\";\n"
            "\"'8187000000000802\";\"'11.02.2026\";\"Completed\";\"Coat\";\"https://a.example/2\";"
            "\"US\";\"1.024,5\";\"Cozy\";\"https://s.example/2\";\n"
            ";;;;;;;;;\n")
    report = run_import(ctx, ImportSource(text=text))
    assert report.skipped == [] and len(report.imported) == 2
    orders = stored(ctx)
    assert orders["8187000000000801"].amount == 340
    assert orders["8187000000000802"].amount == 102450
    day = orders["8187000000000802"].placed_at.astimezone(ctx.policy.tz).date()
    assert day.isoformat() == "2026-02-11"


def test_inferred_dates_arrive_as_estimates_and_the_given_dates_as_dates(ctx: AppContext
                                                                         ) -> None:
    text = (SAMPLES / "bulk-order-exporter.txt").read_text("utf-16")
    newer = text.replace("In transit", "Delivered").replace("Awaiting delivery", "Completed")
    run_import(ctx, ImportSource(text=newer))
    order = get_order(ctx, find_order_id(ctx.session(), "8191234567890121"))
    assert order.confirmed_estimate == "order_status"
    assert order.delivered_estimate == "tracking_update"
    assert order.confirmed_at == order.delivered_at  # at the earliest: the delivery date
    assert "placed_at" in order.date_only and "confirmed_at" in order.date_only
    # the buyer's own receipt date replaces the estimate, and a later export keeps it
    mine = replace(order, confirmed_at=order.confirmed_at.replace(day=25),
                   confirmed_estimate=None)
    save_order_record(ctx, mine, find_order_id(ctx.session(), "8191234567890121"))
    run_import(ctx, ImportSource(text=newer))
    after = get_order(ctx, find_order_id(ctx.session(), "8191234567890121"))
    assert after.confirmed_at == mine.confirmed_at and after.confirmed_estimate is None


def test_an_order_dated_in_the_future_is_refused_naming_the_column(ctx: AppContext) -> None:
    header = "Order ID,Order Date,Status,Product Title,Currency,Price,Store Name\n"
    rows = ('8187000000000301,"Nov 06, 2026",Awaiting delivery,Lamp,US,3.49,Bright Store\n'
            '8187000000000302,"Dec 30, 2026",Awaiting delivery,Cable,US,1.00,Bright Store\n')
    report = run_import(ctx, ImportSource(text=header + rows))
    assert report.imported == ["8187000000000301"]
    (skipped,) = report.skipped
    assert skipped.line == 3 and "Order Date: the order date Dec 30, 2026 is in the future" \
        in skipped.reason


def test_an_import_leaves_the_garbage_collector_on_even_when_it_fails(ctx: AppContext,
                                                                       tmp_path: Path) -> None:
    import gc

    assert gc.isenabled()
    imported(ctx, "order-exporter.csv")
    assert gc.isenabled()
    empty = tmp_path / "header-only.csv"
    empty.write_text("Order ID,Order Date,Status,Product Title,Price\n", encoding="utf-8")
    with pytest.raises(UserError):
        run_import(ctx, ImportSource(path=empty))
    assert gc.isenabled()
