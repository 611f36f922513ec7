"""chronicle events counted per type and per dated/undated, kept by triggers

A page of the timeline or of the event list says how many events its filter holds. Without
a filter (or with only a type) that was a count(*) over the whole table, along its (date,
id) or (type, date, id) index: 21 ms of CPU per page on 1,000,000 events in SQLite, more
than reading the page, and growing with the archive. `chronicle_counts` holds those counts
(type, dated: whether the event has a date, which the timeline lists; n), so such a total
is a sum over at most 32 rows.

The counts are kept by the database itself, so that every way rows reach the table (the
writer's ORM, a bulk COPY, a benchmark's raw INSERT, a delete) keeps them right: on SQLite
a trigger per row (an upsert of one small row, in this process); on PostgreSQL a trigger
per statement over its transition tables (one upsert per type a statement touched), the
functions run with the search_path the migration ran with, as in 0013. Every writer of
chronicle events holds the store's write lock for its transaction, so no two transactions
update these rows in a different order. Rows whose count fell to 0 stay (a sum ignores
them). The existing events are counted once here.

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER chronicle_counts_insert AFTER INSERT ON chronicle_events BEGIN
    INSERT INTO chronicle_counts (type, dated, n) VALUES (NEW.type, NEW.date IS NOT NULL, 1)
    ON CONFLICT (type, dated) DO UPDATE SET n = n + 1;
END""",
    """CREATE TRIGGER chronicle_counts_delete AFTER DELETE ON chronicle_events BEGIN
    UPDATE chronicle_counts SET n = n - 1 WHERE type = OLD.type AND dated = (OLD.date IS NOT NULL);
END""",
    """CREATE TRIGGER chronicle_counts_update AFTER UPDATE OF type, date ON chronicle_events
WHEN OLD.type IS NOT NEW.type OR (OLD.date IS NULL) <> (NEW.date IS NULL) BEGIN
    UPDATE chronicle_counts SET n = n - 1 WHERE type = OLD.type AND dated = (OLD.date IS NOT NULL);
    INSERT INTO chronicle_counts (type, dated, n) VALUES (NEW.type, NEW.date IS NOT NULL, 1)
    ON CONFLICT (type, dated) DO UPDATE SET n = n + 1;
END""",
)

# the change a statement made, per (type, dated): +1 for each new row, -1 for each old one
_PG_DELTA = {
    "INSERT": "SELECT type, date IS NOT NULL AS dated, 1 AS d FROM new_rows",
    "DELETE": "SELECT type, date IS NOT NULL AS dated, -1 AS d FROM old_rows",
    "UPDATE": "SELECT type, date IS NOT NULL AS dated, 1 AS d FROM new_rows UNION ALL "
              "SELECT type, date IS NOT NULL, -1 FROM old_rows",
}

_PG_FUNCTION = """
CREATE FUNCTION khronika_count_events_{op}() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO chronicle_counts AS c (type, dated, n)
    SELECT type, dated, sum(d) FROM ({delta}) AS x
    GROUP BY type, dated HAVING sum(d) <> 0 ORDER BY type, dated
    ON CONFLICT (type, dated) DO UPDATE SET n = c.n + EXCLUDED.n;
    RETURN NULL;
END $$
"""

_PG_REFERENCING = {"INSERT": "NEW TABLE AS new_rows", "DELETE": "OLD TABLE AS old_rows",
                   "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows"}


def upgrade() -> None:
    op.create_table(
        "chronicle_counts",
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("dated", sa.Boolean(), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.execute("INSERT INTO chronicle_counts (type, dated, n) "
               "SELECT type, date IS NOT NULL, count(*) FROM chronicle_events "
               "GROUP BY type, date IS NOT NULL")
    if op.get_bind().dialect.name == "postgresql":
        for kind, delta in _PG_DELTA.items():
            name = kind.lower()
            op.execute(_PG_FUNCTION.format(op=name, delta=delta))
            op.execute(f"CREATE TRIGGER chronicle_counts_{name} AFTER {kind} ON chronicle_events "
                       f"REFERENCING {_PG_REFERENCING[kind]} FOR EACH STATEMENT "
                       f"EXECUTE FUNCTION khronika_count_events_{name}()")
    else:
        for trigger in _SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    for kind in ("insert", "delete", "update"):
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER chronicle_counts_{kind} ON chronicle_events")
            op.execute(f"DROP FUNCTION khronika_count_events_{kind}()")
        else:
            op.execute(f"DROP TRIGGER chronicle_counts_{kind}")
    op.drop_table("chronicle_counts")
