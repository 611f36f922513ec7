"""The sentence as the event rules read it: clauses, ties and agreement over pymorphy3, the
per-sentence views, the names a sentence offers, topic phrases, gapping dashes, groups."""
