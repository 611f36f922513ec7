"""merging whose cost does not grow with the store: a match profile and a span class per
chronicle event (candidates found through the (type, span, date) index), the evidence
embedding stored with each report, and the near-duplicate LSH bands on disk

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chronicle_events") as b:
        b.add_column(sa.Column("profile", sa.JSON(), nullable=True))
        b.add_column(sa.Column("span", sa.Integer(), nullable=True))
    with op.batch_alter_table("doc_events") as b:
        b.add_column(sa.Column("embedding", sa.LargeBinary(), nullable=True))
    op.create_index("ix_chronicle_type_span_date", "chronicle_events", ["type", "span", "date"])
    op.create_table(
        "near_bands",
        sa.Column("bucket", sa.BigInteger(), primary_key=True),
        sa.Column("doc_id", sa.String(200), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_near_bands_doc", "near_bands", ["doc_id"])
    bind = op.get_bind()
    days = ("julianday(date_end) - julianday(date)" if bind.dialect.name == "sqlite"
            else "(date_end - date)")
    # the classes of khronika.store.candidates.span_class
    op.execute(f"UPDATE chronicle_events SET span = CASE WHEN date IS NULL THEN NULL "
               f"WHEN {days} <= 7 THEN 0 WHEN {days} <= 62 THEN 1 WHEN {days} <= 400 THEN 2 "
               f"ELSE 3 END")
    # bands of the signatures already stored (profiles are made when first needed)
    from khronika.ingest.dedupe import bands, from_bytes
    rows = bind.execute(sa.text("SELECT id, minhash FROM documents WHERE duplicate_of IS NULL "
                                "AND minhash IS NOT NULL")).fetchall()
    batch = []
    for doc_id, sig in rows:
        batch += [{"b": b, "d": doc_id} for b in bands(from_bytes(sig))]
        if len(batch) > 20_000:
            bind.execute(sa.text("INSERT INTO near_bands (bucket, doc_id) VALUES (:b, :d)"), batch)
            batch = []
    if batch:
        bind.execute(sa.text("INSERT INTO near_bands (bucket, doc_id) VALUES (:b, :d)"), batch)


def downgrade() -> None:
    op.drop_index("ix_near_bands_doc", table_name="near_bands")
    op.drop_table("near_bands")
    op.drop_index("ix_chronicle_type_span_date", table_name="chronicle_events")
    with op.batch_alter_table("doc_events") as b:
        b.drop_column("embedding")
    with op.batch_alter_table("chronicle_events") as b:
        b.drop_column("span")
        b.drop_column("profile")
