"""entity pages from precomputed counts: mentions and documents per entity kept on the
entity, and one row per (entity, document) with the document's date for the latest
documents and the co-occurring entities

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entities") as b:
        b.add_column(sa.Column("n_mentions", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("n_documents", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_entities_mentions_id", "entities", [sa.text("n_mentions DESC"), "id"])
    op.create_table(
        "entity_docs",
        sa.Column("entity_id", sa.String(200), primary_key=True),
        sa.Column("doc_id", sa.String(200), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("mentions", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_entity_docs_entity_date_doc", "entity_docs", ["entity_id", "date", "doc_id"])
    op.create_index("ix_entity_docs_doc", "entity_docs", ["doc_id"])
    op.execute("INSERT INTO entity_docs (entity_id, doc_id, date, mentions) "
               "SELECT m.entity_id, m.doc_id, d.date, COUNT(*) FROM mentions m "
               "JOIN documents d ON d.id = m.doc_id GROUP BY m.entity_id, m.doc_id, d.date")
    op.execute("UPDATE entities SET "
               "n_mentions = COALESCE((SELECT SUM(mentions) FROM entity_docs x WHERE x.entity_id = entities.id), 0), "
               "n_documents = (SELECT COUNT(*) FROM entity_docs x WHERE x.entity_id = entities.id)")


def downgrade() -> None:
    op.drop_index("ix_entity_docs_doc", table_name="entity_docs")
    op.drop_index("ix_entity_docs_entity_date_doc", table_name="entity_docs")
    op.drop_table("entity_docs")
    op.drop_index("ix_entities_mentions_id", table_name="entities")
    with op.batch_alter_table("entities") as b:
        b.drop_column("n_documents")
        b.drop_column("n_mentions")
