"""Events: "наші міста", "нашу територію", "наші позиції" are what a strike hits; fronted before
a verb with no subject ("Наші міста знову обстріляли") they must not make the home side the
attacker of a strike on itself. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))


strikes = typed("ASSAULT", "COERCE")


def test_our_towns_struck_with_no_subject_are_struck(core_pipeline):
    for text in ("Наші міста знову обстріляли вночі.",
                 "Нашу територію вчора атакували ракетами й дронами.",
                 "Уранці обстріляли наші позиції на південному напрямку.",
                 "Наші прикордонні громади знову обстріляли з мінометів."):
        evs = strikes(build(core_pipeline, text))
        assert evs, text
        for ev in evs:
            assert "ukraine" not in ev.actors, (text, ev.actors, ev.recipients)
            assert "ukraine" in ev.recipients, (text, ev.actors, ev.recipients)


def test_a_named_home_striker_still_strikes(core_pipeline):
    # the home side named by its own name keeps its side
    text = "Україна обстріляла позиції окупантів, які щодня б’ють по наших містах."
    evs = strikes(build(core_pipeline, text, names=[("Україна", "ukraine")]))
    assert any("ukraine" in ev.actors for ev in evs), [(e.trigger, e.actors, e.recipients) for e in evs]


def test_our_things_with_adjectives_between_are_struck(core_pipeline):
    for text in ("Росія знову вдарила по нашій енергетичній інфраструктурі.",
                 "Ворог атакував наші прикордонні села керованими бомбами."):
        evs = strikes(build(core_pipeline, text, names=[("Росія", "russia")] if "Росія" in text else ()))
        assert evs, text
        assert any("ukraine" in ev.recipients for ev in evs), (text, [(e.actors, e.recipients) for e in evs])


def test_our_fighters_struck_are_the_home_side_struck(core_pipeline):
    for text in ("Наших захисників атакували вночі біля річки.",
                 "Зранку обстріляли наших бійців на лівому березі."):
        evs = strikes(build(core_pipeline, text))
        assert evs, text
        assert all("ukraine" in ev.recipients and "ukraine" not in ev.actors for ev in evs), \
            (text, [(e.actors, e.recipients) for e in evs])


def test_our_fighters_as_subject_are_not_struck(core_pipeline):
    # negative: "наші воїни" can be the subject; the strikers are never their own target
    evs = strikes(build(core_pipeline, "Наші воїни атакували ворожі позиції під містом."))
    assert all("ukraine" not in ev.recipients for ev in evs), [(e.actors, e.recipients) for e in evs]
