"""Events sides from objects: a name inside a dative phrase receives ("погрози іншим країнам
Європи"), a name in an apposition after a dash shares its phrase's tie ("через вбивство громадянина
– журналіста X": a topic, no party), and the dative object of a verb of letting or hindering does
what the infinitive says ("завадить агресору завдавати ударів"). Sentences written for these
tests."""
from __future__ import annotations

from event_helpers import ENTS, build, sides

ENTS.setdefault("europe", ("Europe", "Європа", "LOC", "Q46"))
ENTS.setdefault("ireland", ("Ireland", "Ірландія", "LOC", "Q27"))
ENTS.setdefault("a-reporter", ("A. Reporter", "Андрій Репортер", "PER", None))


def test_a_name_inside_a_dative_phrase_receives(core_pipeline):
    doc = build(core_pipeline, "Звідти лунають погрози іншим країнам Європи.", names=[("Європи", "europe")])
    assert sides(doc, "THREATEN") == [([], ["europe"])]


def test_an_apposition_after_a_dash_shares_the_topic(core_pipeline):
    doc = build(core_pipeline, "У розмові з прем'єр-міністром Ірландії висловив співчуття через вбивство "
                               "ірландського громадянина – журналіста Андрія Репортера.",
                names=[("Ірландії", "ireland"), ("Андрія Репортера", "a-reporter")])
    assert all("a-reporter" not in a + r for a, r in sides(doc, "CONSULT"))


def test_the_dative_object_of_letting_does_the_act(core_pipeline):
    doc = build(core_pipeline, "Захід дозволив Росії завдавати ударів по містах.", names=[("Росії", "russia")])
    assert sides(doc, "ASSAULT") == [(["russia"], [])]
    doc = build(core_pipeline, "Ніщо не завадить агресору завдавати ударів по містах.")
    assert [a for a, _ in sides(doc, "ASSAULT")] == [["russia"]]
    doc = build(core_pipeline, "Партнери допомогли Україні відбити атаку.", names=[("Україні", "ukraine")])
    assert [r for _, r in sides(doc, "ASSAULT")] == [["ukraine"]]


def test_the_one_dealt_blows_is_struck(core_pipeline):
    ENTS.setdefault("armed-forces-of-ukraine", ("Armed Forces of Ukraine", "Збройні сили України", "ORG", None))
    for text in ("ЗСУ завдали Росії потужних ударів.", "ЗСУ завдали ворогу потужних ударів."):
        names = [("ЗСУ", "armed-forces-of-ukraine")] + ([("Росії", "russia")] if "Росії" in text else [])
        doc = build(core_pipeline, text, names=names)
        # (the state a force fights for stands beside it, C21)
        assert sides(doc, "ASSAULT") == [(["armed-forces-of-ukraine", "ukraine"], ["russia"])], text


def test_a_partner_of_a_talk_is_no_party_to_another_happening_told_in_it(core_pipeline):
    ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))
    doc = build(core_pipeline, "У розмові з канцлером Німеччини наголосив на необхідності посилити тиск на Росію.",
                names=[("Німеччини", "germany"), ("Росію", "russia")])
    assert sides(doc, "COERCE") == [([], ["russia"])]
