"""Live updates on a team database: a trigger after each statement that writes an order or a
row of one sends the changed orders' ids on the channel "aliassist_orders" (LISTEN/NOTIFY), so
other open windows refresh just those rows. PostgreSQL only; nothing changes on SQLite.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from alembic import op

from aliassist.store import order_changes

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    order_changes.install(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in order_changes.drop_sql():
        op.execute(statement)
