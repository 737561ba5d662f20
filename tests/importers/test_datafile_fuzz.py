"""Fuzzing the JSON data file: random bytes, random JSON, and real data files broken at one
random place. Every file is read or refused with a UserError that names the file (and, for a
broken record, the record and field); importing a refused file changes nothing stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from aliassist.errors import UserError
from aliassist.importers.datafile import parse_data, read_data_file
from aliassist.services.context import AppContext
from aliassist.services.datafile import import_data
from aliassist.services.policy import load_policy
from tests.fuzz import fuzz, mutate
from tests.importers.test_datafile import full_order, write_data
from tests.stress.trials import dump

POLICY = load_policy()
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
#: values that have broken importers before: half characters, spreadsheet-mangled numbers,
#: impossible dates, odd amounts, paths that climb out of the folder
tricky = st.sampled_from(["\udc80", "x\ud800y", "8.18E+15", "2026-02-30", "2026-13-01",
                          "9999-12-31T23:59:59-14:00", "0001-01-01", "-1", "1e400", "0.001",
                          "NaN", "", " ", "\x00", "../../etc/passwd", "/", "photos",
                          "8187000000000001", "USD", "usd", "XXX", "own_photo"])
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
              st.floats(allow_nan=False, allow_infinity=False), any_text, tricky, tricky),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(any_text, inner, max_size=4)),
    max_leaves=10)
VALID = {"format": "aliassist-data", "version": 1, "orders": [full_order()],
         "history": {"dispute_events": [{"order": "8187000000000001", "dispute": 0,
                                         "kind": "opened", "at": "2026-03-02T10:00:00Z"}],
                     "notifications": [], "settings": {"notify.days": [7, 3]}}}


def read_or_refuse(path: Path) -> None:
    try:
        orders = read_data_file(path, POLICY)
    except UserError as exc:
        assert exc.where and exc.where.startswith(str(path)) and exc.message
        return
    assert isinstance(orders, list)


@fuzz
@given(st.binary(max_size=400))
@example(b"\xef\xbb\xbf{}")
@example(b"[" * 100_000)
def test_random_bytes_are_refused_clearly(tmp_path_factory: Any, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("bytes") / "data.json"
    path.write_bytes(raw)
    read_or_refuse(path)


@fuzz
@given(json_values)
def test_random_json_is_refused_clearly(value: Any) -> None:
    try:
        parse_data(value, POLICY, Path("."), "data.json")
    except UserError as exc:
        assert exc.where and exc.where.startswith("data.json")


@fuzz
@given(st.data())
def test_a_data_file_broken_anywhere_is_read_or_refused_by_record_and_field(
        tmp_path_factory: Any, data: st.DataObject) -> None:
    broken = mutate(VALID, data.draw, json_values)
    folder = tmp_path_factory.mktemp("broken")
    path = write_data(folder, [])
    path.write_text(json.dumps(broken, ensure_ascii=True), encoding="utf-8")
    read_or_refuse(path)


@fuzz
@given(st.data())
def test_importing_a_broken_file_changes_nothing_stored(ctx: AppContext, tmp_path_factory: Any,
                                                        data: st.DataObject) -> None:
    folder = tmp_path_factory.mktemp("import")
    good = write_data(folder, [full_order()])
    if not dump(ctx.store.path)["orders"]:
        import_data(ctx, good)
    before = dump(ctx.store.path)
    broken = mutate(VALID, data.draw, json_values)
    good.write_text(json.dumps(broken, ensure_ascii=True), encoding="utf-8")
    try:
        import_data(ctx, good)
    except UserError as exc:
        assert exc.where and exc.where.startswith(str(good))
        assert dump(ctx.store.path) == before


def test_half_a_character_is_refused_by_field_not_by_a_crash(ctx: AppContext,
                                                             tmp_path: Path) -> None:
    path = write_data(tmp_path, [])
    doc = {"format": "aliassist-data", "version": 1,
           "orders": [full_order(store="Bright \udc80 Store")]}
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    try:
        import_data(ctx, path)
    except UserError as exc:
        assert exc.where.endswith("orders[0] (order 8187000000000001).store")
        assert "\\udc80" in exc.message
    else:
        raise AssertionError("a lone surrogate was accepted")
    assert dump(ctx.store.path)["orders"] == []
