"""`orders --json` made by two processes (services.forked_worker): this one lists the first half
of the orders while a forked worker makes the second half from a connection of its own. The
text is the one a single process makes, whatever the batch size and with `--mine`; a worker
that died (before its job or midway), or that finds other orders than the listing's snapshot,
leaves the rest of its half to the listing; a listing too short to share lets the worker go."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.services.context import AppContext
from aliassist.services.forked_worker import ForkedWorker
from aliassist.services.order_listing import (
    FIRST_SHARE,
    StaleListingError,
    orders_json_texts,
    second_half_texts,
)
from aliassist.services.orders import restore_orders
from aliassist.store.order_documents import middle_key, stamp
from tests.services.test_order_documents import expected_listing, varied_orders

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")


@pytest.fixture
def varied(ctx: AppContext, now: datetime, tmp_path: Path) -> list[rec.Order]:
    orders = varied_orders(ctx, now, tmp_path)
    restore_orders(ctx, orders)
    return orders


def dying_half(*args: object) -> Iterator[tuple[str, tuple[int, int]]]:
    """The worker's job, but it dies after its first two batches."""
    for n, frame in enumerate(second_half_texts(*args)):  # type: ignore[arg-type]
        if n == 2:
            os._exit(9)
        yield frame


def one_process(ctx: AppContext, batch: int, *, mine: bool = False) -> str:
    return ",\n".join(t for t in orders_json_texts(ctx, batch, mine=mine) if t)


def two_processes(ctx: AppContext, batch: int, *, mine: bool = False,
                  kill_worker: bool = False) -> str:
    # As the command line does: the worker is forked while this process holds no connection
    # to the database (SQLite's locks must not cross a fork)
    ctx.store.engine.dispose()
    with ForkedWorker() as worker:
        if kill_worker:
            os.kill(worker.pid, signal.SIGKILL)
        texts = [t for t in orders_json_texts(ctx, batch, mine=mine, worker=worker,
                                              split_least=2) if t]
    return ",\n".join(texts)


@pytest.mark.parametrize("batch", [1, 6, 2000])
def test_two_processes_list_the_text_one_process_lists(
        ctx: AppContext, now: datetime, varied: list[rec.Order], batch: int) -> None:
    expected = ",\n".join(json.dumps(i, ensure_ascii=False) for i in expected_listing(ctx, now))
    assert one_process(ctx, batch) == expected
    assert two_processes(ctx, batch) == expected


def test_mine_in_two_processes(ctx: AppContext, now: datetime, varied: list[rec.Order],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIASSIST_NAME", "alice")
    expected = ",\n".join(json.dumps(i, ensure_ascii=False)
                          for i in expected_listing(ctx, now, mine="alice"))
    assert expected and two_processes(ctx, 3, mine=True) == expected


def test_a_worker_that_died_leaves_its_half_to_the_listing(
        ctx: AppContext, now: datetime, varied: list[rec.Order]) -> None:
    assert two_processes(ctx, 4, kill_worker=True) == one_process(ctx, 4)


@pytest.mark.sqlite_only  # a worker reads a SQLite file
@pytest.mark.parametrize("batch", [1, 3])
def test_a_worker_that_dies_midway_leaves_the_rest_to_the_listing(
        ctx: AppContext, varied: list[rec.Order], batch: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ctx.store.path is not None
    expected = one_process(ctx, batch)
    monkeypatch.setattr("aliassist.services.order_listing.second_half_texts", dying_half)
    assert two_processes(ctx, batch) == expected


@pytest.mark.sqlite_only  # a worker reads a SQLite file
def test_a_worker_that_finds_other_orders_refuses_its_half(
        ctx: AppContext, now: datetime, varied: list[rec.Order]) -> None:
    assert ctx.store.path is not None
    with ctx.session() as session, session.begin():
        seen, split = stamp(session), middle_key(session)
    assert split is not None
    # written after the listing's snapshot began: the worker would read another listing
    restore_orders(ctx, [rec.Order(number="8100000000000001", placed_at=now - timedelta(days=1))])
    with pytest.raises(StaleListingError):
        list(second_half_texts(ctx.store.path, seen, split, None, 5, ctx.policy, now))


def test_a_listing_too_short_to_share_lets_the_worker_go(
        ctx: AppContext, varied: list[rec.Order]) -> None:
    ctx.store.engine.dispose()
    with ForkedWorker() as worker:
        texts = [t for t in orders_json_texts(ctx, 6, worker=worker) if t]  # 40 < SPLIT_LEAST
        with pytest.raises(ProcessLookupError):
            os.kill(worker.pid, 0)
    assert ",\n".join(texts) == one_process(ctx, 6)


@pytest.mark.parametrize("share", [0.5, FIRST_SHARE, 0.01, 0.99])
def test_the_first_part_ends_at_its_share_of_the_listing(
        ctx: AppContext, varied: list[rec.Order], share: float) -> None:
    """The first part is `share` of the orders in listing order (placed_at, id), and each
    part has one order at least, whatever the share."""
    with ctx.session() as session:
        keys = [tuple(r) for r in session.connection().exec_driver_sql(
            "SELECT placed_at, id FROM orders ORDER BY placed_at, id")]
        split = middle_key(session, least=2, first_share=share)
    assert split is not None
    first = keys.index(split) + 1
    assert first == min(max(int(len(keys) * share), 1), len(keys) - 1)
    assert 1 <= first < len(keys)
