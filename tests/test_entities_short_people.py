"""People named in short forms: a surname alone after a verb that merely begins like a street
word ("провели", "провів", "вулканологи" are not "пров." or "вул."), which took the street's
patron, a namesake out of office, for the person in office (texts written for these tests; the
statistical model is replaced by a stand-in that tags nothing)."""
import pytest

from khronika.pipeline import Pipeline
from khronika.settings import Settings
from ner_double import analyse_with_spans


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(pipeline=("segment", "morph", "foreign", "entities")))


def linked(doc, surface):
    return [m.entity for m in doc.mentions if m.text == surface]


@pytest.mark.parametrize("text", [
    "Зустріч провели Кулеба і Боррель у Брюсселі.",
    "Минулого тижня переговори провів Кулеба.",
    "Провокацію на кордоні засудив Кулеба.",
    "Провідні дипломати, серед них Кулеба, підписали звернення.",
])
def test_a_verb_beginning_like_a_street_word_leaves_the_person_in_office(pipe, text):
    # in 2021 only the foreign minister of that surname holds an office in the KB
    doc = analyse_with_spans(pipe, text, "2021-06-15")
    assert linked(doc, "Кулеба") == ["dmytro-kuleba"]
