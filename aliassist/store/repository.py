"""Orders in and out of the database as domain records (aliassist.domain.records).

`save_order` is an upsert by platform and order number that changes only what differs: child
rows are synchronised by position, so a dispute keeps its id (and its event history and
notification log) when an import brings the same dispute again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import datetime
from typing import Literal

from sqlalchemy import delete, func, inspect, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from aliassist.domain import records as rec
from aliassist.domain.instants import format_instant
from aliassist.errors import NotFoundError, UserError
from aliassist.store import order_records
from aliassist.store import schema as db
from aliassist.store.order_documents import BATCH as LISTING_BATCH
from aliassist.store.order_documents import order_batches
from aliassist.store.order_records import order_id_of, read_order, read_orders, records

SaveResult = Literal["created", "updated", "unchanged"]


class OrderChangedError(UserError):
    """An edit made from an older version of an order: someone else saved it meanwhile.
    Nothing was changed. `mine` is the refused edit, `theirs` the order as now stored (at
    `version`, saved at `saved_at`); `fields` names what differs between the two, so the
    window can show both and let the person choose."""

    def __init__(self, mine: rec.Order, theirs: rec.Order, *, expected: int, version: int,
                 saved_at: datetime | None, saved_by: str | None = None):
        self.mine = mine
        self.theirs = theirs
        self.expected = expected
        self.version = version
        self.saved_at = saved_at
        self.saved_by = saved_by
        self.fields = changed_fields(mine, theirs)
        shown = ", ".join(self.fields) or "nothing you changed"
        when = f" at {format_instant(saved_at)}" if saved_at is not None else ""
        who = saved_by or "someone else"
        super().__init__(
            f"order {theirs.number} was saved by {who}{when} (version {version}) after "
            f"you opened it (version {expected}); your edit was not saved, so their change is "
            f"kept. Yours and theirs differ in: {shown}",
            hint="open the order (or export it) again to see their change, then make yours "
                 "again")


def changed_fields(a: rec.Order, b: rec.Order) -> list[str]:
    """The names of the order fields (and lists: items, disputes, ...) that differ."""
    return [f.name for f in fields(rec.Order) if getattr(a, f.name) != getattr(b, f.name)]


def lock_order(session: Session, order_id: int) -> None:
    """Hold the order's row until the transaction ends (PostgreSQL: SELECT ... FOR UPDATE;
    SQLite's writer lock already serialises writers). Another writer of the same order waits,
    then sees this one's change: appended steps and payments both land."""
    session.execute(select(db.Order.id).where(db.Order.id == order_id).with_for_update())


def order_versions(session: Session) -> dict[tuple[str, str], int]:
    """Every order's version by platform and number (the data file carries them)."""
    return {(platform, number): version for platform, number, version in session.execute(
        select(db.Order.platform, db.Order.number, db.Order.version))}


def touch_order(row: db.Order, now: datetime | None) -> None:
    """Mark the order saved at `now`: its row is written even when only its lists (items,
    disputes, payments...) changed, so its version counts this save."""
    row.updated_at = now
    if inspect(row).persistent:  # a new row is inserted anyway
        flag_modified(row, "updated_at")


def order_version(session: Session, order_id: int) -> int:
    """The order's current version (see OrderChangedError)."""
    version = session.execute(select(db.Order.version).where(db.Order.id == order_id)).scalar()
    if version is None:
        raise NotFoundError(f"no order with id {order_id}")
    return version

_ORDER_SCALARS = ("platform", "number", "store", "store_url", "placed_at", "shipped_at",
                  "protection_days", "protection_ends_at", "confirmed_at", "delivered_at",
                  "delivery_status", "tracking_number", "carrier", "tracking_status",
                  "tracking_updated_at", "tracking_url", "status_text", "amount", "currency",
                  "note", "confirmed_estimate", "delivered_estimate", "assignee")


def _load_options() -> list:
    return [
        selectinload(db.Order.items),
        selectinload(db.Order.extensions),
        selectinload(db.Order.disputes),
        selectinload(db.Order.payments),
        selectinload(db.Order.evidence),
    ]


def find_order_id(session: Session, number: str, platform: str = rec.DEFAULT_PLATFORM
                  ) -> int | None:
    return order_id_of(session, number, platform)


def require_order_id(session: Session, number: str, platform: str = rec.DEFAULT_PLATFORM) -> int:
    return order_records.require_order_id(session, number, platform)


def load_order(session: Session, order_id: int) -> rec.Order:
    """The order whole, as the session's transaction sees it (what it changed included)."""
    return read_order(session, order_id)


def load_orders(session: Session, order_ids: Iterable[int] | None = None) -> list[rec.Order]:
    """Orders with everything they hold, oldest first. For whole-order work (export, checks),
    not for tables that scale with the order count: those read columns (store.queries)."""
    return read_orders(session, None if order_ids is None else list(order_ids))


#: How many orders `iter_orders` reads at once (as a listing does): memory stays flat at any
#: order count.
BATCH = LISTING_BATCH


def iter_orders(session: Session, batch: int = BATCH) -> Iterator[rec.Order]:
    """`load_orders`'s orders, read `batch` at a time (for a whole-database listing or export:
    what was read is let go before the next batch)."""
    for rows in order_batches(session, batch):
        yield from records(rows)


def ordered_order_ids(session: Session) -> list[int]:
    """Every order's id in `load_orders`'s order (oldest first), to read them in batches."""
    return list(session.execute(
        select(db.Order.id).order_by(db.Order.placed_at, db.Order.id)).scalars())


def count_orders(session: Session) -> int:
    return session.execute(select(func.count(db.Order.id))).scalar_one()


def delete_order(session: Session, order_id: int) -> None:
    session.execute(delete(db.Order).where(db.Order.id == order_id))


_DISPUTE_SCALARS = tuple(
    f.name for f in fields(rec.Dispute) if f.name not in ("reason", "status", "item"))


# ---------------------------------------------------------------------------------------------
# Records -> rows


def save_order(session: Session, order: rec.Order, *, now: datetime | None = None,
               order_id: int | None = None, expected_version: int | None = None
               ) -> SaveResult:
    """Insert or update `order`: the row `order_id` when given (an edit, which may change the
    number), else the one with the same platform and number. The caller commits.

    With `expected_version` (the version the edit started from), an order saved by someone
    else since then is not overwritten: OrderChangedError, nothing changed.

    Evidence must already be in the vault and its EvidenceFile row present (`ensure_file`).
    """
    same_number = find_order_id(session, order.number, order.platform)
    # before the order is added: the account's query would write a new order, then update it
    account = account_for(session, order.account, order.platform)
    if order_id is None:
        order_id = same_number
    elif same_number not in (None, order_id):
        raise UserError(f"another order already has the number {order.number}",
                        where="number")
    if order_id is not None:
        lock_order(session, order_id)
        stored = load_order(session, order_id)
        if stored == order:
            return "unchanged"
        row = session.execute(
            select(db.Order).where(db.Order.id == order_id).options(*_load_options())
        ).scalar_one()
        if expected_version is not None and row.version != expected_version:
            raise OrderChangedError(order, stored, expected=expected_version,
                                    version=row.version, saved_at=row.updated_at,
                                    saved_by=row.changed_by)
        result: SaveResult = "updated"
    else:
        row = db.Order(created_at=now)
        session.add(row)
        result = "created"

    for name in _ORDER_SCALARS:
        if getattr(row, name) != getattr(order, name):
            setattr(row, name, getattr(order, name))
    date_only = " ".join(n for n in rec.ORDER_DATES if n in order.date_only) or None
    if row.date_only != date_only:
        row.date_only = date_only
    row.account = account
    touch_order(row, now)

    _sync(row.items, order.items, db.OrderItem, lambda r, i: _set(
        r, title=i.title, url=i.url, sku=i.sku, quantity=i.quantity, price=i.price,
        image_url=i.image_url))
    _sync(row.extensions, order.extensions, db.Extension,
          lambda r, e: _set(r, days=e.days, granted_at=e.granted_at))
    session.flush()  # item ids for disputes

    _sync(row.disputes, order.disputes, db.Dispute, lambda r, d: _set(
        r, reason=d.reason, status=d.status,
        item_id=row.items[d.item].id if d.item is not None else None,
        **{name: getattr(d, name) for name in _DISPUTE_SCALARS}))
    _sync(row.payments, order.payments, db.Payment,
          lambda r, p: _set(r, kind=p.kind, amount=p.amount, at=p.at, provider=p.provider))
    session.flush()  # dispute ids for evidence

    _sync(row.evidence, order.evidence, db.Evidence, lambda r, e: _set(
        r, sha256=e.sha256, kind=e.kind, name=e.name, checklist=e.checklist, note=e.note,
        dispute_id=row.disputes[e.dispute].id if e.dispute is not None else None,
        taken_at=e.taken_at, added_at=e.added_at))
    session.flush()
    return result


def saved_order_id(session: Session, order: rec.Order) -> int:
    order_id = find_order_id(session, order.number, order.platform)
    assert order_id is not None
    return order_id


def _set(row: object, **values: object) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _sync(rows: list, wanted: Sequence, cls: type, apply: object) -> None:
    """Make `rows` match `wanted` position by position, updating rows in place."""
    for position, value in enumerate(wanted):
        if position < len(rows):
            row = rows[position]
        else:
            row = cls(position=position)
            rows.append(row)
        apply(row, value)  # type: ignore[operator]
    del rows[len(wanted):]


def account_for(session: Session, label: str | None, platform: str) -> db.Account | None:
    if not label:
        return None
    account = session.execute(select(db.Account).where(db.Account.label == label)).scalar()
    if account is None:
        account = db.Account(label=label, platform=platform)
        session.add(account)
    return account


def account_labels_of(session: Session) -> list[str]:
    """Every account's label, sorted."""
    return list(session.execute(select(db.Account.label).order_by(db.Account.label)).scalars())


def ensure_file(session: Session, sha256: str, size: int, mime: str | None,
                now: datetime | None = None) -> db.EvidenceFile:
    """The EvidenceFile row for stored content, created on first use."""
    row = session.get(db.EvidenceFile, sha256)
    if row is None:
        row = db.EvidenceFile(sha256=sha256, size=size, mime=mime, stored_at=now)
        session.add(row)
    return row


def is_referenced(session: Session, sha256: str) -> bool:
    """True when some evidence row refers to the stored content `sha256`."""
    return session.execute(select(func.count(db.Evidence.id))
                           .where(db.Evidence.sha256 == sha256)).scalar_one() > 0
