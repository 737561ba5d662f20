"""On a SQLite file too, the indexes of orders.account_id and orders.assignee hold only the
orders that have one (partial indexes, WHERE ... IS NOT NULL), as 0008 made them on a team
database: an import leaves both NULL, and its bulk path (store/bulk_import.py) no longer drops
and builds them again, which took a scan of every order each. `account_id = x` (the foreign
key's ON DELETE SET NULL) and `assignee = x` still use them. Nothing changes on PostgreSQL.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = {"ix_orders_account_id": "account_id", "ix_orders_assignee": "assignee"}


def _rebuild(partial: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, column in COLUMNS.items():
        op.drop_index(name, table_name="orders")
        where = sa.text(f"{column} IS NOT NULL") if partial else None
        op.create_index(name, "orders", [column], sqlite_where=where)


def upgrade() -> None:
    _rebuild(partial=True)


def downgrade() -> None:
    _rebuild(partial=False)
