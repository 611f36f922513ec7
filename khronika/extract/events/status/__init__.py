"""Status as written: tense, mood, negation and condition, and the words that turn them (denials,
cancellations, bills, stances, 'без', memories)."""
