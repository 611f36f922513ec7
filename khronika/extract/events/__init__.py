"""The events layer: PLOVER events with who acted, who received, place, time and status.

Modules: `lexicon` (the trigger lexicon of `lang/uk/events.yaml`, by lemma), `triggers`
(sentence view, lookup and trigger conditions), `arguments` (participants from the clause's
grammar, place, time), `status` (tense, mood, negation, condition), `merging` (one event per
happening and its confidence), `extractor` (the pipeline component).
"""
from .extractor import EventExtractor, EventsComponent, extract_events

__all__ = ["EventExtractor", "EventsComponent", "extract_events"]
