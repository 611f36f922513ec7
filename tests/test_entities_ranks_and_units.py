"""People in award lists and reports from the front: a common name with a patronymic, a rank
before an unknown surname, the unit a commander leads named after him (texts written for these
tests; the statistical model is replaced by a stand-in that tags the given strings)."""
import pytest

from ner_double import analyse_with_spans
from entity_helpers import found, pipe  # noqa: F401  (pipe: a fixture)


@pytest.mark.parametrize("text", [
    "Присвоїти звання полковнику юстиції Мельнику Сергію Миколайовичу, начальнику інституту.",
    "Мельнику Сергію Миколайовичу присвоєно звання генерала.",
])
def test_a_common_name_with_a_patronymic_is_not_the_kb_namesake_out_of_office(pipe, text):
    # the KB's Serhii Melnyk (a deputy minister, no start date known) is one of the name's
    # many bearers: the man of the award list is named on his own, in the nominative
    span = "Мельнику Сергію Миколайовичу"
    doc = analyse_with_spans(pipe, text, "2022-03-04", [(span, "PER")])
    assert found(doc) == [(span, "serhii-melnyk-local", "Мельник Сергій Миколайович")]


def test_a_common_name_with_a_patronymic_in_office_on_the_date_is_the_kb_person(pipe):
    text = "Нагородити орденом Лисенка Олександра Миколайовича, міського голову."
    doc = analyse_with_spans(pipe, text, "2020-03-04")
    assert [e for _, e, _ in found(doc)] == ["oleksandr-lysenko"]


@pytest.mark.parametrize("text, span, name", [
    ("Генерал Міхац провів нараду зі штабом.", "Генерал Міхац", "Міхац"),
    ("Полковник Петручук доповів про ситуацію.", "Полковник Петручук", "Петручук"),
])
def test_a_rank_before_an_unknown_surname_is_no_part_of_the_name(pipe, text, span, name):
    doc = analyse_with_spans(pipe, text, "2022-03-04", [(span, "PER")])
    assert [(m.text, n) for m, n in [(m, doc.entities[m.entity].name_uk) for m in doc.mentions]] == [(name, name)]


@pytest.mark.parametrize("text", [
    "Доповідали командувачі: Мікац – ОК «Схід», Содоль – Морська піхота.",
    "Морська піхота утримує позиції під Маріуполем.",
    "Командувач Морської піхоти Юрій Содоль доповів про ситуацію.",
])
def test_the_marine_corps_by_its_short_name_after_its_commander(pipe, text):
    doc = analyse_with_spans(pipe, text, "2022-03-04")
    assert "ukrainian-marine-corps" in {m.entity for m in doc.mentions}
    # the branch's name in lowercase is a common phrase, no entity
    doc = analyse_with_spans(pipe, "Бійці морської піхоти утримують позиції.", "2022-03-04")
    assert "ukrainian-marine-corps" not in {m.entity for m in doc.mentions}
