"""Finding triggers and their conditions (what a trigger needs and governs), and how the triggers
of one sentence make candidates: coordinated predicates, splits, gapped repeats, headings,
whether the document is a report at all."""
