"""an entity's dated chronicle events counted, kept by triggers

An entity's timeline page says how many dated events name it: a count of the distinct (date,
event) pairs of its links (an entity in two roles of one event links it twice), walked along
the (entity, date, event) index. Its cost grows with the entity: 3 ms of CPU for an entity in
15,843 events of 1,000,000 in SQLite, and a country named in a fifth of an archive's events
costs a page 20 times that. `chronicle_entity_counts` (entity_id, n) holds that count.

A link adds a pair when no other link of the entity has its date and event; removing one takes
the pair away when no such link is left. On SQLite a trigger per row does that (the test is a
lookup on the (entity, date, event) index); on PostgreSQL a trigger per statement over its
transition tables: a pair is new when all the table's links with its key are the statement's
new rows, gone when none is left; an UPDATE of links (the writer never makes one: it deletes
and inserts) counts its entities again. Every writer of links holds the store's write lock
for its transaction. The existing links are counted once here.

Revision ID: 0016
Revises: 0015
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_KEY = "c.entity_id = {r}.entity_id AND c.date = {r}.date AND c.event_id = {r}.event_id"
_CHANGED = ("(OLD.entity_id IS NOT NEW.entity_id OR OLD.date IS NOT NEW.date "
            "OR OLD.event_id IS NOT NEW.event_id)")
_ADD = """INSERT INTO chronicle_entity_counts (entity_id, n) VALUES (NEW.entity_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET n = n + 1;"""
_TAKE = "UPDATE chronicle_entity_counts SET n = n - 1 WHERE entity_id = OLD.entity_id;"

_SQLITE_TRIGGERS = {
    "insert": f"""AFTER INSERT ON chronicle_entities
WHEN NEW.date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM chronicle_entities c
    WHERE {_KEY.format(r="NEW")} AND c.role <> NEW.role)
BEGIN {_ADD} END""",
    "delete": f"""AFTER DELETE ON chronicle_entities
WHEN OLD.date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM chronicle_entities c WHERE {_KEY.format(r="OLD")})
BEGIN {_TAKE} END""",
    "update_old": f"""AFTER UPDATE OF entity_id, date, event_id ON chronicle_entities
WHEN OLD.date IS NOT NULL AND {_CHANGED}
    AND NOT EXISTS (SELECT 1 FROM chronicle_entities c WHERE {_KEY.format(r="OLD")})
BEGIN {_TAKE} END""",
    "update_new": f"""AFTER UPDATE OF entity_id, date, event_id ON chronicle_entities
WHEN NEW.date IS NOT NULL AND {_CHANGED} AND NOT EXISTS (SELECT 1 FROM chronicle_entities c
    WHERE {_KEY.format(r="NEW")} AND c.role <> NEW.role)
BEGIN {_ADD} END""",
}

_UPSERT = """INSERT INTO chronicle_entity_counts AS k (entity_id, n)
    {select}
    ON CONFLICT (entity_id) DO UPDATE SET n = {value};"""

_PG_BODY = {
    # pairs all of whose links in the table are this statement's new rows
    "insert": _UPSERT.format(value="k.n + EXCLUDED.n", select=f"""SELECT entity_id, count(*) FROM (
        SELECT entity_id, date, event_id, count(*) AS added FROM new_rows WHERE date IS NOT NULL
        GROUP BY entity_id, date, event_id) AS p
    WHERE (SELECT count(*) FROM chronicle_entities c WHERE {_KEY.format(r="p")}) = p.added
    GROUP BY entity_id ORDER BY entity_id"""),
    # pairs of which no link is left
    "delete": _UPSERT.format(value="k.n + EXCLUDED.n", select=f"""SELECT entity_id, -count(*) FROM (
        SELECT DISTINCT entity_id, date, event_id FROM old_rows WHERE date IS NOT NULL) AS p
    WHERE NOT EXISTS (SELECT 1 FROM chronicle_entities c WHERE {_KEY.format(r="p")})
    GROUP BY entity_id ORDER BY entity_id"""),
    # the entities an update touched, counted again
    "update": _UPSERT.format(value="EXCLUDED.n", select="""SELECT e.entity_id, (
        SELECT count(*) FROM (SELECT DISTINCT c.date, c.event_id FROM chronicle_entities c
                              WHERE c.entity_id = e.entity_id AND c.date IS NOT NULL) AS d)
    FROM (SELECT entity_id FROM old_rows UNION SELECT entity_id FROM new_rows) AS e
    ORDER BY e.entity_id"""),
}

_PG_FUNCTION = """
CREATE FUNCTION khronika_count_entity_events_{op}() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    {body}
    RETURN NULL;
END $$
"""

_PG_REFERENCING = {"insert": "NEW TABLE AS new_rows", "delete": "OLD TABLE AS old_rows",
                   "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows"}


def upgrade() -> None:
    op.create_table(
        "chronicle_entity_counts",
        sa.Column("entity_id", sa.String(200), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.execute("INSERT INTO chronicle_entity_counts (entity_id, n) "
               "SELECT entity_id, count(*) FROM (SELECT DISTINCT entity_id, date, event_id "
               "FROM chronicle_entities WHERE date IS NOT NULL) AS pairs GROUP BY entity_id")
    if op.get_bind().dialect.name == "postgresql":
        for kind, body in _PG_BODY.items():
            op.execute(_PG_FUNCTION.format(op=kind, body=body))
            op.execute(f"CREATE TRIGGER chronicle_entity_counts_{kind} AFTER {kind.upper()} "
                       f"ON chronicle_entities REFERENCING {_PG_REFERENCING[kind]} "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION khronika_count_entity_events_{kind}()")
    else:
        for name, trigger in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER chronicle_entity_counts_{name} {trigger}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for kind in _PG_BODY:
            op.execute(f"DROP TRIGGER chronicle_entity_counts_{kind} ON chronicle_entities")
            op.execute(f"DROP FUNCTION khronika_count_entity_events_{kind}()")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER chronicle_entity_counts_{name}")
    op.drop_table("chronicle_entity_counts")
