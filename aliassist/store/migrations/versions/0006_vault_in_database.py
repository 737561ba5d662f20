"""Evidence kept in the database: on a team database the evidence vault is two tables, so a
team needs only the server. vault_blobs names each content by its SHA-256 (stored once);
vault_chunks holds its bytes in pieces of up to 1 MiB, in order, each with its own SHA-256 so
that `verify-data` can name a damaged piece. On SQLite the tables are made too and stay empty
(the vault is the folder beside the database file).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: 64 bits on PostgreSQL, as schema.Whole
WHOLE = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "vault_blobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", WHOLE, nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("stored_at", WHOLE, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vault_blobs")),
        sa.UniqueConstraint("sha256", name=op.f("uq_vault_blobs_sha256")),
    )
    op.create_table(
        "vault_chunks",
        sa.Column("blob_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["blob_id"], ["vault_blobs.id"], ondelete="CASCADE",
                                name=op.f("fk_vault_chunks_blob_id_vault_blobs")),
        sa.PrimaryKeyConstraint("blob_id", "seq", name=op.f("pk_vault_chunks")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE vault_chunks ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table("vault_chunks")
    op.drop_table("vault_blobs")
