"""The orders as JSON objects, oldest first, as `orders --json` lists them: each order's data-file
object with its state and clocks, streamed a batch at a time (one query per table per batch,
no ORM object per order: services.order_documents), and on machines with a core to spare made
by two processes (services.forked_worker).

Nothing here loads numpy (the window's table does): a listing starts sooner."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from aliassist.store.order_documents import BATCH

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from aliassist.domain.policy import Policy
    from aliassist.services.context import AppContext
    from aliassist.services.forked_worker import ForkedWorker
    from aliassist.services.order_documents import Documents
    from aliassist.services.plain_context import PlainContext
    from aliassist.store.order_documents import Key, OrderBatch


def iter_orders_json(ctx: AppContext, batch: int = BATCH, *, mine: bool = False
                     ) -> Iterator[dict[str, Any]]:
    """Every stored order (oldest first) as its data-file object plus state, protection_end,
    completion, dispute_deadline, days_left, next_clock and whether the protection end and the
    dispute deadline rest on an estimate (`orders --json`), read `batch` orders at a time.
    With `mine`, only the orders assigned to the current user (UserError when who that is
    is not known)."""
    for chunk in orders_json_batches(ctx, batch, mine=mine):
        yield from chunk


def orders_json_batches(ctx: AppContext, batch: int = BATCH, *, mine: bool = False
                        ) -> Iterator[list[dict[str, Any]]]:
    """`iter_orders_json`'s objects, a list of up to `batch` at a time (one query per table
    per batch, no ORM object per order: services.order_documents)."""
    for documents, rows, clocks in _listed_batches(ctx, batch, mine):
        yield documents.documents(rows, clocks)


#: what the worker's job loads: the worker loads it while it waits for the job
WORKER_MODULES = ("aliassist.services.order_documents", "aliassist.store.order_documents")
#: the fewest orders a listing shares with a worker: below, starting it costs more than it
#: saves
SPLIT_LEAST = 20_000
#: the share of a shared listing this process makes (the worker the rest). The worker's half
#: costs more (a listing's newer orders are the ones with running clocks, disputes and steps
#: to write, and its texts go through a file), but this process copies the worker's texts out
#: after its own half, while the worker still makes its last ones: on 100k orders half each
#: ended soonest (0.55 let the worker wait to be copied out, 0.47 left this process waiting)
FIRST_SHARE = 0.5


def orders_json_texts(ctx: AppContext | PlainContext, batch: int = BATCH, *, mine: bool = False,
                      worker: ForkedWorker | None = None, split_least: int = SPLIT_LEAST
                      ) -> Iterator[str]:
    """`orders_json_batches` as JSON text, a batch at a time: each batch's objects one a line,
    joined by ",\n", made straight from the rows (`Documents.texts`).

    With a `worker` (services.forked_worker: forked before `ctx` opened the database) and at
    least `split_least` orders in a SQLite file, the worker makes the second half of the
    listing while this process makes the first, then passes on the worker's texts as they
    come (a worker that stops early leaves the rest to this process, from where it got to);
    the text is the same either way."""
    from aliassist.services.gc_passes import without_gc_passes
    from aliassist.store.order_documents import middle_key, order_batches, stamp

    me, now = _listing_user(ctx, mine), ctx.now()
    with ctx.reading() as snapshot, without_gc_passes():  # one snapshot
        split = None
        if worker is not None and ctx.store.path is not None:
            split = middle_key(snapshot, assignee=me, least=split_least,
                               first_share=FIRST_SHARE)
        if worker is None or split is None:
            if worker is not None:
                worker.close()
            yield from _texts(order_batches(snapshot, batch, assignee=me), ctx.policy, now)
            return
        worker.run(second_half_texts, ctx.store.path, stamp(snapshot), split, me, batch,
                   ctx.policy, now)
        yield from _texts(order_batches(snapshot, batch, assignee=me, upto=split), ctx.policy,
                          now)
        # The worker's texts as it writes them (it may still be making the last ones), each
        # with the key of its last order
        last = split
        for text, key in worker.frames():
            yield text
            last = key
        if not worker.finished:  # it failed, died or saw other orders: the rest here
            yield from _texts(order_batches(snapshot, batch, assignee=me, after=last),
                              ctx.policy, now)


def second_half_texts(path: Path, expected: tuple[int, ...], split: Key, me: str | None,
                      batch: int, policy: Policy, now: datetime
                      ) -> Iterator[tuple[str, Key]]:
    """The worker's job in `orders_json_texts`: the texts of the orders past `split`, each
    with the key of its last order, read from the SQLite file at `path` on a connection of
    its own, if it finds the same orders as the listing that started it (`expected`, their
    stamp); StaleListingError if not."""
    from aliassist.services.gc_passes import without_gc_passes
    from aliassist.store.order_documents import file_order_batches

    with file_order_batches(path, batch, assignee=me, after=split) as (found, batches), \
            without_gc_passes():
        if found != expected:
            raise StaleListingError(f"the orders changed: {found} is not {expected}")
        yield from _marked_texts(batches, policy, now)


class StaleListingError(Exception):
    """A worker read other orders than the listing it was to complete."""


def _texts(batches: Iterable[OrderBatch], policy: Policy, now: datetime) -> Iterator[str]:
    """Each batch's text in a listing (its orders with their clocks)."""
    for text, _ in _marked_texts(batches, policy, now):
        yield text


def _marked_texts(batches: Iterable[OrderBatch], policy: Policy, now: datetime
                  ) -> Iterator[tuple[str, Key]]:
    """`_texts`, each with the key of its batch's last order."""
    from aliassist.services.order_documents import Documents, listing_clocks
    from aliassist.store.order_documents import last_key

    documents = Documents(policy.tz, evidence_path=_name_only)
    for rows in batches:
        yield documents.texts(rows, listing_clocks(rows, policy, now)), last_key(rows)


def _listed_batches(ctx: AppContext, batch: int, mine: bool
                    ) -> Iterator[tuple[Documents, OrderBatch, list[tuple[Any, ...]]]]:
    """The orders a listing shows, a batch at a time, each with its clocks and the Documents
    that writes them (read in one snapshot)."""
    from aliassist.services.gc_passes import without_gc_passes
    from aliassist.services.order_documents import Documents, listing_clocks
    from aliassist.store.order_documents import order_batches

    me, now = _listing_user(ctx, mine), ctx.now()
    documents = Documents(ctx.policy.tz, evidence_path=_name_only)
    with ctx.reading() as snapshot, without_gc_passes():  # one snapshot
        for rows in order_batches(snapshot, batch, assignee=me):
            yield documents, rows, listing_clocks(rows, ctx.policy, now)


def _listing_user(ctx: AppContext | PlainContext, mine: bool) -> str | None:
    """Whose orders a listing shows: the current user's with `mine` (on the app context),
    else everyone's (None)."""
    if not mine:
        return None
    from aliassist.services.assignment import require_current_user
    from aliassist.services.context import AppContext

    if not isinstance(ctx, AppContext):
        raise TypeError("whose orders are mine is known on the app context")

    return require_current_user(ctx)


def _name_only(sha256: str, name: str) -> str:
    """A listing names an evidence file by its name (a data file, by its path in the vault)."""
    return name


def orders_json(ctx: AppContext) -> list[dict[str, Any]]:
    """`iter_orders_json` as a list."""
    return list(iter_orders_json(ctx))
