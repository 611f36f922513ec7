"""Events recall on the second happening of a sentence (issue 16, part C16): a predicate of its
own joined to the first ("зустрівся з Туском, а згодом провів переговори з Мелоні", "обстріляли
Херсон, а також завдали авіаудару по Куп'янську"), partners taken one by one ("та окремо з
..."), and a perfective gerund that opens the sentence or takes the happening noun
("Провівши переговори з Ердоганом, Зеленський ...", "..., оголосивши новий пакет допомоги").
Each with sentences where the two verbs tell one happening ("зустрілися і поговорили",
"обговорив з ним"), the same place struck twice, or targets listed under one strike. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, of_type as _of

for key, name, name_uk, typ in (
        ("donald-tusk", "Donald Tusk", "Дональд Туск", "PER"),
        ("giorgia-meloni", "Giorgia Meloni", "Джорджа Мелоні", "PER"),
        ("emmanuel-macron", "Emmanuel Macron", "Емманюель Макрон", "PER"),
        ("olaf-scholz", "Olaf Scholz", "Олаф Шольц", "PER"),
        ("joe-biden", "Joe Biden", "Джо Байден", "PER"),
        ("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "Реджеп Таїп Ердоган", "PER"),
        ("annalena-baerbock", "Annalena Baerbock", "Анналена Бербок", "PER"),
        ("petr-fiala", "Petr Fiala", "Петр Фіала", "PER"),
        ("denys-shmyhal", "Denys Shmyhal", "Денис Шмигаль", "PER"),
        ("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "Володимир Зеленський", "PER"),
        ("canada", "Canada", "Канада", "LOC"),
        ("lithuania", "Lithuania", "Литва", "LOC"),
        ("kherson", "Kherson", "Херсон", "LOC"),
        ("kupiansk", "Kupiansk", "Куп'янськ", "LOC"),
        ("sumy", "Sumy", "Суми", "LOC"),
        ("kharkiv", "Kharkiv", "Харків", "LOC"),
        ("beryslav", "Beryslav", "Берислав", "LOC"),
        ("nikopol", "Nikopol", "Нікополь", "LOC"),
        ("dnipro", "Dnipro", "Дніпро", "LOC"),
        ("russia", "Russia", "Росія", "LOC"),
        ("iran", "Iran", "Іран", "LOC"),
        ("moldova", "Moldova", "Молдова", "LOC"),
        ("germany", "Germany", "Німеччина", "LOC"),
        ("united-kingdom", "United Kingdom", "Велика Британія", "LOC")):
    ENTS.setdefault(key, (name, name_uk, typ, None))


def _partners(doc, type_):
    return sorted(tuple(sorted(ev.recipients)) for ev in _of(doc, type_))


# --- 1. a predicate of its own joined to the first, with partners of its own ---------------

TWO_TALKS = [
    ("Шмигаль зустрівся з Туском, а згодом провів переговори з Мелоні.",
     [("Шмигаль", "denys-shmyhal"), ("Туском", "donald-tusk"), ("Мелоні", "giorgia-meloni")]),
    ("Вчора Президент поговорив телефоном з Макроном і провів зустріч із Фіалою.",
     [("Макроном", "emmanuel-macron"), ("Фіалою", "petr-fiala")]),
    ("Сьогодні я говорив із Шольцом, а потім зустрівся з Бербок.",
     [("Шольцом", "olaf-scholz"), ("Бербок", "annalena-baerbock")]),
    ("Зеленський провів розмову з Байденом, а також окремо поспілкувався з Ердоганом.",
     [("Зеленський", "volodymyr-zelenskyy"), ("Байденом", "joe-biden"), ("Ердоганом", "recep-tayyip-erdogan")]),
    ("Прем'єр-міністр Шмигаль проведе переговори з Фіалою, а наступного дня зустрінеться з Туском.",
     [("Шмигаль", "denys-shmyhal"), ("Фіалою", "petr-fiala"), ("Туском", "donald-tusk")]),
    ("Шмигаль зустрівся з Туском; також він провів переговори з Мелоні.",
     [("Шмигаль", "denys-shmyhal"), ("Туском", "donald-tusk"), ("Мелоні", "giorgia-meloni")]),
]


@pytest.mark.parametrize("text,names", TWO_TALKS)
def test_a_joined_predicate_with_partners_of_its_own_is_a_second_talk(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    talks = _of(doc, "CONSULT")
    assert len(talks) == 2
    partners = [set(ev.recipients) for ev in talks]
    # each talk holds its own partner only
    assert not partners[0] & partners[1]
    assert all(len({x for x in p if x in dict(names).values()}) == 1 for p in partners)


def test_the_second_talk_keeps_the_speaker_and_the_status(core_pipeline):
    doc = build(core_pipeline, "Шмигаль зустрівся з Туском, а згодом провів переговори з Мелоні.",
                names=[("Шмигаль", "denys-shmyhal"), ("Туском", "donald-tusk"), ("Мелоні", "giorgia-meloni")])
    for ev in _of(doc, "CONSULT"):
        assert "denys-shmyhal" in ev.actors and ev.status == "occurred"
    # each with the state of the partner (Poland, Italy), none with the other's
    assert _partners(doc, "CONSULT") == [("donald-tusk", "poland"), ("giorgia-meloni", "italy")]


def test_two_askings_of_two_leaders_are_two_requests(core_pipeline):
    doc = build(core_pipeline, "Зеленський закликав Байдена надати ракети, а також попросив Шольца передати танки.",
                names=[("Зеленський", "volodymyr-zelenskyy"), ("Байдена", "joe-biden"), ("Шольца", "olaf-scholz")])
    asks = _of(doc, "REQUEST")
    assert len(asks) == 2
    assert sorted(tuple(ev.recipients) for ev in asks) == [("joe-biden",), ("olaf-scholz",)]


def test_a_second_sanction_on_another_state_by_a_verb_of_its_own_is_a_second_sanction(core_pipeline):
    doc = build(core_pipeline, "ЄС запровадив санкції проти Ірану, а також продовжив обмеження проти Росії.",
                names=[("ЄС", "eu"), ("Ірану", "iran"), ("Росії", "russia")])
    assert _partners(doc, "SANCTION") == [("iran",), ("russia",)]


def test_a_second_verb_against_the_same_state_is_the_same_sanction(core_pipeline):
    doc = build(core_pipeline, "Британія запровадила санкції проти Росії і продовжила обмеження проти Росії.",
                names=[("Британія", "united-kingdom"), ("Росії", "russia"), ("Росії", "russia")])
    assert _partners(doc, "SANCTION") == [("russia",)]


ONE_TALK = [
    # two verbs of one meeting, the second with no partner or the same one again
    ("Зеленський зустрівся з Макроном і обговорив з ним постачання ППО.",
     [("Зеленський", "volodymyr-zelenskyy"), ("Макроном", "emmanuel-macron")]),
    ("Лідери зустрілися та поговорили про безпеку в Європі.", []),
    ("Шмигаль провів переговори з Туском і поговорив з Туском про кордон.",
     [("Шмигаль", "denys-shmyhal"), ("Туском", "donald-tusk"), ("Туском", "donald-tusk")]),
    # a relative clause or a second clause with its own subject is no joined predicate here
    ("Зеленський поговорив з Макроном, який зустрівся з Шольцом.",
     [("Зеленський", "volodymyr-zelenskyy"), ("Макроном", "emmanuel-macron"), ("Шольцом", "olaf-scholz")]),
]


@pytest.mark.parametrize("text,names", ONE_TALK)
def test_two_verbs_of_one_meeting_stay_one_talk(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    talks = [ev for ev in _of(doc, "CONSULT") if "volodymyr-zelenskyy" in ev.actors or not names
             or "denys-shmyhal" in ev.actors]
    assert len(talks) == 1


# --- 2. partners taken one by one -----------------------------------------------------------

def test_partners_talked_to_separately_are_two_calls(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я говорив із Макроном та окремо з Шольцом.",
                names=[("Макроном", "emmanuel-macron"), ("Шольцом", "olaf-scholz")])
    assert [[x for x in p if x in ("emmanuel-macron", "olaf-scholz")] for p in _partners(doc, "CONSULT")] == \
        [["emmanuel-macron"], ["olaf-scholz"]]


def test_partners_talked_to_together_stay_one_call(core_pipeline):
    doc = build(core_pipeline, "Сьогодні я говорив із Макроном та Шольцом.",
                names=[("Макроном", "emmanuel-macron"), ("Шольцом", "olaf-scholz")])
    [ev] = _of(doc, "CONSULT")
    assert {"emmanuel-macron", "olaf-scholz"} <= set(ev.recipients)


# --- 3. strikes: a light verb of its own on another town ------------------------------------

TWO_STRIKES = [
    ("Окупанти обстріляли Херсон, а також завдали авіаудару по Куп'янську.",
     [("Херсон", "kherson"), ("Куп'янську", "kupiansk")], {"kherson", "kupiansk"}),
    ("Ворог атакував дронами Суми і завдав ракетного удару по Харкову.",
     [("Суми", "sumy"), ("Харкову", "kharkiv")], {"sumy", "kharkiv"}),
    ("Росіяни вдарили артилерією по Нікополю, а згодом завдали кількох ударів по Дніпру.",
     [("Нікополю", "nikopol"), ("Дніпру", "dnipro")], {"nikopol", "dnipro"}),
]


@pytest.mark.parametrize("text,names,towns", TWO_STRIKES)
def test_a_strike_told_by_a_light_verb_of_its_own_on_another_town_is_a_second_strike(
        core_pipeline, text, names, towns):
    doc = build(core_pipeline, text, names=names)
    strikes = _of(doc, "ASSAULT")
    assert len(strikes) == 2
    assert {ev.place for ev in strikes} == towns
    for ev in strikes:
        assert [x for x in ev.recipients if x in towns] == [ev.place]


ONE_STRIKE = [
    ("Росіяни обстріляли Херсон і завдали удару по Херсону авіабомбами.",
     [("Херсон", "kherson"), ("Херсону", "kherson")]),
    ("Ворог завдав ракетних ударів по Харкову, Сумах і Дніпру.",
     [("Харкову", "kharkiv"), ("Сумах", "sumy"), ("Дніпру", "dnipro")]),
]


@pytest.mark.parametrize("text,names", ONE_STRIKE)
def test_the_same_town_again_or_towns_listed_under_one_strike_stay_one(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert len(_of(doc, "ASSAULT")) == 1


# --- 4. a perfective gerund: its subject, and the happening noun it takes -------------------

def test_a_gerund_phrase_opening_the_sentence_has_the_subject_after_its_comma(core_pipeline):
    doc = build(core_pipeline, "Провівши переговори з Ердоганом, Зеленський повернувся до Києва.",
                names=[("Ердоганом", "recep-tayyip-erdogan"), ("Зеленський", "volodymyr-zelenskyy")])
    [ev] = _of(doc, "CONSULT")
    assert "volodymyr-zelenskyy" in ev.actors and "recep-tayyip-erdogan" in ev.recipients


def test_a_reflexive_gerund_of_meeting_tells_the_meeting(core_pipeline):
    doc = build(core_pipeline, "Зустрівшись із Шольцом у Берліні, Зеленський наголосив на важливості ППО.",
                names=[("Шольцом", "olaf-scholz"), ("Зеленський", "volodymyr-zelenskyy")])
    [ev] = _of(doc, "CONSULT")
    assert ev.actors[:1] == ["volodymyr-zelenskyy"] and "olaf-scholz" in ev.recipients


def test_the_happening_noun_a_gerund_takes_has_the_verbs_subject(core_pipeline):
    doc = build(core_pipeline, "Канада приєдналася до коаліції, оголосивши новий пакет військової допомоги.",
                names=[("Канада", "canada")])
    [ev] = _of(doc, "AID")
    assert ev.actors == ["canada"]


def test_the_subject_after_an_opening_gerund_strikes_it_is_not_struck(core_pipeline):
    doc = build(core_pipeline, "Обстрілявши Херсон, окупанти атакували дронами Берислав.",
                names=[("Херсон", "kherson"), ("Берислав", "beryslav")])
    first = next(ev for ev in _of(doc, "ASSAULT") if ev.place == "kherson")
    assert "russia" in first.actors and "russia" not in first.recipients


def test_a_gerund_with_no_happening_gives_no_actor_to_the_next_one(core_pipeline):
    doc = build(core_pipeline, "Повернувшись до Києва, Зеленський провів нараду.",
                names=[("Зеленський", "volodymyr-zelenskyy")])
    assert len(_of(doc, "CONSULT")) <= 1


# --- 5. weapons given by their other names ---------------------------------------------------

GUNS = [
    "Литва надала нам нові гармати.",
    "Литва передасть Україні ЗРК та БПЛА.",
    "Литва відправила Україні партію бронеавтомобілів.",
]


@pytest.mark.parametrize("text", GUNS)
def test_guns_air_defence_and_armour_given_are_military_aid(core_pipeline, text):
    doc = build(core_pipeline, text, names=[("Литва", "lithuania")])
    [ev] = _of(doc, "AID")
    assert ev.actors[:1] == ["lithuania"] and ev.mode == "military"


def test_a_helmet_worn_in_an_interview_is_no_aid(core_pipeline):
    doc = build(core_pipeline, "Міністр надав журналістам інтерв'ю в шоломі.")
    assert not _of(doc, "AID")


# --- 6. relative clauses: who acts in them, and aid received -------------------------------

def test_a_relative_pronoun_subject_acts_not_the_speaker_around_it(core_pipeline):
    doc = build(core_pipeline, "Ми закликаємо країни, які вже запровадили санкції проти Росії, посилити їх.",
                names=[("Росії", "russia")])
    [ev] = _of(doc, "SANCTION")
    assert ev.status == "occurred" and "russia" in ev.recipients and "ukraine" not in ev.actors


def test_a_first_person_subject_inside_the_relative_clause_still_acts(core_pipeline):
    doc = build(core_pipeline, "Зброя, яку ми передали Молдові, була застарілою.",
                names=[("Молдові", "moldova")])
    [ev] = _of(doc, "AID")
    assert "ukraine" in ev.actors and "moldova" in ev.recipients


def test_aid_received_named_before_the_relative_pronoun_is_aid(core_pipeline):
    doc = build(core_pipeline, "Пакет, який ми отримали від Німеччини, вже на фронті.",
                names=[("Німеччини", "germany")])
    [ev] = _of(doc, "AID")
    assert ev.actors == ["germany"] and "ukraine" in ev.recipients and ev.status == "occurred"


def test_money_people_received_from_their_own_state_is_no_aid(core_pipeline):
    doc = build(core_pipeline, "Кошти, які ми отримали від держави за вакцинацію, можна витратити на армію.")
    assert not _of(doc, "AID")


# --- 7. a chain of predicates with commas, and a talk verb left out for a dash ---------------

def test_each_strike_of_a_chain_of_verbs_hits_only_what_its_own_verb_names(core_pipeline):
    doc = build(core_pipeline, "Минулої доби ворог обстріляв Херсон, атакував дронами Берислав, скинув авіабомби на Нікополь.",
                names=[("Херсон", "kherson"), ("Берислав", "beryslav"), ("Нікополь", "nikopol")])
    strikes = _of(doc, "ASSAULT")
    assert sorted(tuple(ev.recipients) for ev in strikes) == [("beryslav",), ("kherson",), ("nikopol",)]


def test_a_verb_of_a_chain_with_no_subject_of_its_own_has_the_first_ones(core_pipeline):
    doc = build(core_pipeline, "Зеленський зустрівся з Туском, провів переговори з Мелоні, поговорив з Фіалою.",
                names=[("Зеленський", "volodymyr-zelenskyy"), ("Туском", "donald-tusk"), ("Мелоні", "giorgia-meloni"),
                       ("Фіалою", "petr-fiala")])
    talks = _of(doc, "CONSULT")
    assert len(talks) == 3 and all("volodymyr-zelenskyy" in ev.actors for ev in talks)


def test_a_talk_verb_left_out_for_a_dash_is_another_talk_with_its_own_time(core_pipeline):
    doc = build(core_pipeline, "Вранці Президент зустрівся з Туском, увечері – з Мелоні.",
                names=[("Туском", "donald-tusk"), ("Мелоні", "giorgia-meloni")],
                timexes=[("Вранці", "2026-01-10TMO", None), ("увечері", "2026-01-10TEV", None)])
    talks = {ev.recipients[0]: ev for ev in _of(doc, "CONSULT")}
    assert set(talks) == {"donald-tusk", "giorgia-meloni"}
    assert talks["donald-tusk"].time["value"] == "2026-01-10TMO"
    assert talks["giorgia-meloni"].time["value"] == "2026-01-10TEV"
    assert "giorgia-meloni" not in talks["donald-tusk"].recipients


ONE_GAPLESS_TALK = [
    # a dash that explains who the partners are, or a partner no name tells apart
    ("Зеленський зустрівся з Туском і Мелоні – лідерами Польщі та Італії.",
     [("Зеленський", "volodymyr-zelenskyy"), ("Туском", "donald-tusk"), ("Мелоні", "giorgia-meloni")]),
    ("Зеленський зустрівся з Туском, а потім – з журналістами.",
     [("Зеленський", "volodymyr-zelenskyy"), ("Туском", "donald-tusk")]),
]


@pytest.mark.parametrize("text,names", ONE_GAPLESS_TALK)
def test_a_dash_with_no_partner_of_its_own_makes_no_second_talk(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert len(_of(doc, "CONSULT")) == 1
