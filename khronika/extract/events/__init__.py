"""The events layer: PLOVER events with who acted, who received, place, time and status.

`extractor` drives it: `scan` reads each sentence's triggers into candidates, `build` makes one
candidate from its trigger, `context` holds what the rules know of the document. The rules live
in rooms, one sub-package each, by the question a rule answers (is the word a happening, who
took part, how it stands, when and where, was it told before), so that a change has one place
a newcomer finds at a glance:
- `grammar/`: The sentence as the event rules read it: clauses, ties and agreement over
  pymorphy3, the per-sentence views, the names a sentence offers, topic phrases, gapping dashes,
  groups.
- `lexicon/`: The trigger lexicon of lang/uk/events.yaml and the senses of its words: where a
  trigger word tells no happening (another field, a kind, a habit, a rule, a claim, a figure, a
  need, a capacity, a topic).
- `triggers/`: Finding triggers and their conditions (what a trigger needs and governs), and how
  the triggers of one sentence make candidates: coordinated predicates, splits, gapped repeats,
  headings, whether the document is a report at all.
- `arguments/`: Who acts and who receives: the clause's roles by case and preposition, subjects
  told elsewhere, pronouns, the speaker and the states and parties names stand for, and the side
  rules of each type.
- `status/`: Status as written: tense, mood, negation and condition, and the words that turn
  them (denials, cancellations, bills, stances, 'без', memories).
- `time_place/`: When and where: the place and the time of the clause, datelines and heading
  lines, the time a story lends the sentences after it, the author's stated whereabouts.
- `merging/`: One event per happening: merging the candidates and their confidence, and a
  happening named again (by its noun, a frame, a reference, a host's welcome, a next meeting, an
  instance, a support of one's own act).
"""
from .extractor import EventExtractor, EventsComponent, extract_events

__all__ = ["EventExtractor", "EventsComponent", "extract_events"]
