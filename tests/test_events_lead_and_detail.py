"""Events: a news lead that names a strike with its day but with no party, and the sentence next
to it that tells who struck what, are one strike; two strikes that each name their own parties
stay two. Sentences written for these tests (an energy company's note, a ministry's note, a
governor's post); the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from event_helpers import analysed_events, of_type


def strikes(text: str, date: str = "2025-12-12"):
    return of_type(analysed_events(text, date), "ASSAULT")


def test_a_lead_and_its_detail_are_one_strike():
    evs = strikes("Енергетики повідомили про чергову атаку на енергосистему в ніч на 11 грудня. "
                  "Ворог завдав ударів по підстанціях у двох областях.")
    assert len(evs) == 1 and evs[0].actors == ["russia"]
    assert evs[0].time["value"].startswith("2025-12-11")


def test_the_detail_may_name_the_towns_struck():
    evs = strikes("Міноборони повідомило про масований обстріл у ніч на 5 березня. "
                  "Росіяни вдарили ракетами по Львову та Житомиру.", "2025-03-05")
    assert len(evs) == 1
    assert {"lviv", "zhytomyr"} <= set(evs[0].recipients)


def test_the_detail_may_come_first():
    evs = strikes("Окупанти атакували дронами Запоріжжя. "
                  "Це сталося в ніч на 8 жовтня, повідомила обласна адміністрація.", "2025-10-08")
    assert len(evs) <= 1


def test_two_strikes_each_with_its_parties_stay_two():
    evs = strikes("У ніч на 4 травня росіяни вдарили по Харкову. "
                  "У ніч на 4 травня окупанти також обстріляли Суми.", "2025-05-04")
    assert len(evs) == 2


def test_strikes_of_two_nights_stay_two():
    evs = strikes("Повідомляємо про атаку на енергетику в ніч на 3 лютого. "
                  "У ніч на 4 лютого ворог вдарив по Одесі.", "2025-02-04")
    assert len(evs) == 2


def test_a_span_told_next_is_not_that_night():
    # the sentence after the dated strike tells a month's count, no day: not its detail
    evs = strikes("Перші години війни принесли ракетні удари 24 лютого. "
                  "За місяць війни Росія випустила тисячу ракет.", "2022-03-24")
    assert len(evs) == 2
