"""A model's place or body span that runs past a proper name into a lower-case prepositional
phrase: the remit of an envoy's office ("посланець ОБСЄ з питань ...") or the weapon of a
strike ("по Сумщині з важкої артилерії") is no part of the name, while a body's head noun
keeps its own remit (sentences written for these tests; the statistical model is replaced
by a stand-in that tags the given strings)."""
import pytest

from khronika.lang.uk import load
from ner_double import analyse_with_spans
from entity_helpers import pipe  # noqa: F401  (a fixture)


def test_tail_prepositions_load():
    assert {"з", "по", "у"} <= set(load("body_names")["name_tail_prepositions"])


@pytest.mark.parametrize("text, span, typ, name", [
    ("Нардепи поспілкувалися з представником Ради Європи з питань міграції Іваном Коваленком.",
     "Ради Європи з питань міграції", "ORG", "Ради Європи"),
    ("Посланниця ОБСЄ з питань гендерної рівності Марія Гончар виступила в Одесі.",
     "ОБСЄ з питань гендерної рівності", "ORG", "ОБСЄ"),
    ("Спецпосланець ЄС з питань санкцій Андрій Мельничук прибув до Ужгорода.",
     "ЄС з питань санкцій", "ORG", "ЄС"),
    ("Речниця НАТО з питань оборони Ірина Шевчук прокоментувала навчання.",
     "НАТО з питань оборони", "ORG", "НАТО"),
    ("Сьогодні представниця Державного департаменту США з питань санкцій прибула до Києва.",
     "Державного департаменту США з питань санкцій", "ORG", "Державного департаменту США"),
    ("Окупанти гатили по Сумщині з важкої артилерії.", "Сумщині з важкої артилерії", "LOC", "Сумщині"),
    ("Росіяни накрили Бериславщину з мінометів та дронів.",
     "Бериславщину з мінометів та дронів", "LOC", "Бериславщину"),
])
def test_a_span_ends_before_a_lower_case_phrase_after_a_proper_name(pipe, text, span, typ, name):
    doc = analyse_with_spans(pipe, text, "2024-05-01", [(span, typ)])
    got = [m.text for m in doc.mentions if m.type in ("ORG", "LOC")]
    assert name in got and span not in got


@pytest.mark.parametrize("text, span", [
    ("Нову програму оголосило Міністерство з питань ветеранів у вівторок.", "Міністерство з питань ветеранів"),
    ("Комісія з питань етики Сенату провела засідання.", "Комісія з питань етики Сенату"),
])
def test_a_head_noun_keeps_its_remit(pipe, text, span):
    doc = analyse_with_spans(pipe, text, "2024-05-01", [(span, "ORG")])
    assert any(m.text.startswith(span.split()[0]) and " з питань " in m.text for m in doc.mentions)


def test_a_capitalised_word_after_the_preposition_goes_on_with_the_name(pipe):
    text = "Делегація прилетіла до Франкфурта на Майні ввечері."
    doc = analyse_with_spans(pipe, text, "2024-05-01", [("Франкфурта на Майні", "LOC")])
    assert "Франкфурта на Майні" in [m.text for m in doc.mentions]
