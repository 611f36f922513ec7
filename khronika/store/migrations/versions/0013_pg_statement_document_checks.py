"""PostgreSQL: a document's rows (mentions, quotes, time expressions, per-document events,
entity links, near-duplicate bands) still name a stored document, and still go with it, but
the check runs once per statement instead of once per row.

A foreign key checks each inserted row on its own (a trigger per row, a lookup and a lock of
the document): 67 checks for an average news document, each costing about as much server CPU
as inserting the row, while the rows of a batch name a few dozen documents. Here one trigger
per statement looks at the statement's new rows together (a transition table): the documents
they name are locked as a foreign key locks them (FOR KEY SHARE) and counted, and a row
naming a missing document fails the statement with SQLSTATE 23503, as the foreign key did.
Deleting documents deletes their rows (one statement per table for the whole delete, as ON
DELETE CASCADE did row by row); changing the id of a document that has rows is refused.
Updating a row's `doc_id` is checked per row, only when it changes (an UPDATE of other
columns, such as an event's chronicle id, costs nothing more). The functions run with the
search_path the migration ran with, so a store in a schema of its own checks its own tables.

Measured on a 2-core machine under load, 134,000 rows naming 2,000 documents: no check
1.22 s, a foreign key 3.05 s, the statement check 1.63 s. SQLite keeps its foreign keys (its
checks run in this process and cost little).

Revision ID: 0013
Revises: 0012
"""
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("doc_events", "mentions", "quotes", "timexes", "entity_docs", "near_bands")

_ROWS_HAVE_DOCUMENTS = """
CREATE FUNCTION khronika_rows_have_documents() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE wanted bigint; found bigint;
BEGIN
    SELECT count(DISTINCT doc_id) INTO wanted FROM new_rows;
    IF wanted = 0 THEN
        RETURN NULL;
    END IF;
    SELECT count(*) INTO found FROM (
        SELECT 1 FROM documents d WHERE d.id IN (SELECT doc_id FROM new_rows)
        FOR KEY SHARE OF d) AS locked;
    IF found < wanted THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('insert or update on table "%s" names a document that is not stored',
                             TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$
"""

_ROW_HAS_DOCUMENT = """
CREATE FUNCTION khronika_row_has_document() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM 1 FROM documents d WHERE d.id = NEW.doc_id FOR KEY SHARE OF d;
    IF NOT FOUND THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('update on table "%s" names a document that is not stored',
                             TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$
"""

_DOCUMENTS_GONE = """
CREATE FUNCTION khronika_documents_gone() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
{deletes}
    RETURN NULL;
END $$
"""

_DOCUMENT_REKEYED = """
CREATE FUNCTION khronika_document_rekeyed() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF {exists} THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('document %L still has rows: its id cannot change', OLD.id);
    END IF;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.drop_constraint(f"{table}_doc_id_fkey", table, type_="foreignkey")
    op.execute(_ROWS_HAVE_DOCUMENTS)
    op.execute(_ROW_HAS_DOCUMENT)
    op.execute(_DOCUMENTS_GONE.format(deletes="\n".join(
        f"    DELETE FROM {t} WHERE doc_id IN (SELECT id FROM gone);" for t in TABLES)))
    op.execute(_DOCUMENT_REKEYED.format(exists=" OR ".join(
        f"EXISTS (SELECT 1 FROM {t} WHERE doc_id = OLD.id)" for t in TABLES)))
    for table in TABLES:
        op.execute(f"CREATE TRIGGER {table}_document_stored AFTER INSERT ON {table} "
                   f"REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
                   f"EXECUTE FUNCTION khronika_rows_have_documents()")
        op.execute(f"CREATE TRIGGER {table}_document_changed AFTER UPDATE OF doc_id ON {table} "
                   f"FOR EACH ROW WHEN (OLD.doc_id IS DISTINCT FROM NEW.doc_id) "
                   f"EXECUTE FUNCTION khronika_row_has_document()")
    op.execute("CREATE TRIGGER documents_rows_gone AFTER DELETE ON documents "
               "REFERENCING OLD TABLE AS gone FOR EACH STATEMENT "
               "EXECUTE FUNCTION khronika_documents_gone()")
    op.execute("CREATE TRIGGER documents_rekeyed BEFORE UPDATE OF id ON documents "
               "FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) "
               "EXECUTE FUNCTION khronika_document_rekeyed()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER documents_rekeyed ON documents")
    op.execute("DROP TRIGGER documents_rows_gone ON documents")
    for table in TABLES:
        op.execute(f"DROP TRIGGER {table}_document_changed ON {table}")
        op.execute(f"DROP TRIGGER {table}_document_stored ON {table}")
    for fn in ("khronika_document_rekeyed", "khronika_documents_gone",
               "khronika_row_has_document", "khronika_rows_have_documents"):
        op.execute(f"DROP FUNCTION {fn}()")
    for table in TABLES:
        op.create_foreign_key(f"{table}_doc_id_fkey", table, "documents", ["doc_id"], ["id"],
                              ondelete="CASCADE")
