"""Entity names that must be words: unknown places in oblique cases, honorary titles that are
no bodies, oblast adjectives whose noun was said earlier (texts written for these tests; the
statistical model is replaced by a stand-in that tags given strings)."""
import pytest

from khronika.extract.entities.localnames import LocalNamer
from ner_double import analyse_with_spans
from entity_helpers import pipe, surface_names_types  # noqa: F401  (pipe: a fixture)


def run(pipe, text, spans=()):
    return analyse_with_spans(pipe, text, "2022-04-10", spans)


named = surface_names_types


@pytest.mark.parametrize("form, nominative", [
    ("журавлинівці", "журавлинівка"),     # к turned ц before -і: not the stem "журавлинівц"
    ("журавлинівку", "журавлинівка"),     # not "журавлинівк"
    ("журавлинівкою", "журавлинівка"),    # not "журавлинівкоя"
    ("нью-йорку", "нью-йорк"),            # "рк" does end a name
    ("гданську", "гданськ"),
])
def test_an_unknown_place_name_comes_to_a_word_not_a_cut_stem(form, nominative):
    assert LocalNamer._guess_thing(form) == nominative


def test_an_unknown_district_in_the_locative_is_named_in_the_nominative(pipe):
    doc = run(pipe, "Снаряди влучили в будинки на Журавлинівці вночі.", [("Журавлинівці", "LOC")])
    assert named(doc)["Журавлинівці"] == ("Журавлинівка", "LOC")


def test_an_honorary_title_is_no_body_and_its_country_stays_a_place(pipe):
    text = ("Президент підписав указ про присвоєння звання Героя України трьом військовим. "
            "Звання Героя України Петренку Івану Остаповичу присвоєно посмертно. "
            "Ірпінь отримав відзнаку «Місто – герой України». "
            "Звання присвоєно Заслуженій артистці України Оксані Гайовій.")
    doc = run(pipe, text, [("Героя України", "ORG"), ("Героя України Петренку Івану Остаповичу", "PER"),
                           ("Місто – герой України", "ORG"),
                           ("Заслуженій артистці України Оксані Гайовій", "PER")])
    assert not [e for e in doc.entities.values() if e.type == "ORG"]
    assert [m.entity for m in doc.mentions if m.text == "України"] == ["ukraine"] * 4
    people = [e.name_uk for e in doc.entities.values() if e.type == "PER" and not e.kb]
    assert people == ["Петренко Іван Остапович", "Оксана Гайова"]


def test_an_oblast_adjective_alone_names_the_oblast_said_before(pipe):
    text = ("Посівна триває в усіх областях держави, включно з Луганською та Донецькою. "
            "Пенсії вже надіслали в Сумську та Херсонську області. Завтра – в Київську.")
    doc = run(pipe, text, [("Луганською", "ORG"), ("Донецькою", "ORG"), ("Київську", "LOC")])
    got = named(doc)
    assert got["Луганською"] == ("Луганська область", "LOC")
    assert got["Донецькою"] == ("Донецька область", "LOC")
    assert got["Київську"] == ("Київська область", "LOC")


def test_an_oblast_adjective_with_its_own_noun_or_far_from_one_is_left_alone(pipe):
    doc = run(pipe, "Ми говорили про Київську Русь. Обстріли тривають в області. Він поїхав до Луганська.")
    got = named(doc)
    assert "Київську" not in got
    assert got["Луганська"][0] == "Луганськ"
    doc = run(pipe, "Він згадав Херсонську. Про області ніхто не говорив.")
    assert "Херсонську" not in named(doc)     # the noun comes after it, not before


@pytest.mark.parametrize("text, span", [
    ("Вибухи лунали в Журавлинівському районі міста.", "Журавлинівському районі"),
    ("Біля Журавлинівського району стріляли.", "Журавлинівського району"),
])
def test_an_unknown_adjectival_district_is_named_in_the_nominative(pipe, text, span):
    assert named(run(pipe, text, [(span, "LOC")]))[span] == ("Журавлинівський район", "LOC")


@pytest.mark.parametrize("form, nominative", [
    ("хрестоносця", "хрестоносець"), ("сидунцю", "сидунець"), ("кравцем", "кравець"),
    ("стрільця", "стрілець"),
])
def test_a_surname_in_ets_drops_its_e_in_oblique_cases_and_gets_it_back(form, nominative):
    from khronika.extract.entities.nominative import guess_person_nominative
    assert guess_person_nominative(form, "masc", True) == nominative


def test_an_unknown_ets_surname_with_a_patronymic_is_named_whole(pipe):
    doc = run(pipe, "Звання присвоєно майору Журавцю Петру Івановичу.", [("Журавцю Петру Івановичу", "PER")])
    assert named(doc)["Журавцю Петру Івановичу"] == ("Журавець Петро Іванович", "PER")
