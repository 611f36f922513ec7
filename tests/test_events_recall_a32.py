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


# --- litotes: the act promised by "not stopping" or "not delaying" it, planned, by its promiser ---

def test_aid_not_to_be_stopped_or_delayed_is_aid_to_come():
    for text, giver in (("Литва не припинить постачання зброї Україні.", ["lithuania"]),
                        ("США не залишать Україну без допомоги.", ["united-states"]),
                        ("Литва не відмовиться від допомоги Україні.", ["lithuania"]),
                        ("Франція не скоротить фінансування Україні.", ["france"])):
        assert _sides(text, "SANCTION") == [] and _sides(text, "REJECT") == [], text
        [(status, actors, recipients)] = _sides(text, "AID")
        assert status == "planned" and actors == giver and recipients == ["ukraine"], text


def test_aid_that_will_not_be_long_is_the_promisers():
    [(status, actors, _)] = _sides("Байден заявив, що допомога не забариться.", "AID")
    assert status == "planned" and actors == ["joe-biden", "united-states"]
    # a giver named in the clause gives it; the one who says so does not
    [(_, actors, _)] = _sides("Допомога від партнерів не забариться, запевнив Шмигаль.", "AID")
    assert actors == []
    # stopped in the past it is no promise
    assert _sides("Литва не припинила допомогу Україні.", "AID") == []


def test_support_not_given_up_is_support_to_come():
    for text, actors_ in (("Німеччина не відмовиться від підтримки України.", ["germany"]),
                          ("Ми не відмовимося від підтримки України, заявив Шольц.", ["olaf-scholz", "germany"])):
        assert _sides(text, "REJECT") == [], text
        [(status, actors, recipients)] = _sides(text, "SUPPORT")
        assert status == "planned" and actors == actors_ and recipients == ["ukraine"], text
    # giving up gas is still an embargo
    assert [t for t, *_ in [(e.type,) for e in analysed("Ми не відмовимося від російського газу.", "2024-05-01").events]] \
        == ["SANCTION"]


def test_a_strike_not_left_unanswered_is_a_threat_and_the_strike_took_place():
    [(status, actors, recipients)] = _sides("Ми не залишимо цей удар без відповіді.", "ASSAULT")
    assert status == "occurred" and "ukraine" not in actors
    [(status, actors, _)] = _sides("Ми не залишимо цей удар без відповіді.", "THREATEN")
    assert status == "occurred" and actors == ["ukraine"]
    # the doer of the act answered is the one threatened
    [(_, actors, recipients)] = _sides("Зеленський пообіцяв, що ця атака Росії не залишиться без відповіді.",
                                       "THREATEN")
    assert actors == ["volodymyr-zelenskyy", "ukraine"] and recipients == ["russia"]
    [(status, actors, recipients)] = _sides("Зеленський заявив, що Україна не залишить без відповіді обстріл Харкова.",
                                            "ASSAULT")
    assert status == "occurred" and actors == ["russia"] and recipients == ["kharkiv"]
    # letters left unanswered threaten no one
    assert _sides("Він не залишив без відповіді жодного листа.", "THREATEN") == []


# --- gifts of firms and foundations: the giver acts ---

def test_a_firm_named_in_latin_letters_or_capitals_gives():
    [(_, actors, recipients)] = _sides("SpaceX передала Україні ще 5 тисяч терміналів Starlink.", "AID")
    assert actors == ["spacex"] and recipients == ["ukraine"]
    [(_, actors, recipients)] = _sides("ДТЕК передав Укренерго обладнання для відновлення підстанцій.", "AID")
    assert actors == ["dtek"] and recipients == ["ukrenergo"]


def test_terminals_and_compound_drones_are_aid_given():
    [(_, actors, recipients)] = _sides("Компанія Starlink передала Україні ще 5 тисяч терміналів.", "AID")
    assert actors == ["starlink"] and recipients == ["ukraine"]
    [(_, actors, _)] = _sides("Фонд «Повернись живим» передав 47-й бригаді 30 дронів-розвідників.", "AID")
    assert actors == ["come-back-alive"]
    # documents handed to a court, and proposals, are no gift
    assert _sides("Компанія передала суду документи щодо банкрутства.", "AID") == []
    assert _sides("Міністерство оборони передало союзникам пропозиції щодо посилення ППО.", "AID") == []


# --- withdrawals told by the impersonal form ---

def test_troops_withdrawn_are_their_owners_retreat():
    [(status, actors, recipients)] = _sides("Російські війська відведено від кордонів.", "RETREAT")
    assert status == "occurred" and actors == ["russia"] and recipients == []
    # with no owner named, the body that reports it is not guessed to withdraw
    [(_, actors, _)] = _sides("Міноборони заявило, що війська відведено з Ізюмського напрямку.", "RETREAT")
    assert actors == []
    # the owner named, the ministry that reports it does not withdraw
    [(_, actors, _)] = _sides("Міноборони: російські війська відведено з правого берега Дніпра.", "RETREAT")
    assert actors == ["russia"]
    assert _sides("Воду відведено з каналу.", "RETREAT") == []


# --- strikes told in the posts of the General Staff and the regional administrations ---

def test_missiles_sent_at_a_town_and_shells_that_fell_on_it_are_strikes():
    for text, town in (("Ворог скерував на Запоріжжя 3 ракети.", "zaporizhzhia"),
                       ("Ворог спрямував на Запоріжжя 3 ракети.", "zaporizhzhia"),
                       ("По Херсону прилетіло 87 снарядів.", "kherson")):
        assert _sides(text, "AID") == [], text
        [(_, actors, recipients)] = _sides(text, "ASSAULT")
        assert actors == ["russia"] and recipients == [town], text
    # aid sent to a state stays aid; delegations that flew in strike nothing
    [(_, actors, recipients)] = _sides("Німеччина спрямувала Україні ракети для Patriot.", "AID")
    assert actors == ["germany"] and recipients == ["ukraine"]
    assert _sides("До Києва прилетіли три делегації.", "ASSAULT") == []


def test_the_adversarys_strikes_with_no_one_named_hit_the_home_side():
    for text in ("Протягом доби противник завдав 3 ракетних та 41 авіаційного удару.",
                 "Противник 14 разів атакував наші позиції біля Авдіївки."):
        [(_, actors, recipients)] = _sides(text, "ASSAULT")
        assert actors == ["russia"] and recipients == ["ukraine"], text
    # a town named is what is hit; a state named strikes for itself and hits no one the text names
    [(_, _, recipients)] = _sides("Ворог завдав удару по цивільній інфраструктурі Сум.", "ASSAULT")
    assert recipients == ["sumy"]
    [(_, _, recipients)] = _sides("Росія завдала ракетного удару.", "ASSAULT")
    assert recipients == []


def test_the_councils_assent_to_accession_talks_supports_the_candidates():
    [(_, actors, recipients)] = _sides("Рада ЄС погодила відкриття переговорів про вступ з Україною та Молдовою.",
                                       "SUPPORT")
    assert actors == ["council-of-the-european-union"] and recipients == ["ukraine", "moldova"]
    assert _sides("Уряд погодив відкриття переговорів з МВФ.", "SUPPORT") == []
