"""entity_docs indexed by (document, entity) instead of by document alone: the entities named
with an entity in its latest 500 documents (the entity page) are counted from the index,
without reading a table row per link (co-occurrence of a person in the 100,000-document
bench store: 3.8 -> 2.5 ms); deleting a document's links uses it as before

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entity_docs_doc_entity", "entity_docs", ["doc_id", "entity_id"])
    op.drop_index("ix_entity_docs_doc", table_name="entity_docs")


def downgrade() -> None:
    op.create_index("ix_entity_docs_doc", "entity_docs", ["doc_id"])
    op.drop_index("ix_entity_docs_doc_entity", table_name="entity_docs")
