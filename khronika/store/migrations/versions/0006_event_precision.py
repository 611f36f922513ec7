"""keep how precisely each chronicle event's text dates it, and the date of its first report

`precision` (day, week, month, quarter, half, season, year, none) comes from the event's
TIMEX3 value (`time_value`, `time_mod` were already kept): a month stays a month when shown or
exported, and an event whose text gives no date (`none`) is never shown on the day the
chronicle places it by. `reported` is the publication date of its first report, what such an
event can honestly be dated by.

Revision ID: 0006
Revises: 0005
"""
import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_PATTERNS = (("day", r"^\d{4}-\d{2}-\d{2}"), ("week", r"^\d{4}-W\d{1,2}"), ("month", r"^\d{4}-\d{2}$"),
             ("quarter", r"^\d{4}-Q[1-4]$"), ("half", r"^\d{4}-H[12]$"),
             ("season", r"^\d{4}-(SP|SU|FA|WI)$"), ("year", r"^\d{4}$"))


def _precision(value):
    if not value:
        return "none"
    for name, rx in _PATTERNS:
        if re.match(rx, value):
            return name
    return "none"


def upgrade() -> None:
    with op.batch_alter_table("chronicle_events") as batch:
        batch.add_column(sa.Column("precision", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("reported", sa.Date(), nullable=True))
    bind = op.get_bind()
    events = sa.table("chronicle_events", sa.column("id", sa.String), sa.column("time_value", sa.String),
                      sa.column("precision", sa.String))
    rows = bind.execute(sa.select(events.c.id, events.c.time_value)).all()
    by_precision: dict[str, list[str]] = {}
    for event_id, value in rows:
        by_precision.setdefault(_precision(value), []).append(event_id)
    for name, ids in by_precision.items():
        for i in range(0, len(ids), 500):
            bind.execute(events.update().where(events.c.id.in_(ids[i:i + 500])).values(precision=name))
    op.execute("UPDATE chronicle_events SET reported = (SELECT documents.date FROM documents "
               "WHERE documents.id = chronicle_events.first_doc)")


def downgrade() -> None:
    with op.batch_alter_table("chronicle_events") as batch:
        batch.drop_column("reported")
        batch.drop_column("precision")
