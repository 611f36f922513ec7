"""Events: a strike made by a unit of the home side ("бійці 80-ї бригади", "наші бійці") is not
given to the adversary when nothing names the doer's state; a strike the home side repels
stays the adversary's. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("sumy", ("Sumy", "Суми", "LOC", "Q170210"))


strikes = typed("ASSAULT")


def test_a_numbered_or_our_unit_is_never_the_adversary(core_pipeline):
    for text, names in (
            ("Розвідники 92-ї бригади увійшли до передмістя Харкова.", [("Харкова", "kharkiv")]),
            ("Танкісти 1-ї окремої бригади атакували ворожі позиції біля Сум.", [("Сум", "sumy")]),
            ("Наші бійці штурмували укріплення на околиці Харкова.", [("Харкова", "kharkiv")]),
            ("Наші прикордонники атакували колону біля Сум.", [("Сум", "sumy")])):
        evs = strikes(build(core_pipeline, text, names=names))
        assert evs, text
        for ev in evs:
            assert "russia" not in ev.actors, (text, ev.actors, ev.recipients)


def test_an_unnamed_strike_on_a_home_town_stays_the_adversarys(core_pipeline):
    for text, names in (("Уночі дрони атакували Харків.", [("Харків", "kharkiv")]),
                        ("Наші захисники відбили штурм Сум.", [("Сум", "sumy")])):
        evs = strikes(build(core_pipeline, text, names=names))
        assert any("russia" in ev.actors for ev in evs), (text, [(e.actors, e.recipients) for e in evs])
