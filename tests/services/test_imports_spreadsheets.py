"""Exporter files that passed through a real spreadsheet program (LibreOffice Calc, in several
locales; tests/fixtures/spreadsheets/make_fixtures.py made them): a damaged order number never
becomes an order, the day/month order is decided by the file or asked once, and what survived
imports as the exporter wrote it."""

from __future__ import annotations

from datetime import date

import pytest

from aliassist.domain import records as rec
from aliassist.importers.rows import DAMAGED
from aliassist.services.context import AppContext
from aliassist.services.imports import (
    ImportSource,
    NeedsCurrency,
    NeedsDateOrder,
    preview_import,
    run_import,
)
from aliassist.store.repository import load_orders
from tests.conftest import FIXTURES

SHEETS = FIXTURES / "spreadsheets"
LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "ru_RU")
#: Which locales write numeric dates whose order the file must decide (slashes); the others
#: write day.month (dots).
SLASHED = ("en_US", "en_GB", "fr_FR")

#: number -> (order date, store, amount in cents, item titles) as the exporters wrote them
ORDER_EXPORTER = {
    "8187000000000101": (date(2026, 3, 5), "Bright Store", 2160,
                         ["USB-C cable 2 m, braided", "Charger 65W GaN"]),
    "8187000000000102": (date(2026, 2, 11), "Cozy Knit Studio", 102450, ["Wool scarf, grey"]),
}
ORDER_DECIDING = {**ORDER_EXPORTER, "8187000000000123": (date(2026, 1, 23), "Lamp World", 1200,
                                                         ["LED desk lamp"])}
BULK = {
    "8190000000000201": (date(2026, 3, 5), "Bright Store", 2160, ["Phone case", "Screen film"]),
    "8190000000000202": (date(2026, 2, 11), "Cozy Knit Studio", 102450, ["Wool coat"]),
}
BULK_DECIDING = {**BULK, "8190000000000223": (date(2026, 1, 23), "Lamp World", 1200,
                                              ["Desk lamp"])}
EXPECTED = {"order-exporter": ORDER_EXPORTER, "order-exporter-deciding": ORDER_DECIDING,
            "bulk-order-exporter": BULK, "bulk-order-exporter-deciding": BULK_DECIDING}
#: The Bulk Order Exporter writes amounts without a currency: the buyer says it once.
CURRENCY = {"bulk-order-exporter": "USD", "bulk-order-exporter-deciding": "USD"}


def stored(ctx: AppContext) -> dict[str, rec.Order]:
    with ctx.session() as session:
        return {o.number: o for o in load_orders(session)}


def as_exported(ctx: AppContext) -> dict[str, tuple[date, str | None, int | None, list[str]]]:
    return {number: (o.placed_at.astimezone(ctx.policy.tz).date(), o.store, o.amount,
                     [i.title for i in o.items])
            for number, o in stored(ctx).items()}


def run(ctx: AppContext, name: str, **options: object):  # -> ImportReport
    stem = name.split(".")[0]
    options.setdefault("currency", CURRENCY.get(stem))
    return run_import(ctx, ImportSource(path=SHEETS / name), **options)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
@pytest.mark.parametrize("name", ["{}.en_US.text-numbers.xlsx", "{}.de_DE.text-numbers.ods",
                                  "{}.en_GB.text-numbers.csv", "{}.de_DE.text-numbers.csv"])
def test_a_number_column_formatted_as_text_survives_every_spreadsheet(
        ctx: AppContext, stem: str, name: str) -> None:
    file = name.format(stem)
    dates = "dmy" if "en_GB" in file and "deciding" not in stem else None
    report = run(ctx, file, dates=dates)
    assert report.skipped == [] and len(report.imported) == len(EXPECTED[stem])
    assert as_exported(ctx) == EXPECTED[stem]
    # ... and importing it again changes nothing.
    again = run(ctx, file, dates=dates)
    assert again.skipped == [] and len(again.unchanged) == len(EXPECTED[stem])


@pytest.mark.parametrize("stem", sorted(EXPECTED))
@pytest.mark.parametrize("locale", LOCALES)
def test_numbers_a_spreadsheet_rounded_in_a_workbook_never_become_orders(
        ctx: AppContext, stem: str, locale: str) -> None:
    report = run(ctx, f"{stem}.{locale}.xlsx")
    assert report.imported == [] and stored(ctx) == {}
    assert [s.line for s in report.skipped] == list(range(2, 2 + len(report.skipped)))
    assert len(report.skipped) == len([t for v in EXPECTED[stem].values() for t in v[3]])
    assert all(s.reason.startswith("Order ") and s.reason.endswith(DAMAGED)
               for s in report.skipped)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
@pytest.mark.parametrize("locale", LOCALES)
def test_an_ods_keeps_the_exact_number_and_the_date_cells(ctx: AppContext, stem: str,
                                                          locale: str) -> None:
    """LibreOffice's own format stores the number's every digit (a double holds 16 of them
    below 2^53) and dates as dates."""
    report = run(ctx, f"{stem}.{locale}.ods")
    assert report.skipped == []
    assert as_exported(ctx) == EXPECTED[stem]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
@pytest.mark.parametrize("locale", LOCALES)
def test_a_csv_saved_back_by_a_spreadsheet(ctx: AppContext, stem: str, locale: str) -> None:
    """The numbers lost their 16th digit (two orders became one number): never stored, never
    merged, whatever the locale wrote for dates and amounts."""
    file = f"{stem}.{locale}.csv"
    options: dict[str, object] = {}
    if locale in SLASHED and "deciding" not in stem:
        with pytest.raises(NeedsDateOrder) as asked:
            run(ctx, file)
        assert "--dates" in str(asked.value) and "line 2" in str(asked.value)
        options["dates"] = "dmy" if locale != "en_US" else "mdy"
    report = run(ctx, file, **options)
    assert report.imported == [] and stored(ctx) == {}
    assert len(report.skipped) == len([t for v in EXPECTED[stem].values() for t in v[3]])
    assert all(DAMAGED in s.reason for s in report.skipped)


@pytest.mark.parametrize("stem", ["order-exporter", "bulk-order-exporter"])
def test_dates_that_read_both_ways_are_one_question_in_the_preview(ctx: AppContext,
                                                                   stem: str) -> None:
    source = ImportSource(path=SHEETS / f"{stem}.en_GB.text-numbers.csv")
    preview = preview_import(ctx, source, currency=CURRENCY.get(stem))
    assert preview.dates_unknown and all("choose how the file writes dates" in (r.reason or "")
                                         for r in preview.rows)
    answered = preview_import(ctx, source, currency=CURRENCY.get(stem), dates="dmy")
    assert not answered.dates_unknown and all(r.row is not None for r in answered.rows)
    # The file that holds 23/01/26 decides by itself, in the preview too.
    deciding = preview_import(ctx, ImportSource(
        path=SHEETS / f"{stem}-deciding.en_GB.text-numbers.csv"), currency=CURRENCY.get(stem))
    assert not deciding.dates_unknown and deciding.date_order == "dmy"
    assert all(r.row is not None for r in deciding.rows)


def test_the_bulk_exporters_own_dates_need_no_question(ctx: AppContext) -> None:
    report = run(ctx, "bulk-order-exporter.source.tsv")
    assert report.skipped == [] and as_exported(ctx) == BULK


def test_amounts_without_a_currency_are_one_question(ctx: AppContext) -> None:
    with pytest.raises(NeedsCurrency) as asked:
        run(ctx, "bulk-order-exporter.source.tsv", currency=None)
    assert "--currency" in str(asked.value) and stored(ctx) == {}
    preview = preview_import(ctx, ImportSource(path=SHEETS / "bulk-order-exporter.source.tsv"))
    assert preview.currency_unknown
