"""Names that are a dictionary word with a capital: a body's head noun standing for the body
named before, an adjective sharing the noun of the name after it."""
from entity_helpers import Analysed


AT = Analysed("2022-03-25")
mentions = AT.mention_pairs


def test_a_bodys_head_noun_with_a_capital_is_the_body_named_before():
    got = mentions("Дякую працівникам Служби безпеки України. Вдячний кожному у Службі, "
                   "хто захищав державу.")
    assert ("Службі", "sbu") in got
    got = mentions("Голова Верховної Ради виступив. Потім він сказав, що Рада збереться завтра.")
    assert ("Рада", "verkhovna-rada") in got


def test_no_body_from_a_head_noun_that_starts_a_name_or_a_sentence_or_fits_two_bodies():
    got = mentions("Європейський Союз запровадив санкції. Партію «Союз лівих сил» заборонено.")
    assert ("Союз", "european-union") not in got
    got = mentions("Служба безпеки України працює. Служба пройшла довгий шлях.")
    assert not any(t == "Служба" for t, _ in got)       # a sentence start says nothing
    got = mentions("Працівники Служби безпеки України і Служби зовнішньої розвідки України "
                   "отримали нагороди. Вдячний кожному у Службі.")
    assert not any(t == "Службі" and e in ("sbu", "foreign-intelligence-service-of-ukraine")
                   for t, e in got)


def test_an_adjective_sharing_the_noun_of_the_next_name_is_no_name():
    got = mentions("Ідеться про безпеку в Центральній та Східній Європі.")
    assert not any(t == "Центральній" for t, _ in got)


def test_a_slogan_is_no_body_and_keeps_the_country_it_names():
    got = mentions("Люди вийшли на площі й вигукують «Слава Україні! Героям слава!».")
    assert ("Україні", "ukraine") in got
    assert not any(t.startswith("Слава") for t, _ in got)
    got = mentions("Компанія «Нафтогаз України» заплатила податки.")
    assert ("Нафтогаз України", "naftogaz") in got     # a body of its place stays one name
