"""Team databases: order versions, who made each change, and instants, money and file sizes
in 64 bits on PostgreSQL.

orders.version counts the saves of an order: an edit made from an older version is refused, so
two people editing the same order never lose a change (existing orders start at 1).
orders.changed_by and dispute_events.recorded_by name who saved the order last and who
recorded each step (NULL for what was recorded before).

SQLite's INTEGER always holds 64 bits; PostgreSQL's holds 32, which ends in 2038 for an instant
and at 21 million for an amount in minor units. On PostgreSQL those columns become BIGINT; on
SQLite nothing changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: table -> its instant, money and size columns
WIDE_COLUMNS = {
    "accounts": ("created_at",),
    "orders": ("placed_at", "shipped_at", "protection_ends_at", "confirmed_at", "delivered_at",
               "tracking_updated_at", "amount", "created_at", "updated_at"),
    "order_items": ("price",),
    "extensions": ("granted_at",),
    "disputes": ("opened_at", "seller_responded_at", "escalated_at", "return_requested_at",
                 "return_shipped_at", "closed_at", "refund_amount", "created_at", "updated_at"),
    "dispute_events": ("at", "amount", "recorded_at"),
    "payments": ("amount", "at"),
    "evidence_files": ("size", "exif_taken_at", "stored_at"),
    "evidence": ("taken_at", "added_at"),
    "notifications": ("due_at", "at", "until"),
    "mail_events": ("at", "recorded_at"),
}


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("changed_by", sa.String(length=100), nullable=True))
    with op.batch_alter_table("dispute_events") as batch:
        batch.add_column(sa.Column("recorded_by", sa.String(length=100), nullable=True))
    if not _postgresql():
        return
    for table, columns in WIDE_COLUMNS.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    if _postgresql():
        for table, columns in WIDE_COLUMNS.items():
            for column in columns:
                op.alter_column(table, column, type_=sa.Integer(),
                                existing_type=sa.BigInteger())
    with op.batch_alter_table("dispute_events") as batch:
        batch.drop_column("recorded_by")
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("changed_by")
        batch.drop_column("version")
