"""Mail events: what the platform's e-mails announced for each order, by Message-ID.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("tracking_number", sa.String(length=100), nullable=True),
        sa.Column("created_order", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name=op.f("fk_mail_events_order_id_orders"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_events")),
        sa.UniqueConstraint("message_id", "order_id", "event", name="uq_mail_events_message"),
    )
    with op.batch_alter_table("mail_events") as batch:
        batch.create_index(batch.f("ix_mail_events_message_id"), ["message_id"], unique=False)
        batch.create_index(batch.f("ix_mail_events_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_table("mail_events")
