"""Cross-document event merging: one chronicle event per real happening, with its history."""
from .merge import (ChronicleEvent, EventRecord, absorb, best_match, candidate_window,
                    merge_records, new_event, records_from_output, similarity,
                    similarity_bounds)
from .timerange import time_range, value_range

__all__ = ["ChronicleEvent", "EventRecord", "absorb", "best_match", "candidate_window",
           "merge_records", "new_event", "records_from_output", "similarity", "similarity_bounds",
           "time_range",
           "value_range"]
