"""SQLAlchemy 2 mapped classes: the database schema.

Instants are stored as INTEGER seconds since 1970 UTC (`Instant`), so bulk reads hand numbers
straight to the clock arrays; money as INTEGER minor units (both BIGINT on PostgreSQL, `Whole`).
Lists keep a `position`, which is how the data file and the domain records refer to them.
Every schema change is an alembic migration under migrations/versions; tests compare the two.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    DDL,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from aliassist.domain.instants import from_epoch_or_none, to_epoch

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: money in minor units and file sizes: 64 bits on every engine (SQLite's INTEGER already is;
#: PostgreSQL's is 32 bits)
Whole = Integer().with_variant(BigInteger(), "postgresql")


class Instant(TypeDecorator):
    """An aware datetime stored as whole seconds since 1970-01-01 UTC (BIGINT on PostgreSQL:
    the years after 2038 do not fit in its INTEGER)."""

    impl = Integer
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        return dialect.type_descriptor(BigInteger() if dialect.name == "postgresql"
                                       else Integer())

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, int):
            return value
        if value.tzinfo is None:
            raise ValueError("naive datetime given to an Instant column")
        return to_epoch(value)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        return from_epoch_or_none(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Account(Base):
    """A buyer account label (an e-mail or a name): orders of several accounts share a store."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(200), unique=True)
    platform: Mapped[str] = mapped_column(String(40), default="aliexpress")
    created_at: Mapped[datetime | None] = mapped_column(Instant)


#: The indexes of the account and the assignee hold only the orders that have one
#: (migrations 0008 on PostgreSQL, 0009 on SQLite): an import leaves both NULL, and an entry
#: per NULL cost it time; `account_id = x` (its foreign key's SET NULL) and `assignee = x`
#: still use them. Index name -> its WHERE.
PARTIAL_INDEXES = {"ix_orders_account_id": "account_id IS NOT NULL",
                   "ix_orders_assignee": "assignee IS NOT NULL"}


class Order(Base):
    __tablename__ = "orders"
    # PostgreSQL's WHERE is given by with_server_options, when a team database's engine is made
    __table_args__ = (
        UniqueConstraint("platform", "number", name="uq_orders_platform_number"),
        Index("ix_orders_account_id", "account_id",
              sqlite_where=text(PARTIAL_INDEXES["ix_orders_account_id"])),
        Index("ix_orders_assignee", "assignee",
              sqlite_where=text(PARTIAL_INDEXES["ix_orders_assignee"])),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(40), default="aliexpress")
    number: Mapped[str] = mapped_column(String(64))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"))
    store: Mapped[str | None] = mapped_column(String(300))
    store_url: Mapped[str | None] = mapped_column(Text)
    placed_at: Mapped[datetime] = mapped_column(Instant, index=True)
    shipped_at: Mapped[datetime | None] = mapped_column(Instant)
    protection_days: Mapped[int | None] = mapped_column(Integer)
    protection_ends_at: Mapped[datetime | None] = mapped_column(Instant)
    confirmed_at: Mapped[datetime | None] = mapped_column(Instant)
    delivered_at: Mapped[datetime | None] = mapped_column(Instant)
    delivery_status: Mapped[str | None] = mapped_column(String(20))
    tracking_number: Mapped[str | None] = mapped_column(String(100))
    carrier: Mapped[str | None] = mapped_column(String(100))
    #: the carrier's last status text and when it changed, as an exporter reports them
    tracking_status: Mapped[str | None] = mapped_column(Text)
    tracking_updated_at: Mapped[datetime | None] = mapped_column(Instant)
    tracking_url: Mapped[str | None] = mapped_column(Text)
    #: the order status text as the platform shows it ("Awaiting delivery")
    status_text: Mapped[str | None] = mapped_column(String(100))
    amount: Mapped[int | None] = mapped_column(Whole)
    currency: Mapped[str | None] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)
    #: the date fields given without a time, space-separated names ("placed_at confirmed_at")
    date_only: Mapped[str | None] = mapped_column(Text)
    #: where an inferred receipt / delivery date came from (domain.estimates.SOURCES); NULL:
    #: the value was given, not inferred
    confirmed_estimate: Mapped[str | None] = mapped_column(String(40))
    delivered_estimate: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime | None] = mapped_column(Instant)
    updated_at: Mapped[datetime | None] = mapped_column(Instant)
    #: counts the saves of the order row: an edit made from an older version is refused
    #: (store.repository.OrderChangedError), so no one's change is lost
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: who saved it last (store.authorship)
    changed_by: Mapped[str | None] = mapped_column(String(100))
    #: who looks after the order (a person's name or database role); NULL: nobody, so every
    #: machine warns about its deadlines
    assignee: Mapped[str | None] = mapped_column(String(100))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read by the mapper once

    account: Mapped[Account | None] = relationship(lazy="joined")
    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderItem.position",
        passive_deletes=True)
    extensions: Mapped[list[Extension]] = relationship(
        cascade="all, delete-orphan", order_by="Extension.position", passive_deletes=True)
    disputes: Mapped[list[Dispute]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Dispute.position",
        passive_deletes=True)
    payments: Mapped[list[Payment]] = relationship(
        cascade="all, delete-orphan", order_by="Payment.position", passive_deletes=True)
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", order_by="Evidence.position", passive_deletes=True)


class OrderItem(Base):
    __tablename__ = "order_items"
    __table_args__ = (UniqueConstraint("order_id", "position", name="uq_order_items_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    sku: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    price: Mapped[int | None] = mapped_column(Whole)
    image_url: Mapped[str | None] = mapped_column(Text)

    order: Mapped[Order] = relationship(back_populates="items")


class Extension(Base):
    """Days the seller added to the protection timer."""

    __tablename__ = "extensions"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)
    granted_at: Mapped[datetime | None] = mapped_column(Instant)


class Dispute(Base):
    __tablename__ = "disputes"
    __table_args__ = (Index("ix_disputes_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("order_items.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="open")
    platform_id: Mapped[str | None] = mapped_column(String(100))
    opened_at: Mapped[datetime | None] = mapped_column(Instant)
    seller_responded_at: Mapped[datetime | None] = mapped_column(Instant)
    escalated_at: Mapped[datetime | None] = mapped_column(Instant)
    return_requested_at: Mapped[datetime | None] = mapped_column(Instant)
    return_tracking: Mapped[str | None] = mapped_column(String(100))
    return_shipped_at: Mapped[datetime | None] = mapped_column(Instant)
    closed_at: Mapped[datetime | None] = mapped_column(Instant)
    remedy: Mapped[str | None] = mapped_column(String(40))
    refund_amount: Mapped[int | None] = mapped_column(Whole)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(Instant)
    updated_at: Mapped[datetime | None] = mapped_column(Instant)

    order: Mapped[Order] = relationship(back_populates="disputes")
    events: Mapped[list[DisputeEvent]] = relationship(
        cascade="all, delete-orphan", order_by="DisputeEvent.id", passive_deletes=True)


class DisputeEvent(Base):
    """One step of a dispute's life (opened, seller responded, escalated, refunded, ...)."""

    __tablename__ = "dispute_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(
        ForeignKey("disputes.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(Instant)
    amount: Mapped[int | None] = mapped_column(Whole)
    detail: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime | None] = mapped_column(Instant)
    #: who recorded it (store.authorship)
    recorded_by: Mapped[str | None] = mapped_column(String(100))


class Payment(Base):
    """Refunds, partial refunds, chargebacks and payment-provider claims."""

    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str | None] = mapped_column(String(60))
    amount: Mapped[int | None] = mapped_column(Whole)
    at: Mapped[datetime | None] = mapped_column(Instant)
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id", ondelete="SET NULL"))


class EvidenceFile(Base):
    """A file's content in the vault, stored once under its SHA-256."""

    __tablename__ = "evidence_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Whole)
    mime: Mapped[str | None] = mapped_column(String(100))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    #: a small perceptual hash of an image (hex), for the look-alike check
    phash: Mapped[str | None] = mapped_column(String(32))
    #: EXIF DateTimeOriginal, when the content carries one
    exif_taken_at: Mapped[datetime | None] = mapped_column(Instant)
    stored_at: Mapped[datetime | None] = mapped_column(Instant)


class Evidence(Base):
    """A file attached to an order (and maybe a dispute and a checklist item)."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(
        ForeignKey("evidence_files.sha256", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(Text)
    checklist: Mapped[str | None] = mapped_column(String(60))
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)
    taken_at: Mapped[datetime | None] = mapped_column(Instant)
    added_at: Mapped[datetime | None] = mapped_column(Instant)

    file: Mapped[EvidenceFile] = relationship(lazy="joined")


class Notification(Base):
    """What the app showed, snoozed or was told to dismiss, and when (the notification log)."""

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    #: identifies one warning: order, dispute, clock, deadline and threshold
    key: Mapped[str] = mapped_column(String(200), index=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id", ondelete="CASCADE"))
    clock: Mapped[str | None] = mapped_column(String(40))
    threshold_days: Mapped[int | None] = mapped_column(Integer)
    due_at: Mapped[datetime | None] = mapped_column(Instant)
    event: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str | None] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(Instant)
    until: Mapped[datetime | None] = mapped_column(Instant)


class Setting(Base):
    """Preferences as JSON values under a key."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)



class MailEvent(Base):
    """An event one of the platform's e-mails announced for an order, kept with the message's
    Message-ID so that reading the same mail again changes nothing."""

    __tablename__ = "mail_events"
    __table_args__ = (UniqueConstraint("message_id", "order_id", "event",
                                       name="uq_mail_events_message"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str] = mapped_column(String(300), index=True)
    event: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(Instant)
    subject: Mapped[str | None] = mapped_column(Text)
    tracking_number: Mapped[str | None] = mapped_column(String(100))
    #: this message's import created the order (it was known only from mail)
    created_order: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime | None] = mapped_column(Instant)


class VaultBlob(Base):
    """A file's content kept in the database itself (a team database's evidence vault), under
    its SHA-256; the bytes are in VaultChunk rows. A blob is written with all its chunks in one
    transaction, so a committed blob is always whole. Empty on SQLite (its vault is a folder)."""

    __tablename__ = "vault_blobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Whole)
    chunks: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime | None] = mapped_column(Instant)


class VaultChunk(Base):
    """One piece (up to 1 MiB) of a blob, in order, with the SHA-256 of its own bytes: a damaged
    piece is found and named without trusting the rest."""

    __tablename__ = "vault_chunks"
    blob_id: Mapped[int] = mapped_column(
        ForeignKey("vault_blobs.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


# Evidence is mostly JPEG, PNG and video, which do not compress: PostgreSQL keeps the chunks out
# of line without trying (STORAGE EXTERNAL), as migration 0006 does on an upgraded database.
event.listen(VaultChunk.__table__, "after_create",
             DDL("ALTER TABLE vault_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
             .execute_if(dialect="postgresql"))


def with_server_options() -> None:
    """Give the models' partial indexes their WHERE on PostgreSQL too (idempotent): call it
    before a team database's schema is made or compared. Not at import: naming a PostgreSQL
    option loads SQLAlchemy's PostgreSQL dialect, 18 ms of every command that loads the models
    and of the window's start, on SQLite where it is never used."""
    for index in Base.metadata.tables["orders"].indexes:
        where = PARTIAL_INDEXES.get(str(index.name))
        if where is not None and index.dialect_options["postgresql"]["where"] is None:
            index.dialect_kwargs["postgresql_where"] = text(where)
