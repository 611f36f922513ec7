"""The events layer: PLOVER events with who acted, who received, place, time and status.

Modules: `lexicon` (the trigger lexicon of `lang/uk/events.yaml`, by lemma), `triggers`
(sentence view, lookup and trigger conditions), `arguments` (who acts and who receives, from
the clause's grammar), `names` (the mentions and refs a sentence offers), `clauses` (the
clause, ties, coordination and agreement they are read from), `place_time` (where and when),
`states` (states and parties from the knowledge base), `status` (tense, mood, negation,
condition), `scan` (each sentence's triggers into candidates), `build` (one candidate from its
trigger), `speaker` (the first person: speaker and author), `reporters` (who tells of a
happening takes no part), `sides` (the adversary, targets, passives, names that are no party),
`partners` (who else took part), `splits` (one trigger, several events), `context` (what is
known of the document being read), `merging` (one event per happening and its confidence),
`greeted_visits` (a host's welcome is the visit told), `grounding` (a text that is no report
of public affairs keeps only its grounded events),
`extractor` (the pipeline component).
"""
from .extractor import EventExtractor, EventsComponent, extract_events

__all__ = ["EventExtractor", "EventsComponent", "extract_events"]
