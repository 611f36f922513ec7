"""Document-level consistency of the NER labels (`khronika.ner.consistency`): a name tagged
in one sentence is tagged where the same document repeats it untagged.

Sentences here are written for the tests (not taken from any corpus)."""
from __future__ import annotations

from khronika.document import Document
from khronika.extract.segment import segment
from khronika.ner import load_ner
from khronika.ner.consistency import propagate


def _words(text: str) -> list[str]:
    return text.split()


def test_a_name_tagged_once_is_tagged_in_another_case_form():
    sents = [_words("Голова ради Остап Загорулько відкрив засідання ."),
             _words("Після перерви Загорулька ніхто не бачив .")]
    labels = [["O", "O", "B-PER", "L-PER", "O", "O", "O"], ["O"] * 7]
    out = propagate(sents, labels)
    assert out[0] == labels[0]                          # what the model gave stays
    assert out[1] == ["O", "O", "U-PER", "O", "O", "O", "O"]   # the surname alone, genitive
    assert propagate(sents, labels, surnames=False)[1] == ["O"] * 7


def test_a_multiword_body_comes_back_whole_and_a_longer_run_is_left_alone():
    sents = [_words("Рішення ухвалила Рада Громади Вишнівки ще в травні ."),
             _words("Учора Рада Громади Вишнівки зібралася знову ."),
             _words("Учора Рада Громади Вишнівки Південної зібралася знову .")]
    labels = [["O", "O", "B-ORG", "I-ORG", "L-ORG", "O", "O", "O", "O"],
              ["O"] * 7, ["O"] * 8]
    out = propagate(sents, labels)
    assert out[1] == ["O", "B-ORG", "I-ORG", "L-ORG", "O", "O", "O"]
    assert out[2] == ["O"] * 8           # "… Вишнівки Південної" is a longer, other name


def test_a_tag_the_model_gave_is_never_changed_and_a_tie_fills_nothing():
    sents = [_words("Війська вийшли з Полісся ."), _words("Полісся подало позов ."),
             _words("У Поліссі тихо .")]
    labels = [["O", "O", "O", "U-LOC", "O"], ["U-ORG", "O", "O", "O"], ["O"] * 4]
    out = propagate(sents, labels)
    assert out[:2] == labels[:2]
    assert out[2] == ["O"] * 4           # LOC once, ORG once: no vote


def test_lower_case_words_are_never_filled():
    sents = [_words("Директор Марко Вовк прийшов ."), _words("Сірий вовк вийшов з лісу .")]
    labels = [["O", "B-PER", "L-PER", "O", "O"], ["O"] * 6]
    assert propagate(sents, labels)[1] == ["O"] * 6


def test_the_shipped_model_applies_it_to_a_whole_document(monkeypatch):
    model = load_ner()
    d = Document(text="Посол Остап Загорулько прибув до міста. Загорулька зустріли квітами.")
    segment(d)
    calls = []

    def tag_words(words, ctx=None, matches=None):     # the CRF finds the name only once
        calls.append(words)
        return ["O", "B-PER", "L-PER"] + ["O"] * (len(words) - 3) if len(calls) == 1 \
            else ["O"] * len(words)

    monkeypatch.setattr(model, "tag_words", tag_words)
    found = {(d.text[s:e], t) for s, e, t in model.predict(d)}
    assert found == {("Остап Загорулько", "PER"), ("Загорулька", "PER")}
