"""what `khronika watch` last saw of each source, kept in the store: a feed's ETag and
Last-Modified, a file's modification time and size, so that a restarted watcher asks an
unchanged feed with its validators (one 304) and skips unchanged files instead of fetching
and reading everything again

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_state",
        sa.Column("source", sa.String(2000), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("watch_state")
