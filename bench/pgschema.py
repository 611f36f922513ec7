"""A throwaway PostgreSQL schema per benchmark run, so runs never meet each other's rows and
leave nothing behind in the database they were pointed at."""
from __future__ import annotations

import uuid
from typing import Callable


def pg_schema(url: str) -> tuple[str, Callable[[], None], str]:
    """(url whose search_path is a new schema, drop() that removes it, the schema's name)."""
    import sqlalchemy as sa
    from khronika.store.db import normalise_url
    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(normalise_url(url))
    with admin.begin() as c:
        c.execute(sa.text(f"CREATE SCHEMA {schema}"))

    def drop():
        with admin.begin() as c:
            c.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}", drop, schema
