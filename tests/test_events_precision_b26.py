"""Events a reader can trust (issue 16, part B26): the home administration at work is no
statecraft. A bank's or a firm's board sitting is no meeting between parties, a town's
budget paying for its schools is no aid, and a hit on people's purses is no sanction; the same
words between parties stay events. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import of_type, on_day, show

events = on_day("2024-03-12")


def test_board_sitting_is_no_meeting():
    for text in ("Правління Національного банку провело засідання та залишило облікову ставку без змін.",
                 "Наглядова рада залізниці зібралася на засідання у вівторок.",
                 "Відбулося засідання ради директорів компанії."):
        assert not of_type(events(text), "CONSULT"), (text, show(events(text)))


def test_sitting_of_parties_stays_a_meeting():
    evs = events("Рада ЄС провела засідання та погодила новий пакет санкцій проти Росії.")
    assert of_type(evs, "CONSULT"), show(evs)


def test_local_budget_spending_is_no_aid():
    for text in ("Для ремонту шкіл у Полтаві виділили 12 мільйонів з міського бюджету.",
                 "Кабінет міністрів виділив 300 мільйонів гривень області на відновлення житла.",
                 "Генератори для лікарень передали з обласного бюджету."):
        assert not of_type(events(text), "AID"), (text, show(events(text)))


def test_aid_between_parties_stays():
    for text in ("Японія виділила Україні 100 мільйонів доларів на відновлення енергетики.",
                 "Європейський Союз виділив Україні 50 мільйонів євро з бюджету ЄС."):
        assert of_type(events(text), "AID"), (text, show(events(text)))


def test_hit_on_purses_is_no_sanction():
    evs = events("Нова цінова атака вдарить по гаманцях українців уже наступного місяця.")
    assert not of_type(evs, "SANCTION") and not of_type(evs, "ASSAULT"), show(evs)
