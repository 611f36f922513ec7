"""A trigger word written in capitals inside a sentence in lower case is a name ("голова
обласної організації УДАРу", "партія «УДАР»", "операція «ЩИТ»"): a party, an operation or
a brand, not the strike, shield or help the word means. A heading set in capitals keeps its
words' senses ("РОСІЯ АТАКУВАЛА КИЇВ").
"""
from __future__ import annotations


def capitalised_name(toks, k: int, lo: int, hi: int) -> bool:
    """True for a word of three or more letters whose first two are capitals, in a sentence
    where most words are not."""
    text = toks[k].text
    if len(text) < 3 or not text[:2].isupper() or not text[:2].isalpha():
        return False
    words = [t.text for t in toks[lo:hi] if t.is_word and len(t.text) > 2]
    upper = sum(1 for w in words if w[:2].isupper())
    return upper * 2 < len(words)
