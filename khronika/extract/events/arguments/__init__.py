"""Who acts and who receives: the clause's roles by case and preposition, subjects told elsewhere,
pronouns, the speaker and the states and parties names stand for, and the side rules of each
type."""
