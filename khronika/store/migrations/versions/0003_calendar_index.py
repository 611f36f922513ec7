"""index for the calendar: planned events by date without a scan of every later event

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_chronicle_status_date_id", "chronicle_events", ["status", "date", "id"])
    op.drop_index("ix_chronicle_status_date", table_name="chronicle_events")


def downgrade() -> None:
    op.create_index("ix_chronicle_status_date", "chronicle_events", ["status", "date"])
    op.drop_index("ix_chronicle_status_date_id", table_name="chronicle_events")
