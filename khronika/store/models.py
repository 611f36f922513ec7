"""SQLAlchemy 2 models of the store. Every span keeps its offsets into its document's text, so
any stored quote, mention or event can be checked by slicing `documents.text`.

The chronicle (`chronicle_events`) is the cross-document layer: one row per real-world event,
fed by the per-document events (`doc_events.chronicle_id`), with its entities in a link table
(`chronicle_entities`, indexed by entity for "timeline of X") and its change log
(`chronicle_history`). Search lives outside the ORM (FTS5 on SQLite, tsvector on PostgreSQL):
see `khronika.store.search`.

A document's rows name it by `doc_id`: a foreign key on SQLite; on PostgreSQL a check per
statement with the same effect (migration 0013: 67 per-row checks a news document cost as
much server CPU as inserting the rows).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer,
                        LargeBinary, String, Text, text)
from sqlalchemy import text as sql_text   # for class bodies that have a `text` column
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def _names_event():
    """A many-to-one to the chronicle event a row names, never loaded nor assigned (the row
    sets its key column). It is there for the unit of work: without it SQLAlchemy orders a
    flush's inserts by class name, which puts `chronicle_entities` before `chronicle_events`,
    and a new event's links broke its foreign key unless the event was flushed first on its
    own (the `objects` argument of `Session.flush`, deprecated in SQLAlchemy 2.1)."""
    return relationship("ChronicleEventRow", lazy="raise")


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(8), default="uk")
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    duplicate_of: Mapped[str | None] = mapped_column(String(200), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[list | None] = mapped_column(JSON)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EntityRow(Base):
    __tablename__ = "entities"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_uk: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(8))
    wikidata: Mapped[str | None] = mapped_column(String(32))
    kb: Mapped[bool] = mapped_column(Boolean, default=False)
    search_key: Mapped[str | None] = mapped_column(Text)   # stems of the names, lowercased
    n_mentions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_documents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (Index("ix_entities_mentions_id", text("n_mentions DESC"), "id"),)


class EntityDocRow(Base):
    """An entity named in a document (with the document's date): entity pages read their
    latest documents and co-occurring entities here instead of scanning every mention."""
    __tablename__ = "entity_docs"
    entity_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                        primary_key=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    mentions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (Index("ix_entity_docs_entity_date_doc", "entity_id", "date", "doc_id"),
                      Index("ix_entity_docs_doc_entity", "doc_id", "entity_id"))


class MentionRow(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[str] = mapped_column(String(200), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    speaker: Mapped[str | None] = mapped_column(String(200), index=True)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    cue_text: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)       # the document's, for ordered scans

    __table_args__ = (Index("ix_quotes_speaker_date_doc", "speaker", sql_text("date DESC"), "doc_id",
                            "start"),
                      Index("ix_quotes_date_doc", sql_text("date DESC"), "doc_id", "start"))


class TimexRow(Base):
    __tablename__ = "timexes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    mod: Mapped[str | None] = mapped_column(String(16))


class DocEventRow(Base):
    __tablename__ = "doc_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    actors: Mapped[list] = mapped_column(JSON)
    recipients: Mapped[list] = mapped_column(JSON)
    place: Mapped[str | None] = mapped_column(String(200))
    time_value: Mapped[str | None] = mapped_column(String(64))
    time_mod: Mapped[str | None] = mapped_column(String(16))
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    trigger_text: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    extra: Mapped[dict | None] = mapped_column(JSON)     # further mentions etc.
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)   # evidence, float16
    chronicle_id: Mapped[str | None] = mapped_column(
        ForeignKey("chronicle_events.id", ondelete="SET NULL"), index=True)
    chronicle: Mapped[ChronicleEventRow | None] = _names_event()


class ChronicleEventRow(Base):
    __tablename__ = "chronicle_events"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[dt.date | None] = mapped_column(Date)          # start of its date range
    date_end: Mapped[dt.date | None] = mapped_column(Date)      # end of it (inclusive)
    time_value: Mapped[str | None] = mapped_column(String(64))
    time_mod: Mapped[str | None] = mapped_column(String(16))
    # how precisely the text dates it (day .. year, or none: then `date` is only where the
    # chronicle places it, from its reports' dates) and the date of its first report
    precision: Mapped[str | None] = mapped_column(String(8))
    reported: Mapped[dt.date | None] = mapped_column(Date)
    actors: Mapped[list] = mapped_column(JSON)
    recipients: Mapped[list] = mapped_column(JSON)
    place: Mapped[str | None] = mapped_column(String(200))
    confidence: Mapped[float] = mapped_column(Float)
    n_sources: Mapped[int] = mapped_column(Integer, default=1)
    summary: Mapped[str | None] = mapped_column(Text)
    first_doc: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    profile: Mapped[dict | None] = mapped_column(JSON)          # chronicle.profile.MatchProfile
    span: Mapped[int | None] = mapped_column(Integer)           # class of date_end - date

    __table_args__ = (
        Index("ix_chronicle_type_date_id", "type", "date", "id"),
        Index("ix_chronicle_type_span_date", "type", "span", "date"),
        Index("ix_chronicle_date_id", "date", "id"),
        Index("ix_chronicle_status_date_id", "status", "date", "id"),
        # the calendar's count and its events begun before the day asked (store/upcoming.py)
        Index("ix_chronicle_status_end_date", "status", "date_end", "date", "id"),
    )


class ChronicleCountRow(Base):
    """How many chronicle events a type has, dated or not (the timeline lists the dated):
    an unfiltered or type-only page's total without counting the table. Kept by triggers
    (migration 0015) on every insert, delete and change of type or date, whoever writes."""
    __tablename__ = "chronicle_counts"
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    dated: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ChronicleEntityCountRow(Base):
    """How many dated chronicle events name an entity (distinct (date, event) pairs of its
    links): its timeline's total without walking its links. Kept by triggers (migration
    0016) on every change of `chronicle_entities`, whoever writes."""
    __tablename__ = "chronicle_entity_counts"
    entity_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ChronicleEntityRow(Base):
    __tablename__ = "chronicle_entities"
    event_id: Mapped[str] = mapped_column(ForeignKey("chronicle_events.id", ondelete="CASCADE"),
                                          primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)   # actor, recipient, place
    date: Mapped[dt.date | None] = mapped_column(Date)                 # copy, for ordered scans
    event: Mapped[ChronicleEventRow] = _names_event()

    __table_args__ = (Index("ix_chronicle_entities_entity_date_event", "entity_id", "date", "event_id"),)


class ChronicleHistoryRow(Base):
    __tablename__ = "chronicle_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("chronicle_events.id", ondelete="CASCADE"),
                                          index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    event: Mapped[ChronicleEventRow] = _names_event()
    doc_id: Mapped[str | None] = mapped_column(String(200))
    change: Mapped[dict | None] = mapped_column(JSON)


class NearBandRow(Base):
    """One LSH band of an original document's MinHash: near copies share a bucket."""
    __tablename__ = "near_bands"
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                        primary_key=True)

    __table_args__ = (Index("ix_near_bands_doc", "doc_id"),)


class WatchStateRow(Base):
    """What `khronika watch` last saw of a source: a feed's validators (kind "feed") or a
    file's modification time and size (kind "file"), saved once the cycle that read it has
    stored its documents."""
    __tablename__ = "watch_state"
    source: Mapped[str] = mapped_column(String(2000), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    mtime_ns: Mapped[int | None] = mapped_column(BigInteger)
    size: Mapped[int | None] = mapped_column(BigInteger)
    seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
