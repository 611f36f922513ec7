"""Speakers of reported speech in clauses that share a subject, and tellings that are only
announced (issue 17, found on untuned real text). Every text here is written for these tests."""
import pytest

from quote_helpers import NAMES, heads, heads_described, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
quotes = reader(heads, "2025-03-10")
described = reader(heads_described, "2025-03-10")


# A clause joined by "але" / "а" / "однак" to one whose subject is a new speaker: that subject
# speaks, not whoever spoke in the paragraph before.
JOINED = [
    ("Генеральний штаб повідомив, що вночі ворог обстріляв Сумщину з реактивних систем.\n\n"
     "Губернатор області підтвердив обстріл, але заявив, що обійшлося без жертв.",
     [("вночі", "general-staff-of-ukraine"), ("обійшлося", None, "Губернатор області")]),
    ("У Повітряних силах повідомили, що ворог запустив по столиці сорок дронів.\n\n"
     "Мер міста визнав пошкодження двох будинків, однак наголосив, що укриття працювали.",
     [("ворог", "ukrainian-air-force"), ("укриття", None, "Мер міста")]),
    ("Прем'єр-міністр Денис Шмигаль розповів про підготовку до опалювального сезону.\n\n"
     "Очільниця громади не назвала суми збитків, а лише зазначила, що ремонт триватиме місяць.",
     [("ремонт", None, "Очільниця громади")]),
]


@pytest.mark.parametrize("text,expected", JOINED)
def test_a_joined_clause_keeps_the_subject_of_the_clause_before(pipe, text, expected):
    got = described(pipe, text)
    for want in expected:
        if len(want) == 2:
            assert (want[0], want[1]) in [(a, b) for a, b, _ in got]
        else:
            assert want in got


# A telling announced for later has no content yet.
FUTURE = [
    "Президент прибув до Варшави з робочим візитом.\n\nПісля повернення глава держави "
    "поінформує депутатів про результати переговорів.",
    "Міністр закордонних справ Андрій Сибіга зустрівся з колегами з Балтії. Наступного тижня "
    "міністр проінформує уряд про підсумки поїздки.",
]


@pytest.mark.parametrize("text", FUTURE)
def test_a_telling_announced_for_later_is_no_quote(pipe, text):
    assert quotes(pipe, text) == []


def test_a_telling_in_the_past_is_still_a_topic_quote(pipe):
    got = quotes(pipe, "Міністр закордонних справ Андрій Сибіга поінформував уряд про підсумки "
                       "поїздки до Вільнюса.")
    assert got == [("про", "andrii-sybiha")]


# An adverbial participle shares the subject of its sentence: the court that rejected the
# appeal confirms, not the appellant named in the sentence before.
GERUND = [
    ("Підприємець Ігор Савчук звернувся до апеляційного суду.\n\n10 вересня суд відхилив його "
     "скаргу, підтвердивши, що ділянка має залишитися у власності громади.",
     ("ділянка", None)),
    ("Міністр оборони Рустем Умєров провів нараду з виробниками.\n\nЗаступниця міністра "
     "відкрила форум, наголосивши, що замовлення зростуть.",
     ("замовлення", None)),
]


@pytest.mark.parametrize("text,expected", GERUND)
def test_a_participle_clause_speaks_for_its_sentence_subject(pipe, text, expected):
    assert expected in quotes(pipe, text)


def test_the_joining_conjunctions_are_data():
    from khronika.extract.quotes.lexicon import lexicon
    assert {"але", "а", "однак"} <= lexicon().joining_conjunctions
