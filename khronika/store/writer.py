"""Writing one analysed document, as the ingest (`writing`), the queries and the tests reach
it: its layers' rows (`layer_rows`), its entities (`entity_rows`) and its events merged into
the chronicle (`chronicle_merge`). Only names: the three parts live in modules named for what
they hold, and this one keeps the place callers import them from."""
from __future__ import annotations

from .chronicle_merge import (CANDIDATE_CUT, CANDIDATE_ROWS, MERGE_THRESHOLD, SPAN_DAYS,  # noqa: F401
                              PROFILE_CACHE, _PROFILE_COLUMNS, _all_records, _best, _cached,
                              _candidate_queries, _candidates, _chronicle, _compatible_types,
                              _light, _light_kept, _load_wording, _profile, _profile_text, _profiles, _ranked,
                              _record, _save_event, chronicle_id, decided, event_json,
                              merge_events, now, rebuild_after_delete, span_class)
from .entity_rows import (_ENTITY_COLUMNS, _entity_info, _entity_upsert, entity_info,  # noqa: F401
                          forget_entity_docs, upsert_entities)
from .layer_rows import Later, _put, _write_rows, write_layers  # noqa: F401
