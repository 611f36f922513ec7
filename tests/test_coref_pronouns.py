"""Third-person pronouns taken up across sentences: a possessive that opens a sentence ("За
його словами", "Його країна") goes on from the subject before, not from the person named
last. Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations


def analyzed(text: str, date: str = "2024-04-25"):
    from khronika.pipeline import analyze
    return analyze(text, date)


def test_his_words_after_thanks_are_the_thankers():
    doc = analyzed("Зеленський подякував Байдену за підтримку. За його словами, ця допомога посилить ППО.")
    assert [q.speaker for q in doc.quotes] == ["volodymyr-zelenskyy"]


def test_a_possessive_inside_a_sentence_still_takes_the_nearest_person():
    doc = analyzed("Зеленський зустрівся з Байденом і подякував йому за його рішення.")
    refs = [r.entity for r in doc.refs if r.text == "його"]
    assert refs == ["joe-biden"]
