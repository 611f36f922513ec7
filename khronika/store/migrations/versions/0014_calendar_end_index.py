"""index for the calendar: announced events by the end of their date range

The calendar lists announced events whose range reaches a day; counting them and finding those
begun before the day walked every announced event before it (store/upcoming.py).

Revision ID: 0014
Revises: 0013
"""
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_chronicle_status_end_date", "chronicle_events",
                    ["status", "date_end", "date", "id"])


def downgrade() -> None:
    op.drop_index("ix_chronicle_status_end_date", table_name="chronicle_events")
