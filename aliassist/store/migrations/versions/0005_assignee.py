"""Orders assigned to a person: orders.assignee names who looks after the order (NULL: nobody,
so every machine warns about its deadlines). Indexed: the window's "Mine" filter and the
deadline notices pick a person's orders by it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("assignee", sa.String(length=100), nullable=True))
        batch.create_index("ix_orders_assignee", ["assignee"])


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_index("ix_orders_assignee")
        batch.drop_column("assignee")
