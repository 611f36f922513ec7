"""Entities of part E35 (issue 12): the state's apps and programmes ("Дія", "єОселя",
"Армія дронів", "Пункти незламності") as things of Ukraine, the common noun "дія" opening a
sentence, and an aide named by his principal ("Помічник Буданова"), who is not the principal.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed, pipe, role_refs, run  # noqa: F401  (pipe: a fixture)

A = Analysed("2024-06-04")


def pairs(doc):
    """{(surface, entity id, type)} of every mention."""
    return {(m.text, m.entity, m.type) for m in doc.mentions}


# --- the state's apps and programmes ---------------------------------------------------

@pytest.mark.parametrize("text, surface, eid", [
    ("Відтепер подати заяву на компенсацію можна у Дії.", "Дії", "diia"),
    ("Застосунок Дія оновили вчора.", "Дія", "diia"),
    ("Умови пільгової іпотеки за програмою єОселя змінили з 1 серпня.", "єОселя", "eoselia"),
    ("В єОселі змінилися умови для військових.", "єОселі", "eoselia"),
    ("Українці скористалися програмою єВідновлення понад 40 тисяч разів.", "єВідновлення",
     "evidnovlennia"),
    ("Зимову єПідтримку можна оформити до кінця року.", "єПідтримку", "epidtrymka"),
    ("До Армії дронів долучилися нові підрозділи.", "Армії дронів", "army-of-drones"),
    ("По всій країні відкрили понад 4 тисячі Пунктів незламності.", "Пунктів незламності",
     "invincibility-points"),
    ("Військові оновили дані через Резерв+ до кінця місяця.", "Резерв+", "reserve-plus"),
])
def test_a_state_app_or_programme_is_a_thing_of_ukraine(pipe, text, surface, eid):
    """The state's apps, portals and programmes are named things (MISC), never a body that
    could act in a happening nor a place; before, only "Дія" was known, as a body."""
    doc = run(pipe, text, "2024-06-04")
    assert (surface, eid, "MISC") in pairs(doc), pairs(doc)


@pytest.mark.parametrize("text", [
    "Дія воєнного стану продовжена ще на 90 днів.",
    "Дія указу поширюється на всю територію країни.",
])
def test_the_common_noun_opening_a_sentence_is_no_app(pipe, text):
    """"Дія" with a lowercase genitive after it opens the sentence as the noun "effect"."""
    doc = run(pipe, text, "2024-06-04")
    assert not doc.mentions, pairs(doc)


def test_the_app_opening_a_sentence_stays_the_app(pipe):
    """Near miss: "Дія" before a verb is still the app."""
    doc = run(pipe, "Дія стала першим застосунком, де паспорт має юридичну силу.", "2024-03-10")
    assert ("Дія", "diia", "MISC") in pairs(doc), pairs(doc)


# --- an aide named by his principal ---------------------------------------------------

@pytest.mark.parametrize("text, date, principal", [
    ("Помічник Буданова заявив, що наступ зупинено.", "2024-06-04", "kyrylo-budanov"),
    ("Прессекретар Пєскова не відповів на запит журналістів.", "2023-08-14", "dmitry-peskov"),
])
def test_an_aide_named_by_his_principal_is_not_the_principal(pipe, text, date, principal):
    """A role word that can only be a nominative, with a known person's name after it in
    another case, is that person's aide: the role word points at no one, while the
    principal keeps his own mention."""
    doc = run(pipe, text, date)
    assert principal in {m.entity for m in doc.mentions}, pairs(doc)
    assert all(e != principal for _, e in role_refs(doc)), role_refs(doc)


def test_the_aides_words_are_not_the_principals():
    """"Помічник Буданова заявив, що ...": the unnamed aide speaks, not Budanov."""
    doc = A.doc("Помічник Буданова заявив, що наступ на Харківщині зупинено.")
    assert [q.speaker for q in doc.quotes] == [None], [(q.speaker, q.text) for q in doc.quotes]


@pytest.mark.parametrize("text, date, holder", [
    ("Прессекретар Пєсков заявив, що Кремль не коментує.", "2023-08-14", "dmitry-peskov"),
    ("Речник Ігнат розповів про збиті ракети.", "2023-08-14", "yurii-ihnat"),
    ("Помічник Путіна Юрій Ушаков коментував переговори.", "2024-10-02", "yuri-ushakov"),
])
def test_a_holder_in_apposition_still_takes_the_role(pipe, text, date, holder):
    """Near misses: the name in the role word's case is the holder himself."""
    doc = run(pipe, text, date)
    assert any(e == holder for _, e in role_refs(doc)), role_refs(doc)


# --- a foreign name's particles ----------------------------------------------------------

@pytest.mark.parametrize("text, date, spans, surface", [
    ("Колишній прем'єр Франції Домінік де Вільпен висловився щодо війни. Де Вільпен закликав "
     "до переговорів.", "2022-05-20",
     [("Домінік де Вільпен", "PER"), ("Вільпен", "PER")], "Де Вільпен"),
    ("Сенатор Кріс Ван Голлен виступив проти допомоги. Ван Голлен голосував у Сенаті.",
     "2024-04-23", [("Кріс Ван Голлен", "PER"), ("Ван Голлен", "LOC")], "Ван Голлен"),
])
def test_particles_opening_a_sentence_stay_with_the_surname(pipe, text, date, spans, surface):
    """A capitalised particle at a sentence's start and the surname after it are one more
    mention of the person named in full before (was the bare surname, "Голлен" even a
    place)."""
    doc = run(pipe, text, date, spans)
    first = next(m for m in doc.mentions if m.type == "PER")
    assert (surface, first.entity, "PER") in pairs(doc), pairs(doc)


def test_a_particle_opening_a_sentence_keeps_the_subject():
    """The events layer still reads "Де Вільпен" as the subject of the verb after it."""
    doc = A.doc("Колишній прем'єр Франції Домінік де Вільпен висловився щодо війни. "
                "Де Вільпен закликав до переговорів.", "2022-05-20")
    people = {m.entity for m in doc.mentions if m.type == "PER"}
    assert any(set(e.actors) & people for e in doc.events), [(e.type, e.actors) for e in doc.events]


def test_a_particle_opening_a_sentence_alone_is_no_name(pipe):
    """Near miss: "Де" that asks where, with no such person in the text, joins nothing."""
    doc = run(pipe, "Де Зеленський зустрінеться з Макроном, поки не відомо.", "2024-04-23",
              [("Зеленський", "PER"), ("Макроном", "PER")])
    assert "Де Зеленський" not in {m.text for m in doc.mentions}, pairs(doc)


@pytest.mark.parametrize("text, date, surface, eid", [
    ("Президент ОАЕ Мухаммед бін Заїд Аль Нахайян прийняв делегацію.", "2022-09-12",
     "Мухаммед бін Заїд Аль Нахайян", "mohamed-bin-zayed-al-nahyan"),
    ("Мухаммед бін Заїд аль-Нахайян заявив про підтримку.", "2022-09-12",
     "Мухаммед бін Заїд аль-Нахайян", "mohamed-bin-zayed-al-nahyan"),
])
def test_an_arabic_family_name_goes_on_with_the_known_name(pipe, text, date, surface, eid):
    """The article and the family name after a known shorter name are part of the mention
    (was "Мухаммед бін Заїд", the rest left out)."""
    doc = run(pipe, text, date)
    assert (surface, eid, "PER") in pairs(doc), pairs(doc)


@pytest.mark.parametrize("text", [
    "Дії російських військ на території України є злочином.",
])
def test_the_plural_noun_opening_a_sentence_is_no_app(pipe, text):
    doc = run(pipe, text, "2022-04-12")
    assert "diia" not in {m.entity for m in doc.mentions}, pairs(doc)


# --- bodies of other states the knowledge base lacks -------------------------------------

@pytest.mark.parametrize("text, eid, state", [
    ("Міністерство енергетики Литви повідомило про поставки. Литовське Міненерго уклало угоду.",
     "ministry-of-energy-of-lithuania", "lithuania"),
    ("Міністерство юстиції Естонії передало запит. Естонське Міністерство юстиції не коментує.",
     "ministry-of-justice-of-estonia", "estonia"),
    ("Верховний суд Польщі розгляне справу. Рішення Верховного суду Польщі очікують у березні.",
     "supreme-court-of-poland", "poland"),
    ("Польське МВС заявило про нові правила на кордоні.", "ministry-of-internal-affairs-of-poland", "poland"),
])
def test_another_states_body_has_one_id_and_its_state(pipe, text, eid, state):
    """Every way of naming another state's body of a kind Ukraine has, the state after it or
    its adjective before it, is one entity with the same id in every document, carrying that
    state (was a body of no state, named "ministerstvo-enerhetyky-lytvy" here and
    "lytovske-minenerho" there)."""
    doc = run(pipe, text, "2024-01-18")
    bodies = {m.entity for m in doc.mentions if m.type == "ORG"}
    assert bodies == {eid}, pairs(doc)
    ent = doc.entities[eid]
    assert ent.of == state and doc.to_json()["entities"][0]["of"] == state


def test_a_known_body_of_another_state_stays_the_kbs(pipe):
    """Near miss: a body the knowledge base holds keeps its entry (and no `of` is written)."""
    doc = run(pipe, "Міністерство оборони Норвегії підтвердило передачу. Норвезьке Міноборони "
                    "не розкрило кількості.", "2022-04-22")
    assert {m.entity for m in doc.mentions} == {"ministry-of-defence-of-norway"}, pairs(doc)
    assert "of" not in doc.to_json()["entities"][0]


def test_the_home_body_stays_home(pipe):
    """Near miss: "Міністерство енергетики" with no other state is Ukraine's."""
    doc = run(pipe, "Міністерство енергетики повідомило про графіки відключень.", "2024-01-18")
    assert {m.entity for m in doc.mentions} == {"ministry-of-energy-of-ukraine"}, pairs(doc)


def test_the_events_layer_reads_the_state_of_such_a_body():
    """Whose side a body the knowledge base lacks stands on is its state."""
    from khronika.extract.events.arguments.states import party_state
    doc = A.doc("Міністерство енергетики Литви передало Україні генератори.", "2024-01-18")
    assert party_state(doc, "ministry-of-energy-of-lithuania") == "lithuania", \
        [(m.text, m.entity) for m in doc.mentions]


@pytest.mark.parametrize("text, date, principal, aide", [
    ("Речниця Зеленського Юлія Мендель повідомила про візит до Брюсселя.", "2019-06-03",
     "volodymyr-zelenskyy", "yuliia-mendel"),
    ("Прессекретар Порошенка Святослав Цеголко прокоментував заяву.", "2019-03-03",
     "petro-poroshenko", None),
])
def test_the_principal_before_his_aides_full_name_is_his_own_mention(text, date, principal, aide):
    """"Зеленського Юлія" is no surname and first name of one person: the first name opens
    the aide's own name (was: Zelensky dropped as someone else's surname, Poroshenko a
    body of no state)."""
    doc = A.doc(text, date)
    got = {(m.text, m.entity, m.type) for m in doc.mentions}
    assert any(e == principal and t == "PER" for _, e, t in got), got
    if aide:
        assert any(e == aide for _, e, _ in got), got


def test_a_surname_first_name_and_patronymic_stay_one_person():
    """Near miss: "Мовчану Віталію Анатолійовичу" is one man, not Oleksii Movchan."""
    doc = A.doc("Мовчану Віталію Анатолійовичу оголошено підозру.", "2022-03-03")
    assert [m.text for m in doc.mentions if m.type == "PER"] == ["Мовчану Віталію Анатолійовичу"], \
        [(m.text, m.entity) for m in doc.mentions]


def test_a_surname_of_several_words_named_again_is_the_same_person(pipe):
    """"Ребелу де Соуза" after "Марселу Ребелу де Соуза" is the same man (was a second
    person of his own)."""
    doc = run(pipe, "Президент Португалії Марселу Ребелу де Соуза прибув до Києва. Ребелу де Соуза "
                    "вручив нагороду.", "2023-08-24",
              [("Марселу Ребелу де Соуза", "PER"), ("Ребелу де Соуза", "PER")])
    people = {m.entity for m in doc.mentions if m.type == "PER"}
    assert len(people) == 1, pairs(doc)


def test_two_people_of_one_surname_stay_apart(pipe):
    """Near miss: with two people whose names end in those words, neither is assumed."""
    doc = run(pipe, "Марія Ребелу де Соуза і Жуан Ребелу де Соуза приїхали. Ребелу де Соуза виступив.",
              "2023-08-24", [("Марія Ребелу де Соуза", "PER"), ("Жуан Ребелу де Соуза", "PER"),
                             ("Ребелу де Соуза", "PER")])
    assert len({m.entity for m in doc.mentions if m.type == "PER"}) == 3, pairs(doc)


@pytest.mark.parametrize("text, date, surface, eid", [
    ("Дія Сіті об'єднує понад тисячу компаній.", "2024-03-15", "Дія Сіті", "diia-city"),
    ("Резиденти Дія.City сплачують менші податки.", "2024-03-15", "Дія.City", "diia-city"),
    ("Наслідний принц Мухаммед бін Сальман Аль Сауд прийняв делегацію.", "2023-10-15",
     "Мухаммед бін Сальман Аль Сауд", "mohammed-bin-salman"),
])
def test_names_the_knowledge_base_now_spells(pipe, text, date, surface, eid):
    """The Diia.City regime is a thing of its own, not the app ("Дія" alone before); the
    crown prince's name as news spells it, "Сальман", with his family name after it."""
    doc = run(pipe, text, date)
    assert any(m.text == surface and m.entity == eid for m in doc.mentions), pairs(doc)


def test_a_title_and_a_state_are_no_persons_name(pipe):
    """"Емір Катару" is the emir's office and the state (GUIDELINES: role words are no
    mention): Qatar is named, the role points at the emir (was one person mention)."""
    doc = run(pipe, "Емір Катару заявив про посередництво.", "2024-11-05")
    assert pairs(doc) == {("Катару", "qatar", "LOC")}, pairs(doc)
    assert role_refs(doc) == [("Емір Катару", "tamim-bin-hamad-al-thani")], role_refs(doc)


def test_the_king_as_news_spells_him(pipe):
    doc = run(pipe, "Король Саудівської Аравії Сальман бін Абдул-Азіз Аль Сауд підписав указ.", "2024-02-12")
    assert ("Сальман бін Абдул-Азіз Аль Сауд", "salman-of-saudi-arabia", "PER") in pairs(doc), pairs(doc)
