"""Entities of part E36 (issue 12): a KB person's namesake named by a private occupation
("Адвокат Коломойського Олександр Лисенко" is not the Sumy mayor), the surname alone of a KB
person with a common name once the text names him in full, Arabic names with their particles
in every case, councils with similar names each its own body, a body's name that ends before
its verb, and an aide named by his principal in an event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed, pairs, pipe, run  # noqa: F401  (pipe: a fixture)

A = Analysed("2024-06-04")


def people(doc):
    """{entity id: kb?} of the people of a document."""
    return {e.id: e.kb for e in doc.entities.values() if e.type == "PER"}


# --- a namesake named by a private occupation ------------------------------------------

@pytest.mark.parametrize("text, date, kb_id", [
    ("Адвокат Коломойського Олександр Лисенко заявив, що клієнт не визнає провини.", "2023-05-12",
     "oleksandr-lysenko"),
    ("Лікар Андрій Сибіга з Вінниці розповів про роботу госпіталю.", "2026-01-20", "andrii-sybiha"),
    ("Журналіст Андрій Єрмак опублікував розслідування.", "2024-05-12", "andriy-yermak"),
    ("Адвокат Клімкін заявив про тиск на клієнта.", "2023-05-12", "pavlo-klimkin"),
])
def test_a_private_occupation_names_a_namesake(text, date, kb_id):
    """An office-holder on the document's date is not the town's lawyer, doctor or
    journalist: the name after such a word is a person outside the KB (a surname alone after
    one is never the KB's office-holder); before, it took the KB person."""
    doc = A.doc(text, date)
    assert kb_id not in people(doc), people(doc)
    assert any(not kb for kb in people(doc).values()), people(doc)


@pytest.mark.parametrize("text, date, kb_id", [
    ("Міністр закордонних справ Андрій Сибіга провів переговори в Анкарі.", "2026-01-20",
     "andrii-sybiha"),
    ("Колишній журналіст Мустафа Найєм очолив агенцію.", "2022-12-01", "mustafa-nayyem"),
    ("Міський голова Сум Олександр Лисенко повідомив про обстріл.", "2024-02-20", "oleksandr-lysenko"),
    ("Адвокат Зеленського заявив про позов.", "2023-05-12", "volodymyr-zelenskyy"),
    ("Суд допитав адвоката Порошенка.", "2023-05-12", "petro-poroshenko"),
])
def test_an_office_or_a_former_occupation_keeps_the_link(text, date, kb_id):
    """Near misses: the office itself, or an occupation the person had before ("колишній
    журналіст"), still names the KB person; so does the principal named in the genitive
    after the occupation ("Адвокат Зеленського")."""
    doc = A.doc(text, date)
    assert people(doc).get(kb_id) is True, people(doc)


# --- a common name of the KB, named in full and then by the surname ----------------------

def test_the_surname_of_a_common_name_joins_the_person_named_in_full(pipe):
    """The KB links "Лисенко" alone to nobody (many bear it), but after "Олександр Лисенко"
    the surname in the same text is he; before, "Лисенка" was another person."""
    doc = run(pipe, "Міський голова Сум Олександр Лисенко повідомив про обстріл. За словами "
              "Лисенка, пошкоджено школу.", "2024-02-20",
              [("Олександр Лисенко", "PER"), ("Лисенка", "PER")])
    assert ("Лисенка", "oleksandr-lysenko", "PER") in pairs(doc), pairs(doc)


def test_another_first_name_of_the_surname_stays_another_person(pipe):
    """Near miss: "Іван Лисенко" after "Олександр Лисенко" is someone else."""
    doc = run(pipe, "Міський голова Сум Олександр Лисенко повідомив про обстріл. Депутат Іван "
              "Лисенко допоміг евакуації.", "2024-02-20",
              [("Олександр Лисенко", "PER"), ("Іван Лисенко", "PER")])
    assert not any(m.text == "Іван Лисенко" and m.entity == "oleksandr-lysenko" for m in doc.mentions), \
        pairs(doc)


# --- Arabic names with their particles, in every case ----------------------------------

@pytest.mark.parametrize("text, date, surface, eid", [
    ("Кулеба провів переговори з Абдель Фаттахом ас-Сісі.", "2023-10-21",
     "Абдель Фаттахом ас-Сісі", "abdel-fattah-el-sisi"),
    ("Путін зустрівся з Мухаммедом бін Салманом.", "2019-12-05",
     "Мухаммедом бін Салманом", "mohammed-bin-salman"),
    ("Мухаммеду бін Салману передали запрошення.", "2019-12-05",
     "Мухаммеду бін Салману", "mohammed-bin-salman"),
    ("Зеленський провів зустріч з Тамімом бін Хамадом Аль Тані.", "2024-09-25",
     "Тамімом бін Хамадом Аль Тані", "tamim-bin-hamad-al-thani"),
])
def test_an_arabic_name_is_found_in_every_case(pipe, text, date, surface, eid):
    """The particles ("бін", "Аль") do not decline, a compound first name keeps its first
    part ("Абдель Фаттахом"), the rest declines; before, the oblique forms were unknown or
    the name was cut to "Абдель"."""
    doc = run(pipe, text, date)
    assert (surface, eid, "PER") in pairs(doc), pairs(doc)


def test_a_name_joined_to_its_article_still_declines(pipe):
    """Near miss: an article written with a hyphen belongs to the declined word ("Аделю
    аль-Джубейру"), not a particle that stays as it is."""
    doc = run(pipe, "Клімкін подякував Аделю аль-Джубейру.", "2018-05-10")
    assert ("Аделю аль-Джубейру", "adel-al-jubeir", "PER") in pairs(doc), pairs(doc)


# --- councils with similar names -----------------------------------------------------------

@pytest.mark.parametrize("text, date, surface, eid", [
    ("Рада міністрів ЄС затвердила новий пакет санкцій.", "2023-06-15", "Рада міністрів ЄС",
     "council-of-the-european-union"),
    ("Комітет міністрів Ради Європи виключив Росію.", "2022-03-16", "Комітет міністрів Ради Європи",
     "committee-of-ministers-of-the-council-of-europe"),
    ("Верховна Рада Автономної Республіки Крим ухвалила заяву.", "2013-12-02",
     "Верховна Рада Автономної Республіки Крим", "verkhovna-rada-of-crimea"),
    ("Рада міністрів Автономної Республіки Крим звернулася до уряду.", "2013-12-02",
     "Рада міністрів Автономної Республіки Крим", "council-of-ministers-of-crimea"),
    ("Північна рада підтримала Україну.", "2023-11-08", "Північна рада", "nordic-council"),
    ("Спостерігачі СММ зафіксували 300 вибухів.", "2017-09-20", "СММ", "osce-smm"),
])
def test_each_council_is_its_own_body(pipe, text, date, surface, eid):
    """Bodies with "Рада" in the name are each their own KB entry: the Council of the EU is
    not "Рада міністрів" plus the EU, Crimea's parliament is not the Verkhovna Rada."""
    doc = run(pipe, text, date)
    assert (surface, eid, "ORG") in pairs(doc), pairs(doc)


@pytest.mark.parametrize("text, date, surface, eid", [
    ("Європейська рада на саміті підтримала вступ України.", "2023-06-15", "Європейська рада",
     "european-council"),
    ("Росія заявила про вихід з Ради Європи.", "2022-03-15", "Ради Європи", "council-of-europe"),
    ("У Раді ЄС відзначили прогрес.", "2023-06-15", "Раді ЄС", "council-of-the-european-union"),
])
def test_the_councils_of_the_near_misses_stay_themselves(pipe, text, date, surface, eid):
    doc = run(pipe, text, date)
    assert (surface, eid, "ORG") in pairs(doc), pairs(doc)


# --- a body's name ends before its verb ------------------------------------------------------

def test_a_lowercase_verb_is_no_genitive_of_the_bodys_name(pipe):
    """"надала" reads as a surname's genitive in the dictionary; in lower case after the head
    noun it is the verb (was "Венеційська комісія надала")."""
    doc = run(pipe, "Венеційська комісія надала висновок щодо закону.", "2023-06-15")
    assert ("Венеційська комісія", "venice-commission", "ORG") in pairs(doc), pairs(doc)


# --- an aide named by his principal in an event --------------------------------------------

@pytest.mark.parametrize("text, date, principal", [
    ("Заступник Єрмака зустрівся з послом Японії.", "2023-03-09", "andriy-yermak"),
    ("Заступник Кубракова провів переговори з делегацією Польщі.", "2023-03-09", "oleksandr-kubrakov"),
    ("Радник Зеленського Михайло Подоляк провів зустріч з журналістами.", "2024-04-11",
     "volodymyr-zelenskyy"),
])
def test_the_principal_of_an_aide_is_no_side_of_his_act(text, date, principal):
    """The aide acts; the principal in the genitive after the aide's noun takes no part in
    the event (was its actor)."""
    doc = A.doc(text, date)
    assert doc.events, text
    assert all(principal not in e.actors + e.recipients for e in doc.events), \
        [(e.type, e.actors, e.recipients) for e in doc.events]


def test_the_aide_named_in_apposition_still_acts():
    """Near miss: the aide's own name after the principal acts."""
    doc = A.doc("Радник Зеленського Михайло Подоляк провів зустріч з журналістами.", "2024-04-11")
    assert any("mykhailo-podolyak" in e.actors for e in doc.events), \
        [(e.type, e.actors, e.recipients) for e in doc.events]


def test_an_office_in_the_genitive_is_still_a_side():
    """Near miss: a body or a state after the aide's noun is whose the aide is and acts with
    him ("Заступник міністра оборони України" acts for Ukraine)."""
    doc = A.doc("Заступник міністра оборони України провів переговори з делегацією Польщі.", "2023-03-09")
    assert any("ukraine" in e.actors for e in doc.events), \
        [(e.type, e.actors, e.recipients) for e in doc.events]


# --- the Poroshenko years and the armed groups of 2014-2018 in the KB, with dated roles ------

@pytest.mark.parametrize("text, date, surface, eid", [
    ("Міністр охорони здоров'я Олег Мусій заявив про нестачу ліків.", "2014-05-20", "Олег Мусій",
     "oleh-musii"),
    ("Начальник Генштабу Михайло Куцин подав у відставку.", "2014-07-01", "Михайло Куцин",
     "mykhailo-kutsyn"),
    ("Генпрокурор Олег Махніцький повідомив про підозру.", "2014-03-05", "Олег Махніцький",
     "oleh-makhnitskyi"),
    ("Міністр Кабінету Міністрів Олександр Саєнко представив звіт.", "2018-02-14", "Олександр Саєнко",
     "oleksandr-saienko"),
    ("Валерій Болотов назвав себе главою ЛНР.", "2014-06-15", "Валерій Болотов", "valery-bolotov"),
    ("Ватажок бойовиків Ігор Безлер погрожував полоненим.", "2014-06-15", "Ігор Безлер", "igor-bezler"),
])
def test_people_of_2014_2019_are_in_the_kb(pipe, text, date, surface, eid):
    """Ministers of the Yatsenyuk and Groysman cabinets and leaders of the armed groups of
    2014-2018 were local names with no roles."""
    doc = run(pipe, text, date)
    assert (surface, eid, "PER") in pairs(doc), pairs(doc)


@pytest.mark.parametrize("text, date, holder", [
    ("Міністр охорони здоров'я заявив про реформу.", "2015-03-20", "oleksandr-kvitashvili"),
    ("Міністр аграрної політики провів нараду.", "2014-05-05", "ihor-shvaika"),
])
def test_an_office_of_those_years_finds_its_holder(text, date, holder):
    """A role on a date of 2014-2016 names the minister of that day (was none)."""
    doc = A.doc(text, date)
    assert holder in {r.entity for r in doc.refs if r.kind == "role"}, \
        [(r.text, r.entity) for r in doc.refs]


# --- a local office that the KB person never held -----------------------------------------

@pytest.mark.parametrize("text, date, kb_id", [
    ("Мер Кулеба заявив про ремонт доріг.", "2023-05-12", "dmytro-kuleba"),
    ("Сільський голова Андрій Єрмак відкрив школу.", "2023-05-12", "andriy-yermak"),
    ("Суддя Клименко відмовив у позові.", "2023-05-12", "ihor-klymenko"),
    ("Прокурор Сирський повідомив про підозру.", "2024-05-12", "oleksandr-syrskyi"),
])
def test_a_local_office_names_a_namesake(text, date, kb_id):
    """A mayor, a village head, a judge or a prosecutor named by the surname of someone the
    KB knows in another office on that date is that person's namesake (was linked to him)."""
    doc = A.doc(text, date)
    assert kb_id not in people(doc), people(doc)


@pytest.mark.parametrize("text, date, kb_id", [
    ("Мер Кличко заявив про відключення світла.", "2023-05-12", "vitali-klitschko"),
    ("Голова громади Олександр Сенкевич повідомив про обстріл.", "2023-05-12", "oleksandr-senkevych"),
    ("Генпрокурор Костін повідомив про підозру.", "2023-05-12", "andriy-kostin"),
    ("Генеральний прокурор Юрій Луценко повідомив про підозру.", "2016-11-10", "yuriy-lutsenko"),
])
def test_the_holders_of_local_offices_keep_the_link(text, date, kb_id):
    """Near misses: a mayor named as a mayor or as the head of his community, and the
    prosecutor general, are the KB's."""
    doc = A.doc(text, date)
    assert people(doc).get(kb_id) is True, people(doc)
