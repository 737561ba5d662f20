"""Dates given without a time, and estimates with their source.

orders.date_only names the date fields given as a date (space-separated); confirmed_estimate and
delivered_estimate hold where an inferred receipt or delivery date came from (NULL: given).

Existing rows are marked the way the app stored them before: an instant at exactly 00:00
Asia/Shanghai (16:00 UTC) was written only for a date-only value; a receipt date equal to the
order or delivery date of an order with an exporter status, or a delivery date equal to the
tracking update of an order with a tracking status, was inferred by the exporter import.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FIELDS = ("placed_at", "shipped_at", "protection_ends_at", "confirmed_at", "delivered_at")
_SHANGHAI_MIDNIGHT = 16 * 3600  # seconds past 00:00 UTC


def upgrade() -> None:
    op.add_column("orders", sa.Column("date_only", sa.Text(), nullable=True))
    op.add_column("orders", sa.Column("confirmed_estimate", sa.String(length=40), nullable=True))
    op.add_column("orders", sa.Column("delivered_estimate", sa.String(length=40), nullable=True))
    parts = " || ".join(
        f"CASE WHEN {name} % 86400 = {_SHANGHAI_MIDNIGHT} THEN ' {name}' ELSE '' END"
        for name in _FIELDS)
    op.execute(f"UPDATE orders SET date_only = NULLIF(trim({parts}), '')")
    op.execute("""UPDATE orders SET confirmed_estimate = 'order_status'
                  WHERE confirmed_at IS NOT NULL AND status_text IS NOT NULL
                    AND (confirmed_at = placed_at OR confirmed_at = delivered_at)""")
    op.execute("""UPDATE orders SET delivered_estimate = 'tracking_update'
                  WHERE delivered_at IS NOT NULL AND tracking_status IS NOT NULL
                    AND delivered_at = tracking_updated_at""")


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("delivered_estimate")
        batch.drop_column("confirmed_estimate")
        batch.drop_column("date_only")
