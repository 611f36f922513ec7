"""A strike told in the passive with its doer in the instrumental ("Херсон був обстріляний
російськими військами", "підстанція, атакована окупантами") is an assault by that doer on the
subject (issue 16); a participle with no doer named ("обстріляні міста") tells none. Sentences
written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

ENTS.setdefault("kherson", ("Kherson", "Херсон", "LOC", "Q2481"))


assaults = typed("ASSAULT")


def test_a_passive_strike_with_its_doer(core_pipeline):
    doc = build(core_pipeline, "Учора Херсон був обстріляний російськими військами.",
                names=[("Херсон", "kherson")], refs=[("російськими", "russia", "adjective")])
    [ev] = assaults(doc)
    assert ev.actors == ["russia"] and ev.recipients == ["kherson"]
    doc = build(core_pipeline, "Підстанція, атакована окупантами вночі, досі знеструмлена.")
    [ev] = assaults(doc)
    assert ev.actors == ["russia"]


def test_a_participle_with_no_doer_tells_no_strike(core_pipeline):
    doc = build(core_pipeline, "Обстріляні села потребують генераторів.")
    assert assaults(doc) == []
    doc = build(core_pipeline, "Київ був атакований уночі.", names=[("Київ", "kyiv")])
    assert assaults(doc) == []
