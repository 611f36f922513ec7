"""A surname alone: speaker labels at a paragraph head, namesakes told apart by the role
before the surname, Russian oblique forms of a KB surname (texts written for these tests;
the statistical model is replaced by a stand-in that tags the given strings)."""
import pytest

from ner_double import analyse_with_spans
from entity_helpers import linked, pipe  # noqa: F401  (pipe: a fixture)


def test_a_surname_alone_as_a_speaker_label_is_the_kb_person(pipe):
    # "малюк" is also a common word (a baby): at a sentence start it is not taken, but a
    # paragraph that opens "Малюк:" is an interview's speaker label
    text = ("Ми поговорили з очільником СБУ про затримання агентів.\n\n"
            "Малюк: Ми затримали понад сто агентів.")
    doc = analyse_with_spans(pipe, text, "2023-05-10")
    assert [m.start for m in doc.mentions if m.entity == "vasyl-maliuk"] == [text.index("Малюк:")]
    doc = analyse_with_spans(pipe, "Малюк спав у візку, коли почалася тривога.", "2023-05-10")
    assert "vasyl-maliuk" not in doc.entities


def test_a_speaker_label_before_the_person_took_office_is_left_alone(pipe):
    doc = analyse_with_spans(pipe, "Інтерв'ю.\n\nМалюк: Так.", "2019-05-10")
    assert "vasyl-maliuk" not in doc.entities


@pytest.mark.parametrize("text, eid", [
    ("Міністр закордонних справ Кулеба заявив, що переговори тривають.", "dmytro-kuleba"),
    ("Голова Київської ОВА Кулеба повідомив про обстріл.", "oleksiy-kuleba"),
    ("Кулебою було підписано документ.", "dmytro-kuleba"),
])
def test_namesakes_in_office_together_are_told_apart_by_the_role_before(pipe, text, eid):
    # on 2022-06-01 Dmytro Kuleba is foreign minister and Oleksiy Kuleba heads the Kyiv
    # oblast administration: the role before the surname tells them apart; a bare surname
    # is the one in a national office (the minister), as news that names him alone means
    doc = analyse_with_spans(pipe, text, "2022-06-01", [("Кулеба", "PER"), ("Кулебою", "PER")])
    got = {m.entity for m in doc.mentions if m.text.startswith("Кулеб")}
    if eid is None:
        assert not got & {"dmytro-kuleba", "oleksiy-kuleba"}
    else:
        assert got == {eid}


def test_a_russian_dative_of_a_kb_surname_is_that_person(pipe):
    text = ("Я хочу сказать спасибо всем, кто поддерживает нас. Спасибо Дмитрию Кулебе за работу. "
            "Сегодня Кулебе позвонил Энтони Блинкен, и они обсудили новые санкции против России.")
    doc = analyse_with_spans(pipe, text, "2022-05-10", [("Кулебе позвонил Энтони Блинкен", "PER")])
    assert linked(doc, "Дмитрию Кулебе") == ["dmytro-kuleba"]
    assert linked(doc, "Кулебе") == ["dmytro-kuleba"]
    assert linked(doc, "Энтони Блинкен") == ["antony-blinken"]
    assert not [e for e in doc.entities.values() if e.type == "PER" and not e.kb]


def test_a_russian_dative_of_an_unknown_a_surname_is_not_cut(pipe):
    text = ("Я хочу сказать спасибо всем, кто поддерживает нас. "
            "Спасибо Андрею Грищуле за его работу в эти трудные дни.")
    doc = analyse_with_spans(pipe, text, "2022-05-10")
    assert {e.name_uk for e in doc.entities.values() if e.type == "PER"} == {"Андрей Грищула"}


def test_a_first_name_inside_another_full_name_is_not_a_partial(pipe):
    # "Олександру" of "Мариняку Олександру Мирославовичу" is not Oleksandra Kuvshynova,
    # named before; the KB person's patronymic belongs to the mention
    text = ("Пам'яті журналістки Олександри Кувшинової. "
            "Звання присвоєно: * Майору Мариняку Олександру Мирославовичу. "
            "* Генерал-лейтенанту Павлюку Олександру Олексійовичу.")
    doc = analyse_with_spans(pipe, text, "2022-03-16", [("Мариняку Олександру Мирославовичу", "PER")])
    ms = {m.text: m.entity for m in doc.mentions if m.type == "PER"}
    assert ms["Мариняку Олександру Мирославовичу"] == "oleksandr-maryniak"
    assert ms["Павлюку Олександру Олексійовичу"] == "oleksandr-pavliuk"
    assert "Олександру" not in ms
