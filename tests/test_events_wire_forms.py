"""Forms of wire-service, regional and war news of many years that the lexicon missed (read in
short items written across genres the rules were not tuned on): an invasion begun or troops
invading a named land, troops leaving a named town, people freed from captivity told before
the verb or home with an exchange told beside it, restrictions against a party, a chargé
d'affaires summoned, the armed forces by their short name, a bloc's candidate status granted,
a commander killed, a leader reaching a capital,
bodies exchanged, people freed from bondage ('неволя'), protesters gathering or blocking a
road, one found guilty by a court, and a counter-sanction told after
the sanction it answers; and the other senses of the same words, which tell none.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build

from khronika.extract.events.lexicon.compiled import lexicon

ENTS.setdefault("georgia", ("Georgia", "Грузія", "LOC", "Q230"))
ENTS.setdefault("belarus", ("Belarus", "Білорусь", "LOC", "Q184"))
ENTS.setdefault("kherson", ("Kherson", "Херсон", "LOC", None))
ENTS.setdefault("kursk-oblast", ("Kursk Oblast", "Курська область", "LOC", None))


def test_the_word_lists_are_data():
    lex = lexicon()
    assert {"вторгнутися", "вторгнення"} <= lex.word_list("invasion_words")
    assert lex.contexts["against"] == frozenset({"проти"})
    assert "повірений" in lex.contexts["chargé"] and "зсу" in lex.contexts["troops"]


def _types(doc):
    return sorted(e.type for e in doc.events if e.status != "negated")


@pytest.mark.parametrize("text, names, type_", [
    ("Окупаційні війська вийшли з Херсона минулого тижня.", [("Херсона", "kherson")], "RETREAT"),
    ("Російські війська вторглися в Грузію.", [("Грузію", "georgia")], "ASSAULT"),
    ("ЗСУ увійшли в Курську область.", [("Курську область", "kursk-oblast")], "ASSAULT"),
    ("З полону вдалося визволити ще тридцять моряків.", [], "RETREAT"),
    ("Додому повернулися 95 військових. Обмін став можливим завдяки посередникам.", [], "RETREAT"),
    ("Рада ЄС продовжила обмежувальні заходи проти Білорусі.", [("ЄС", "eu"), ("Білорусі", "belarus")],
     "SANCTION"),
    ("МЗС викликало тимчасового повіреного у справах Білорусі.", [("Білорусі", "belarus")], "PROTEST"),
    ("Рада ЄС надала Молдові статус кандидата на вступ.", [("ЄС", "eu")], "SUPPORT"),
    ("Спецпризначенці ліквідували командира ворожого батальйону.", [], "ASSAULT"),
    ("Прем'єр Польщі дістався до Києва.", [("Польщі", "poland"), ("Києва", "kyiv")], "CONSULT"),
    ("Сторони обмінялися тілами загиблих.", [], "RETREAT"),
    ("З неволі звільнено ще сорок захисників.", [], "RETREAT"),
    ("Біля посольства зібралися сотні протестувальників.", [], "PROTEST"),
    ("На вулиці столиці вийшли тисячі демонстрантів.", [], "PROTEST"),
    ("Мітингувальники перекрили головну трасу країни.", [], "PROTEST"),
    ("Суд визнав колишнього директора порту винним у розтраті.", [], "ACCUSE"),
    # ("вжити" is a bare VERB to the dictionary: the infinitive after the verb all the same)
    ("Прем'єр доручив митникам вжити заходів для захисту кордону.", [], "REQUEST"),
])
def test_wire_and_war_forms_tell_a_happening(core_pipeline, text, names, type_):
    assert _types(build(core_pipeline, text, names=names)) == [type_]


def test_an_invaded_land_is_the_recipient_not_the_place(core_pipeline):
    doc = build(core_pipeline, "Росія розпочала повномасштабне вторгнення в Україну.",
                names=[("Росія", "russia"), ("Україну", "ukraine")])
    (e,) = doc.events
    assert (e.type, e.actors, e.recipients, e.place) == ("ASSAULT", ["russia"], ["ukraine"], None)


def test_a_counter_sanction_is_a_happening_of_its_own(core_pipeline):
    text = "Уряд Польщі запровадив мита на товари з Росії. Росія у відповідь заборонила імпорт польських яблук."
    doc = build(core_pipeline, text, names=[("Польщі", "poland"), ("Росії", "russia"), ("Росія", "russia")])
    sanctions = [e for e in doc.events if e.type == "SANCTION"]
    assert len(sanctions) == 2
    assert sorted(e.actors[0] for e in sanctions) == ["poland", "russia"]


@pytest.mark.parametrize("text, names", [
    ("Військові вийшли з укриття в Херсоні після тривоги.", [("Херсоні", "kherson")]),
    ("Делегація вийшла з будівлі парламенту.", []),
    ("Гетьман вийшов із Херсона назустріч ворожим військам.", [("Херсона", "kherson")]),
    ("Хакери вторглися в систему банку.", []),
    ("З початку вторгнення минуло три роки.", []),
    ("ЗСУ увійшли в історію як найбільша армія континенту.", []),
    ("Додому повернулися 95 військових після навчань.", []),
    ("Адвокат викликав повіреного для підписання заповіту.", []),
    ("Уряд запровадив обмежувальні заходи через епідемію грипу.", []),
    ("Працювати з полоненими допомагають психологи.", []),
    ("Виборча комісія надала йому статус кандидата в депутати.", []),
    ("Країна має отримати статус кандидата найближчим часом.", []),
    ("Біженці дісталися до Львова потягом.", []),
    ("Туристи питали, як дістатися до Києва автобусом.", [("Києва", "kyiv")]),
    ("Звірів із неволі звільнили волонтери зоопарку.", []),
    ("Міністерство ліквідувало посаду командувача округу.", []),
    ("Поліція не дала протестувальникам зібратися біля посольства.", []),
    ("Поліція заблокувала демонстрантів у дворі університету.", []),
    ("Студенти зібралися на лекцію з історії.", []),
    ("Протестувальники зібралися звільнити затриманих товаришів.", []),
    ("Обвинувачений визнав себе винним у крадіжці.", []),
    ("Суд визнав журналіста невинним.", []),
    ("Слідчий визнав, що винних досі не знайшли.", []),
])
def test_other_senses_tell_none(core_pipeline, text, names):
    assert _types(build(core_pipeline, text, names=names)) == []
