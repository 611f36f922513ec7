"""PostgreSQL compresses the large values an ingest writes (a document's text, its search
body and tsvector) with lz4 instead of pglz, its default: pglz was about a tenth of the
server's CPU for a document (measured on 400 news documents: COPY of their search rows 2.4 ->
1.8 ms a document without the GIN index), lz4 makes them about as small. Values stored
before keep their compression (they are read either way). A server built without lz4 keeps
pglz. SQLite is unchanged.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
from sqlalchemy import text

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = (("documents", "text"), ("search_index", "body"), ("search_index", "tsv"))


def _compress(method: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    if method == "lz4" and not bind.execute(text(
            "SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
            "AND 'lz4' = ANY(enumvals))")).scalar():
        return                  # a server built without lz4
    for table, column in _COLUMNS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN "{column}" SET COMPRESSION {method}')


def upgrade() -> None:
    _compress("lz4")


def downgrade() -> None:
    _compress("default")
