"""`orders --json` and `export-data` read the orders as plain rows a batch at a time
(services.order_documents): each document is exactly what the data-file writer makes of the
order read back as a record (`order_to_json`), with the clocks `order_clocks` gives it, whatever
the batch size, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from aliassist.cli import run
from aliassist.domain import records as rec
from aliassist.domain.clocks import order_clocks
from aliassist.domain.controls import show_controls
from aliassist.domain.estimates import deadline_estimated, uses_default_length
from aliassist.domain.instants import format_instant, from_epoch, to_epoch
from aliassist.importers.datafile import evidence_folder, order_to_json
from aliassist.services.context import AppContext
from aliassist.services.datafile import export_data
from aliassist.services.order_documents import Documents, instant_texts
from aliassist.services.order_listing import (
    iter_orders_json,
    orders_json_batches,
    orders_json_texts,
)
from aliassist.services.orders import restore_orders
from aliassist.services.sample import sample_orders
from aliassist.store.order_documents import order_batches
from aliassist.store.repository import load_orders, order_versions


def varied_orders(ctx: AppContext, now: datetime, tmp_path: Path) -> list[rec.Order]:
    """Orders with every kind of content: none or several items, extensions, disputes in every
    status (naming an item or not), payments of every kind (partial refunds that add up to the
    amount), evidence naming a dispute, dates given without a time, estimates, assignees,
    currencies with 0, 2 and 3 decimals or none, text with controls, several orders placed at
    the same instant."""
    files = []
    for n in range(3):
        path = tmp_path / f"photo{n}.jpg"
        path.write_bytes(bytes([n + 1]) * (50 + n))
        files.append(ctx.vault.put(path))
    tz = ZoneInfo("Asia/Shanghai")
    orders = []
    for n in range(40):
        placed = now - timedelta(days=3 * n, hours=n % 5)
        if n % 5 == 0:  # an order date given without a time: 00:00 in the platform's zone
            placed = datetime(placed.year, placed.month, placed.day, tzinfo=tz).astimezone(UTC)
        currency = ("USD", "JPY", "KWD", None)[n % 4]
        items = tuple(rec.Item(f"item {k} \u202e\x1b[31m\x85", None if k else "https://x/i",
                               "sku" if k % 2 else None, 1 + k, None if k == 2 else 150 * k + n)
                      for k in range(n % 4))
        disputes = tuple(
            rec.Dispute(reason="not_as_described" if k % 2 else "not_received",
                        status=rec.DISPUTE_STATUSES[(n + k) % len(rec.DISPUTE_STATUSES)],
                        item=k % len(items) if items and k != 2 else None,
                        platform_id=f"D{n}-{k}" if k else None,
                        opened_at=placed + timedelta(days=10 + k),
                        seller_responded_at=placed + timedelta(days=12) if (n + k) % 2 else None,
                        escalated_at=placed + timedelta(days=15) if (n + k) % 3 == 0 else None,
                        return_requested_at=(placed + timedelta(days=16)
                                             if (n + k) % 4 == 0 else None),
                        closed_at=placed + timedelta(days=30) if (n + k) % 6 == 0 else None,
                        remedy="full_refund" if k % 2 else None,
                        refund_amount=500 if k % 2 else None,
                        description="d\u2066x\u2069" if k else None)
            for k in range((n // 3) % 4))
        payments = tuple(
            rec.Payment(rec.PAYMENT_KINDS[(n + k) % 4], (None, 5000, 100)[k % 3],
                        placed + timedelta(days=40) if k % 2 else None, "paypal" if k else None)
            for k in range((n // 2) % 3))
        if n == 7:  # partial refunds that add up to the amount: refunded in full
            payments = (rec.Payment("partial_refund", 300), rec.Payment("partial_refund", 459))
        evidence = tuple(
            rec.Evidence(("own_photo", "listing_capture")[k % 2], files[(n + k) % 3].sha256,
                         f"photo {k}.jpg", files[(n + k) % 3].size, "image/jpeg",
                         "photo" if k else None, k % len(disputes) if disputes and k else None,
                         "note\x7f" if k else None, placed if k else None, now if k else None)
            for k in range(n % 3))
        shipped = placed + timedelta(days=2) if n % 7 else None
        confirmed = placed + timedelta(days=20) if n % 3 == 1 else None
        delivered = placed + timedelta(days=19) if n % 4 == 1 else None
        orders.append(rec.Order(
            number=f"8{n:017d}", placed_at=placed, account=("a@x", None)[n % 2],
            store=None if n % 9 == 0 else f"Store \u202e{n}", shipped_at=shipped,
            protection_days=(None, 60, 75)[n % 3],
            protection_ends_at=placed + timedelta(days=70) if n % 8 == 3 else None,
            extensions=tuple(rec.Extension(5 + k, placed + timedelta(days=k) if k else None)
                             for k in range(n % 3)),
            confirmed_at=confirmed, delivered_at=delivered,
            delivery_status=(None, *rec.DELIVERY_STATUSES)[n % 6],
            tracking_number="T\t1" if n % 2 else None,
            tracking_updated_at=placed + timedelta(days=3) if n % 3 else None,
            amount=None if n % 10 == 0 else 759 if n == 7 else 700 + 37 * n,
            currency=currency, note="a\nb \"q\" \\" if n % 4 == 0 else None,
            items=items, disputes=disputes, payments=payments, evidence=evidence,
            date_only=frozenset({"placed_at"} if n % 5 == 0 else ()),
            confirmed_estimate="order_status" if confirmed and n % 2 else None,
            assignee=("alice", None, "bob")[n % 3]))
    # orders placed at the same instant: their order is by id, across batch boundaries
    same = [replace(o, number=f"83{i:016d}", placed_at=now - timedelta(days=5))
            for i, o in enumerate(sample_orders(now, 9, seed=2))]
    return orders + same


def expected_listing(ctx: AppContext, now: datetime, *, mine: str | None = None
                     ) -> list[dict[str, Any]]:
    """What `orders --json` lists: each stored order read back as a record, as the data-file
    writer makes it, with its clocks and estimates (the definition the fast path must meet)."""
    with ctx.session() as session:
        orders = load_orders(session)
    out = []
    for order in orders:
        if mine is not None and order.assignee != mine:
            continue
        clocks = order_clocks(order, ctx.policy, now)
        item = order_to_json(order, evidence_path=lambda e: e.name, platform_tz=ctx.policy.tz)
        item.update(state=clocks.state, protection_end=format_instant(clocks.protection_end),
                    completion=format_instant(clocks.completion),
                    dispute_deadline=format_instant(clocks.dispute_deadline),
                    days_left=clocks.days_left, next_clock=clocks.next_clock,
                    protection_end_estimated=uses_default_length(order),
                    deadline_estimated=deadline_estimated(order))
        out.append(item)
    return out


@pytest.fixture
def varied(ctx: AppContext, now: datetime, tmp_path: Path) -> list[rec.Order]:
    orders = varied_orders(ctx, now, tmp_path)
    restore_orders(ctx, orders)
    return orders


@pytest.mark.parametrize("batch", [1, 4, 2000])
def test_the_listing_is_each_stored_order_with_its_clocks(
        ctx: AppContext, now: datetime, varied: list[rec.Order], batch: int) -> None:
    listed = list(iter_orders_json(ctx, batch))
    assert listed == expected_listing(ctx, now)
    # the same text too: key order is part of the listing
    assert [json.dumps(i) for i in listed] == [json.dumps(i) for i in expected_listing(ctx, now)]
    assert len(listed) == len(varied)
    assert {i["state"] for i in listed} >= {"in_dispute", "closed", "expired", "protected"}


@pytest.mark.parametrize("batch", [1, 7, 2000])
def test_the_listing_text_is_json_dumps_of_each_listed_order(
        ctx: AppContext, now: datetime, varied: list[rec.Order], batch: int) -> None:
    texts = [text for text in orders_json_texts(ctx, batch) if text]
    assert len(texts) == -(-len(varied) // batch)
    expected = expected_listing(ctx, now)
    assert ",\n".join(texts) == ",\n".join(json.dumps(i, ensure_ascii=False) for i in expected)


def test_the_texts_of_a_batch_are_json_dumps_of_its_documents_with_or_without_versions(
        ctx: AppContext, varied: list[rec.Order]) -> None:
    with ctx.session() as session, session.begin():
        batches = list(order_batches(session, 11))
    for versions in (False, True):
        documents = Documents(ctx.policy.tz, evidence_path=lambda sha256, name: f"{name}%s")
        for batch in batches:
            docs = documents.documents(batch)
            if versions:
                for doc, row in zip(docs, batch.orders, strict=True):
                    doc["version"] = row[-1]
            assert documents.texts(batch, versions=versions) == ",\n".join(
                json.dumps(d, ensure_ascii=False) for d in docs)


def test_batches_hold_at_most_the_batch_size(ctx: AppContext, varied: list[rec.Order]) -> None:
    sizes = [len(chunk) for chunk in orders_json_batches(ctx, 6)]
    assert sum(sizes) == len(varied)
    assert max(sizes) == 6 and all(size > 0 for size in sizes)


def test_mine_lists_only_the_orders_assigned_to_me(
        ctx: AppContext, now: datetime, varied: list[rec.Order],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIASSIST_NAME", "alice")
    listed = list(iter_orders_json(ctx, 3, mine=True))
    assert listed == expected_listing(ctx, now, mine="alice")
    assert listed and all(i["assignee"] == "alice" for i in listed)


def test_no_orders_list_nothing(ctx: AppContext) -> None:
    assert list(orders_json_batches(ctx)) == []


def test_the_export_writes_each_order_as_the_data_file_writer_does(
        ctx: AppContext, now: datetime, varied: list[rec.Order], tmp_path: Path) -> None:
    path = tmp_path / "out" / "data.json"
    path.parent.mkdir()
    assert export_data(ctx, path) == len(varied)
    with ctx.session() as session:
        orders = load_orders(session)
        versions = order_versions(session)
    folder = evidence_folder(path)

    def copied(ev: rec.Evidence) -> str:
        return f"{folder.name}/{ev.sha256[:12]}-{ev.name}"

    expected = [{**order_to_json(o, copied, platform_tz=ctx.policy.tz),
                 "version": versions[o.platform, o.number]} for o in orders]
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["orders"] == expected
    assert data["exported_at"] == format_instant(now)
    # one order a line, keys in the writer's order
    lines = text.split("\n")
    assert lines[6:6 + len(expected)] == [
        json.dumps(e, ensure_ascii=False) + ("," if n < len(expected) - 1 else "")
        for n, e in enumerate(expected)]
    shas = {ev.sha256 for o in orders for ev in o.evidence}
    assert len(shas) == 3
    for order in orders:
        for ev in order.evidence:
            content = (path.parent / copied(ev)).read_bytes()
            assert hashlib.sha256(content).hexdigest() == ev.sha256


@pytest.mark.parametrize("when", [
    datetime(1000, 1, 1, tzinfo=UTC), datetime(999, 12, 31, 23, 59, 59, tzinfo=UTC),
    datetime(1, 1, 1, tzinfo=UTC), datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC),
    datetime(1970, 1, 1, tzinfo=UTC), datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
    datetime(2026, 2, 28, 23, 59, 59, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59,
                                                            tzinfo=UTC)])
def test_instant_texts_are_format_instant(when: datetime) -> None:
    seconds = to_epoch(when)
    assert instant_texts([seconds, None, seconds])[seconds] == format_instant(when)
    assert instant_texts([seconds])[None] is None
    assert format_instant(from_epoch(seconds)) == format_instant(when)


def test_the_cli_prints_one_escaped_order_a_line(
        ctx: AppContext, now: datetime, varied: list[rec.Order], db_path: Path) -> None:
    if ctx.store.path is None:
        pytest.skip("the command runs on the SQLite file")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(db_path), "--now", format_instant(now) or "", "orders", "--json"],
               out, err) == 0, err.getvalue()
    expected = expected_listing(ctx, now)
    # each line as json.dumps writes it, with what a terminal would act on escaped
    lines = [json.dumps(i, ensure_ascii=False).replace("\u202e", "\\u202e")
             .replace("\x85", "\\u0085").replace("\x7f", "\\u007f")
             .replace("\u2066", "\\u2066").replace("\u2069", "\\u2069") for i in expected]
    assert out.getvalue() == "[\n" + ",\n".join(lines) + "\n]\n"
    assert show_controls(out.getvalue()) == out.getvalue()
    assert json.loads(out.getvalue()) == expected
