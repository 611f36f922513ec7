"""Events recall on kinds of statecraft news the rules had read little (part A25): delegations
walking out, envoys summoned, votes against, demands turned down, pacts put on hold, recognition
granted, findings of responsibility, warnings of sanctions, martial law decreed, troops and
instructors sent to another state, contributions paid into funds. Each form with a near miss
that names no happening. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, analysed, build

ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("estonia", ("Estonia", "Естонія", "LOC", "Q191"))
ENTS.setdefault("spain", ("Spain", "Іспанія", "LOC", "Q29"))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
ENTS.setdefault("united-kingdom", ("United Kingdom", "Велика Британія", "LOC", "Q145"))
ENTS.setdefault("echr", ("European Court of Human Rights", "ЄСПЛ", "ORG", "Q122880"))

NAMES = [("Україна", "ukraine"), ("України", "ukraine"), ("Україну", "ukraine"), ("Росію", "russia"),
         ("Росія", "russia"), ("Польща", "poland"), ("Польщі", "poland"), ("США", "united-states"),
         ("Литві", "lithuania"), ("Естонія", "estonia"), ("Іспанія", "spain"), ("Німеччина", "germany"),
         ("Велика Британія", "united-kingdom"), ("ЄСПЛ", "echr"), ("Франція", "france"),
         ("НАТО", "nato")]


def _events(core_pipeline, text):
    names = [(s, e) for s, e in NAMES if s in text.replace("Україну", "").replace("України", "")
             or s in ("Україну", "України") and s in text]
    return build(core_pipeline, text, names=names).events


@pytest.mark.parametrize("text, type_, actor", [
    ("Делегація України залишила зал на знак протесту.", "PROTEST", "ukraine"),
    ("Під час виступу посла дипломати вийшли із зали.", "PROTEST", None),
    ("США голосували проти резолюції.", "REJECT", "united-states"),
    ("Україна відкидає ультиматум окупантів.", "REJECT", "ukraine"),
    ("Іспанія визнала незалежність нової держави.", "SUPPORT", "spain"),
    ("ЄСПЛ визнав Росію відповідальною за порушення прав людини.", "ACCUSE", "echr"),
    ("Франція попередила Росію про нові санкції.", "THREATEN", "france"),
    ("Президент підписав указ про введення воєнного стану.", "COERCE", None),
    ("Франція може відправити війська в Україну.", "MOBILIZE", "france"),
    ("Німеччина розмістила в Литві бригаду.", "MOBILIZE", "germany"),
    ("Велика Британія направить в Україну 75 військових інструкторів.", "AID", "united-kingdom"),
    ("Естонія зробила внесок у розмірі 1,5 мільйона євро до фонду НАТО.", "AID", "estonia"),
    ("Франція внесла до спеціального фонду 120 мільйонів євро.", "AID", "france"),
])
def test_a_kind_of_statecraft_news_tells_its_happening(core_pipeline, text, type_, actor):
    evs = [e for e in _events(core_pipeline, text) if e.type == type_]
    assert evs, text
    if actor:
        assert evs[0].actors[:1] == [actor], (text, evs[0].actors)


@pytest.mark.parametrize("text, type_", [
    ("Глядачі вийшли із зали після концерту.", "PROTEST"),
    ("Депутати залишили зал засідань о шостій.", "PROTEST"),
    ("Бійці відкидають ворога від міста.", "REJECT"),
    ("Україна не визнала результати псевдовиборів.", "SUPPORT"),
    ("Він визнав свою поразку.", "SUPPORT"),
    ("На період введення воєнного стану діють нові правила.", "COERCE"),
    ("Командування направило бригаду під Бахмут.", "MOBILIZE"),
    ("Компанія направила в Україну своїх інженерів.", "MOBILIZE"),
    ("Він зробив великий внесок у перемогу.", "AID"),
    ("Депутат вніс до Верховної Ради законопроєкт.", "AID"),
    ("Суд визнав недійсним договір оренди земельної ділянки.", "REJECT"),
    ("США голосували проти резолюції.", "AGREE"),
])
def test_the_same_words_elsewhere_tell_no_such_happening(core_pipeline, text, type_):
    assert all(e.type != type_ for e in _events(core_pipeline, text)), text


@pytest.mark.parametrize("text, type_", [
    ("Місія МАГАТЕ прибула на Запорізьку АЕС.", "CONSULT"),
    ("До України прибула група експертів ООН.", "CONSULT"),
    ("Міжнародний суд ООН визнав, що Росія порушила конвенцію.", "ACCUSE"),
    ("Проти виступили Росія та Білорусь.", "REJECT"),
    ("Донори пообіцяли Україні понад мільярд євро на відновлення.", "AID"),
    ("Литва внесла до фонду відновлення України ще 10 мільйонів євро.", "AID"),
    ("Франція попередила Росію про нові санкції.", "THREATEN"),
])
def test_more_kinds_of_statecraft_news(text, type_):
    assert any(e.type == type_ for e in analysed(text, "2024-05-01").events), text


@pytest.mark.parametrize("text, type_", [
    ("Він визнав, що порушив правила.", "ACCUSE"),
    ("Рятувальники прибули на станцію.", "CONSULT"),
    ("Експерти-сапери прибули до села.", "CONSULT"),
    ("Кандидат пообіцяв виборцям гроші.", "AID"),
])
def test_more_near_misses(text, type_):
    assert all(e.type != type_ for e in analysed(text, "2024-05-01").events), text


def test_for_now_blocks_nothing(core_pipeline):
    """"поки" as "for now" right after its subject is no clause of a wish or a time."""
    doc = build(core_pipeline, "Україна поки відмовилася підписувати угоду.", names=[("Україна", "ukraine")])
    assert [e.type for e in doc.events] == ["REJECT"]
    doc = build(core_pipeline, "Ми будемо боротися, поки Росія не відмовиться від агресії.",
                names=[("Росія", "russia")])
    assert all(e.type != "REJECT" for e in doc.events)


@pytest.mark.parametrize("text, type_", [
    ("Європарламент висловився на підтримку спеціального трибуналу.", "SUPPORT"),
    ("Мінськ відповів дзеркальними заходами.", "SANCTION"),
    ("Делегації вийшли із зали, коли почав говорити міністр Росії.", "PROTEST"),
    ("Суд зобов'язав Москву звільнити ув'язнених.", "REQUEST"),
    ("Прем'єр заявив, що Велика Британія готова відправити в Україну своїх військових.", "MOBILIZE"),
])
def test_stances_answers_and_readiness(text, type_):
    assert any(e.type == type_ for e in analysed(text, "2024-05-01").events), text


def test_a_role_word_after_do_is_no_subject():
    """"до армії призвуть": the army is where they go, not the home side calling them up."""
    evs = analysed("Міністр оборони Сергій Шойгу заявив, що до армії призвуть 300 тисяч резервістів.",
                   "2022-09-21").events
    assert all("ukraine" not in e.actors for e in evs)


@pytest.mark.parametrize("text, type_, receiver", [
    ("Велика Британія направить в Україну 75 військових інструкторів.", "AID", "ukraine"),
    ("Канада відправить до Латвії додаткові 1200 військових.", "MOBILIZE", "latvia"),
    ("Німеччина розмістила в Литві бригаду бундесверу.", "MOBILIZE", "lithuania"),
])
def test_the_state_troops_are_sent_to_receives_them(text, type_, receiver):
    [ev] = [e for e in analysed(text, "2024-05-01").events if e.type == type_]
    assert receiver in ev.recipients and ev.place != receiver, (ev.recipients, ev.place)


def test_a_town_aid_is_sent_to_stays_the_place():
    [ev] = [e for e in analysed("Польща надіслала гуманітарну допомогу в Харків.", "2024-05-01").events
            if e.type == "AID"]
    assert ev.place == "kharkiv" and "kharkiv" not in ev.recipients


@pytest.mark.parametrize("text, type_", [
    ("Проти резолюції проголосували сім держав, серед них Росія та Білорусь.", "REJECT"),
    ("Литва визнала результати виборів у Білорусі сфальсифікованими.", "REJECT"),
    ("Президент Грузії назвав рішення Росії анексією.", "ACCUSE"),
])
def test_votes_against_void_outcomes_and_seizures_named(text, type_):
    assert any(e.type == type_ for e in analysed(text, "2024-05-01").events), text


def test_an_annexation_not_recognised_stays_a_refusal():
    evs = analysed("Україна та західні країни не визнали анексію півострова.", "2014-03-18").events
    assert [e.type for e in evs] == ["REJECT"]
