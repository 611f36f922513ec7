"""Participants a reader can trust (issue 16, B18): everyone listed as giving gives, what is
struck is never the striker. Sentences written for these tests."""
from __future__ import annotations

from test_events import ENTS, build

ENTS.setdefault("european-union", ("European Union", "Європейський Союз", "ORG", "Q458"))
ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))
ENTS.setdefault("sweden", ("Sweden", "Швеція", "LOC", "Q34"))
ENTS.setdefault("norway", ("Norway", "Норвегія", "LOC", "Q20"))
ENTS.setdefault("japan", ("Japan", "Японія", "LOC", "Q17"))
ENTS.setdefault("australia", ("Australia", "Австралія", "LOC", "Q408"))
ENTS.setdefault("mariupol", ("Mariupol", "Маріуполь", "LOC", "Q157000"))
ENTS.setdefault("azovstal", ("Azovstal", "Азовсталь", "ORG", None))
ENTS.setdefault("kherson", ("Kherson", "Херсон", "LOC", "Q158000"))


def of_type(doc, *types):
    return [e for e in doc.events if e.type in types]


def test_every_giver_listed_after_vid_gives(core_pipeline):
    doc = build(core_pipeline, "Україна отримує фінансову допомогу від ЄС, Швеції та Канади.",
                names=[("Україна", "ukraine"), ("ЄС", "european-union"), ("Швеції", "sweden"),
                       ("Канади", "canada")])
    evs = of_type(doc, "AID")
    assert len(evs) == 1
    assert sorted(evs[0].actors) == ["canada", "european-union", "sweden"], evs[0].actors
    assert evs[0].recipients == ["ukraine"]
    doc = build(core_pipeline, "Цього тижня ми отримали підтримку від Японії й Австралії.",
                names=[("Японії", "japan"), ("Австралії", "australia")])
    evs = of_type(doc, "AID", "SUPPORT")
    assert len(evs) == 1 and sorted(evs[0].actors) == ["australia", "japan"], evs[0].actors
    assert not {"australia", "japan"} & set(evs[0].recipients)


def test_a_name_after_the_givers_in_another_phrase_gives_nothing(core_pipeline):
    doc = build(core_pipeline, "Україна отримала кошти від Норвегії для відбудови Херсона.",
                names=[("Україна", "ukraine"), ("Норвегії", "norway"), ("Херсона", "kherson")])
    evs = of_type(doc, "AID")
    assert len(evs) == 1 and evs[0].actors == ["norway"], evs[0].actors
