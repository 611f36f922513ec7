"""Events recall of the less frequent PLOVER types in news genres (court, regional and world
news): searches and bans of an organisation (COERCE), marches (PROTEST), refusals of what a court
or a state grants and denials of a charge (REJECT), protocols signed (AGREE), alerts, call-ups and
deployments (MOBILIZE), pardons and releases from prison (RETREAT release); with the senses that
are none of these. Texts written for these tests.
"""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build

ENTS.setdefault("poland", ("Poland", "Польща", "LOC", "Q36"))
ENTS.setdefault("belarus", ("Belarus", "Білорусь", "LOC", "Q184"))
ENTS.setdefault("moldova", ("Moldova", "Молдова", "LOC", "Q217"))
ENTS.setdefault("finland", ("Finland", "Фінляндія", "LOC", "Q33"))
ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))


def sides(doc):
    return [(e.type, e.mode, e.status, sorted(e.actors), sorted(e.recipients)) for e in doc.events]


@pytest.mark.parametrize("text,names,type_", [
    # searches by those who hold power over the searched
    ("Поліція обшукала офіс фірми-підрядника.", [], "COERCE"),
    ("Слідчі Польщі провели обшуки у трьох митників.", [("Польщі", "poland")], "COERCE"),
    # an organisation or a medium banned (a ban on trade stays a sanction)
    ("Влада Білорусі заборонила діяльність незалежної профспілки.", [("Білорусі", "belarus")], "COERCE"),
    ("Росія заборонила імпорт польських яблук.", [("Росія", "russia")], "SANCTION"),
    # a march held or joined
    ("У Варшаві відбувся марш на підтримку політв'язнів.", [], "PROTEST"),
    ("Тисячі студентів вийшли на марш у центрі міста.", [], "PROTEST"),
    # what a court or a state refuses, whoever it refuses it to
    ("Суд відмовив обвинуваченому у звільненні під заставу.", [], "REJECT"),
    ("Молдова відмовила у в'їзді двом пропагандистам.", [("Молдова", "moldova")], "REJECT"),
    # a party denying a charge
    ("Росія заперечує причетність до вибуху на газогоні.", [("Росія", "russia")], "REJECT"),
    ("Білорусь заперечила, що її літаки порушили кордон.", [("Білорусь", "belarus")], "REJECT"),
    # protocols and conventions are signed texts
    ("Польща та Україна підписали протокол про спільне патрулювання кордону.",
     [("Польща", "poland"), ("Україна", "ukraine")], "AGREE"),
    # an alert, a call-up, a deployment with the troops after where
    ("Литва привела армію в стан бойової готовності.", [("Литва", "lithuania")], "MOBILIZE"),
    ("Фінляндія призвала на збори дві тисячі резервістів.", [("Фінляндія", "finland")], "MOBILIZE"),
    ("Польща розгорнула біля кордону з Білоруссю ще три батальйони.",
     [("Польща", "poland"), ("Білоруссю", "belarus")], "MOBILIZE"),
    # pardons and releases from prison or of people held
    ("Лукашенко помилував засудженого журналіста з Польщі.", [("Польщі", "poland")], "RETREAT"),
    ("Суд звільнив з-під варти колишнього мера під заставу.", [], "RETREAT"),
    ("Білорусь випустила на волю 16 політв'язнів.", [("Білорусь", "belarus")], "RETREAT"),
])
def test_a_less_frequent_type_told_in_news(core_pipeline, text, names, type_):
    doc = build(core_pipeline, text, names=names)
    assert type_ in [e.type for e in doc.events], sides(doc)


@pytest.mark.parametrize("text,names,type_", [
    # a delay, not a detention
    ("Через туман затримали рейс до Польщі.", [("Польщі", "poland")], "COERCE"),
    ("Потяг до Польщі затримали на годину через тривогу.", [("Польщі", "poland")], "COERCE"),
    # a showing, not a rally
    ("Демонстрація нової бронетехніки відбулася на полігоні.", [], "PROTEST"),
    # no comment refuses no party anything; not denying admits
    ("Міністр відмовився від коментарів.", [], "REJECT"),
    ("Ніхто не заперечує, що зима буде важкою.", [], "REJECT"),
    # a call on the parties to act, not a call-up
    ("Генсек ООН призвав сторони до діалогу.", [], "MOBILIZE"),
    # missiles launched and officials dismissed free no one
    ("Росіяни випустили по Харкову шість ракет.", [("Харкову", "kharkiv")], "RETREAT"),
    ("Кабмін звільнив заступника міністра освіти.", [], "RETREAT"),
    ("Поліцейські склали протокол на водія.", [], "AGREE"),
])
def test_a_sense_that_is_none_of_these_types(core_pipeline, text, names, type_):
    doc = build(core_pipeline, text, names=names)
    assert type_ not in [e.type for e in doc.events], sides(doc)


def test_a_release_from_prison_implies_no_war_sides(core_pipeline):
    # in war news a release with no side named is one from the adversary; a court's is not
    doc = build(core_pipeline, "Суд звільнив з-під варти колишнього мера під заставу.",
                names=[], refs=[])
    released = [e for e in doc.events if e.type == "RETREAT"]
    assert released and not released[0].actors and not released[0].recipients, sides(doc)


@pytest.mark.parametrize("text,names,type_", [
    # ships seized, a curfew imposed, people expelled
    ("Іран захопив у протоці нафтовий танкер.", [], "COERCE"),
    ("Окупаційна влада запровадила комендантську годину в Бердянську.", [], "COERCE"),
    ("Окупанти вислали з області двох журналістів.", [], "COERCE"),
    # a protest declared or kept up
    ("Ув'язнені активісти оголосили голодування.", [], "PROTEST"),
    ("Фермери оголосили бойкот польських супермаркетів.", [("польських", "poland")], "PROTEST"),
    # protests going on as the text is written
    ("У Белграді тривають студентські протести.", [], "PROTEST"),
    # troops concentrated past where and how many, warplanes scrambled
    ("Росія зосередила під Куп'янськом майже 15 тисяч військових.", [("Росія", "russia")], "MOBILIZE"),
    ("Литва підняла в повітря винищувачі.", [("Литва", "lithuania")], "MOBILIZE"),
    ("Польща підняла чергову авіацію.", [("Польща", "poland")], "MOBILIZE"),
    # ground taken back
    ("Бійці відбили позиції поблизу Торецька.", [], "ASSAULT"),
    # home in an exchange
    ("У межах обміну додому повернулися 90 цивільних.", [], "RETREAT"),
])
def test_a_less_frequent_type_told_in_other_words(core_pipeline, text, names, type_):
    doc = build(core_pipeline, text, names=names)
    assert type_ in [e.type for e in doc.events], sides(doc)


@pytest.mark.parametrize("text,type_", [
    # a rule in force named, a call only, a balloon sent up
    ("Під час комендантської години рух транспорту заборонено.", "COERCE"),
    ("Нічого не відбулося: бойкот лишився лише закликом.", "PROTEST"),
    ("Туристи підняли в повітря повітряну кулю.", "MOBILIZE"),
])
def test_other_words_that_name_none_of_these(core_pipeline, text, type_):
    doc = build(core_pipeline, text)
    assert type_ not in [e.type for e in doc.events], sides(doc)


def test_a_strike_repelled_wins_no_ground(core_pipeline):
    # the first noun after "відбили" is what is beaten off: an attack, not the positions
    doc = build(core_pipeline, "Бійці відбили атаку на позиції поблизу Торецька.")
    assert all(e.mode != "ground" for e in doc.events), sides(doc)


@pytest.mark.parametrize("text,type_", [
    # a person held told by a pronoun before the verb, as witnesses tell it
    ("Мене затримали на блокпосту під Херсоном.", "COERCE"),
    ("Їх затримали за порушення комендантської години.", "COERCE"),
    # a court's measure of custody, a charge brought, people filtered, a strike going on
    ("Суд обрав запобіжний захід у вигляді тримання під вартою колишньому прокурору.", "COERCE"),
    ("Слідчі пред'явили обвинувачення колишньому директору порту.", "ACCUSE"),
    ("Окупанти провели фільтрацію жителів Мангуша.", "COERCE"),
    ("Шахтарі третій день страйкують через борги з зарплати.", "PROTEST"),
])
def test_forms_of_witness_and_court_news(core_pipeline, text, type_):
    doc = build(core_pipeline, text)
    assert type_ in [e.type for e in doc.events], sides(doc)


@pytest.mark.parametrize("text", [
    "Його рейс затримали на дві години.",
    "Він затримав відповідь на лист.",
])
def test_a_delay_told_with_a_pronoun_is_no_detention(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert "COERCE" not in [e.type for e in doc.events], sides(doc)
