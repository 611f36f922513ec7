"""indexes that serve the chronicle's ORDER BY date, id without a sort

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_chronicle_date_id", "chronicle_events", ["date", "id"])
    op.create_index("ix_chronicle_type_date_id", "chronicle_events", ["type", "date", "id"])
    op.create_index("ix_chronicle_entities_entity_date_event", "chronicle_entities",
                    ["entity_id", "date", "event_id"])
    op.drop_index("ix_chronicle_date", table_name="chronicle_events")
    op.drop_index("ix_chronicle_type_date", table_name="chronicle_events")
    op.drop_index("ix_chronicle_entities_entity_date", table_name="chronicle_entities")


def downgrade() -> None:
    op.create_index("ix_chronicle_entities_entity_date", "chronicle_entities", ["entity_id", "date"])
    op.create_index("ix_chronicle_type_date", "chronicle_events", ["type", "date"])
    op.create_index("ix_chronicle_date", "chronicle_events", ["date"])
    op.drop_index("ix_chronicle_entities_entity_date_event", table_name="chronicle_entities")
    op.drop_index("ix_chronicle_type_date_id", table_name="chronicle_events")
    op.drop_index("ix_chronicle_date_id", table_name="chronicle_events")
