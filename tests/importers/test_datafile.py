"""The JSON data file: every field round-trips; re-import changes nothing; a bad file changes
nothing and names the record and field that is wrong."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from aliassist.errors import UserError
from aliassist.services.context import AppContext, open_context
from aliassist.services.datafile import export_data, import_data
from aliassist.store.repository import load_orders
from tests.conftest import NOW

PHOTO = b"\xff\xd8\xff\xe0" + b"a photo of the damaged box" * 50
LISTING = b"\x89PNG\r\n\x1a\n" + b"a capture of the listing" * 50

FULL_ORDER: dict[str, Any] = {
    "number": "8187000000000001",
    "platform": "aliexpress",
    "account": "me@example.com",
    "store": "Bright Store",
    "store_url": "https://www.aliexpress.com/store/1234",
    "placed_at": "2026-01-05",
    "shipped_at": "2026-01-07T10:00:00Z",
    "protection_days": 75,
    "protection_ends_at": None,
    "extensions": [{"days": 15, "granted_at": "2026-03-20T08:00:00Z"}],
    "confirmed_at": "2026-03-01T09:30:00+01:00",
    "delivered_at": "2026-02-27",
    "delivery_status": "delivered",
    "tracking_number": "LP00123456789",
    "carrier": "Cainiao",
    "tracking_status": "Delivered to a pickup point",
    "tracking_updated_at": "2026-02-27T14:00:00Z",
    "tracking_url": "https://global.cainiao.com/detail.htm?mailNoList=LP00123456789",
    "status_text": "Completed",
    "amount": "25.99",
    "currency": "USD",
    "note": "Gift for Anna — ärger & ünïcödé",
    "items": [{"title": "Desk lamp", "url": "https://www.aliexpress.com/item/1.html",
               "sku": "White", "quantity": 1, "price": "20.00", "image_url": None},
              {"title": "Bulb", "url": None, "sku": None, "quantity": 2, "price": "2.995"}],
    "disputes": [{"reason": "damaged", "item": 0, "platform_id": "D-100", "status": "refunded",
                  "opened_at": "2026-03-02T10:00:00Z", "seller_responded_at": None,
                  "escalated_at": "2026-03-08T10:00:00Z",
                  "return_requested_at": None, "return_tracking": None,
                  "return_shipped_at": None, "closed_at": "2026-03-12T10:00:00Z",
                  "remedy": "partial_refund", "refund_amount": "10.00",
                  "description": "The lamp arrived with a cracked base; photos attached."}],
    "payments": [{"kind": "partial_refund", "provider": None, "amount": "10.00",
                  "at": "2026-03-12T10:00:00Z"}],
    "evidence": [{"path": "photos/box.jpg", "kind": "own_photo", "checklist": "damage_photos",
                  "dispute": 0, "note": "taken on arrival"},
                 {"path": "photos/listing.png", "kind": "listing_capture",
                  "checklist": None, "dispute": None, "note": None}],
}


def write_data(folder: Path, orders: list[dict[str, Any]], **top: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "photos").mkdir(exist_ok=True)
    (folder / "photos" / "box.jpg").write_bytes(PHOTO)
    (folder / "photos" / "listing.png").write_bytes(LISTING)
    path = folder / "data.json"
    doc = {"format": "aliassist-data", "version": 1, "orders": orders, **top}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def full_order(**changes: Any) -> dict[str, Any]:
    order = copy.deepcopy(FULL_ORDER)
    order["items"][1]["price"] = "2.99"
    order.update(changes)
    return order


def without_export_stamp(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc


def test_export_then_import_into_an_empty_database_round_trips_every_field(
        ctx: AppContext, tmp_path: Path) -> None:
    second_order = {"number": "8187000000000002", "placed_at": "2026-02-01T00:00:00Z"}
    report = import_data(ctx, write_data(tmp_path / "in", [full_order(), second_order]))
    assert sorted(report.created) == ["8187000000000001", "8187000000000002"]

    exported = tmp_path / "out" / "all.json"
    assert export_data(ctx, exported) == 2
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert doc["format"] == "aliassist-data" and doc["version"] == 1
    first = next(o for o in doc["orders"] if o["number"] == "8187000000000001")
    assert first["placed_at"] == "2026-01-05"  # given as a date: written as that date
    assert first["confirmed_at"] == "2026-03-01T08:30:00Z"
    assert first["amount"] == "25.99" and first["items"][1]["price"] == "2.99"
    assert first["note"] == FULL_ORDER["note"]
    ev = first["evidence"][0]
    assert ev["path"].startswith("all-evidence/") and ev["size"] == len(PHOTO)
    assert (exported.parent / ev["path"]).read_bytes() == PHOTO
    assert ev["mime"] == "image/jpeg"

    other = open_context(tmp_path / "other" / "b.db", now=NOW)
    try:
        assert len(import_data(other, exported).created) == 2
        again = tmp_path / "out2" / "all.json"
        export_data(other, again)
        with ctx.session() as a, other.session() as b:
            assert load_orders(a) == load_orders(b)
    finally:
        other.close()
    first_doc, second_doc = without_export_stamp(exported), without_export_stamp(again)
    for doc_ in (first_doc, second_doc):
        for order in doc_["orders"]:
            for e in order["evidence"]:
                e.pop("path")
    assert first_doc == second_doc


def test_reimporting_the_same_file_changes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    path = write_data(tmp_path, [full_order()])
    import_data(ctx, path)
    with ctx.session() as session:
        before = load_orders(session)
    report = import_data(ctx, path)
    assert report.unchanged == ["8187000000000001"] and not report.created
    with ctx.session() as session:
        assert load_orders(session) == before


def test_absent_keys_keep_what_is_stored_and_null_clears(ctx: AppContext, tmp_path: Path) -> None:
    import_data(ctx, write_data(tmp_path / "a", [full_order()]))
    update = {"number": "8187000000000001", "placed_at": "2026-01-05",
              "tracking_number": "NEW123", "note": None}
    report = import_data(ctx, write_data(tmp_path / "b", [update]))
    assert report.updated == ["8187000000000001"]
    with ctx.session() as session:
        (order,) = load_orders(session)
    assert order.tracking_number == "NEW123"
    assert order.note is None
    assert order.store == "Bright Store"
    assert len(order.disputes) == 1 and len(order.evidence) == 2


BAD_CASES = [
    ({"number": 8187000000000001}, "orders[1].number", "in quotes"),
    ({"number": "8.18700E+15"}, "orders[1].number", "scientific notation"),
    ({"placed_at": "05/01/2026"}, "placed_at", "ISO 8601"),
    ({"placed_at": None}, "placed_at", "missing"),
    ({"amount": 20.5, "currency": None}, "amount", "currency"),
    ({"amount": "20.001"}, "amount", "decimals"),
    ({"currency": "dollars"}, "currency", "ISO 4217"),
    ({"shiped_at": "2026-01-01"}, "shiped_at", "unknown field"),
    ({"delivery_status": "arrived"}, "delivery_status", "not one of"),
    ({"protection_days": 0}, "protection_days", "at least 1"),
    ({"extensions": [{"granted_at": "2026-01-01"}]}, "extensions[0].days", "missing"),
    ({"disputes": [{"reason": "changed_my_mind"}]}, "disputes[0].reason", "not one of"),
    ({"disputes": [{"reason": "damaged", "item": 5}]}, "disputes[0].item", "does not exist"),
    ({"evidence": [{"path": "photos/missing.jpg", "kind": "own_photo"}]},
     "evidence[0].path", "not found"),
    ({"evidence": [{"path": "photos/box.jpg", "kind": "selfie"}]}, "evidence[0].kind",
     "not one of"),
    ({"evidence": [{"path": "photos/box.jpg", "kind": "own_photo", "dispute": 3}]},
     "evidence[0].dispute", "does not exist"),
    ({"evidence": [{"path": "photos/box.jpg", "kind": "own_photo", "sha256": "0" * 64}]},
     "evidence[0].path", "changed since it was exported"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_CASES)
def test_a_bad_record_changes_nothing_and_names_record_and_field(
        ctx: AppContext, tmp_path: Path, changes: dict, field: str, message: str) -> None:
    import_data(ctx, write_data(tmp_path / "good", [full_order()]))
    with ctx.session() as session:
        before = load_orders(session)
    good = {"number": "8187000000000009", "placed_at": "2026-01-05"}
    bad = {**full_order(), **changes}
    bad.setdefault("number", "8187000000000001")
    path = write_data(tmp_path / "bad", [good, bad])
    with pytest.raises(UserError) as err:
        import_data(ctx, path)
    text = str(err.value)
    assert str(path) in text
    assert field in text, text
    assert message in text, text
    if "number" not in field:
        assert "orders[1] (order 8187000000000001)" in text
    with ctx.session() as session:
        assert load_orders(session) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"{not json", "not valid JSON"),
    (b"[]", "expected a JSON object"),
    (b'{"format": "something-else", "version": 1, "orders": []}', "not an AliAssist data"),
    (b'{"format": "aliassist-data", "version": 2, "orders": []}', "newer AliAssist"),
    (b'{"format": "aliassist-data", "version": 1, "orders": {}}', "must be a list"),
    (b"\xff\xfe\x00\x00junk", "not UTF-8"),
])
def test_files_that_are_not_data_files_say_what_is_wrong(
        ctx: AppContext, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        import_data(ctx, path)


def test_an_order_twice_in_one_file_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    order = {"number": "8187000000000003", "placed_at": "2026-01-05"}
    with pytest.raises(UserError, match="appears twice"):
        import_data(ctx, write_data(tmp_path, [order, order]))


def test_a_missing_data_file_is_reported(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        import_data(ctx, tmp_path / "nope.json")


def test_dates_keep_the_domain_rule(ctx: AppContext, tmp_path: Path, now: datetime) -> None:
    import_data(ctx, write_data(tmp_path, [{"number": "8187000000000004",
                                            "placed_at": "2026-03-03",
                                            "protection_ends_at": "2026-06-01"}]))
    with ctx.session() as session:
        (order,) = load_orders(session)
    assert order.placed_at.isoformat() == "2026-03-02T16:00:00+00:00"
    assert order.protection_ends_at.isoformat() == "2026-05-31T16:00:00+00:00"
