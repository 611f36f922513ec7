"""Events recall A32 (issue 16): proposals handed to a party, a bloc executive's recommendation
of candidate status and its proposal of a sanctions package. Sentences written for these tests;
each new behaviour has near misses that give no event or no wrong side."""
from __future__ import annotations

from event_helpers import analysed, of_type


def _sides(text: str, type_: str, date: str = "2024-05-01"):
    return [(e.status, e.actors, e.recipients) for e in of_type(analysed(text, date), type_)]


# --- proposals handed over: the giver asks the one it hands them to ---

def test_proposals_handed_to_a_party_are_a_request_of_the_giver():
    for text, giver, taker in (
            ("Україна передала Сполученим Штатам свої пропозиції щодо мирного плану.", "ukraine", ["united-states"]),
            ("Київ надіслав Вашингтону пропозиції щодо угоди про корисні копалини.", "ukraine", ["united-states"]),
            ("Україна передала партнерам свої пропозиції щодо гарантій безпеки.", "ukraine", []),
            ("Пропозиції України щодо гарантій безпеки передано партнерам.", "ukraine", [])):
        [(status, actors, recipients)] = _sides(text, "REQUEST")
        assert status == "occurred" and actors == [giver] and recipients == taker, text


def test_proposals_filed_at_home_or_invited_are_no_request():
    for text in ("Депутати подали пропозиції до законопроєкту.",
                 "Громадяни можуть надсилати свої пропозиції на електронну адресу.",
                 "Міністерство надало пропозиції до проєкту бюджету."):
        assert _sides(text, "REQUEST") == [], text


# --- a recommendation of candidate status: the executive supports the candidate ---

def test_a_recommended_candidate_status_is_the_recommenders_support():
    for text, favoured in (("Єврокомісія рекомендувала надати Україні статус кандидата.", ["ukraine"]),
                           ("Європейська комісія рекомендувала Раді ЄС надати Україні та Молдові статус кандидата.",
                            ["ukraine", "moldova"]),
                           ("Європейська комісія рекомендувала відкрити переговори про вступ з Україною та Молдовою.",
                            ["ukraine", "moldova"])):
        [(status, actors, recipients)] = _sides(text, "SUPPORT")
        assert status == "occurred" and actors == ["european-commission"] and recipients == favoured, text


def test_advice_of_another_kind_or_withheld_supports_no_one():
    for text in ("МВФ рекомендував Україні посилити податкову дисципліну.",
                 "Комісія рекомендувала кандидата на посаду голови.",
                 "Партія рекомендувала надати статус кандидата в депутати своєму члену.",
                 "Комісія не рекомендувала надавати Грузії статус кандидата."):
        assert _sides(text, "SUPPORT") == [], text


# --- a package of sanctions proposed: the bloc's executive, not a member, stands for it ---

def test_the_commission_proposing_sanctions_keeps_its_side():
    [(status, actors, _)] = _sides("Єврокомісія запропонувала новий пакет санкцій.", "SANCTION")
    assert status == "planned" and actors == ["european-commission"]
    # (the Council it is put to is asked, not sanctioned)
    [(_, actors, recipients)] = _sides("Європейська комісія запропонувала Раді ЄС новий пакет санкцій.", "SANCTION")
    assert actors == ["european-commission"] and recipients == []
    assert _sides("Європейська комісія запропонувала Раді ЄС новий пакет санкцій.", "AID") == []


def test_a_bare_package_where_sanctions_are_the_talk_is_one_of_sanctions():
    text = "ЄС готує нові санкції проти Росії. Єврокомісія запропонувала новий пакет."
    assert _sides(text, "AID") == []
    assert [a for _, a, _ in _sides(text, "SANCTION")] == [["european-union", "european-commission"]]
    # a member state proposing them imposes nothing itself
    [(_, actors, _)] = _sides("Санкції проти Росії не діють. Франція запропонувала новий пакет.", "SANCTION")
    assert actors == []
    # a package named as aid stays aid
    assert _sides("Санкції проти Росії діють. Єврокомісія запропонувала новий пакет допомоги Україні.",
                  "SANCTION") == []
