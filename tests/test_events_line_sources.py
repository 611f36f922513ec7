"""Events: the person or body a news line is credited to before a colon ("Генштаб: ...",
"Голова ОВА Коваль: ...") reports the happening and is on no side of it. Sentences written
for these tests."""
from __future__ import annotations

from khronika.lang import uk
from event_helpers import ENTS, build, typed

ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("sumy", ("Sumy", "Суми", "LOC", "Q170210"))
ENTS.setdefault("j19-governor", ("Taras Koval", "Тарас Коваль", "PER", None))
ENTS.setdefault("j19-staff", ("General Staff", "Генштаб", "ORG", None))
ENTS.setdefault("j19-rescue", ("State Emergency Service", "ДСНС", "ORG", None))


strikes = typed("ASSAULT")


def test_office_words_are_data():
    import yaml
    from pathlib import Path
    data = yaml.safe_load((Path(uk.__file__).parent / "events.yaml").read_text(encoding="utf-8"))
    assert {"голова", "мер", "речник", "губернатор"} <= set(data["source_titles"])


def test_a_titled_source_before_the_colon_is_no_target(core_pipeline):
    for text, names in (
            ("Голова ОВА Коваль: після обстрілу Сум поранено трьох мешканців.",
             [("Коваль", "j19-governor"), ("Сум", "sumy")]),
            ("Губернатор Коваль: ворожі дрони атакували Суми вночі.",
             [("Коваль", "j19-governor"), ("Суми", "sumy")])):
        evs = strikes(build(core_pipeline, text, names=names))
        assert evs, text
        for ev in evs:
            assert "j19-governor" not in ev.actors + ev.recipients, (text, ev.actors, ev.recipients)


def test_a_body_before_the_colon_is_no_target_of_an_impersonal_strike(core_pipeline):
    for text, names, body in (
            ("Генштаб: уражено склад пального під Бєлгородом.", [("Генштаб", "j19-staff")], "j19-staff"),
            ("ДСНС: унаслідок удару по Харкову зруйновано школу.",
             [("ДСНС", "j19-rescue"), ("Харкову", "kharkiv")], "j19-rescue")):
        for ev in strikes(build(core_pipeline, text, names=names)):
            assert body not in ev.recipients, (text, ev.actors, ev.recipients)


def test_a_town_before_the_colon_stays_the_place_hit(core_pipeline):
    # a line labelled with a town is about that town, not credited to it
    doc = build(core_pipeline, "Харків: окупанти знову обстріляли місто.", names=[("Харків", "kharkiv")])
    assert any("kharkiv" in ev.recipients or ev.place == "kharkiv" for ev in strikes(doc))
    # the happening itself before the colon names no source
    doc = build(core_pipeline, "Обстріл Сум: загинули двоє людей.", names=[("Сум", "sumy")])
    assert any("sumy" in ev.recipients for ev in strikes(doc))
