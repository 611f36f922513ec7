"""The store uses SQLAlchemy as version 2 asks: storing documents whose reports make new
chronicle events and join existing ones raises no SQLAlchemy deprecation warning (the
`objects` argument of `Session.flush` was one, at every document)."""
import datetime as dt
import warnings

from sqlalchemy import func, select
from sqlalchemy.exc import SADeprecationWarning

from test_store_support import DATA, sqlite_store  # noqa: F401  (fixture)


def test_storing_and_merging_raise_no_sqlalchemy_deprecation(sqlite_store):  # noqa: F811
    from khronika.ingest.readers import RawDoc
    from khronika.store.models import ChronicleEntityRow, ChronicleEventRow, DocEventRow
    with warnings.catch_warnings():
        warnings.simplefilter("error", SADeprecationWarning)
        for name, day in (("talks", 4), ("talks-followup", 5)):
            text = (DATA / "folder" / f"{name}.txt").read_text(encoding="utf-8")
            sqlite_store.add_document(RawDoc(text=text, id=name, date=dt.date(2025, 12, day)))
    s = sqlite_store.session()
    # new events with their links were written (the flush the warning came from), and a
    # report of the second document joined an event of the first
    assert s.scalar(select(func.count()).select_from(ChronicleEntityRow)) > 0
    assert s.scalar(select(func.max(ChronicleEventRow.n_sources))) == 2
    assert s.scalar(select(func.count()).select_from(DocEventRow)
                    .where(DocEventRow.chronicle_id.is_(None))) == 0
    s.close()
