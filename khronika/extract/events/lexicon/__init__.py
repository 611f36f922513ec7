"""The trigger lexicon of lang/uk/events.yaml and the senses of its words: where a trigger word
tells no happening (another field, a kind, a habit, a rule, a claim, a figure, a need, a
capacity, a topic)."""
