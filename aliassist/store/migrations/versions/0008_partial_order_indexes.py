"""On a team database the indexes of orders.account_id and orders.assignee hold only the orders
that have one (partial indexes, WHERE ... IS NOT NULL): an import leaves both NULL, and an entry
per NULL cost it time. `account_id = x` (the foreign key's ON DELETE SET NULL) and `assignee = x`
still use them. PostgreSQL only; nothing changes on SQLite.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = {"ix_orders_account_id": "account_id", "ix_orders_assignee": "assignee"}


def _rebuild(partial: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column in COLUMNS.items():
        op.drop_index(name, table_name="orders")
        where = sa.text(f"{column} IS NOT NULL") if partial else None
        op.create_index(name, "orders", [column], postgresql_where=where)


def upgrade() -> None:
    _rebuild(partial=True)


def downgrade() -> None:
    _rebuild(partial=False)
